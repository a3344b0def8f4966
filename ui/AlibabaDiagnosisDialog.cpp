#include "AlibabaDiagnosisDialog.h"

#include "LinkCheckList.h"
#include "NoteLabel.h"
#include "wizards/WizardParts.h"

#include "domain/AlibabaCommands.h"
#include "domain/EndpointServiceName.h"
#include "services/AlibabaLinkService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaDiagnosisDialog::AlibabaDiagnosisDialog(AlibabaAccount *account,
                                               const PrivateLinkConnection &connection,
                                               const QString &clusterRegion,
                                               const AvailabilityZones &zones, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_cause(new QLabel(this))
    , m_list(new LinkCheckList(this))
    , m_commands(
          new CommandBox(u"alibabaCommands"_s, tr("Equivalent aliyun CLI commands"), 10, this))
{
    setObjectName(u"alibabaDiagnosisDialog"_s);
    setWindowTitle(tr("Diagnose on Alibaba Cloud: %1").arg(connection.displayName));
    m_facts.serviceName = connection.endpointService.name;
    m_facts.serviceId = m_facts.serviceName.section(u'.', -1);
    m_facts.serviceRegion = EndpointServiceName::parse(m_facts.serviceName).region;
    m_facts.clusterRegion = clusterRegion;
    m_facts.tidbAccount = zones.accountId;
    m_facts.clusterZoneIds = zones.azIds;

    auto *intro = new QLabel(tr("Endpoint service %1, read on Alibaba Cloud with %2.")
                                 .arg(m_facts.serviceName, account->description()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_cause->setObjectName(u"alibabaCause"_s);
    NoteLabel::setUp(m_cause, NoteLabel::Kind::Attention);
    m_list->setObjectName(u"alibabaCheckList"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    const QString region = m_facts.serviceRegion;
    const QString id = m_facts.serviceId;
    m_commands->setCommand(QStringList{
        AlibabaCommands::listServices(region, id), AlibabaCommands::serviceUsers(region, id),
        AlibabaCommands::serviceResources(region, id),
        AlibabaCommands::connections(region, id, connection.endpointService.endpointId)}
                               .join(u'\n'));
    m_commands->setCopyText(tr("&Copy Commands"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    again->setObjectName(u"alibabaCheckAgain"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_cause);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("Equivalent aliyun CLI commands:"), this));
    layout->addWidget(m_commands);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &AlibabaDiagnosisDialog::diagnose);
    resize(760, 540);
    diagnose();
}

void AlibabaDiagnosisDialog::diagnose()
{
    if (m_job)
        m_job->cancel();
    m_list->clear();
    NoteLabel::setKind(m_cause, NoteLabel::Kind::Attention);
    m_cause->setText(tr("Checking on Alibaba Cloud…"));
    m_cause->show();
    AlibabaLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    m_job = job;
    job->onFinished(this, [this](const AlibabaLinkFacts &facts) {
        const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(facts);
        m_list->setChecks(checks);
        NoteLabel::setKind(m_cause, LinkCheck::passes(checks) ? NoteLabel::Kind::Success
                                                              : NoteLabel::Kind::Problem);
        m_cause->setText(AlibabaLinkChecks::cause(checks));
        Q_EMIT diagnosed();
    });
}

} // namespace plc
