#include "providers/aws/AwsInboundSession.h"

#include "base/MappedJob.h"
#include "base/SendOnce.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsErrorText.h"
#include "providers/aws/AwsInboundService.h"
#include "providers/aws/AwsTerraform.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool failed(const QList<LinkCheck> &checks, LinkCheck::Kind kind)
{
    return std::any_of(checks.cbegin(), checks.cend(), [kind](const LinkCheck &check) {
        return check.kind == kind && check.status == LinkCheck::Status::Fail;
    });
}

InboundEndpoint goneEndpoint(const QString &id)
{
    InboundEndpoint gone;
    gone.id = id;
    gone.phase = InboundEndpoint::Phase::Gone;
    return gone;
}

InboundEndpoint::Phase awsPhase(const QString &state)
{
    using P = InboundEndpoint::Phase;
    if (state == "available"_L1)
        return P::Usable;
    if (state == "failed"_L1 || state == "rejected"_L1 || state == "expired"_L1)
        return P::Failed;
    if (state == "deleting"_L1)
        return P::Deleting;
    if (state == "deleted"_L1)
        return P::Gone;
    return P::Making; // pendingAcceptance, pending
}
} // namespace

AwsInboundSession::AwsInboundSession(AwsAccount *account, const PrivateEndpointTarget &target,
                                     QObject *parent)
    : InboundSession(target, parent)
    , m_account(account)
{}

ProviderAccount *AwsInboundSession::account() const
{
    return m_account;
}

QString AwsInboundSession::placesName() const
{
    return tr("Subnets");
}

QString AwsInboundSession::placesLabel() const
{
    return tr("Subnets:");
}

QString AwsInboundSession::commandName() const
{
    return tr("AWS CLI command");
}

QString AwsInboundSession::confirmationDetail(const QString &command) const
{
    return tr("Acting as %1. The same with the AWS CLI:\n%2")
        .arg(m_account->description(), command);
}

InboundEndpoint AwsInboundSession::shared(const AwsVpcEndpoint &endpoint)
{
    InboundEndpoint e;
    e.id = endpoint.endpointId;
    e.networkId = endpoint.vpcId;
    e.serviceName = endpoint.serviceName;
    e.phase = awsPhase(endpoint.state);
    e.state = endpoint.state;
    e.reason = endpoint.lastError;
    e.dnsNames = endpoint.dnsNames;
    // With private DNS the service's own name (the cluster's host) resolves to the endpoint;
    // without it, applications use the endpoint's regional name.
    e.host = endpoint.privateDnsEnabled || endpoint.dnsNames.isEmpty() ? QString()
                                                                       : endpoint.dnsNames.first();
    e.placeIds = endpoint.subnetIds;
    e.privateDns = endpoint.privateDnsEnabled;
    e.groupIds = endpoint.groupIds;
    e.created = endpoint.created;
    return e;
}

ValueJob<QList<InboundNetwork>> *AwsInboundSession::readNetworks()
{
    AwsInboundService service(m_account);
    return new MappedJob<QList<InboundNetwork>, QList<AwsVpc>>(
        service.vpcs(target().regionId),
        [this](const QList<AwsVpc> &vpcs) {
            m_vpcs = vpcs;
            QList<InboundNetwork> networks;
            for (const AwsVpc &vpc : vpcs) {
                const QString name = vpc.name.isEmpty() ? QString() : u" · "_s + vpc.name;
                networks.append({vpc.vpcId, u"%1%2 · %3"_s.arg(vpc.vpcId, name, vpc.cidrBlock)});
            }
            return networks;
        },
        this);
}

ValueJob<QString> *AwsInboundSession::readNetwork(const QString &networkId)
{
    AwsInboundFacts asked;
    asked.region = target().regionId;
    asked.serviceName = target().serviceName;
    asked.serviceZoneIds = target().zoneIds;
    asked.port = target().port;
    for (const AwsVpc &vpc : std::as_const(m_vpcs)) {
        if (vpc.vpcId == networkId)
            asked.vpc = vpc;
    }
    AwsInboundService service(m_account);
    return new MappedJob<QString, AwsInboundFacts>(
        service.read(asked, nullptr),
        [this](const AwsInboundFacts &facts) {
            m_facts = facts;
            return facts.readError;
        },
        this);
}

void AwsInboundSession::forget()
{
    m_facts = {};
}

