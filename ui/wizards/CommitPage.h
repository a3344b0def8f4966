#pragma once

#include "services/SendOnce.h"

#include <QWizardPage>

class QVBoxLayout;

namespace plc {

class MessageBar;

/// The last page before a wizard changes something: its commit button (Create, Attach
/// Domains, Detach Domains, Delete) sends the change once through SendOnce, and the wizard
/// moves on only when the server has accepted it. While the request is on its way the button
/// is disabled. A refusal shows on the page with the server's words, the input stays, and
/// Retry sends again only by the user's choice; a lost answer is checked with a read before
/// anything is sent again.
class CommitPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitPage)

public:
    bool validatePage() override;
    bool isComplete() const override;

    bool isSending() const { return m_sender && m_sender->isRunning(); }
    /// How many times the change was sent from this page.
    int sendCount() const { return m_sender ? m_sender->sendCount() : 0; }

protected:
    /// `messageBarName` names the page's message bar for tests.
    CommitPage(const QString &commitText, const QString &messageBarName, QWidget *parent);

    /// The page's sender (made with ChangeSenders or SendOnce); the page takes it over.
    void setSender(SendOnce *sender);
    /// False while the page's own input does not allow sending (the button stays disabled).
    virtual bool readyToSend() const { return true; }
    /// "Creating…" — shown while the request is on its way.
    virtual QString sendingText() const = 0;
    /// "The connection was not created. <reason>" — the change was refused or not made.
    virtual QString notDoneText(const QString &reason) const = 0;
    /// The change's answer was lost and the read that should have told was lost too.
    virtual QString unknownText(const QString &reason) const = 0;

    MessageBar *messageBar() const { return m_messageBar; }
    /// The page's layout, the message bar already at its top.
    QVBoxLayout *pageLayout() const { return m_layout; }

private:
    void onFailed(const ApiError &error, bool outcomeUnknown);

    MessageBar *m_messageBar;
    QVBoxLayout *m_layout;
    SendOnce *m_sender = nullptr;
};

} // namespace plc
