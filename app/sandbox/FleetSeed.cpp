#include "sandbox/FleetSeed.h"

#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/FleetShapes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

const auto FleetLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"_L1;
const auto FleetHex = "0123456789abcdef"_L1;

/// One of the services every region of the fleet has: what it serves and whether its owner
/// accepts each connection by hand.
struct FleetServiceKind
{
    const char *word; ///< the connections' names: mysql-0001
    const char *description;
    int port;
    bool mysql;
    bool acceptance;
};

const FleetServiceKind FleetServiceKinds[] = {
    {"mysql", "Aurora MySQL of the fleet's orders (NLB)", 3306, true, true},
    {"kafka", "Kafka brokers of the fleet's events (NLB)", 9092, false, true},
    {"replica", "MySQL replica for reporting (NLB)", 3306, true, true},
    {"stream", "Kafka for the fleet's logs (automatic acceptance)", 9092, false, false},
};
constexpr int FleetServiceKindCount = 4;

/// What a region of the seed gives its clusters: provider, region code, zones.
struct FleetRegion
{
    QString provider; ///< aws, alicloud
    QString code;     ///< us-east-1
    QStringList zones;
    QStringList services; ///< one per FleetServiceKinds
    /// One per kind whose Allow principals (Service Whitelist) leave TiDB Cloud out: where the
    /// connections that failed for it go.
    QStringList closedServices;
};

QString isoSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

