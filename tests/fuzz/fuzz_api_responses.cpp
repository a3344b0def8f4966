// libFuzzer target: arbitrary bytes as the body of an API answer, read by every response codec
// (clusters, connections, attached domains, availability zones, changefeeds, google.rpc.Status,
// EC2's and STS's XML answers and errors, and Alibaba Cloud's PrivateLink and STS answers).
// Besides not crashing or meeting undefined behaviour (ASan/UBSan: a number cast out of range
// would), the codecs keep the promises the console relies on:
// - a decoded ID is one path segment: not empty where required, never `.` or `..`, no `/`,
//   `\`, space or control character;
// - decoded text reaches no widget or terminal with a control character in it;
// - decoding the same bytes twice gives the same verdict.
#include "base/OutsideText.h"
#include "domain/ChangefeedCodec.h"
#include "domain/ClusterCodec.h"
#include "domain/PrivateLinkCodec.h"
#include "providers/alibaba/AlibabaCodec.h"
#include "providers/aws/Ec2Codec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace plc;

namespace {
void check(bool promise)
{
    if (!promise)
        std::abort();
}

void checkId(const QString &id, bool required)
{
    if (id.isEmpty()) {
        check(!required);
        return;
    }
    check(id != QLatin1StringView(".") && id != QLatin1StringView(".."));
    for (const QChar c : id)
        check(c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'/' && c != u'\\');
}

void checkText(const QString &text)
{
    check(OutsideText::isVisible(text));
}

void checkConnection(const PrivateLinkConnection &c)
{
    checkId(c.privateLinkConnectionId, true);
    checkId(c.clusterId, false);
    checkId(c.endpointService.endpointId, false);
    checkText(c.displayName);
    checkText(c.message);
    checkText(c.createdBy);
    checkText(c.endpointService.name);
    checkText(c.endpointService.region);
    for (const QString &zone : c.endpointService.availabilityZoneIds)
        checkText(zone);
    if (c.attachedDomains) {
        for (const AttachDomain &group : *c.attachedDomains) {
            checkId(group.attachDomainId, false);
            checkText(group.uniqueName);
            for (const Domain &domain : group.domains) {
                checkText(domain.name);
                checkText(domain.state);
                checkText(domain.message);
            }
        }
    }
}

void checkChangefeed(const Changefeed &c)
{
    checkId(c.changefeedId, true);
    checkId(c.clusterId, false);
    checkId(c.privateLinkConnectionId, false);
    checkText(c.displayName);
    checkText(c.error);
    checkText(c.publicEndpoint);
    checkText(c.checkpointTso);
    checkText(c.state.raw);
    check(!c.port || (*c.port >= 1 && *c.port <= 65535));
}

void checkCluster(const Cluster &c)
{
    checkId(c.clusterId, true);
    checkText(c.displayName);
    checkText(c.region.displayName);
    checkText(c.region.regionId);
    checkText(c.endpoints.privateHost);
    checkText(c.endpoints.publicHost);
    checkText(c.userPrefix);
    for (auto it = c.labels.begin(); it != c.labels.end(); ++it) {
        checkText(it.key());
        checkText(it.value());
    }
}
void checkTexts(const QStringList &texts)
{
    for (const QString &text : texts)
        checkText(text);
}

/// Every EC2 and STS reader; the same bytes read twice give the same verdict.
void checkAwsAnswers(const QByteArray &bytes)
{
    QString error;
    if (const auto page = Ec2Codec::serviceConfigurations(bytes, &error)) {
        for (const AwsServiceConfiguration &s : page->items) {
            checkTexts({s.serviceId, s.serviceName, s.state});
            checkTexts(s.zoneNames);
        }
    }
    if (const auto page = Ec2Codec::serviceDetails(bytes, &error)) {
        for (const AwsServiceDetail &s : page->items) {
            checkTexts({s.serviceId, s.serviceName, s.owner});
            checkTexts(s.zoneNames);
        }
    }
    if (const auto page = Ec2Codec::allowedPrincipals(bytes, &error)) {
        for (const AwsAllowedPrincipal &p : page->items)
            checkTexts({p.principal, p.principalType, p.servicePermissionId});
    }
    if (const auto page = Ec2Codec::endpointConnections(bytes, &error)) {
        for (const AwsEndpointConnection &c : page->items)
            checkTexts({c.serviceId, c.endpointId, c.owner, c.state});
    }
    const auto zones = Ec2Codec::availabilityZones(bytes, &error);
    if (zones) {
        for (const AwsZone &z : *zones)
            checkTexts({z.name, z.id, z.state});
    }
    check(zones.has_value() == Ec2Codec::availabilityZones(bytes, &error).has_value());
    if (const auto items = Ec2Codec::unsuccessful(bytes, &error)) {
        for (const AwsUnsuccessfulItem &i : *items)
            checkTexts({i.resourceId, i.code, i.message});
    }
    if (const auto identity = Ec2Codec::callerIdentity(bytes, &error))
        checkTexts({identity->account, identity->arn, identity->userId});
    if (const auto answer = Ec2Codec::error(bytes))
        checkTexts({answer->code, answer->message, answer->requestId});
}
/// Every Alibaba Cloud reader: IDs that go back into requests are IDs, account IDs are digits.
void checkAlibabaAnswers(const QByteArray &bytes)
{
    QString error;
    const auto checkService = [](const AlibabaService &s) {
        checkId(s.serviceId, true);
        checkTexts({s.serviceName, s.serviceDomain, s.status, s.businessStatus, s.regionId});
        checkTexts(s.zoneIds);
    };
    if (const auto page = AlibabaCodec::services(bytes, &error)) {
        for (const AlibabaService &s : page->items)
            checkService(s);
    }
    if (const auto service = AlibabaCodec::serviceAttribute(bytes, &error))
        checkService(*service);
    if (const auto page = AlibabaCodec::serviceResources(bytes, &error)) {
        for (const AlibabaServiceResource &r : page->items) {
            checkId(r.resourceId, true);
            checkId(r.zoneId, true);
            checkTexts({r.resourceType, r.vSwitchId, r.ip});
        }
    }
    const auto users = AlibabaCodec::serviceUsers(bytes, &error);
    if (users) {
        for (const QString &user : users->items)
            check(!user.isEmpty() && !AlibabaCodec::accountId(QJsonValue(user)).isEmpty());
    }
    check(users.has_value() == AlibabaCodec::serviceUsers(bytes, &error).has_value());
    if (const auto page = AlibabaCodec::connections(bytes, &error)) {
        for (const AlibabaEndpointConnection &c : page->items) {
            checkId(c.endpointId, true);
            checkId(c.serviceId, false);
            checkTexts({c.endpointOwnerId, c.status});
            for (const QString &zone : c.zoneIds)
                checkId(zone, true);
        }
    }
    if (const auto identity = AlibabaCodec::callerIdentity(bytes, &error)) {
        check(!identity->accountId.isEmpty());
        checkTexts({identity->userId, identity->arn, identity->identityType});
    }
    if (const auto requestId = AlibabaCodec::acknowledged(bytes, &error))
        checkText(*requestId);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAwsAnswers(bytes);
    checkAlibabaAnswers(bytes);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.isEmpty())
        return 0;

