#include "ui/providers/LinkDecisionDialog.h"

#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/Job.h"
#include "base/SendOnce.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

LinkDecisionDialog::LinkDecisionDialog(const PrivateLinkConnection &connection, bool accept,
                                       QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_accept(accept)
    , m_request(new QLabel(this))
    , m_status(new QLabel(this))
    , m_decide(new QPushButton(this))
{}

void LinkDecisionDialog::setUp(const DialogTexts &texts)
{
    m_texts = texts;
    setObjectName(texts.key + (m_accept ? u"AcceptDialog"_s : u"RejectDialog"_s));
    setWindowTitle(texts.title);
    auto *intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_request->setObjectName(texts.key + u"Request"_s);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    m_status->setObjectName(texts.key + u"DecisionStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    auto *command = new CommandBox(texts.key + u"DecisionCommand"_s, texts.commandName, 6, this);
    command->setCommand(texts.command);
    m_decide->setObjectName(texts.key + u"DecideButton"_s);
    m_decide->setText(texts.decideButton);
    m_decide->setEnabled(false);
    m_decide->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_decide, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_request);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(texts.commandLabel, this));
    layout->addWidget(command);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decide, &QPushButton::clicked, this, [this] { m_accept ? send() : confirmReject(); });
    resize(680, 380);
    findRequest();
}

int LinkDecisionDialog::sendCount() const
{
    return m_sender ? m_sender->sendCount() : 0;
}

void LinkDecisionDialog::setStatus(const QString &text, int kind)
{
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setText(text);
    m_status->show();
}

void LinkDecisionDialog::findRequest()
{
    m_decide->setEnabled(false);
    m_request->setText(lookingText());
    m_find = startFind();
}

void LinkDecisionDialog::foundRequest(const Request &request)
{
    m_request->setText(request.sentence);
    if (request.pending) {
        m_decide->setEnabled(!m_sender || !m_sender->isDone());
        if (m_accept)
            m_decide->setDefault(true);
        return;
    }
    // After a refusal, the refusal first, then what the request is now.
    const QString now = nothingToDecide(request.state);
    setStatus(m_refusal.isEmpty() ? now : m_refusal + u' ' + now,
              int(m_refusal.isEmpty() ? NoteLabel::Kind::Attention : NoteLabel::Kind::Problem));
}

void LinkDecisionDialog::requestNotFound(const QString &sentence)
{
    m_request->clear();
    setStatus(sentence, int(NoteLabel::Kind::Problem));
}

void LinkDecisionDialog::confirmReject()
{
    auto *box = new QMessageBox(QMessageBox::Warning, m_texts.rejectTitle, m_texts.rejectQuestion,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(m_texts.key + u"RejectConfirm"_s);
    WizardParts::showPlainText(box);
    box->button(QMessageBox::Yes)->setText(m_texts.rejectButton);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            send();
    });
    box->open();
}

void LinkDecisionDialog::send()
{
    if (!m_sender) {
        m_sender = makeDecision();
        connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
            m_decide->setEnabled(!running && !m_sender->isDone() && !m_find);
            if (running)
                setStatus(sendingText(), int(NoteLabel::Kind::Attention));
        });
        connect(m_sender, &SendOnce::done, this, [this] {
            m_decide->setEnabled(false);
            const QString refusal = refusalInAnswer();
            if (!refusal.isEmpty()) {
                setStatus(refusal, int(NoteLabel::Kind::Problem));
                return;
            }
            setStatus(decidedText(), int(NoteLabel::Kind::Success));
            Q_EMIT decided();
        });
        connect(m_sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
            if (unknown) {
                setStatus(unknownText(error), int(NoteLabel::Kind::Problem));
                return;
            }
            // Refused (someone decided first, or the credentials may not): read the request
            // again, so that the window says what it is now.
            m_refusal = error.userMessage();
            setStatus(m_refusal, int(NoteLabel::Kind::Problem));
            findRequest();
        });
    }
    m_sender->run();
}

} // namespace plc
