#pragma once

#include <QWizardPage>

namespace plc {

class ConfluentNameEditor;
struct ConfluentContext;

/// Step 1 of the Confluent Cloud flow: the network's requirements (PrivateLink, the cluster's
/// region, zones in common with the cluster) and its unique name, read from the DNS subdomain.
class ConfluentNetworkPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentNetworkPage)

public:
    ConfluentNetworkPage(ConfluentContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    ConfluentContext *m_context;
    ConfluentNameEditor *m_name;
};

} // namespace plc
