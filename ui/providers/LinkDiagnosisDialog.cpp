#include "ui/providers/LinkDiagnosisDialog.h"

#include "ui/providers/LinkCheckList.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/Job.h"

#include <QDialogButtonBox>
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_cause);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(texts.commandsLabel, this));
    layout->addWidget(commands);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &LinkDiagnosisDialog::diagnose);
    resize(760, 540);
    diagnose();
}

void LinkDiagnosisDialog::diagnose()
{
    if (m_job)
        m_job->cancel();
    m_list->clear();
    NoteLabel::setKind(m_cause, NoteLabel::Kind::Attention);
    m_cause->setText(m_checking);
    m_cause->show();
    m_job = startCheck();
}

void LinkDiagnosisDialog::found(const QList<LinkCheck> &checks, const QString &cause)
{
    m_list->setChecks(checks);
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

} // namespace plc
