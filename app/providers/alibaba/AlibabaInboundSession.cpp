#include "providers/alibaba/AlibabaInboundSession.h"

#include "base/MappedJob.h"
#include "base/SendOnce.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/alibaba/AlibabaEndpointReads.h"
#include "providers/alibaba/AlibabaInboundService.h"
#include "providers/alibaba/AlibabaTerraform.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool alibabaFailed(const QList<LinkCheck> &checks, LinkCheck::Kind kind)
{
    return std::any_of(checks.cbegin(), checks.cend(), [kind](const LinkCheck &check) {
        return check.kind == kind && check.status == LinkCheck::Status::Fail;
    });
}

InboundEndpoint alibabaGone(const QString &id)
{
    InboundEndpoint gone;
    gone.id = id;
    gone.phase = InboundEndpoint::Phase::Gone;
    return gone;
}

/// The endpoint's status and its connection's, as one phase: usable once it is Active and
/// the service has connected it.
InboundEndpoint::Phase alibabaPhase(const AlibabaVpcEndpoint &endpoint)
{
    using P = InboundEndpoint::Phase;
    if (endpoint.status == "Deleting"_L1 || endpoint.connectionStatus == "Deleting"_L1)
        return P::Deleting;
    if (endpoint.status == "Deleted"_L1)
        return P::Gone;
    if (endpoint.connectionStatus == "Disconnected"_L1 ||
        endpoint.connectionStatus == "Rejected"_L1 ||
        endpoint.connectionStatus == "ServiceDeleted"_L1)
        return P::Failed;
    if (endpoint.status == "Active"_L1 && endpoint.connectionStatus == "Connected"_L1)
        return P::Usable;
    return P::Making; // Creating, Pending; Connecting
}
} // namespace

AlibabaInboundSession::AlibabaInboundSession(AlibabaAccount *account,
                                             const PrivateEndpointTarget &target, QObject *parent)
    : InboundSession(target, parent)
    , m_account(account)
{}

ProviderAccount *AlibabaInboundSession::account() const
{
    return m_account;
}

QString AlibabaInboundSession::placesName() const
{
    return tr("vSwitches");
}

QString AlibabaInboundSession::placesLabel() const
{
    return tr("vSwitches:");
}

QString AlibabaInboundSession::commandName() const
{
    return tr("aliyun CLI command");
}

QString AlibabaInboundSession::confirmationDetail(const QString &command) const
{
    return tr("Acting as %1. The same with the aliyun CLI:\n%2")
        .arg(m_account->description(), command);
}

InboundEndpoint AlibabaInboundSession::shared(const AlibabaVpcEndpoint &endpoint)
{
    InboundEndpoint e;
    e.id = endpoint.endpointId;
    e.networkId = endpoint.vpcId;
    e.serviceName = endpoint.serviceName;
    e.phase = alibabaPhase(endpoint);
    e.state = endpoint.connectionStatus.isEmpty()
                  ? endpoint.status
                  : endpoint.status + u" / "_s + endpoint.connectionStatus;
    e.host = endpoint.domain;
    if (!endpoint.domain.isEmpty())
        e.dnsNames.append(endpoint.domain);
    for (const AlibabaEndpointZone &zone : endpoint.zones) {
        e.placeIds.append(zone.vSwitchId);
        if (!zone.domain.isEmpty())
            e.dnsNames.append(zone.domain);
        if (!zone.eniIp.isEmpty())
            e.addresses.append(zone.eniIp);
    }
    e.created = endpoint.created;
    return e;
}

ValueJob<QList<InboundNetwork>> *AlibabaInboundSession::readNetworks()
{
    AlibabaInboundService service(m_account);
    return new MappedJob<QList<InboundNetwork>, QList<AlibabaVpc>>(
        service.vpcs(target().regionId),
        [this](const QList<AlibabaVpc> &vpcs) {
            m_vpcs = vpcs;
            QList<InboundNetwork> networks;
            for (const AlibabaVpc &vpc : vpcs) {
                const QString name = vpc.name.isEmpty() ? QString() : u" · "_s + vpc.name;
                networks.append({vpc.vpcId, u"%1%2 · %3"_s.arg(vpc.vpcId, name, vpc.cidrBlock)});
            }
            return networks;
        },
        this);
}