/// FNV-1a: a stable number from a text (qHash is seeded per process).
quint64 stableHash(const QString &text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

FleetRegion fleetRegionOf(const QJsonObject &cluster)
{
    const QJsonObject region = cluster.value("region"_L1).toObject();
    FleetRegion facts;
    facts.provider = region.value("cloudProvider"_L1).toString();
    const QString regionId = region.value("regionId"_L1).toString();
    facts.code = regionId.mid(regionId.indexOf(u'-') + 1);
    facts.zones = SandboxSeed::networkOf(cluster).azIds;
    // The same names in every fleet: they depend on the region only.
    FleetRandom random(stableHash(u"fleet-services/"_s + regionId));
    const bool aws = facts.provider == "aws"_L1;
    for (int i = 0; i < FleetServiceKindCount; ++i) {
        facts.services.append(
            aws ? u"com.amazonaws.vpce.%1.vpce-svc-%2"_s.arg(facts.code, random.text(FleetHex, 17))
                : u"com.aliyuncs.privatelink.%1.epsrv-%2"_s.arg(facts.code,
                                                                random.text(FleetLowerAlnum, 17)));
    }
    // Drawn apart, so the open services' names stay as they were.
    FleetRandom closed(stableHash(u"fleet-closed-services/"_s + regionId));
    for (int i = 0; i < FleetServiceKindCount; ++i) {
        facts.closedServices.append(
            aws ? u"com.amazonaws.vpce.%1.vpce-svc-%2"_s.arg(facts.code, closed.text(FleetHex, 17))
                : u"com.aliyuncs.privatelink.%1.epsrv-%2"_s.arg(facts.code,
                                                                closed.text(FleetLowerAlnum, 17)));
    }
    return facts;
}

QJsonObject fleetService(const FleetRegion &region, int kind, bool closed)
{
    const FleetServiceKind &k = FleetServiceKinds[kind];
    const QString account = SandboxSeed::accountIdFor(region.provider);
    const QString principal =
        region.provider == "aws"_L1 ? u"arn:aws:iam::%1:root"_s.arg(account) : account;
    const QString description = QString::fromLatin1(k.description);
    QJsonObject service{
        {u"name"_s, closed ? region.closedServices.at(kind) : region.services.at(kind)},
        {u"provider"_s, region.provider},
        {u"region"_s, region.code},
        {u"availabilityZoneIds"_s, QJsonArray::fromStringList(region.zones)},
        {u"allowedPrincipals"_s, closed ? QJsonArray{} : QJsonArray{principal}},
        {u"acceptanceRequired"_s, k.acceptance},
        {u"owner"_s, u"USER"_s},
        {u"description"_s, closed ? description + u" (TiDB Cloud not allowed yet)"_s : description},
        {u"createTime"_s, u"2025-01-01T00:00:00Z"_s},
        {u"ports"_s, QJsonArray{k.port}}};
    if (k.mysql) {
        service.insert(
            QLatin1StringView(EndpointServiceField::MysqlAccounts),
            QJsonObject{{u"cdc_user"_s, QString::fromLatin1(SandboxSeed::MysqlPassword)}});
    }
    return service;
}

/// A connection as the store keeps it: the API's fields and the provider side's state.
/// Everything a fleet holds, made in memory first and written in one transaction.
struct FleetData
{
    QList<QJsonObject> clusters;
    QList<QJsonObject> services;
    QList<QJsonObject> connections;
    QList<QJsonObject> attachDomains;
    QList<QJsonObject> changefeeds;
    QSet<QString> ids;
};

QString uniqueId(FleetData &data, FleetRandom &random, const QString &prefix, int length)
{
    QString id;
    do {
        id = prefix + random.text(FleetLowerAlnum, length);
    } while (data.ids.contains(id));
    data.ids.insert(id);
    return id;
}

/// How many connections each cluster has: uneven weights (some none, a few many), the
/// connections shared out in proportion, the rest one each to the largest remainders.
QList<int> shareConnections(const FleetSize &size, FleetRandom &random)
{
    QList<qint64> weights(size.clusters, 0);
    qint64 total = 0;
    for (qint64 &weight : weights) {
        const bool none = random.unit() < 0.15;
        const double u = random.unit();
        weight = none ? 0 : 1 + qint64(40 * u * u * u);
        total += weight;
    }
    if (total == 0) {
        weights[0] = 1;
        total = 1;
    }
    QList<int> counts(size.clusters, 0);
    QList<qint64> remainders(size.clusters, 0);
    int given = 0;
    for (int i = 0; i < size.clusters; ++i) {
        counts[i] = int(size.connections * weights[i] / total);
        remainders[i] = size.connections * weights[i] % total;
        given += counts[i];
    }
    QList<int> order(size.clusters);
    for (int i = 0; i < size.clusters; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (int i = 0; given < size.connections; i = (i + 1) % size.clusters, ++given)
        ++counts[order[i]];
    return counts;
}

void addChangefeed(FleetData &data, FleetRandom &random, const QJsonObject &connection,
                   const FleetServiceKind &kind, const QString &state, qint64 createdSeconds)
{
    const QString connectionId = connection.value("privateLinkConnectionId"_L1).toString();
    const QString connectionName = connection.value("displayName"_L1).toString();
    const QString created = isoSeconds(createdSeconds);
    QJsonObject changefeed{{u"changefeedId"_s, uniqueId(data, random, u"cfd-"_s, 20)},
                           {u"clusterId"_s, connection.value("clusterId"_L1)},
                           {u"displayName"_s, u"cdc-to-"_s + connectionName},
                           {u"state"_s, state},
                           {u"sink"_s, FleetShapes::sink(kind.mysql, connectionId, kind.port)},
                           {u"filter"_s, QJsonObject{{u"filterRule"_s, QJsonArray{u"app.*"_s}},
                                                     {u"mode"_s, u"IGNORE_NOT_SUPPORT_TABLE"_s}}},
                           {u"startPosition"_s, QJsonObject{{u"mode"_s, u"FROM_NOW"_s}}},
                           {u"createTime"_s, created},
                           {u"updateTime"_s, created},
                           {QLatin1StringView(ChangefeedField::LagMs), 500 + random.below(2500)},
                           {QLatin1StringView(FleetSeed::Mark), true}};
    const qint64 stoppedSeconds = createdSeconds + 3600 + random.below(20 * 86400);
    if (state == "WARNING"_L1) {
        const int minutes = 5 + random.below(40);
        changefeed.insert(QLatin1StringView(ChangefeedField::LagMs), minutes * 60'000);
        changefeed.insert(u"error"_s,
                          u"the changefeed is %1 minutes behind: the downstream %2 applies "
                          "changes slower than they arrive"_s.arg(minutes)
                              .arg(kind.mysql ? u"MySQL"_s : u"Kafka"_s));
    } else if (state == "RUNNING_FAILED"_L1) {
        changefeed.insert(
            u"error"_s,
            connection.value("state"_L1).toString() == "PENDING_ACCEPTANCE"_L1
                ? u"private link connection %1 (%2) is PENDING_ACCEPTANCE, not ACTIVE: the sink "
                  "cannot be reached through it"_s.arg(connectionId, connectionName)
            : kind.mysql ? u"Error 1146 (42S02): Table 'app.order_items' doesn't exist in the "
                           "downstream MySQL"_s
                         : u"kafka: client has run out of available brokers to talk to: the "
                           "brokers behind %1 closed the connection"_s.arg(connectionName));
    }
    if (state == "RUNNING_FAILED"_L1 || state == "PAUSED"_L1) {
        changefeed.insert(u"checkpoint"_s,
                          QJsonObject{{u"tso"_s, ChangefeedRoutes::tsoFor(stoppedSeconds * 1000)},
                                      {u"time"_s, isoSeconds(stoppedSeconds)}});
        changefeed.insert(u"updateTime"_s, isoSeconds(stoppedSeconds));
    }
    data.changefeeds.append(changefeed);
}

void addDomains(FleetData &data, FleetRandom &random, const QJsonObject &connection,
                const FleetRegion &region, const QString &state, qint64 createdSeconds)
{
    const QString uniqueName = random.text("abcdefghijklmnopqrstuvwxyz234567"_L1, 26);
    const QString provider = region.provider == "aws"_L1 ? u"aws"_s : u"alicloud"_s;
    QJsonArray domains;
    for (const QString &zone : region.zones) {
        QJsonObject domain{
            {u"name"_s, u"*.%1.%2.%3.plc.tidbcloud.com"_s.arg(zone, uniqueName, provider)},
            {u"state"_s, state}};
        if (state == "FAILED"_L1)
            domain.insert(u"message"_s,
                          u"the record for zone %1 could not be created: the "
                          "private DNS zone reached its limit of records"_s.arg(zone));
        domains.append(domain);
    }
    data.attachDomains.append(
        {{u"attachDomainId"_s, uniqueId(data, random, u"ad-"_s, 20)},
         {u"clusterId"_s, connection.value("clusterId"_L1)},
         {u"privateLinkConnectionId"_s, connection.value("privateLinkConnectionId"_L1)},
         {u"type"_s, u"TIDBCLOUD_MANAGED"_s},
         {u"uniqueName"_s, uniqueName},
         {u"domains"_s, domains},
         {u"createdBy"_s, connection.value("createdBy"_L1)},
         {u"createTime"_s, isoSeconds(createdSeconds)},
         {QLatin1StringView(FleetSeed::Mark), true}});
}

const char *const FleetWords[] = {"orders", "payments", "inventory", "analytics", "billing",
                                  "search", "checkout", "users",     "catalog",   "ledger",
                                  "events", "metrics",  "shipping",  "reviews",   "auth",
                                  "iot",    "pricing",  "loyalty",   "reports",   "sessions"};
const char *const FleetOwners[] = {"dba@example.com", "platform@example.com",
                                   "data-eng@example.com", "ops@example.com"};

void addConnections(FleetData &data, FleetRandom &random, const QJsonObject &cluster,
                    const FleetRegion &region, int count, qint64 clusterCreated)
{
    const bool aws = region.provider == "aws"_L1;
    const qint64 end = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int j = 0; j < count; ++j) {
        const int kindIndex = random.below(FleetServiceKindCount);
        const FleetServiceKind &kind = FleetServiceKinds[kindIndex];
        const QString name =
            u"%1-%2"_s.arg(QLatin1StringView(kind.word)).arg(j + 1, 4, 10, QLatin1Char('0'));
        const QString id = uniqueId(data, random, u"plc-"_s, 20);
        const qint64 created =
            clusterCreated + 3600 + random.below(int(std::max<qint64>(1, end - clusterCreated)));
        const qint64 updated = created + random.below(3 * 86400);
        const double u = random.unit();
        const QString state = u < 0.78   ? u"ACTIVE"_s
                              : u < 0.85 ? u"FAILED"_s
                              : u < 0.91 ? u"PENDING_ACCEPTANCE"_s
                              : u < 0.96 ? u"CREATING"_s
                                         : u"DELETING"_s;
        const bool rejected = state == "FAILED"_L1 && random.below(2) == 0;
        // A failure TiDB Cloud's missing account causes is on a service that leaves it out.
        const QString service = state == "FAILED"_L1 && !rejected
                                    ? region.closedServices.at(kindIndex)
                                    : region.services.at(kindIndex);
        const bool hasEndpoint = state != "CREATING"_L1 && (state != "FAILED"_L1 || rejected);
        const QString endpoint = hasEndpoint ? FleetSeed::endpointId(aws, random) : QString();
        const QString endpointState = state == "PENDING_ACCEPTANCE"_L1 ? u"pendingAcceptance"_s
                                      : rejected                       ? u"rejected"_s
                                      : hasEndpoint                    ? u"available"_s
                                                                       : QString();
        const QJsonObject connection = FleetShapes::connection(
            cluster, id, name, state, service, endpoint, region.zones, isoSeconds(created),
            isoSeconds(state == "CREATING"_L1 ? created : updated), endpointState,
            state == "FAILED"_L1 ? FleetShapes::failedMessage(aws, service, rejected) : QString());
        data.connections.append(connection);

        // Changefeeds through some of them, and managed domains on some ACTIVE ones (every
        // Kafka one a changefeed writes to: its brokers are reached through them).
        bool changefeed = false;
        if (state == "ACTIVE"_L1 && random.unit() < 0.22) {
            changefeed = true;
            const double v = random.unit();
            addChangefeed(data, random, connection, kind,
                          v < 0.72   ? u"RUNNING"_s
                          : v < 0.84 ? u"WARNING"_s
                          : v < 0.95 ? u"RUNNING_FAILED"_s
                                     : u"PAUSED"_s,
                          updated + 3600);
        } else if (state == "PENDING_ACCEPTANCE"_L1 && random.unit() < 0.15) {
            addChangefeed(data, random, connection, kind, u"RUNNING_FAILED"_s, updated + 600);
        }
        if (state == "ACTIVE"_L1 && ((changefeed && !kind.mysql) || random.unit() < 0.25)) {
            const double v = random.unit();
            addDomains(data, random, connection, region,
                       v < 0.9    ? u"ACTIVE"_s
                       : v < 0.96 ? u"CREATING"_s
                                  : u"FAILED"_s,
                       updated + 1800);
        }
    }
}

FleetData generateFleet(const FleetSize &size)
{
    FleetRandom random(FleetSeed::seedOf(size));
    FleetData data;
    QList<FleetRegion> regions;
    for (int r = 0; r < SandboxSeed::regionCount(); ++r) {
        const QJsonObject probe =
            SandboxSeed::cluster(u"0"_s, u"probe"_s, r, u"Starter"_s, u"ACTIVE"_s, {}, {}, {});
        regions.append(fleetRegionOf(probe));
        for (int kind = 0; kind < FleetServiceKindCount; ++kind) {
            data.services.append(fleetService(regions.last(), kind, false));
            data.services.append(fleetService(regions.last(), kind, true));
        }
    }
    const QList<int> counts = shareConnections(size, random);
    const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 step = 540LL * 86400 / size.clusters;
    const int regionWeights[] = {40, 20, 25, 15}; // in percent, in the seed's region order
    for (int i = 0; i < size.clusters; ++i) {
        int pick = random.below(100);
        int region = 0;
        while (region < 3 && pick >= regionWeights[region])
            pick -= regionWeights[region++];
        const QString word = QString::fromLatin1(FleetWords[random.below(20)]);
        const qint64 created = base + i * step + random.below(int(std::max<qint64>(1, step / 2)));
        const QString id =
            QString::number(10'400'000'000'000'000'000ULL + quint64(i) * 1'000'003ULL +
                            quint64(random.below(1'000'003)));
        const QJsonObject cluster = SandboxSeed::cluster(
            id, u"fleet-%1-%2"_s.arg(i + 1, 4, 10, QLatin1Char('0')).arg(word), region,
            random.unit() < 0.3 ? u"Essential"_s : u"Starter"_s, u"ACTIVE"_s, isoSeconds(created),
            random.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_L1, 15),
            QString::fromLatin1(FleetOwners[random.below(4)]));
        data.clusters.append(cluster);
        addConnections(data, random, cluster, regions.at(region), counts.at(i), created);
    }
    // At least one failed domain group, whatever the draw.
    const bool anyFailed = std::any_of(data.attachDomains.cbegin(), data.attachDomains.cend(),
                                       [](const QJsonObject &group) {
                                           return group.value("domains"_L1)
                                                      .toArray()
                                                      .first()
                                                      .toObject()
                                                      .value("state"_L1)
                                                      .toString() == "FAILED"_L1;
                                       });
    if (!anyFailed && !data.attachDomains.isEmpty()) {
        QJsonObject &group = data.attachDomains.first();
        QJsonArray domains = group.value("domains"_L1).toArray();
        for (qsizetype i = 0; i < domains.size(); ++i) {
            QJsonObject domain = domains.at(i).toObject();
            domain.insert(u"state"_s, u"FAILED"_s);
            domain.insert(u"message"_s, u"the record could not be created: the private DNS "
                                        "zone reached its limit of records"_s);
            domains[i] = domain;
        }
        group.insert(u"domains"_s, domains);
    }
    return data;
}

} // namespace

