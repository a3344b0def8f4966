#pragma once

#include "domain/PrivateLink.h"

#include <QList>
#include <QWizardPage>

class QLabel;

namespace plc {

class ConnectionFollower;
class MessageBar;
class SendOnce;
struct ConfluentContext;

/// The run of the Confluent Cloud flow: follows the new connection until Confluent Cloud has
/// accepted it (Active), then attaches the Confluent domains (once; a refusal waits for the
/// user's Retry) and follows them until they are Active. Each of the four steps shows its
/// state; a FAILED connection shows the server's message and its likely cause.
class ConfluentProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentProgressPage)

public:
    enum class Stage { Creating, AwaitingAcceptance, Attaching, DomainsCreating, Done, Failed };

    ConfluentProgressPage(ConfluentContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    /// Finish is offered once the run has ended (done or stopped), not while it goes on.
    bool isComplete() const override;
    bool isRunning() const { return m_stage != Stage::Done && m_stage != Stage::Failed; }

    Stage stage() const { return m_stage; }
    const std::optional<AttachDomain> &group() const { return m_group; }
    int attachSendCount() const;

private:
    void onUpdated(const PrivateLinkConnection &connection);
    void setStage(Stage stage, const QString &explanation);
    void takeGroup(const AttachDomain &group);

    ConfluentContext *m_context;
    ConnectionFollower *m_follower = nullptr;
    SendOnce *m_attach = nullptr;
    MessageBar *m_messageBar;
    QList<QLabel *> m_steps;
    QLabel *m_explanation;
    Stage m_stage = Stage::Creating;
    std::optional<AttachDomain> m_group;
};

} // namespace plc
