#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
class InboundWays;
struct EndpointContext;

/// Step 2 on Alibaba Cloud, two ways (InboundWays). With the profile's Alibaba Cloud account:
/// from the console (InboundEndpointPanel: the VPC's vSwitches and groups checked, the port
/// opened, the endpoint made and followed until it is Active and Connected). Or by the user:
/// the console steps (interface endpoint, the service found by its name, the VPC, a security
/// group, the vSwitch in the service's zone), then the endpoint IP the user copies back and the
/// `/etc/hosts` line made from it.
class AlibabaEndpointPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaEndpointPage)

public:
    AlibabaEndpointPage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    void update();
    void showWay();

    EndpointContext *m_context;
    QWidget *m_manual;
    InboundWays *m_ways;
    QLabel *m_steps;
    QLineEdit *m_ip;
    QLabel *m_ipProblem;
    QLabel *m_ipNote;
    QLabel *m_hostsIntro;
    CommandBox *m_hosts;
};

} // namespace plc
