#include "CommitPage.h"

#include "MessageBar.h"

#include <QVBoxLayout>

namespace plc {

CommitPage::CommitPage(const QString &commitText, ChangeMessages::Change change,
                       const QString &messageBarName, QWidget *parent)
    : QWizardPage(parent)
    , m_messageBar(new MessageBar(this))
    , m_layout(new QVBoxLayout(this))
    , m_change(change)
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, commitText);
    m_messageBar->setObjectName(messageBarName);
    m_messageBar->hide();
    m_layout->addWidget(m_messageBar);
    // Retry sends again (the server said the change was not made); Check Again only reads.
    connect(m_messageBar, &MessageBar::retryRequested, this, [this] { wizard()->next(); });
    connect(m_messageBar, &MessageBar::actionRequested, this, [this] {
        if (m_sender)
            m_sender->run();
    });
}

void CommitPage::setSender(SendOnce *sender)
{
    m_sender = sender;
    m_sender->setParent(this);
    connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
        if (running)
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      ChangeMessages::sending(m_change), false);
        Q_EMIT completeChanged();
    });
    connect(m_sender, &SendOnce::done, this, [this] {
        m_messageBar->hide();
        wizard()->next();
    });
    connect(m_sender, &SendOnce::failed, this, &CommitPage::onFailed);
}

void CommitPage::onFailed(const ApiError &error, bool outcomeUnknown)
{
    Q_EMIT completeChanged(); // an unknown outcome keeps the commit button disabled
    ChangeMessages::showFailure(m_messageBar, m_change, error, outcomeUnknown);
}

bool CommitPage::isComplete() const
{
    // No second click while the first request is on its way, and none while it is not known
    // whether the first one was carried out (Check Again finds out).
    return m_sender && !m_sender->isRunning() && !m_sender->isOutcomeUnknown() && readyToSend();
}

bool CommitPage::validatePage()
{
    if (!m_sender)
        return false;
    if (m_sender->isDone())
        return true;
    m_sender->run();
    return false;
}

} // namespace plc
