#include "ui/providers/LinkChecksPage.h"

#include "ui/providers/LinkCheckList.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/Job.h"
#include "base/SendOnce.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

LinkChecksPage::LinkChecksPage(CreateContext *context, const PageTexts &texts, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_list(new LinkCheckList(this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_change(new QPushButton(this))
    , m_commands(new CommandBox(texts.key + u"Commands"_s, texts.commandsName, 6, this))
{
    setObjectName(texts.key + u"ChecksPage"_s);
    setTitle(texts.title);
    setSubTitle(texts.subTitle);
    m_status->setObjectName(texts.key + u"CheckStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_list->setObjectName(texts.key + u"CheckList"_s);
    m_again->setObjectName(texts.key + u"CheckAgain"_s);
    m_change->setObjectName(texts.changeName);
    m_change->hide();
    m_commands->setCopyText(tr("&Copy Commands"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_change);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(texts.commandsLabel, this));
    layout->addWidget(m_commands);

    connect(m_again, &QPushButton::clicked, this, &LinkChecksPage::check);
    connect(m_change, &QPushButton::clicked, this, &LinkChecksPage::offerChange);
}

bool LinkChecksPage::holdsBack() const
{
    return m_sender && (m_sender->isRunning() || m_sender->isOutcomeUnknown());
}

void LinkChecksPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // Connected once the wizard has made its own connection (when the page was added), so
    // that this runs after QWizard has set its buttons on each completeChanged.
    connect(this, &QWizardPage::completeChanged, this, &LinkChecksPage::updateBack,
            Qt::UniqueConnection);
}

void LinkChecksPage::updateBack()
{
    WizardParts::holdBack(wizard(), this, holdsBack());
}

int LinkChecksPage::sendCount() const
{
    return m_sent + (m_sender ? m_sender->sendCount() : 0);
}

void LinkChecksPage::setStatus(const QString &text, int kind)
{
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setText(text);
    m_status->show();
}

void LinkChecksPage::initializePage()
{
    check();
}

void LinkChecksPage::cleanupPage()
{
    if (m_job)
        m_job->cancel();
    // Back: the facts on the details page may change; nothing prepared for these may follow.
    dropChange();
    ++m_generation;
}

void LinkChecksPage::dropChange()
{
    if (!m_sender)
        return;
    m_sent += m_sender->sendCount();
    m_sender->abandon();
    m_sender->disconnect(this);
    // Back waits while a change is on its way or of unknown fate; Check Again and a new
    // reading read the facts afresh, which settles whether it was made. abandon() makes sure
    // the dropped sender sends and reads nothing more.
    m_sender->deleteLater();
    m_sender = nullptr;
    m_change->setEnabled(true);
}

bool LinkChecksPage::isComplete() const
{
    return m_checked && !m_job && LinkCheck::passes(m_list->checks());
}

bool LinkChecksPage::changeOffered() const
{
    return !m_change->isHidden();
}

void LinkChecksPage::check()
{
    if (m_job)
        m_job->cancel();
    m_checked = false;
    dropChange();
    ++m_generation;
    m_list->clear();
    m_change->hide();
    m_again->setEnabled(false);
    m_job = startCheck(); // before the commands: the facts are those of the fields now
    showCommands();
    setStatus(checkingText(), int(NoteLabel::Kind::Attention));
    Q_EMIT completeChanged();
}

void LinkChecksPage::checked(const QList<LinkCheck> &checks, bool offerChange)
{
    m_job.clear(); // finished: it goes away on its own
    m_checked = true;
    m_again->setEnabled(true);
    m_list->setChecks(checks);
    m_change->setText(changeTexts().button);
    m_change->setVisible(offerChange);
    switch (LinkCheck::verdict(checks)) {
    case LinkCheck::Verdict::Fails:
        setStatus(tr("TiDB Cloud cannot connect yet: fix the items marked ✗, then check again."),
                  int(NoteLabel::Kind::Problem));
        break;
    case LinkCheck::Verdict::Incomplete:
        // Nothing found stops the create, but a check that could not be made is no all-clear.
        setStatus(tr("Nothing found stops the create, but not everything could be checked: %1")
                      .arg(LinkCheck::firstUnknown(checks)->sentence),
                  int(NoteLabel::Kind::Attention));
        break;
    case LinkCheck::Verdict::Passes:
        setStatus(readyText(), int(NoteLabel::Kind::Success));
        break;
    }
    showCommands();
    Q_EMIT completeChanged();
}

void LinkChecksPage::showCommands()
{
    m_commands->setCommand(commands().join(u'\n'));
}

void LinkChecksPage::offerChange()
{
    if (m_sender && m_sender->isRunning())
        return;
    const ChangeTexts texts = changeTexts();
    auto *box = new QMessageBox(QMessageBox::Question, texts.title, texts.question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(m_change->objectName() + u"Confirm"_s);
    box->setInformativeText(texts.consequences);
    WizardParts::showPlainText(box);
    box->button(QMessageBox::Yes)->setText(texts.confirm);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // The answer applies to the facts the question showed, and to no later ones.
    connect(box, &QMessageBox::finished, this, [this, generation = m_generation](int result) {
        if (result == QMessageBox::Yes)
            sendChange(generation);
    });
    box->open();
}

void LinkChecksPage::sendChange(int generation)
{
    if (generation != m_generation || !m_checked || !changeOffered())
        return;
    if (!m_sender) {
        // Made now, from the facts the question showed (they are those of this generation).
        m_sender = makeChange();
        if (!m_sender)
            return;
        connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
            m_change->setEnabled(!running);
            m_again->setEnabled(!running);
            if (running)
                setStatus(changeTexts().sending, int(NoteLabel::Kind::Attention));
            // QWizard sets its buttons again, then updateBack() holds Back while the change's
            // fate is open: the details it was made from stay as shown.
            Q_EMIT completeChanged();
        });
        connect(m_sender, &SendOnce::done, this, [this] { check(); });
        connect(m_sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
            setStatus(changeFailed(error, unknown), int(NoteLabel::Kind::Problem));
            Q_EMIT completeChanged(); // Back stays held while it is not known whether it was made
        });
    }
    m_sender->run();
}

} // namespace plc
