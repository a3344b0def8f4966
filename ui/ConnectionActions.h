#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"
#include "providers/ProviderAccounts.h"

#include <QObject>
#include <QUrl>

class QAction;
class QMenu;
class QWidget;

namespace plc {

class ProviderUi;

/// The actions on the selected cluster's private link connections, shared by the panel's
/// buttons, the table's context menu and the main window's Connection menu: create, attach
/// domains, detach domains, delete (each opens its wizard), test a sink through the connection,
/// copy the ID or an equivalent ticloud command, open the endpoint service in the provider's
/// console, export the table. An action the current state does not allow is disabled, and its
/// tooltip says why.
class ConnectionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionActions)

public:
    /// Shortcuts work while the focus is anywhere inside `scope`.
    explicit ConnectionActions(QWidget *scope);

    /// The state the actions follow; `connection` may be null (nothing selected).
    void update(const std::optional<Cluster> &cluster, const PrivateLinkConnection *connection,
                bool hasRows);
    void retranslate();

    QAction *create() const { return m_create; }
    QAction *connectConfluent() const { return m_confluent; }
    QAction *attach() const { return m_attach; }
    QAction *detach() const { return m_detach; }
    QAction *remove() const { return m_delete; }
    QAction *testSink() const { return m_test; }
    QAction *acceptRequest() const { return m_accept; }
    QAction *rejectRequest() const { return m_reject; }
    QAction *diagnoseSide() const { return m_diagnose; }
    /// The profile's cloud provider accounts: acting on a connection's provider side
    /// (accept or allow, reject, diagnose) needs the one for its provider.
    void setAccounts(const ProviderAccounts &accounts);
    QAction *copyId() const { return m_copyId; }
    QAction *copyCommand() const { return m_copyCommand; }
    QAction *openProviderConsole() const { return m_openConsole; }
    QAction *exportCsv() const { return m_exportCsv; }
    QAction *exportJson() const { return m_exportJson; }
    /// The ticloud commands for every action on the selection, one entry each.
    QMenu *commandMenu() const { return m_commandMenu; }
    /// Everything, in menu order, separators included (for context and window menus).
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void createRequested();
    void confluentRequested();
    void attachRequested();
    void detachRequested();
    void deleteRequested();
    void testRequested();
    void decisionRequested(bool accept);
    void diagnosisRequested();
    void exportRequested(bool json);
    /// Something was copied or opened; a sentence for the status line.
    void told(const QString &message);

private:
    void setAvailability(QAction *action, const QString &whyNot, const QString &whatItDoes);
    void rebuildCommandMenu();
    void updateProviderSide(const PrivateLinkConnection *p, const QString &none);
    /// Whose words the provider side's actions use for `p` (null: none registered).
    const ProviderUi *providerOf(const PrivateLinkConnection *p) const;
    void openConsole();

    QAction *m_create;
    QAction *m_confluent;
    QAction *m_attach;
    QAction *m_detach;
    QAction *m_delete;
    QAction *m_test;
    QAction *m_accept;
    QAction *m_reject;
    QAction *m_diagnose;
    ProviderAccounts m_accounts;
    QAction *m_copyId;
    QAction *m_copyCommand;
    QAction *m_openConsole;
    QAction *m_exportCsv;
    QAction *m_exportJson;
    QAction *m_separator1;
    QAction *m_separator2;
    QMenu *m_commandMenu;

    std::optional<Cluster> m_cluster;
    std::optional<PrivateLinkConnection> m_connection;
    bool m_hasRows = false;
};

} // namespace plc
