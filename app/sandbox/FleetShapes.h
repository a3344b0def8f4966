#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace plc::sandbox {

/// What a generated fleet's rows look like (FleetSeed): a connection as the API stores it, a
/// changefeed's sink through a connection, and the message of a connection that failed.
namespace FleetShapes {
QJsonObject connection(const QJsonObject &cluster, const QString &id, const QString &name,
                       const QString &state, const QString &serviceName, const QString &endpointId,
                       const QStringList &zones, const QString &created, const QString &updated,
                       const QString &endpointState, const QString &message);
QJsonObject sink(bool mysql, const QString &connectionId, int port);
/// Not allowed (the allow list leaves TiDB Cloud's account out), or `rejected` by the owner.
QString failedMessage(bool aws, const QString &serviceName, bool rejected);
} // namespace FleetShapes

} // namespace plc::sandbox
