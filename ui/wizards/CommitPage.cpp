#include "ui/wizards/CommitPage.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ChangeFeedback.h"

#include <QVBoxLayout>
#include <QWizard>

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
}

void CommitPage::setSender(SendOnce *sender)
{
    m_sender = sender;
    m_sender->setParent(this);
    // Retry sends again (the server said the change was not made) by moving on, as the
    // commit button does.
    auto *feedback = new ChangeFeedback(
        m_sender, m_messageBar, m_change, [this] { wizard()->next(); }, this);
    connect(feedback, &ChangeFeedback::changed, this, &QWizardPage::completeChanged);
    connect(m_sender, &SendOnce::done, this, [this] { wizard()->next(); });
}

void CommitPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // Connected once the wizard has made its own connection (when the page was added), so
    // that this runs after QWizard has set its buttons on each completeChanged, with no gap in
    // which a click on Back could get through.
    connect(this, &QWizardPage::completeChanged, this, &CommitPage::updateBack,
            Qt::UniqueConnection);
}

bool CommitPage::holdsBack() const
{
    return m_sender && (m_sender->isRunning() || m_sender->isOutcomeUnknown());
}

void CommitPage::updateBack()
{
    WizardParts::holdBack(wizard(), this, holdsBack());
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
