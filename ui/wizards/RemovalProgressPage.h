#pragma once

#include "domain/PrivateLink.h"

#include <QWizardPage>

class QLabel;

namespace plc {

class ConnectionFollower;
class Watcher;

/// The last page of Detach Domains and of Delete: follows the connection through the Watcher
/// until the detached group (or the whole connection) is gone, then says so. Closing the
/// wizard does not stop the Watcher.
class RemovalProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemovalProgressPage)

public:
    enum class What { DomainGroup, Connection };

    RemovalProgressPage(What what, Watcher *watcher, const QString &clusterId,
                        const QString &connectionId, QWidget *parent = nullptr);

    /// Starts following; for a domain group, the one with `attachDomainId`.
    void start(const QString &attachDomainId = {});
    bool isRemoved() const { return m_removed; }

private:
    void onUpdated(const PrivateLinkConnection &connection);
    void showRemoved();

    What m_what;
    ConnectionFollower *m_follower;
    QLabel *m_state;
    QLabel *m_explanation;
    QString m_attachDomainId;
    bool m_removed = false;
};

} // namespace plc
