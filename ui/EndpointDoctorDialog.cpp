#include "ui/EndpointDoctorDialog.h"

#include "ui/widgets/EndpointDoctorWidget.h"
#include "ui/widgets/WizardParts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

EndpointDoctorDialog::EndpointDoctorDialog(QWidget *parent)
    : QDialog(parent)
    , m_doctor(new EndpointDoctorWidget(this))
    , m_intro(WizardParts::textLabel(u"doctorIntro"_s, this))
{
    setObjectName(u"endpointDoctorDialog"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_doctor);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(this, &QDialog::rejected, m_doctor, &EndpointDoctorWidget::cancel);
    resize(760, 440);
    retranslate();
}

void EndpointDoctorDialog::retranslate()
{
    setWindowTitle(tr("Check Endpoint"));
    m_intro->setText(
        tr("Checks whether a database answers at a host and port from this machine: the name "
           "resolves, a TCP connection opens, and a MySQL-protocol server greets. No password "
           "is needed or sent. To check from a server inside your VPC, run "
           "privatelink-console --check-endpoint HOST:PORT there."));
}

void EndpointDoctorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace plc
