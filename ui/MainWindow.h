#pragma once

#include "base/ApiError.h"
#include "ui/WindowServices.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QDialog;
class QMenu;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace plc {

class TextFilterProxy;
class ApiClient;
class ChangefeedService;
class ClusterService;
class ConnectionsPanel;
class EndpointActions;
class PrivateLinkService;
class SandboxAdminService;
class SandboxProviderPanel;
class Watcher;
class ClusterFeed;
class ClusterTableModel;
class LanguageManager;
class Job;
class WindowLayout;

/// The console's main window: the clusters of the active profile in a sortable, filterable
/// table, the language menu, an inline message bar for errors and a status bar with the
/// load's progress. Talks to the API only through ClusterService.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const WindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setProfileName(const QString &name);
    /// The profiles offered in the Profile menu, the active one checked.
    void setProfiles(const QStringList &names, const QString &active);
    /// Forgets the data of the previous profile (a model reset) before a new profile loads.
    void resetData();
    /// The active profile cannot be used yet (no key, no keychain…): said in the message bar
    /// with a button that opens the profile dialog.
    void showProfileProblem(const QString &text);
    /// Loads every cluster again; a load still running is cancelled first.
    void refresh();
    /// Selects the cluster and, once its connections are read, the connection (a row opened
    /// in the fleet view), and brings the window to the front.
    void showConnection(const QString &clusterId, const QString &connectionId);
    /// For a backend that could not start: shown in the message bar, with no retry.
    void showBackendFailure(const QString &reason);

    ClusterTableModel *clusterModel() const { return m_model; }
    ConnectionsPanel *connectionsPanel() const { return m_connections; }
    EndpointActions *endpointActions() const { return m_endpoints; }
    /// The simulated provider side is offered only while the sandbox profile is active.
    void setSandboxMode(bool sandbox);
    SandboxProviderPanel *providerPanel() const { return m_providerPanel; }

Q_SIGNALS:
    /// After every load: ok, or the user-facing sentence of what went wrong.
    void clustersLoaded(bool ok, const QString &errorText);
    void profileChosen(const QString &name);
    void manageProfilesRequested();
    /// Try Again after the embedded sandbox failed to start.
    void backendRetryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void updateStatus();
    void onClustersLoaded(bool ok);
    void showAbout();
    void restoreLayout();
    void saveLayout();

    void onClusterSelected();
    void updateApiStatus();
    /// The status bar shows this client's requests in flight and rate-limit budget; File >
    /// Request Log shows its log.
    void setUpApiClient(ApiClient *client);
    /// The simulated provider side, docked at the right and opened on request.
    void setUpSandboxAdmin(SandboxAdminService *admin, const ProviderAccounts &accounts);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ClusterFeed *m_feed;
    LanguageManager *m_languages;
    ClusterTableModel *m_model; ///< the feed's
    TextFilterProxy *m_proxy;
    QActionGroup *m_profileGroup = nullptr;
    QMenu *m_profileMenu = nullptr;
    QAction *m_manageProfilesAction = nullptr;
    QStringList m_profileNames;
    QString m_profileProblem;
    QLabel *m_statusLabel;
    QLabel *m_refreshLabel;
    QLabel *m_apiLabel;
    ConnectionsPanel *m_connections;
    EndpointActions *m_endpoints = nullptr;
    Watcher *m_watcher;
    QPointer<ApiClient> m_client;
    QString m_lastClusterId;
    QAction *m_requestLogAction = nullptr;
    QPointer<QDialog> m_requestLogWindow;
    QAction *m_providerAction = nullptr;
    QDockWidget *m_providerDock = nullptr;
    SandboxProviderPanel *m_providerPanel = nullptr;
    QPointer<SandboxAdminService> m_sandboxAdmin;
    QMenu *m_connectionMenu = nullptr;
    WindowLayout *m_layout = nullptr;

    bool m_sandboxMode = false;
    QString m_backendFailure;
    QString m_profileName;
};

} // namespace plc