QList<InboundPlace> AwsInboundSession::places() const
{
    QList<InboundPlace> places;
    const QStringList suggested = AwsInboundChecks::suggestedSubnets(m_facts);
    for (const AwsSubnet &subnet : m_facts.subnets) {
        const QString name = subnet.name.isEmpty() ? QString() : u" · "_s + subnet.name;
        places.append({subnet.subnetId,
                       u"%1 · %2 (%3) · %4%5"_s.arg(subnet.subnetId, subnet.zoneId, subnet.zoneName,
                                                    subnet.cidrBlock, name),
                       m_facts.serviceZoneIds.contains(subnet.zoneId),
                       suggested.contains(subnet.subnetId)});
    }
    return places;
}

QList<InboundGroup> AwsInboundSession::groups() const
{
    QList<InboundGroup> groups;
    const QStringList suggested = AwsInboundChecks::suggestedGroups(m_facts);
    const QString port = QString::number(m_facts.port);
    for (const AwsSecurityGroup &group : m_facts.groups) {
        const QStringList from = AwsInboundChecks::openedFrom(group, m_facts.port);
        const QString opens = from.isEmpty()
                                  ? tr("does not let TCP %1 in").arg(port)
                                  : tr("lets TCP %1 in from %2").arg(port, from.join(u", "_s));
        groups.append({group.groupId, u"%1 · %2 — %3"_s.arg(group.groupId, group.name, opens),
                       suggested.contains(group.groupId)});
    }
    return groups;
}

QList<LinkCheck> AwsInboundSession::checks(const InboundChoice &choice) const
{
    return AwsInboundChecks::evaluate(m_facts,
                                      {choice.placeIds, choice.groupIds, choice.privateDns});
}

QString AwsInboundSession::dnsAttributeOff() const
{
    if (m_facts.dnsSupport && !*m_facts.dnsSupport)
        return u"enableDnsSupport"_s;
    if (m_facts.dnsHostnames && !*m_facts.dnsHostnames)
        return u"enableDnsHostnames"_s;
    return {};
}

QList<InboundFix> AwsInboundSession::fixes(const InboundChoice &choice) const
{
    QList<InboundFix> fixes;
    if (!hasNetwork() || !m_facts.readError.isEmpty())
        return fixes;
    const QList<LinkCheck> found = checks(choice);
    const CliAccount cli = m_account->cliAccount();
    const QString region = target().regionId;
    const QString vpc = m_facts.vpc.vpcId;
    const QString attribute = dnsAttributeOff();
    // Both attributes read (an unread one is no "off"), private DNS asked for.
    if (!attribute.isEmpty() && m_facts.dnsSupport && m_facts.dnsHostnames && choice.privateDns &&
        failed(found, LinkCheck::Kind::Network)) {
        const bool resolution = attribute == "enableDnsSupport"_L1;
        fixes.append(
            {u"fixDns"_s, resolution ? tr("Turn On DNS Resolution…") : tr("Turn On DNS Hostnames…"),
             resolution ? tr("Turn on DNS resolution for VPC %1?").arg(vpc)
                        : tr("Turn on DNS hostnames for VPC %1? Instances in it get "
                             "public DNS names when they have public addresses.")
                              .arg(vpc),
             AwsCommands::enableVpcAttribute(cli, region, vpc, attribute),
             tr("Changing VPC %1 on AWS…").arg(vpc), tr("VPC %1 changed on AWS.").arg(vpc)});
    }
    if (failed(found, LinkCheck::Kind::Port) && !choice.groupIds.isEmpty()) {
        const QString group = choice.groupIds.first();
        const QString port = QString::number(m_facts.port);
        const QString cidr = choice.portFrom.isEmpty() ? m_facts.vpc.cidrBlock : QString();
        fixes.append(
            {u"openPort"_s, tr("Open Port %1…").arg(port),
             openPortQuestion(m_facts.port, group, m_facts.vpc.cidrBlock, choice.portFrom),
             AwsCommands::openPort(cli, region, group, m_facts.port, cidr, choice.portFrom),
             tr("Changing security group %1 on AWS…").arg(group),
             tr("Security group %1 lets TCP %2 in now.").arg(group, port), true});
    }
    return fixes;
}

SendOnce *AwsInboundSession::makeFix(const QString &id, const InboundChoice &choice,
                                     QObject *parent)
{
    AwsInboundService service(m_account);
    const QString region = target().regionId;
    if (id == "fixDns"_L1 && !dnsAttributeOff().isEmpty())
        return service.enableDnsAttribute(region, m_facts.vpc.vpcId, dnsAttributeOff(), parent);
    if (id == "openPort"_L1 && !choice.groupIds.isEmpty())
        return service.openPort(region, m_facts.vpc.vpcId, choice.groupIds.first(), m_facts.port,
                                choice.portFrom.isEmpty() ? m_facts.vpc.cidrBlock : QString(),
                                choice.portFrom, parent);
    return nullptr;
}

