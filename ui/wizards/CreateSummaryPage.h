#pragma once

#include "domain/PrivateLink.h"
#include "ui/wizards/CommitPage.h"

class QLabel;

namespace plc {

class CommandBox;
struct CreateContext;

/// Step 3: what will be created and the equivalent ticloud command (copyable). Create sends
/// the request once (CommitPage); when its answer is lost, the cluster's list is read to find
/// out whether the connection was created before anything is sent again.
class CreateSummaryPage final : public CommitPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSummaryPage)

public:
    CreateSummaryPage(CreateContext *context, QWidget *parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void created(const QString &connectionId);

private:
    void take(const PrivateLinkConnection &connection);

    CreateContext *m_context;
    QLabel *m_summary;
    CommandBox *m_command;
};

} // namespace plc
