#pragma once

#include "domain/PrivateLink.h"

#include <QObject>

namespace plc {

class Watcher;

/// Follows one private link connection through the console's Watcher (which owns the
/// polling and its request budget) and reports each new state. Destroying the follower does
/// not stop the Watcher: a closed wizard's connection is still followed, and the table shows
/// the outcome.
class ConnectionFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFollower)

public:
    ConnectionFollower(Watcher *watcher, QString clusterId, QString connectionId,
                       QObject *parent = nullptr);

    /// Asks the Watcher to poll the connection (again) until it settles.
    void follow();

Q_SIGNALS:
    void updated(const plc::PrivateLinkConnection &connection);
    void gone();

private:
    Watcher *m_watcher;
    QString m_clusterId;
    QString m_connectionId;
};

} // namespace plc
