#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// Where a network resource lives: which emulated cloud, whose account, which region.
struct NetworkScope
{
    QString cloud; ///< the cloud folder's own name for itself (`aws`, `alibaba`)
    QString account;
    QString region;
};

/// The networks of the emulated clouds' accounts, in the sandbox's SQLite file: VPCs, subnets
/// or vSwitches, security groups, interface endpoints, the client tokens of changes made. Each
/// resource is its cloud's JSON, kept as given, under a kind the cloud names (`vpc`,
/// `subnet`…) and an ID unique within its cloud and kind. Lists keep the order resources were
/// made in. Only the cloud folders read the bodies; this class knows no cloud.
class NetworkStore final
{
public:
    explicit NetworkStore(SandboxStore *store)
        : m_store(store)
    {}

    /// The resources of `kind` in `scope`, oldest first; with `parent`, only its children.
    QList<QJsonObject> list(const NetworkScope &scope, const QString &kind,
                            const QString &parent = {}) const;
    /// The resource `id` of `kind` in `scope` (another account's or region's is not found).
    std::optional<QJsonObject> find(const NetworkScope &scope, const QString &kind,
                                    const QString &id) const;
    /// Adds or replaces a resource; a replaced one keeps its place in the order.
    bool put(const NetworkScope &scope, const QString &kind, const QString &id,
             const QString &parent, const QJsonObject &body);
    bool remove(const NetworkScope &scope, const QString &kind, const QString &id);
    /// Every account and region of `cloud` that holds resources of `kind`.
    QList<NetworkScope> scopes(const QString &cloud, const QString &kind) const;
    /// How many resources of `kind` the whole sandbox holds (every cloud, account and region).
    int count(const QString &cloud, const QString &kind) const;

private:
    SandboxStore *m_store;
};

} // namespace plc::sandbox