    if (const auto cluster = ClusterCodec::decodeCluster(json); cluster.ok())
        checkCluster(cluster.value);
    if (const auto clusters = ClusterCodec::decodePage(json); clusters.ok()) {
        for (const Cluster &c : clusters.value.clusters)
            checkCluster(c);
        check(ClusterCodec::decodePage(json).ok());
    }
    if (const auto connection = PrivateLinkCodec::decodeConnection(json); connection.ok())
        checkConnection(connection.value);
    if (const auto page = PrivateLinkCodec::decodePage(json); page.ok()) {
        for (const PrivateLinkConnection &c : page.value.connections)
            checkConnection(c);
    }
    if (const auto group = PrivateLinkCodec::decodeAttachDomain(json); group.ok()) {
        checkId(group.value.attachDomainId, false);
        for (const Domain &domain : group.value.domains)
            checkText(domain.name);
    }
    if (const auto zones = PrivateLinkCodec::decodeAvailabilityZones(json); zones.ok()) {
        checkText(zones.value.accountId);
        for (const QString &zone : zones.value.azIds)
            checkText(zone);
    }
    if (const auto changefeed = ChangefeedCodec::decodeChangefeed(json); changefeed.ok())
        checkChangefeed(changefeed.value);
    if (const auto changefeeds = ChangefeedCodec::decodePage(json); changefeeds.ok()) {
        for (const Changefeed &c : changefeeds.value.changefeeds)
            checkChangefeed(c);
    }
    // google.rpc.Status: the message as ApiCall shows it.
    checkText(OutsideText::visible(json.value(QLatin1StringView("message")).toString()));
    return 0;
}
