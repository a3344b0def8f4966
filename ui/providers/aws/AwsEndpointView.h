#pragma once

#include "domain/PrivateEndpointTarget.h"
#include "providers/aws/AwsNetworkResources.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;

namespace plc {

class AwsAccount;
class CopyField;
class Job;

/// An interface endpoint made (or chosen) on the AWS page, followed until it can be used: its
/// state in a sentence, its ID to copy, its DNS names, and what an Essential cluster's
/// allowlist needs. It reads the endpoint again, 2 s after it is shown and then twice as long
/// each time up to 30 s, until it is available, failed or rejected, for at most 20 minutes.
class AwsEndpointView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsEndpointView)

public:
    explicit AwsEndpointView(QWidget *parent = nullptr);

    /// Shows `endpoint`, made with `account` for `target`, and follows it while shown.
    void track(AwsAccount *account, const PrivateEndpointTarget &target,
               const AwsVpcEndpoint &endpoint);
    /// Forgets the endpoint and stops following it.
    void clear();
    std::optional<AwsVpcEndpoint> endpoint() const { return m_endpoint; }

Q_SIGNALS:
    /// The endpoint came, went, or changed state.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const AwsVpcEndpoint &endpoint);
    void follow();
    void again();

    AwsAccount *m_account = nullptr;
    PrivateEndpointTarget m_target;
    std::optional<AwsVpcEndpoint> m_endpoint;
    QLabel *m_status;
    CopyField *m_id;
    QLabel *m_dnsNames;
    QLabel *m_allowlist;
    QTimer m_timer;
    QPointer<Job> m_read; ///< the read under way
    int m_delayMs = 0;
    QElapsedTimer m_clock;
};

} // namespace plc
