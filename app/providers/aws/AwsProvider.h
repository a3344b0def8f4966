#pragma once

#include "providers/Provider.h"

#include <QCoreApplication>

namespace plc {

/// AWS: clusters on AWS, connections to AWS endpoint services (PrivateLink), the account a
/// profile acts on there (AwsAccount), the VPC console and the AWS CLI.
class AwsProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(AwsProvider)

public:
    /// The one AWS the console knows; stateless.
    static const AwsProvider &instance();

    QString id() const override { return QStringLiteral("aws"); }
    QString name() const override { return tr("AWS"); }
    CloudProvider cloud() const override { return CloudProvider::Aws; }
    ConnectionType connectionType() const override { return ConnectionType::AwsEndpointService; }
    bool crossRegionServices() const override { return true; }
    ProviderAccount *newAccount(RequestLog *log, QObject *parent) const override;
    /// The endpoint service's details page in the VPC console of its region.
    QUrl endpointServicePage(const EndpointService &service) const override;
    /// `aws ec2 accept-vpc-endpoint-connections …` (AwsCommands::decide).
    QString acceptCommand(const EndpointService &service, const CliAccount &account) const override;
};

} // namespace plc
