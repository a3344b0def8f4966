#pragma once

#include "domain/PrivateLink.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace plc {

class CommandBox;
class ConnectionFollower;
struct CreateContext;

/// Step 4: follows the new connection through CREATING → PENDING_ACCEPTANCE → ACTIVE or
/// FAILED. While pending it says exactly what to do on the provider's side (with the console
/// link and, for AWS, the `aws ec2 accept-vpc-endpoint-connections` command); FAILED shows
/// the server's message and what it most likely means. Closing the wizard does not stop the
/// Watcher, so the table shows the outcome either way.
class CreateProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateProgressPage)

public:
    CreateProgressPage(CreateContext *context, QWidget *parent = nullptr);
    void initializePage() override;

    /// The state last shown (for tests and the window title).
    ConnectionState shownState() const { return m_shownState; }

private:
    void show(const PrivateLinkConnection &connection);
    /// Accept on AWS… (Allow on Alibaba Cloud…) while the request waits; Diagnose on … once
    /// it failed. Only with the profile's account for the cluster's provider.
    void actOnProviderSide();

    CreateContext *m_context;
    ConnectionFollower *m_follower = nullptr;
    QLabel *m_state;
    QLabel *m_explanation;
    CommandBox *m_command;
    QPushButton *m_open;
    QPushButton *m_side;
    ConnectionState m_shownState = ConnectionState::Unknown;
};

} // namespace plc
