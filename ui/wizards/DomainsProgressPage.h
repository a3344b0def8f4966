#pragma once

#include "domain/PrivateLink.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace plc {

class ConnectionFollower;
class Watcher;

/// The last page of Attach Domains (and of the Confluent Cloud flow): follows the attached
/// group through the Watcher until every domain is Active, shows each domain's state, and then
/// says what to do next. Closing the wizard does not stop the Watcher.
class DomainsProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsProgressPage)

public:
    DomainsProgressPage(Watcher *watcher, const QString &clusterId, const QString &connectionId,
                        QWidget *parent = nullptr);

    /// The group the attach created; the page follows it from now on.
    void setGroup(const AttachDomain &group);
    const std::optional<AttachDomain> &group() const { return m_group; }
    /// True once every domain of the group is Active.
    bool allActive() const;

private:
    void onUpdated(const PrivateLinkConnection &connection);
    void show();

    ConnectionFollower *m_follower;
    QLabel *m_state;
    QLabel *m_explanation;
    QTableWidget *m_domains;
    std::optional<AttachDomain> m_group;
};

} // namespace plc
