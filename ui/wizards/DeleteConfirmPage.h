#pragma once

#include "ui/wizards/CommitPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
struct DeleteContext;

/// The confirmation of a delete: what depends on the connection (its attached domains, the
/// changefeeds through it, read again as the page opens), the connection's name typed exactly,
/// an acknowledgement when a changefeed runs through it (or the changefeeds could not be
/// read), the equivalent ticloud command, and Delete (sent once).
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

    /// Whether Delete also needs the acknowledgement ticked.
    bool needsAcknowledgement() const;

private:
    void showDependents();
    QString changefeedItems() const;
    /// What the acknowledgement is about: whether the changefeeds are known, and which run
    /// through the connection in which state.
    QString acknowledgedFacts() const;

    DeleteContext *m_context;
    QLabel *m_dependents;
    QLineEdit *m_confirm;
    QLabel *m_confirmProblem;
    QCheckBox *m_acknowledge;
    QString m_acknowledgedFacts; ///< acknowledgedFacts() when the box was last shown
    QString m_changefeedError;
    CommandBox *m_command;
};

} // namespace plc