std::optional<InboundEndpoint> AwsInboundSession::reusable() const
{
    if (const auto existing = AwsInboundChecks::reusable(m_facts))
        return shared(*existing);
    return std::nullopt;
}

AwsEndpointRequest AwsInboundSession::request(const InboundChoice &choice,
                                              const QString &clientToken) const
{
    return {m_facts.vpc.vpcId, target().serviceName, choice.placeIds,
            choice.groupIds,   choice.privateDns,    clientToken};
}

QString AwsInboundSession::createQuestion(const InboundChoice &choice) const
{
    const AwsEndpointRequest asked = request(choice, {});
    return (asked.privateDns ? tr("Create an interface endpoint in VPC %1 to %2, in subnets %3, "
                                  "with security groups %4, and private DNS on?")
                             : tr("Create an interface endpoint in VPC %1 to %2, in subnets %3, "
                                  "with security groups %4, and private DNS off?"))
        .arg(asked.vpcId, asked.serviceName, asked.subnetIds.join(u", "_s),
             asked.groupIds.join(u", "_s));
}

QString AwsInboundSession::createCommand(const InboundChoice &choice,
                                         const QString &clientToken) const
{
    const CliAccount cli = m_account->cliAccount();
    return AwsCommands::script(cli, {AwsCommands::createVpcEndpoint(cli, target().regionId,
                                                                    request(choice, clientToken))});
}

ValueJob<bool> *AwsInboundSession::dryRunCreate(const InboundChoice &choice,
                                                const QString &clientToken, QObject *parent)
{
    AwsInboundService service(m_account);
    return service.dryRunCreate(target().regionId, request(choice, clientToken), parent);
}

SendOnce *AwsInboundSession::create(const InboundChoice &choice, const QString &clientToken,
                                    std::function<void(const InboundEndpoint &)> made,
                                    QObject *parent)
{
    QStringList existing;
    for (const AwsVpcEndpoint &endpoint : std::as_const(m_facts.existing))
        existing.append(endpoint.endpointId);
    AwsInboundService service(m_account);
    return service.createEndpoint(
        target().regionId, request(choice, clientToken), existing,
        [self = QPointer<AwsInboundSession>(this),
         made = std::move(made)](const AwsVpcEndpoint &endpoint) {
            if (!self)
                return; // the window that asked is gone
            self->m_seen.insert(endpoint.endpointId, endpoint);
            made(shared(endpoint));
        },
        parent);
}

ValueJob<QList<InboundEndpoint>> *AwsInboundSession::readEndpointsToService()
{
    return new MappedJob<QList<InboundEndpoint>, AwsEndpointsToService>(
        new AwsEndpointsToServiceJob(m_account, target().regionId, target().serviceName, nullptr),
        [this](const AwsEndpointsToService &found) {
            QList<InboundEndpoint> shown;
            for (const AwsVpcEndpoint &endpoint : found.endpoints) {
                m_seen.insert(endpoint.endpointId, endpoint);
                InboundEndpoint one = shared(endpoint);
                if (!found.groupsRead) {
                    shown.append(one);
                    continue;
                }
                QStringList opening;
                for (const AwsSecurityGroup &group : found.groups) {
                    if (endpoint.groupIds.contains(group.groupId) &&
                        !AwsInboundChecks::openedFrom(group, target().port).isEmpty())
                        opening.append(group.groupId);
                }
                one.openingGroups = opening;
                shown.append(one);
            }
            return shown;
        },
        this);
}

QString AwsInboundSession::deleteQuestion(const InboundEndpoint &endpoint) const
{
    return tr("Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer "
              "reach %3 through it.")
        .arg(endpoint.id, endpoint.networkId, target().serviceName);
}

QString AwsInboundSession::deleteCommand(const InboundEndpoint &endpoint) const
{
    const CliAccount cli = m_account->cliAccount();
    return AwsCommands::script(
        cli, {AwsCommands::deleteVpcEndpoint(cli, target().regionId, endpoint.id)});
}

SendOnce *AwsInboundSession::remove(const QString &endpointId,
                                    std::function<void(const QString &sentence)> refused,
                                    QObject *parent)
{
    AwsInboundService service(m_account);
    return service.deleteEndpoint(
        target().regionId, endpointId,
        [refused = std::move(refused)](const AwsUnsuccessfulItem &item) {
            if (refused)
                refused(
                    AwsErrorText::sentence(u"DeleteVpcEndpoints"_s, 200, item.code, item.message));
        },
        parent);
}

