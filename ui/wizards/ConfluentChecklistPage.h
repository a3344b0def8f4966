#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace plc {

class AccountZonesBar;
class MessageBar;
struct ConfluentContext;

/// Steps 2 and 3 of the Confluent Cloud flow, done in Confluent Cloud: what to do there (with
/// TiDB Cloud's AWS account ID to copy for the PrivateLink Access), and a box to tick when done.
class ConfluentChecklistPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentChecklistPage)

public:
    enum class Step { PrivateLinkAccess, DedicatedCluster };

    ConfluentChecklistPage(Step step, ConfluentContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    Step m_step;
    ConfluentContext *m_context;
    AccountZonesBar *m_accountBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_steps;
    QCheckBox *m_done;
};

} // namespace plc
