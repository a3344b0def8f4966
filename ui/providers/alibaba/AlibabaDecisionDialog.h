#pragma once

#include "ui/providers/LinkDecisionDialog.h"

namespace plc {

class AlibabaAccount;

/// Allow on Alibaba Cloud… / Reject on Alibaba Cloud…: the endpoint connection request found
/// with ListVpcEndpointConnections (who asked, its zones, its status in Alibaba Cloud's words),
/// then EnableVpcEndpointConnection or DisableVpcEndpointConnection sent once.
class AlibabaDecisionDialog final : public LinkDecisionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaDecisionDialog)

public:
    AlibabaDecisionDialog(AlibabaAccount *account, const PrivateLinkConnection &connection,
                          bool allow, QWidget *parent = nullptr);

protected:
    Job *startFind() override;
    SendOnce *makeDecision() override;
    QString lookingText() const override;
    QString sendingText() const override;
    QString decidedText() const override;
    QString unknownText(const ApiError &error) const override;
    QString nothingToDecide(const QString &state) const override;

private:
    AlibabaAccount *m_account;
    QString m_region;
    QString m_serviceId;
};

} // namespace plc
