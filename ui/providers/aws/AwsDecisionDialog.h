#pragma once

#include "ui/providers/LinkDecisionDialog.h"

#include "providers/aws/AwsResources.h"

namespace plc {

class AwsAccount;

/// Accept on AWS… / Reject on AWS…: the endpoint connection request found with
/// DescribeVpcEndpointConnections (who asked and when, its state on AWS), then
/// AcceptVpcEndpointConnections or RejectVpcEndpointConnections sent once.
class AwsDecisionDialog final : public LinkDecisionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsDecisionDialog)

public:
    AwsDecisionDialog(AwsAccount *account, const PrivateLinkConnection &connection, bool accept,
                      QWidget *parent = nullptr);

protected:
    Job *startFind() override;
    SendOnce *makeDecision() override;
    QString lookingText() const override;
    QString sendingText() const override;
    QString decidedText() const override;
    QString refusalInAnswer() const override;
    QString unknownText(const ApiError &error) const override;
    QString nothingToDecide(const QString &state) const override;

private:
    AwsAccount *m_account;
    QString m_region;
    QString m_serviceId;
    std::optional<AwsUnsuccessfulItem> m_refusal;
};

} // namespace plc
