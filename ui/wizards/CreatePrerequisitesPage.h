#pragma once

#include <QWizardPage>

class QCheckBox;

namespace plc {

class AccountZonesBar;
class MessageBar;
struct CreateContext;

/// Step 1: the TiDB Cloud account ID and the cluster's availability zones (with Copy), and
/// the provider's checklist — the endpoint service is in the cluster's region, the account
/// is in its Allow principals (AWS) or Service Whitelist (Alibaba Cloud), and it shares an
/// availability zone with the cluster. Next is enabled when every item is ticked.
class CreatePrerequisitesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePrerequisitesPage)

public:
    CreatePrerequisitesPage(CreateContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void loadZones();
    void showZones();

    CreateContext *m_context;
    AccountZonesBar *m_accountBar;
    MessageBar *m_messageBar;
    QList<QCheckBox *> m_checks;
};

} // namespace plc
