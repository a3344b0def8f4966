#include "ui/providers/aws/AwsDiagnosisDialog.h"

#include "domain/EndpointServiceName.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsLinkService.h"

using namespace Qt::StringLiterals;

namespace plc {

AwsDiagnosisDialog::AwsDiagnosisDialog(AwsAccount *account, const PrivateLinkConnection &connection,
                                       const QString &clusterRegion, const AvailabilityZones &zones,
                                       QWidget *parent)
    : LinkDiagnosisDialog(parent)
    , m_account(account)
{
    m_facts.serviceName = connection.endpointService.name;
    m_facts.serviceId = m_facts.serviceName.section(u'.', -1);
    m_facts.serviceRegion = EndpointServiceName::parse(m_facts.serviceName).region;
    m_facts.crossRegion = connection.endpointService.region;
    m_facts.clusterRegion = clusterRegion;
    m_facts.tidbAccount = zones.accountId;
    m_facts.clusterZoneIds = zones.azIds;
    const QString region = m_facts.serviceRegion;
    const CliAccount cli = account->cliAccount();
    const QStringList commands{
        AwsCommands::describeServiceConfigurations(cli, region, m_facts.serviceId),
        AwsCommands::describeServicePermissions(cli, region, m_facts.serviceId),
        AwsCommands::describeAvailabilityZones(cli, region),
        AwsCommands::describeConnections(cli, region, m_facts.serviceId,
                                         connection.endpointService.endpointId)};
    setUp({u"aws"_s, tr("Diagnose on AWS: %1").arg(connection.displayName),
           tr("Endpoint service %1, read on AWS with %2.")
               .arg(m_facts.serviceName, account->description()),
           tr("Checking on AWS…"), tr("Equivalent AWS CLI commands:"),
           tr("Equivalent AWS CLI commands"), AwsCommands::notes(cli) + commands});
}

Job *AwsDiagnosisDialog::startCheck()
{
    AwsLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    job->onFinished(this, [this](const AwsLinkFacts &facts) {
        const QList<AwsCheck> checks = AwsLinkChecks::evaluate(facts);
        found(checks, AwsLinkChecks::cause(checks));
    });
    return job;
}

} // namespace plc
