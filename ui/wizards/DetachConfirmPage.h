#pragma once

#include "ui/wizards/CommitPage.h"

class QLabel;

namespace plc {

class CommandBox;
struct DetachContext;

/// Step 2 of Detach Domains: which names stop resolving through the connection and what that
/// means for dataflow, the equivalent ticloud command, and Detach Domains (sent once).
class DetachConfirmPage final : public CommitPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetachConfirmPage)

public:
    DetachConfirmPage(DetachContext *context, QWidget *parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void detached();

private:
    /// The Kafka changefeeds through the connection, as a paragraph of the page.
    QString kafkaChangefeeds() const;

    DetachContext *m_context;
    QLabel *m_consequence;
    CommandBox *m_command;
};

} // namespace plc
