#include "ui/providers/alibaba/AlibabaDiagnosisDialog.h"

#include "ui/providers/alibaba/AlibabaChecksPage.h"

#include "domain/EndpointServiceName.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/alibaba/AlibabaLinkService.h"
#include "providers/alibaba/AlibabaProvider.h"

using namespace Qt::StringLiterals;

namespace plc {

AlibabaDiagnosisDialog::AlibabaDiagnosisDialog(AlibabaAccount *account,
                                               const PrivateLinkConnection &connection,
                                               const QString &clusterRegion,
                                               const AvailabilityZones &zones, QWidget *parent)
    : LinkDiagnosisDialog(parent)
    , m_account(account)
{
    m_facts.serviceName = connection.endpointService.name;
    m_facts.serviceId = m_facts.serviceName.section(u'.', -1);
    m_facts.serviceRegion = EndpointServiceName::parse(m_facts.serviceName).region;
    m_facts.clusterRegion = clusterRegion;
    m_facts.tidbAccount = zones.accountId;
    m_facts.clusterZoneIds = zones.azIds;
    const QString region = m_facts.serviceRegion;
    const QString id = m_facts.serviceId;
    const CliAccount cli = account->cliAccount();
    const QStringList commands{
        AlibabaCommands::listServices(cli, region, id),
        AlibabaCommands::serviceUsers(cli, region, id),
        AlibabaCommands::serviceResources(cli, region, id),
        AlibabaCommands::connections(cli, region, id, connection.endpointService.endpointId)};
    setUp({u"alibaba"_s, AlibabaProvider().name(),
           tr("Diagnose on Alibaba Cloud: %1").arg(connection.displayName),
           tr("Endpoint service %1, read on Alibaba Cloud with %2.")
               .arg(m_facts.serviceName, account->description()),
           tr("Checking on Alibaba Cloud…"), tr("Equivalent aliyun CLI commands:"),
           tr("Equivalent aliyun CLI commands"), AlibabaCommands::notes(cli) + commands});
}

Job *AlibabaDiagnosisDialog::startCheck()
{
    AlibabaLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    job->onFinished(this, [this](const AlibabaLinkFacts &facts) {
        m_read = facts;
        const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(facts);
        // The service is the user's and TiDB Cloud's account is not on its whitelist: the
        // console adds it, with the checks page's words.
        std::optional<FixTexts> fix;
        if (AlibabaLinkChecks::userMissing(facts)) {
            const auto change = AlibabaChecksPage::whitelistTexts(m_account, facts);
            fix = FixTexts{change.button, change.question, change.consequences, change.sending,
                           tr("TiDB Cloud's account is on the Service Whitelist now.")};
        }
        found(checks, AlibabaLinkChecks::cause(checks), fix);
    });
    return job;
}

SendOnce *AlibabaDiagnosisDialog::makeFix()
{
    if (m_read.tidbAccount.isEmpty() || m_read.serviceId.isEmpty())
        return nullptr;
    AlibabaLinkService service(m_account);
    return service.addUser(m_read.serviceRegion, m_read.serviceId, m_read.tidbAccount, this);
}

} // namespace plc
