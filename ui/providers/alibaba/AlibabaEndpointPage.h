#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
struct EndpointContext;

/// Step 2 on Alibaba Cloud: the console steps (interface endpoint, the service found by its
/// name, the VPC, a security group, the vSwitch in the service's zone), then the endpoint IP
/// the user copies back and the `/etc/hosts` line made from it.
class AlibabaEndpointPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaEndpointPage)

public:
    AlibabaEndpointPage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;

private:
    void update();

    EndpointContext *m_context;
    QLabel *m_steps;
    QLineEdit *m_ip;
    QLabel *m_ipProblem;
    QLabel *m_ipNote;
    QLabel *m_hostsIntro;
    CommandBox *m_hosts;
};

} // namespace plc
