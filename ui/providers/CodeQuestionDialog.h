#pragma once

#include "providers/ProviderAccount.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace plc {

class CodeAnswerJob;

/// Asks for the one-time code of an MFA device when an account needs it to assume a role:
/// which account, which role and which device, a field for the six digits, and what is wrong
/// with what was typed. Window-modal, opened without blocking: the answer is a job. The code
/// goes to the job and nowhere else (no setting, no log, no history).
class CodeQuestionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeQuestionDialog)

public:
    CodeQuestionDialog(const ProviderAccount::CodeQuestion &question, QWidget *parent);
    ~CodeQuestionDialog() override;

    /// Ends with the code on Continue; on Cancel, or when the dialog goes, with the error
    /// MfaCodeNotGiven; cancelling it closes the dialog.
    ValueJob<QString> *answer() const;

    /// What the accounts call to ask: an application-modal dialog on `window`.
    static ProviderAccount::CodeAsker asker(QWidget *window);
    /// What is wrong with a typed code (empty: nothing), for the user.
    static QString checkCode(const QString &code);

    void accept() override;
    void reject() override;

private:
    QLineEdit *m_code;
    QLabel *m_problem;
    QPointer<CodeAnswerJob> m_answer;
};

} // namespace plc
