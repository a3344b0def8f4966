#include "sandbox/NetworkStore.h"

#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QList<QJsonObject> NetworkStore::list(const NetworkScope &scope, const QString &kind,
                                      const QString &parent) const
{
    if (parent.isEmpty())
        return m_store->rows().bodies(
            u"SELECT body FROM network_resources WHERE cloud = ? AND kind = ? AND account = ? "
            "AND region = ? ORDER BY create_order"_s,
            {scope.cloud, kind, scope.account, scope.region});
    return m_store->rows().bodies(
        u"SELECT body FROM network_resources WHERE cloud = ? AND kind = ? AND account = ? AND "
        "region = ? AND parent = ? ORDER BY create_order"_s,
        {scope.cloud, kind, scope.account, scope.region, parent});
}

std::optional<QJsonObject> NetworkStore::find(const NetworkScope &scope, const QString &kind,
                                              const QString &id) const
{
    return m_store->rows().firstBody(
        u"SELECT body FROM network_resources WHERE cloud = ? AND kind = ? AND id = ? AND "
        "account = ? AND region = ?"_s,
        {scope.cloud, kind, id, scope.account, scope.region});
}

bool NetworkStore::put(const NetworkScope &scope, const QString &kind, const QString &id,
                       const QString &parent, const QJsonObject &body)
{
    return m_store->rows().execBound(
        u"INSERT INTO network_resources (cloud, kind, id, account, region, parent, create_order, "
        "body) VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(create_order), 0) + 1 FROM "
        "network_resources), ?) ON CONFLICT (cloud, kind, id) DO UPDATE SET account = "
        "excluded.account, region = excluded.region, parent = excluded.parent, body = "
        "excluded.body"_s,
        {scope.cloud, kind, id, scope.account, scope.region,
         parent.isEmpty() ? u""_s : parent, // a null QString binds as NULL
         SqlRows::compact(body)});
}

bool NetworkStore::remove(const NetworkScope &scope, const QString &kind, const QString &id)
{
    return m_store->rows().execBound(
        u"DELETE FROM network_resources WHERE cloud = ? AND kind = ? AND id = ? AND account = ? "
        "AND region = ?"_s,
        {scope.cloud, kind, id, scope.account, scope.region});
}

QList<NetworkScope> NetworkStore::scopes(const QString &cloud, const QString &kind) const
{
    QList<NetworkScope> found;
    const QList<QJsonObject> pairs = m_store->rows().bodies(
        u"SELECT DISTINCT json_object('account', account, 'region', region) FROM "
        "network_resources WHERE cloud = ? AND kind = ? ORDER BY account, region"_s,
        {cloud, kind});
    for (const QJsonObject &pair : pairs)
        found.append(
            {cloud, pair.value("account"_L1).toString(), pair.value("region"_L1).toString()});
    return found;
}

int NetworkStore::count(const QString &cloud, const QString &kind) const
{
    return m_store->rows().count(
        u"SELECT COUNT(*) FROM network_resources WHERE cloud = ? AND kind = ?"_s, {cloud, kind});
}

} // namespace plc::sandbox
