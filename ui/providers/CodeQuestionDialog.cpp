#include "ui/providers/CodeQuestionDialog.h"

#include "ui/widgets/NoteLabel.h"

#include "base/OutsideText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

/// The answer the dialog gives: the code, or Cancelled.
class CodeAnswerJob final : public ValueJob<QString>
{
public:
    CodeAnswerJob(QDialog *dialog, QString role)
        : ValueJob<QString>(nullptr)
        , m_dialog(dialog)
        , m_role(std::move(role))
    {}
    void give(const QString &code) { finishWithValue(code); }
    /// No code: an error every waiter hears of (a cancel would leave them waiting unheard).
    void decline()
    {
        finishWithError(ApiError::provider(
            u"MfaCodeNotGiven"_s,
            CodeQuestionDialog::tr("No MFA code was given, so role %1 was not assumed and "
                                   "nothing was sent with it.")
                .arg(OutsideText::visible(m_role))));
    }

private:
    void abortWork() override
    {
        // Taken back (another account chosen, the window closing): the question goes too.
        if (m_dialog)
            QMetaObject::invokeMethod(m_dialog, &QDialog::reject, Qt::QueuedConnection);
    }
    QPointer<QDialog> m_dialog;
    QString m_role;
};

CodeQuestionDialog::CodeQuestionDialog(const ProviderAccount::CodeQuestion &question,
                                       QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_answer(new CodeAnswerJob(this, question.role))
{
    setObjectName(u"mfaCodeDialog"_s);
    setWindowTitle(tr("MFA Code"));
    auto *intro = new QLabel(tr("To assume role %1, enter the code your MFA device shows now.")
                                 .arg(OutsideText::visible(question.role)),
                             this);
    intro->setObjectName(u"mfaCodeIntro"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *device = new QLabel(OutsideText::visible(question.device), this);
    device->setObjectName(u"mfaCodeDevice"_s);
    device->setTextFormat(Qt::PlainText);
    device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    device->setWordWrap(true);
    m_code->setObjectName(u"mfaCodeField"_s);
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setMaxLength(6);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_code->setAccessibleName(tr("MFA code"));
    m_problem->setObjectName(u"mfaCodeProblem"_s);
    NoteLabel::setUp(m_problem, NoteLabel::Kind::Problem);
    m_problem->hide();
    auto *kept = new QLabel(tr("The code is used once, to assume the role, and is not kept. "
                               "The role's keys stay in memory until they expire."),
                            this);
    kept->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *account = new QLabel(OutsideText::visible(question.account), this);
    account->setTextFormat(Qt::PlainText);
    account->setWordWrap(true);
    form->addRow(tr("For:"), account);
    form->addRow(tr("MFA device:"), device);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&ontinue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CodeQuestionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CodeQuestionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(kept);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

CodeQuestionDialog::~CodeQuestionDialog()
{
    if (m_answer && !m_answer->isFinished())
        m_answer->decline();
}

ValueJob<QString> *CodeQuestionDialog::answer() const
{
    return m_answer;
}

QString CodeQuestionDialog::checkCode(const QString &code)
{
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (code.isEmpty())
        return tr("Enter the 6-digit code your MFA device shows now.");
    if (!sixDigits.match(code).hasMatch())
        return tr("A code is 6 digits, such as 123456.");
    return {};
}

void CodeQuestionDialog::accept()
{
    const QString code = m_code->text().trimmed();
    const QString problem = checkCode(code);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_code->setFocus();
        return;
    }
    m_code->clear(); // the field does not keep it either
    if (m_answer && !m_answer->isFinished())
        m_answer->give(code);
    QDialog::accept();
}

void CodeQuestionDialog::reject()
{
    m_code->clear();
    if (m_answer && !m_answer->isFinished())
        m_answer->decline();
    QDialog::reject();
}

ProviderAccount::CodeAsker CodeQuestionDialog::asker(QWidget *window)
{
    const QPointer<QWidget> fallback(window);
    return [fallback](const ProviderAccount::CodeQuestion &question) -> ValueJob<QString> * {
        // On the window, not on a dialog in front that may close before the code is typed;
        // modal to the whole application, a wizard in front included.
        auto *dialog = new CodeQuestionDialog(question, fallback);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->open();
        return dialog->answer();
    };
}

} // namespace plc
