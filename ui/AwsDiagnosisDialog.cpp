#include "AwsDiagnosisDialog.h"

#include "LinkCheckList.h"
#include "NoteLabel.h"
#include "wizards/WizardParts.h"

#include "domain/AwsCommands.h"
#include "domain/EndpointServiceName.h"
#include "services/AwsLinkService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AwsDiagnosisDialog::AwsDiagnosisDialog(AwsAccount *account, const PrivateLinkConnection &connection,
                                       const QString &clusterRegion, const AvailabilityZones &zones,
                                       QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_cause(new QLabel(this))
    , m_list(new LinkCheckList(this))
    , m_commands(new CommandBox(u"awsCommands"_s, tr("Equivalent AWS CLI commands"), 10, this))
{
    setObjectName(u"awsDiagnosisDialog"_s);
    setWindowTitle(tr("Diagnose on AWS: %1").arg(connection.displayName));
    m_facts.serviceName = connection.endpointService.name;
    m_facts.serviceId = m_facts.serviceName.section(u'.', -1);
    m_facts.serviceRegion = EndpointServiceName::parse(m_facts.serviceName).region;
    m_facts.crossRegion = connection.endpointService.region;
    m_facts.clusterRegion = clusterRegion;
    m_facts.tidbAccount = zones.accountId;
    m_facts.clusterZoneIds = zones.azIds;

    auto *intro = new QLabel(tr("Endpoint service %1, read on AWS with %2.")
                                 .arg(m_facts.serviceName, account->description()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_cause->setObjectName(u"awsCause"_s);
    NoteLabel::setUp(m_cause, NoteLabel::Kind::Attention);
    m_list->setObjectName(u"awsCheckList"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    const QString region = m_facts.serviceRegion;
    m_commands->setCommand(
        QStringList{AwsCommands::describeServiceConfigurations(region, m_facts.serviceId),
                    AwsCommands::describeServicePermissions(region, m_facts.serviceId),
                    AwsCommands::describeAvailabilityZones(region),
                    AwsCommands::describeConnections(region, m_facts.serviceId,
                                                     connection.endpointService.endpointId)}
            .join(u'\n'));
    m_commands->setCopyText(tr("&Copy Commands"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    again->setObjectName(u"awsCheckAgain"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_cause);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("Equivalent AWS CLI commands:"), this));
    layout->addWidget(m_commands);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &AwsDiagnosisDialog::diagnose);
    resize(720, 520);
    diagnose();
}

void AwsDiagnosisDialog::diagnose()
{
    if (m_job)
        m_job->cancel();
    m_list->clear();
    NoteLabel::setKind(m_cause, NoteLabel::Kind::Attention);
    m_cause->setText(tr("Checking on AWS…"));
    m_cause->show();
    AwsLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    m_job = job;
    job->onFinished(this, [this](const AwsLinkFacts &facts) {
        const QList<AwsCheck> checks = AwsLinkChecks::evaluate(facts);
        m_list->setChecks(checks);
        NoteLabel::setKind(m_cause, AwsLinkChecks::passes(checks) ? NoteLabel::Kind::Success
                                                                  : NoteLabel::Kind::Problem);
        m_cause->setText(AwsLinkChecks::cause(checks));
        Q_EMIT diagnosed();
    });
}

} // namespace plc
