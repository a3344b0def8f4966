#pragma once

#include "CommitPage.h"

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
struct DeleteContext;

/// The confirmation of a delete: what depends on the connection (its attached domains, the
/// dataflow that uses it), the connection's name typed exactly, the equivalent ticloud
/// command, and Delete (sent once).
class DeleteConfirmPage final : public CommitPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfirmPage)

public:
    DeleteConfirmPage(DeleteContext *context, QWidget *parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void deleted();

protected:
    bool readyToSend() const override;

private:
    void showDependents();

    DeleteContext *m_context;
    QLabel *m_dependents;
    QLineEdit *m_confirm;
    QLabel *m_confirmProblem;
    CommandBox *m_command;
};

} // namespace plc
