#pragma once

#include <QWizardPage>

class QLabel;

namespace plc {

class CopyField;
struct EndpointContext;

/// Step 1 of the documents: the endpoint service's Service Name, Availability Zone ID(s) and
/// Region ID, with the host and port, each copyable.
class EndpointServicePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointServicePage)

public:
    EndpointServicePage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;

private:
    EndpointContext *m_context;
    QLabel *m_intro;
    QLabel *m_zonesLabel;
    CopyField *m_service;
    CopyField *m_zones;
    CopyField *m_region;
    CopyField *m_host;
    CopyField *m_port;
    CopyField *m_user;
    QLabel *m_note;
};

} // namespace plc
