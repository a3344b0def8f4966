#include "ui/providers/LinkDiagnosisDialog.h"

#include "ui/providers/ConfirmedChanges.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/Job.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

LinkDiagnosisDialog::LinkDiagnosisDialog(QWidget *parent)
    : QDialog(parent)
{}

void LinkDiagnosisDialog::setUp(const DialogTexts &texts)
{
    setObjectName(texts.key + u"DiagnosisDialog"_s);
    setWindowTitle(texts.title);
    m_checking = texts.checking;
    auto *intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_cause = new QLabel(this);
    m_cause->setObjectName(texts.key + u"Cause"_s);
    NoteLabel::setUp(m_cause, NoteLabel::Kind::Attention);
    m_list = new LinkCheckList(this);
    m_list->setObjectName(texts.key + u"CheckList"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    auto *commands = new CommandBox(texts.key + u"Commands"_s, texts.commandsName, 10, this);
    commands->setCommand(texts.commands.join(u'\n'));
    commands->setCopyText(tr("&Copy Commands"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    again->setObjectName(texts.key + u"CheckAgain"_s);
    m_fix = new QPushButton(this);
    m_fix->setObjectName(texts.key + u"DiagnosisFix"_s);
    m_fix->hide();
    m_changes = new ConfirmedChanges(this, this);
    m_changes->setProvider(texts.provider);
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fix);
    fixRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_cause);
    layout->addWidget(scroll, 1);
    layout->addLayout(fixRow);
    layout->addWidget(new QLabel(texts.commandsLabel, this));
    layout->addWidget(commands);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &LinkDiagnosisDialog::diagnose);
    connect(m_fix, &QPushButton::clicked, this, &LinkDiagnosisDialog::offerFix);
    connect(m_changes, &ConfirmedChanges::status, this, [this](const QString &text, int kind) {
        NoteLabel::setKind(m_cause, NoteLabel::Kind(kind));
        m_cause->setText(text);
    });
    connect(m_changes, &ConfirmedChanges::busyChanged, this,
            [this] { m_fix->setEnabled(!m_changes->changing() && !m_job); });
    resize(760, 540);
    diagnose();
}

void LinkDiagnosisDialog::diagnose()
{
    if (m_job)
        m_job->cancel();
    // A question open on the facts read before acts on nothing; a fix whose outcome is open
    // stays, for its button to settle.
    m_changes->bump();
    if (!m_changes->holdsOpen())
        m_fix->hide();
    m_fix->setEnabled(false); // until the facts are read
    m_list->clear();
    NoteLabel::setKind(m_cause, NoteLabel::Kind::Attention);
    m_cause->setText(m_checking);
    m_cause->show();
    m_job = startCheck();
}

void LinkDiagnosisDialog::found(const QList<LinkCheck> &checks, const QString &cause,
                                const std::optional<FixTexts> &fix)
{
    m_job.clear(); // read: the job goes a moment later
    m_list->setChecks(checks);
    // New facts: a question asked on the facts before acts on nothing.
    m_changes->bump();
    m_fixTexts = fix;
    if (fix) {
        m_fix->setText(fix->button);
        m_fix->setEnabled(!m_changes->changing());
    }
    // A fix whose outcome is open keeps its button, to settle it.
    m_fix->setVisible(fix.has_value() || m_changes->holdsOpen());
    // Green only when everything was checked and passed: a check that could not be made (the
    // credentials failed, a read was refused) is no all-clear.
    switch (LinkCheck::verdict(checks)) {
    case LinkCheck::Verdict::Fails:
        NoteLabel::setKind(m_cause, NoteLabel::Kind::Problem);
        break;
    case LinkCheck::Verdict::Incomplete:
        NoteLabel::setKind(m_cause, NoteLabel::Kind::Attention);
        break;
    case LinkCheck::Verdict::Passes:
        NoteLabel::setKind(m_cause, NoteLabel::Kind::Success);
        break;
    }
    m_cause->setText(cause);
    Q_EMIT diagnosed();
}

void LinkDiagnosisDialog::offerFix()
{
    if (m_changes->settle(m_fix->objectName()) || !m_fixTexts)
        return;
    const FixTexts texts = *m_fixTexts;
    m_changes->confirm(m_fix->objectName(), texts.question, texts.detail, [this, texts] {
        m_changes->run(m_fix->objectName(), makeFix(), texts.sending, texts.done,
                       [this] { diagnose(); });
    });
}

} // namespace plc
