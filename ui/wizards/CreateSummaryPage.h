#pragma once

#include "api/Job.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace plc {

class Job;
class MessageBar;
struct CreateContext;

/// Step 3: what will be created and the equivalent ticloud command (copyable). Create sends
/// the request once; Next waits for the answer. A refusal shows on the page with the
/// server's words, the input stays, and nothing is sent again until the user says so.
class CreateSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSummaryPage)

public:
    CreateSummaryPage(CreateContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    bool isSending() const { return m_job != nullptr; }

Q_SIGNALS:
    void created(const QString &connectionId);

private:
    CreateContext *m_context;
    QLabel *m_summary;
    QPlainTextEdit *m_command;
    MessageBar *m_messageBar;
    QPointer<Job> m_job;
};

} // namespace plc