ValueJob<QString> *AlibabaInboundSession::readNetwork(const QString &networkId)
{
    AlibabaInboundFacts asked;
    asked.region = target().regionId;
    asked.serviceName = target().serviceName;
    asked.serviceZoneIds = target().zoneIds;
    asked.port = target().port;
    for (const AlibabaVpc &vpc : std::as_const(m_vpcs)) {
        if (vpc.vpcId == networkId)
            asked.vpc = vpc;
    }
    AlibabaInboundService service(m_account);
    return new MappedJob<QString, AlibabaInboundFacts>(
        service.read(asked, nullptr),
        [this](const AlibabaInboundFacts &facts) {
            m_facts = facts;
            return facts.readError;
        },
        this);
}

void AlibabaInboundSession::forget()
{
    m_facts = {};
}

QList<InboundPlace> AlibabaInboundSession::places() const
{
    QList<InboundPlace> places;
    const QStringList suggested = AlibabaInboundChecks::suggestedVSwitches(m_facts);
    for (const AlibabaVSwitch &vSwitch : m_facts.vSwitches) {
        const QString name = vSwitch.name.isEmpty() ? QString() : u" · "_s + vSwitch.name;
        places.append(
            {vSwitch.vSwitchId,
             u"%1 · %2 · %3%4"_s.arg(vSwitch.vSwitchId, vSwitch.zoneId, vSwitch.cidrBlock, name),
             m_facts.serviceZoneIds.contains(vSwitch.zoneId),
             suggested.contains(vSwitch.vSwitchId)});
    }
    return places;
}

QList<InboundGroup> AlibabaInboundSession::groups() const
{
    QList<InboundGroup> groups;
    const QStringList suggested = AlibabaInboundChecks::suggestedGroups(m_facts);
    const QString port = QString::number(m_facts.port);
    for (const AlibabaSecurityGroup &group : m_facts.groups) {
        const QStringList from = AlibabaInboundChecks::openedFrom(group, m_facts.port);
        QString opens;
        if (group.managed)
            opens = from.isEmpty() ? tr("does not let TCP %1 in; a cloud product manages it, so "
                                        "it cannot be changed")
                                         .arg(port)
                                   : tr("lets TCP %1 in from %2; a cloud product manages it, so "
                                        "it cannot be changed")
                                         .arg(port, from.join(u", "_s));
        else
            opens = from.isEmpty() ? tr("does not let TCP %1 in").arg(port)
                                   : tr("lets TCP %1 in from %2").arg(port, from.join(u", "_s));
        groups.append({group.groupId, u"%1 · %2 — %3"_s.arg(group.groupId, group.name, opens),
                       suggested.contains(group.groupId)});
    }
    return groups;
}

QList<LinkCheck> AlibabaInboundSession::checks(const InboundChoice &choice) const
{
    return AlibabaInboundChecks::evaluate(m_facts, {choice.placeIds, choice.groupIds});
}

QList<InboundFix> AlibabaInboundSession::fixes(const InboundChoice &choice) const
{
    QList<InboundFix> fixes;
    if (!hasNetwork() || !m_facts.readError.isEmpty() ||
        !alibabaFailed(checks(choice), LinkCheck::Kind::Port))
        return fixes;
    // The first chosen group that can be changed: one a cloud product manages refuses rules.
    for (const QString &id : choice.groupIds) {
        const auto group =
            std::find_if(m_facts.groups.cbegin(), m_facts.groups.cend(),
                         [&id](const AlibabaSecurityGroup &g) { return g.groupId == id; });
        if (group == m_facts.groups.cend() || group->managed)
            continue;
        const QString port = QString::number(m_facts.port);
        const QString cidr = choice.portFrom.isEmpty() ? m_facts.vpc.cidrBlock : QString();
        fixes.append({u"openPort"_s, tr("Open Port %1…").arg(port),
                      openPortQuestion(m_facts.port, id, m_facts.vpc.cidrBlock, choice.portFrom),
                      AlibabaCommands::openPort(m_account->cliAccount(), target().regionId, id,
                                                m_facts.port, cidr, choice.portFrom),
                      tr("Changing security group %1 on Alibaba Cloud…").arg(id),
                      tr("Security group %1 lets TCP %2 in now.").arg(id, port), true});
        break;
    }
    return fixes;
}

