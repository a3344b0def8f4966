#pragma once

#include "providers/InboundSession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace plc {

class CommandBox;
class CopyField;
class Job;

/// An interface endpoint made (or chosen) from the console, on any provider, followed until
/// it can be used: its state in a sentence, its ID to copy, the host to connect to, its DNS
/// names, what an Essential cluster's allowlist needs, the connectivity doctor's command to run
/// from inside the VPC once it can be used, and Copy as Terraform. While shown it
/// reads the endpoint again, 2 s after it is shown and then twice as long each time up to
/// 30 s, until it is usable, failed or gone, for at most 20 minutes.
class InboundEndpointView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundEndpointView)

public:
    explicit InboundEndpointView(QWidget *parent = nullptr);

    /// Shows `endpoint`, made in `session`, and follows it while shown.
    void track(InboundSession *session, const InboundEndpoint &endpoint);
    /// Forgets the endpoint and stops following it.
    void clear();
    std::optional<InboundEndpoint> endpoint() const { return m_endpoint; }

Q_SIGNALS:
    /// The endpoint came, went, or changed phase.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const InboundEndpoint &endpoint);
    void follow();
    void again();
    bool settled() const;
    void copyTerraform();

    QPointer<InboundSession> m_session;
    std::optional<InboundEndpoint> m_endpoint;
    QLabel *m_status;
    CopyField *m_id;
    CopyField *m_host;
    QLabel *m_dnsNames;
    QLabel *m_allowlist;
    QLabel *m_doctorIntro;
    CommandBox *m_doctor; ///< the connectivity doctor's command, once the endpoint can be used
    QLabel *m_hostsIntro;
    CommandBox *m_hosts; ///< the target's name to the endpoint's addresses, where it has its own
    QPushButton *m_terraform;
    QTimer m_timer;
    QPointer<Job> m_read; ///< the read under way
    int m_delayMs = 0;
    int m_notFound = 0; ///< "not found" answers in a row
    QElapsedTimer m_clock;
};

} // namespace plc
