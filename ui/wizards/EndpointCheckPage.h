#pragma once

#include <QWizardPage>

class QLabel;

namespace plc {

class CommandBox;
class EndpointDoctorWidget;
struct EndpointContext;

/// The last page: the connectivity doctor on the target's host and port, the same check as a
/// command for a server in the VPC, and the documents' troubleshooting.
class EndpointCheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointCheckPage)

public:
    EndpointCheckPage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    EndpointDoctorWidget *doctor() const { return m_doctor; }

private:
    EndpointContext *m_context;
    EndpointDoctorWidget *m_doctor;
    QLabel *m_commandIntro;
    CommandBox *m_command;
    QLabel *m_troubleshooting;
};

} // namespace plc