SendOnce *AlibabaInboundSession::makeFix(const QString &id, const InboundChoice &choice,
                                         QObject *parent)
{
    const QList<InboundFix> offered = fixes(choice);
    const bool known = std::any_of(offered.cbegin(), offered.cend(),
                                   [&id](const InboundFix &fix) { return fix.id == id; });
    if (!known || id != "openPort"_L1)
        return nullptr;
    for (const QString &groupId : choice.groupIds) {
        for (const AlibabaSecurityGroup &group : m_facts.groups) {
            if (group.groupId == groupId && !group.managed) {
                AlibabaInboundService service(m_account);
                return service.openPort(target().regionId, groupId, m_facts.port,
                                        choice.portFrom.isEmpty() ? m_facts.vpc.cidrBlock
                                                                  : QString(),
                                        choice.portFrom, parent);
            }
        }
    }
    return nullptr;
}

std::optional<InboundEndpoint> AlibabaInboundSession::reusable() const
{
    if (const auto existing = AlibabaInboundChecks::reusable(m_facts))
        return shared(*existing);
    return std::nullopt;
}

AlibabaEndpointRequest AlibabaInboundSession::request(const InboundChoice &choice,
                                                      const QString &clientToken) const
{
    AlibabaEndpointRequest asked;
    asked.vpcId = m_facts.vpc.vpcId;
    asked.serviceName = target().serviceName;
    asked.zones = AlibabaInboundChecks::zonesOf(m_facts, choice.placeIds);
    asked.groupIds = choice.groupIds;
    asked.clientToken = clientToken;
    return asked;
}

QString AlibabaInboundSession::createQuestion(const InboundChoice &choice) const
{
    const AlibabaEndpointRequest asked = request(choice, {});
    return tr("Create an interface endpoint in VPC %1 to %2, in vSwitches %3, with security "
              "groups %4?")
        .arg(asked.vpcId, asked.serviceName, choice.placeIds.join(u", "_s),
             asked.groupIds.join(u", "_s));
}

QString AlibabaInboundSession::createCommand(const InboundChoice &choice,
                                             const QString &clientToken) const
{
    const CliAccount cli = m_account->cliAccount();
    return AlibabaCommands::script(cli, {AlibabaCommands::createVpcEndpoint(
                                            cli, target().regionId, request(choice, clientToken))});
}

ValueJob<bool> *AlibabaInboundSession::dryRunCreate(const InboundChoice &choice,
                                                    const QString &clientToken, QObject *parent)
{
    AlibabaInboundService service(m_account);
    return service.dryRunCreate(target().regionId, request(choice, clientToken), parent);
}

SendOnce *AlibabaInboundSession::create(const InboundChoice &choice, const QString &clientToken,
                                        std::function<void(const InboundEndpoint &)> made,
                                        QObject *parent)
{
    QStringList existing;
    for (const AlibabaVpcEndpoint &endpoint : std::as_const(m_facts.existing))
        existing.append(endpoint.endpointId);
    AlibabaInboundService service(m_account);
    return service.createEndpoint(
        target().regionId, request(choice, clientToken), existing,
        [self = QPointer<AlibabaInboundSession>(this), made = std::move(made),
         groupIds = choice.groupIds](const AlibabaVpcEndpoint &endpoint) {
            if (!self)
                return; // the window that asked is gone
            self->m_seen.insert(endpoint.endpointId, endpoint);
            self->m_groupsOf.insert(endpoint.endpointId, groupIds);
            made(shared(endpoint));
        },
        parent);
}

