#pragma once

#include "providers/Provider.h"

#include <QCoreApplication>

namespace plc {

/// Alibaba Cloud: clusters on Alibaba Cloud, connections to its endpoint services
/// (PrivateLink), the account a profile acts on there (AlibabaAccount), the VPC console and the
/// aliyun CLI.
class AlibabaProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaProvider)

public:
    /// The one Alibaba Cloud the console knows; stateless.
    static const AlibabaProvider &instance();

    QString id() const override { return QStringLiteral("alibaba"); }
    QString name() const override { return tr("Alibaba Cloud"); }
    CloudProvider cloud() const override { return CloudProvider::AlibabaCloud; }
    ConnectionType connectionType() const override
    {
        return ConnectionType::AlibabaCloudEndpointService;
    }
    ProviderAccount *newAccount(RequestLog *log, QObject *parent) const override;
    /// The VPC console of the service's region: it has no documented deep link to one endpoint
    /// service, so the user searches for serviceSearchText().
    QUrl endpointServicePage(const EndpointService &service) const override;
    /// `aliyun privatelink EnableVpcEndpointConnection …` (AlibabaCommands::decide).
    QString acceptCommand(const EndpointService &service, const CliAccount &account) const override;
    /// The endpoint service's ID (`epsrv-…`).
    QString serviceSearchText(const EndpointService &service) const override;
};

} // namespace plc
