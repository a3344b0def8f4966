#include "ui/providers/alibaba/AlibabaChecksPage.h"

#include "ui/wizards/CreateConnectionWizard.h"

#include "domain/EndpointServiceName.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/alibaba/AlibabaLinkService.h"

using namespace Qt::StringLiterals;

namespace plc {

AlibabaChecksPage::AlibabaChecksPage(AlibabaAccount *account, CreateContext *context,
                                     QWidget *parent)
    : LinkChecksPage(context,
                     {u"alibaba"_s, tr("Check the Alibaba Cloud side"),
                      tr("Read on Alibaba Cloud with %1. Nothing changes on Alibaba Cloud unless "
                         "you choose it.")
                          .arg(account->description()),
                      tr("Equivalent aliyun CLI commands:"), tr("Equivalent aliyun CLI commands"),
                      u"alibabaAddUser"_s},
                     parent)
    , m_account(account)
{}

AlibabaLinkFacts AlibabaChecksPage::factsFromFields() const
{
    AlibabaLinkFacts facts;
    facts.serviceName = field(u"endpointServiceName"_s).toString().trimmed();
    facts.serviceId = facts.serviceName.section(u'.', -1);
    facts.serviceRegion = EndpointServiceName::parse(facts.serviceName).region;
    facts.clusterRegion = context()->cluster.region.providerRegionCode();
    facts.tidbAccount = context()->zones.accountId;
    facts.clusterZoneIds = context()->zones.azIds;
    return facts;
}

Job *AlibabaChecksPage::startCheck()
{
    m_facts = factsFromFields();
    AlibabaLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    job->onFinished(this, [this](const AlibabaLinkFacts &facts) {
        m_facts = facts;
        checked(AlibabaLinkChecks::evaluate(facts), AlibabaLinkChecks::userMissing(facts));
    });
    return job;
}

QString AlibabaChecksPage::checkingText() const
{
    return tr("Checking endpoint service %1 on Alibaba Cloud…").arg(m_facts.serviceId);
}

QString AlibabaChecksPage::readyText() const
{
    return tr("The Alibaba Cloud side is ready for TiDB Cloud to connect.");
}

CliAccount AlibabaChecksPage::cliAccount() const
{
    return m_account->cliAccount();
}

QStringList AlibabaChecksPage::commands() const
{
    const QString region = m_facts.serviceRegion;
    const QString id = m_facts.serviceId;
    const CliAccount cli = cliAccount();
    QStringList lines{AlibabaCommands::callerIdentity(cli),
                      AlibabaCommands::listServices(cli, region, id),
                      AlibabaCommands::serviceUsers(cli, region, id),
                      AlibabaCommands::serviceResources(cli, region, id)};
    if (m_facts.visibility != AlibabaLinkFacts::Visibility::Owned)
        lines.insert(2, AlibabaCommands::servicesByEndUser(cli, region, m_facts.serviceName));
    if (changeOffered())
        lines.append(AlibabaCommands::addUser(cli, region, id, m_facts.tidbAccount));
    return AlibabaCommands::notes(cli) + lines;
}

LinkChecksPage::ChangeTexts AlibabaChecksPage::changeTexts() const
{
    return whitelistTexts(m_account, m_facts);
}

LinkChecksPage::ChangeTexts AlibabaChecksPage::whitelistTexts(AlibabaAccount *account,
                                                              const AlibabaLinkFacts &facts)
{
    const CliAccount cli = account->cliAccount();
    return {tr("Add TiDB Cloud's Account to the Service &Whitelist…"),
            tr("Change the Alibaba Cloud account?"),
            tr("Add Alibaba Cloud account %1 (TiDB Cloud's) to the Service Whitelist of endpoint "
               "service %2 in %3?")
                .arg(facts.tidbAccount, facts.serviceId, facts.serviceRegion),
            tr("This changes %1: TiDB Cloud's account may then connect to the service. The same "
               "change with the aliyun CLI:\n%2")
                .arg(account->description(),
                     AlibabaCommands::script(
                         cli, {AlibabaCommands::addUser(cli, facts.serviceRegion, facts.serviceId,
                                                        facts.tidbAccount)})),
            tr("&Add to Service Whitelist"),
            tr("Adding TiDB Cloud's account to the Service Whitelist…")};
}

SendOnce *AlibabaChecksPage::makeChange()
{
    AlibabaLinkService service(m_account);
    return service.addUser(m_facts.serviceRegion, m_facts.serviceId, m_facts.tidbAccount, this);
}

QString AlibabaChecksPage::changeFailed(const ApiError &error, bool unknown) const
{
    return unknown ? tr("It is not known whether the account was added: %1 Choose Add again to "
                        "find out; it is not sent twice.")
                         .arg(error.userMessage())
                   : tr("The account was not added to the Service Whitelist: %1")
                         .arg(error.userMessage());
}

} // namespace plc