quint64 FleetSeed::seedOf(const FleetSize &size)
{
    return 0x706c632d666c6565ULL ^ (quint64(size.clusters) << 32) ^ quint64(size.connections);
}

QString FleetSeed::endpointId(bool aws, FleetRandom &random)
{
    return aws ? u"vpce-"_s + random.text(FleetHex, 17)
               : u"ep-"_s + random.text(FleetLowerAlnum, 20);
}

QJsonObject FleetSeed::pendingConnection(const QJsonObject &cluster, FleetRandom &random,
                                         const QString &displayName, const QString &createTime)
{
    const FleetRegion region = fleetRegionOf(cluster);
    const bool aws = region.provider == "aws"_L1;
    // The services whose owners accept by hand.
    const int kind = random.below(3);
    return FleetShapes::connection(cluster, u"plc-"_s + random.text(FleetLowerAlnum, 20),
                                   displayName, u"PENDING_ACCEPTANCE"_s, region.services.at(kind),
                                   endpointId(aws, random), region.zones, createTime, createTime,
                                   u"pendingAcceptance"_s, {});
}

bool FleetSeed::write(SandboxStore &store, const FleetSize &size)
{
    const FleetData data = generateFleet(size);
    StoreTransaction transaction(store);
    for (const QJsonObject &cluster : data.clusters) {
        if (!store.putCluster(cluster) ||
            !store.putClusterNetwork(cluster.value("clusterId"_L1).toString(),
                                     SandboxSeed::networkOf(cluster)))
            return false;
    }
    for (const QJsonObject &service : data.services) {
        if (!store.putEndpointService(service))
            return false;
    }
    for (const QJsonObject &connection : data.connections) {
        if (!store.putConnection(connection, std::nullopt))
            return false;
    }
    for (const QJsonObject &group : data.attachDomains) {
        if (!store.putAttachDomain(group, std::nullopt))
            return false;
    }
    for (const QJsonObject &changefeed : data.changefeeds) {
        if (!store.putChangefeed(changefeed, std::nullopt))
            return false;
    }
    return store.setMeta(u"fleet"_s, size.toString()) && transaction.commit();
}

} // namespace plc::sandbox