namespace {
AwsEndpointChange changeOf(const InboundEndpoint &endpoint, const InboundChoice &choice)
{
    const auto missing = [](const QStringList &from, const QStringList &in) {
        QStringList out;
        for (const QString &id : from) {
            if (!in.contains(id))
                out.append(id);
        }
        return out;
    };
    AwsEndpointChange change;
    change.addSubnets = missing(choice.placeIds, endpoint.placeIds);
    change.removeSubnets = missing(endpoint.placeIds, choice.placeIds);
    change.addGroups = missing(choice.groupIds, endpoint.groupIds);
    change.removeGroups = missing(endpoint.groupIds, choice.groupIds);
    if (choice.privateDns != endpoint.privateDns)
        change.privateDns = choice.privateDns;
    return change;
}
} // namespace

QString AwsInboundSession::modifyQuestion(const InboundEndpoint &endpoint,
                                          const InboundChoice &choice) const
{
    const AwsEndpointChange change = changeOf(endpoint, choice);
    if (change.isEmpty())
        return {};
    const QString none = u"—"_s;
    const auto listed = [&none](const QStringList &ids) {
        return ids.isEmpty() ? none : ids.join(u", "_s);
    };
    const QString question =
        !change.privateDns   ? tr("Change interface endpoint %1? Subnets added: %2; removed: %3. "
                                    "Security groups added: %4; removed: %5. Private DNS stays as it "
                                    "is.")
        : *change.privateDns ? tr("Change interface endpoint %1? Subnets added: %2; removed: "
                                  "%3. Security groups added: %4; removed: %5. Private DNS is "
                                  "turned on.")
                             : tr("Change interface endpoint %1? Subnets added: %2; removed: "
                                  "%3. Security groups added: %4; removed: %5. Private DNS is "
                                  "turned off.");
    return question.arg(endpoint.id, listed(change.addSubnets), listed(change.removeSubnets),
                        listed(change.addGroups), listed(change.removeGroups));
}

QString AwsInboundSession::modifyCommand(const InboundEndpoint &endpoint,
                                         const InboundChoice &choice) const
{
    const AwsEndpointChange change = changeOf(endpoint, choice);
    if (change.isEmpty())
        return {};
    const CliAccount cli = m_account->cliAccount();
    return AwsCommands::script(
        cli, {AwsCommands::modifyVpcEndpoint(cli, target().regionId, endpoint.id, change)});
}

SendOnce *AwsInboundSession::modify(const InboundEndpoint &endpoint, const InboundChoice &choice,
                                    QObject *parent)
{
    const AwsEndpointChange change = changeOf(endpoint, choice);
    if (change.isEmpty())
        return nullptr;
    AwsInboundService service(m_account);
    return service.modifyEndpoint(target().regionId, endpoint.id, change, parent);
}

ValueJob<InboundEndpoint> *AwsInboundSession::readEndpoint(const QString &endpointId)
{
    AwsInboundService service(m_account);
    return new MappedJob<InboundEndpoint, QList<AwsVpcEndpoint>>(
        service.endpoints(target().regionId, {endpointId}),
        [this, endpointId](const QList<AwsVpcEndpoint> &found) {
            for (const AwsVpcEndpoint &endpoint : found) {
                if (endpoint.endpointId == endpointId) {
                    m_seen.insert(endpointId, endpoint);
                    return shared(endpoint);
                }
            }
            return goneEndpoint(endpointId);
        },
        this,
        [endpointId](const ApiError &error) -> std::optional<InboundEndpoint> {
            // EC2 answers for an ID it does not know (any more) with this code.
            if (error.providerCode == "InvalidVpcEndpointId.NotFound"_L1)
                return goneEndpoint(endpointId);
            return std::nullopt;
        });
}

QString AwsInboundSession::terraform(const InboundEndpoint &endpoint) const
{
    std::optional<AwsVpcEndpoint> found;
    if (m_seen.contains(endpoint.id))
        found = m_seen.value(endpoint.id);
    for (const AwsVpcEndpoint &existing : m_facts.existing) {
        if (!found && existing.endpointId == endpoint.id)
            found = existing;
    }
    if (!found)
        return {};
    // The rules of the endpoint's groups that let the port in: what the console opened, or
    // what was there.
    QList<AwsGroupRule> rules;
    for (const AwsSecurityGroup &group : m_facts.groups) {
        if (!found->groupIds.contains(group.groupId))
            continue;
        for (const AwsGroupRule &rule : group.rules) {
            if (rule.opensInbound(m_facts.port) && rule.protocol == "tcp"_L1)
                rules.append(rule);
        }
    }
    return AwsTerraform::configuration(target().regionId, *found, rules);
}

} // namespace plc