ValueJob<QList<InboundEndpoint>> *AlibabaInboundSession::readEndpointsToService()
{
    return new MappedJob<QList<InboundEndpoint>, AlibabaEndpointsToService>(
        new AlibabaEndpointsToServiceJob(m_account, target().regionId, target().serviceName,
                                         nullptr),
        [this](const AlibabaEndpointsToService &found) {
            QList<InboundEndpoint> shown;
            for (const auto &[endpoint, groupIds] : found.endpoints) {
                m_seen.insert(endpoint.endpointId, endpoint);
                m_groupsOf.insert(endpoint.endpointId, groupIds);
                InboundEndpoint one = shared(endpoint);
                one.groupIds = groupIds;
                if (!found.rulesRead || found.partlyRead.contains(endpoint.endpointId)) {
                    shown.append(one);
                    continue;
                }
                QStringList opening;
                for (const AlibabaSecurityGroup &group : found.groups) {
                    if (groupIds.contains(group.groupId) &&
                        !AlibabaInboundChecks::openedFrom(group, target().port).isEmpty())
                        opening.append(group.groupId);
                }
                one.openingGroups = opening;
                shown.append(one);
            }
            return shown;
        },
        this);
}

QString AlibabaInboundSession::deleteQuestion(const InboundEndpoint &endpoint) const
{
    return tr("Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer "
              "reach %3 through it.")
        .arg(endpoint.id, endpoint.networkId, target().serviceName);
}

QString AlibabaInboundSession::deleteCommand(const InboundEndpoint &endpoint) const
{
    const CliAccount cli = m_account->cliAccount();
    return AlibabaCommands::script(
        cli, {AlibabaCommands::deleteVpcEndpoint(cli, target().regionId, endpoint.id)});
}

SendOnce *AlibabaInboundSession::remove(const QString &endpointId,
                                        std::function<void(const QString &sentence)> refused,
                                        QObject *parent)
{
    Q_UNUSED(refused) // Alibaba Cloud refuses a delete with an error, which the change fails with
    AlibabaInboundService service(m_account);
    return service.deleteEndpoint(target().regionId, endpointId, parent);
}

ValueJob<InboundEndpoint> *AlibabaInboundSession::readEndpoint(const QString &endpointId)
{
    using Whole = AlibabaWholeEndpoint;
    return new MappedJob<InboundEndpoint, Whole>(
        new AlibabaEndpointReadJob(m_account, target().regionId, endpointId, nullptr),
        [this](const Whole &whole) {
            m_seen.insert(whole.first.endpointId, whole.first);
            m_groupsOf.insert(whole.first.endpointId, whole.second);
            InboundEndpoint shown = shared(whole.first);
            shown.groupIds = whole.second;
            return shown;
        },
        this,
        [endpointId](const ApiError &error) -> std::optional<InboundEndpoint> {
            if (error.providerCode == "EndpointNotFound"_L1)
                return alibabaGone(endpointId);
            return std::nullopt;
        });
}

QString AlibabaInboundSession::terraform(const InboundEndpoint &endpoint) const
{
    std::optional<AlibabaVpcEndpoint> found;
    if (m_seen.contains(endpoint.id))
        found = m_seen.value(endpoint.id);
    for (const AlibabaVpcEndpoint &existing : m_facts.existing) {
        if (!found && existing.endpointId == endpoint.id)
            found = existing;
    }
    if (!found)
        return {};
    const QStringList groupIds = m_groupsOf.value(endpoint.id);
    // The rules that let the port into the first of the endpoint's groups that has one.
    for (const AlibabaSecurityGroup &group : m_facts.groups) {
        if (!groupIds.contains(group.groupId))
            continue;
        QList<AlibabaGroupRule> rules;
        for (const AlibabaGroupRule &rule : group.rules) {
            if (rule.opensInbound(m_facts.port) &&
                rule.protocol.compare("tcp"_L1, Qt::CaseInsensitive) == 0)
                rules.append(rule);
        }
        if (!rules.isEmpty())
            return AlibabaTerraform::configuration(target().regionId, *found, groupIds,
                                                   group.groupId, rules);
    }
    return AlibabaTerraform::configuration(target().regionId, *found, groupIds);
}

} // namespace plc
