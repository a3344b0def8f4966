#include "ui/providers/aws/AwsChecksPage.h"

#include "ui/wizards/CreateConnectionWizard.h"

#include "domain/EndpointServiceName.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsLinkService.h"

using namespace Qt::StringLiterals;

namespace plc {

AwsChecksPage::AwsChecksPage(AwsAccount *account, CreateContext *context, QWidget *parent)
    : LinkChecksPage(context,
                     {u"aws"_s, tr("Check the AWS side"),
                      tr("Read on AWS with %1. Nothing changes on AWS unless you choose it.")
                          .arg(account->description()),
                      tr("Equivalent AWS CLI commands:"), tr("Equivalent AWS CLI commands"),
                      u"awsAddPrincipal"_s},
                     parent)
    , m_account(account)
{}

AwsLinkFacts AwsChecksPage::factsFromFields() const
{
    AwsLinkFacts facts;
    facts.serviceName = field(u"endpointServiceName"_s).toString().trimmed();
    facts.serviceId = facts.serviceName.section(u'.', -1);
    facts.clusterRegion = context()->cluster.region.providerRegionCode();
    facts.crossRegion = field(u"serviceRegion"_s).toString().trimmed();
    facts.serviceRegion = EndpointServiceName::parse(facts.serviceName).region;
    facts.tidbAccount = context()->zones.accountId;
    facts.clusterZoneIds = context()->zones.azIds;
    return facts;
}

Job *AwsChecksPage::startCheck()
{
    m_facts = factsFromFields();
    AwsLinkService service(m_account);
    auto *job = service.check(m_facts, this);
    job->onFinished(this, [this](const AwsLinkFacts &facts) {
        m_facts = facts;
        checked(AwsLinkChecks::evaluate(facts), AwsLinkChecks::principalMissing(facts));
    });
    return job;
}

QString AwsChecksPage::checkingText() const
{
    return tr("Checking endpoint service %1 on AWS…").arg(m_facts.serviceId);
}

QString AwsChecksPage::readyText() const
{
    return tr("The AWS side is ready for TiDB Cloud to connect.");
}

CliAccount AwsChecksPage::cliAccount() const
{
    return m_account->cliAccount();
}

QStringList AwsChecksPage::commands() const
{
    const QString region = m_facts.serviceRegion;
    const CliAccount cli = cliAccount();
    QStringList lines{AwsCommands::callerIdentity(cli, region),
                      AwsCommands::describeServiceConfigurations(cli, region, m_facts.serviceId),
                      AwsCommands::describeServicePermissions(cli, region, m_facts.serviceId),
                      AwsCommands::describeAvailabilityZones(cli, region)};
    if (m_facts.visibility != AwsLinkFacts::Visibility::Owned)
        lines.insert(2, AwsCommands::describeServices(cli, region, m_facts.serviceName));
    if (changeOffered())
        lines.append(AwsCommands::addAllowedPrincipal(
            cli, region, m_facts.serviceId, AwsLinkChecks::rootPrincipal(m_facts.tidbAccount)));
    return AwsCommands::notes(cli) + lines;
}

LinkChecksPage::ChangeTexts AwsChecksPage::changeTexts() const
{
    return principalTexts(m_account, m_facts);
}

LinkChecksPage::ChangeTexts AwsChecksPage::principalTexts(AwsAccount *account,
                                                          const AwsLinkFacts &facts)
{
    const QString principal = AwsLinkChecks::rootPrincipal(facts.tidbAccount);
    const CliAccount cli = account->cliAccount();
    return {tr("Add TiDB Cloud's Account to Allow &Principals…"),
            tr("Change the AWS account?"),
            tr("Add %1 to the Allow principals of endpoint service %2 in %3?")
                .arg(principal, facts.serviceId, facts.serviceRegion),
            tr("This changes %1: TiDB Cloud's account may then connect to the service. The same "
               "change with the AWS CLI:\n%2")
                .arg(account->description(),
                     AwsCommands::script(
                         cli, {AwsCommands::addAllowedPrincipal(cli, facts.serviceRegion,
                                                                facts.serviceId, principal)})),
            tr("&Add to Allow Principals"),
            tr("Adding TiDB Cloud's account to the Allow principals…")};
}

SendOnce *AwsChecksPage::makeChange()
{
    AwsLinkService service(m_account);
    return service.addPrincipal(m_facts.serviceRegion, m_facts.serviceId,
                                AwsLinkChecks::rootPrincipal(m_facts.tidbAccount), this);
}

QString AwsChecksPage::changeFailed(const ApiError &error, bool unknown) const
{
    return unknown ? tr("It is not known whether the principal was added: %1 Choose Add again "
                        "to find out; it is not sent twice.")
                         .arg(error.userMessage())
                   : tr("The principal was not added: %1").arg(error.userMessage());
}

} // namespace plc
