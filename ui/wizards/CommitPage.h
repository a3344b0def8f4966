#pragma once

#include "base/SendOnce.h"
#include "ui/wizards/ChangeMessages.h"

#include <QWizardPage>

class QVBoxLayout;

namespace plc {

class MessageBar;

/// The last page before a wizard changes something: its commit button (Create, Attach
/// Domains, Detach Domains, Delete) sends the change once through SendOnce, and the wizard
/// moves on only when the server has accepted it. While the request is on its way the button
/// is disabled. A refusal shows on the page with the server's words, the input stays, and
/// Retry sends again only by the user's choice; a lost answer is checked with a read before
/// anything is sent again. While a change is on its way, or it is not known whether it was
/// made, Back is disabled: the pages before hold the facts the change was made from, and
/// changing them then would leave the window showing one thing while the check or the next
/// send concerns another.
class CommitPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitPage)

public:
    bool validatePage() override;
    bool isComplete() const override;

    bool isSending() const { return m_sender && m_sender->isRunning(); }
    /// True while Back would leave a change whose fate is open (on its way, or unknown).
    bool holdsBack() const;

    /// How many times the change was sent from this page.
    int sendCount() const { return m_sender ? m_sender->sendCount() : 0; }

protected:
    void showEvent(QShowEvent *event) override;

    /// `change` says what the page sends (its messages); `messageBarName` names the page's
    /// message bar for tests.
    CommitPage(const QString &commitText, ChangeMessages::Change change,
               const QString &messageBarName, QWidget *parent);

    /// The page's sender (made with ChangeSenders or SendOnce); the page takes it over.
    void setSender(SendOnce *sender);
    /// False while the page's own input does not allow sending (the button stays disabled).
    virtual bool readyToSend() const { return true; }

    MessageBar *messageBar() const { return m_messageBar; }
    /// The page's layout, the message bar already at its top.
    QVBoxLayout *pageLayout() const { return m_layout; }

private:
    /// Keeps Back disabled while holdsBack(); runs right after QWizard's own button update.
    void updateBack();

    MessageBar *m_messageBar;
    QVBoxLayout *m_layout;
    ChangeMessages::Change m_change;
    SendOnce *m_sender = nullptr;
};

} // namespace plc
