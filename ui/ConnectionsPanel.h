#pragma once

#include "base/ApiError.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace plc {

class AccountZonesBar;
struct ProviderAccounts;
class ChangefeedService;
class ConnectionTableView;
class ConnectionActions;
class ConnectionDetailsPane;
class ConnectionPages;
class ConnectionPicturePane;
class ConnectionWizards;
class ConnectionFeed;
class ConnectionTableModel;
class Job;
class MessageBar;
class PrivateLinkService;
class TextFilterProxy;
class Watcher;

/// The private link connections for dataflow of the selected cluster: a sortable table with
/// the API's state filter and a text filter, the cluster's TiDB Cloud account ID and
/// availability zones with copy buttons, guiding empty and loading states, an inline error
/// bar with Retry, and the details of the selected connection. Kept current by the Watcher
/// while anything is in transition; updates arrive as row changes, so selection, scroll
/// position and sort survive.
class ConnectionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPanel)

public:
    ConnectionsPanel(PrivateLinkService *service, Watcher *watcher, QWidget *parent = nullptr);
    ~ConnectionsPanel() override;

    /// Where the cluster's changefeeds are read and sinks tested (Used by, Test Through This
    /// Connection…); set before the first cluster.
    void setChangefeedService(ChangefeedService *service);
    /// The active profile's AWS and Alibaba Cloud accounts (the provider side of a link).
    void setProviderAccounts(const ProviderAccounts &accounts);
    /// Shows the connections of another cluster (nullptr: none selected).
    void setCluster(const std::optional<Cluster> &cluster);
    void reload();
    ConnectionTableModel *model() const { return m_model; }
    ConnectionActions *actions() const { return m_actions; }
    /// The selected connection, with its attached domains once a Get has brought them.
    const PrivateLinkConnection *selectedConnection() const;
    const std::optional<Cluster> &cluster() const;
    const AvailabilityZones &availabilityZones() const;
    ConnectionFeed *feed() const { return m_feed; }
    QString selectedConnectionId() const;
    void selectConnection(const QString &connectionId);

    /// Opens the wizards (create, Confluent Cloud, attach, detach, delete) for this panel.
    ConnectionWizards *wizards() const { return m_wizards; }
    /// Reads the list again and selects `connectionId` once it is there.
    void reloadAndSelect(const QString &connectionId);
    /// Selects `connectionId` when the list is next read (another cluster is being chosen).
    void selectWhenLoaded(const QString &connectionId) { m_pendingSelection = connectionId; }

    /// Saves the visible rows and columns as CSV or JSON. The rows are taken now; their texts
    /// are made and written on a worker thread (BackgroundSave). exported() tells the end.
    void exportTable(const QString &fileName, bool json);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    /// The pages below the table: Details and Picture.
    ConnectionPages *pages() const { return m_bottomTabs; }

    /// The split between the table and the pages below, kept per screen size by the window.
    QByteArray splitterState() const;
    bool restoreSplitterState(const QByteArray &state);
    /// Gives the table room for at least `rows` whole rows, half the height when there is
    /// more, and the pages below the rest (`minimumBelow` pixels or more when the window
    /// allows): a first start on this screen size.
    void fitTableRows(int rows, int minimumBelow);

Q_SIGNALS:
    void loaded(bool ok);
    /// An export ended: `error` is empty when `fileName` was saved.
    void exported(const QString &fileName, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateTableMinimum();
    void retranslate();
    void updateEmptyState();
    void onSelectionChanged();
    void showFeedState();
    void onLoaded(bool ok);
    ConnectionState stateFilter() const;
    void setUpActions();
    void updateActions();
    void chooseExportFile(bool json);
    void showSelected(const PrivateLinkConnection &connection);
    void showUsage();

    ConnectionFeed *m_feed;
    ConnectionTableModel *m_model; ///< the feed's

    TextFilterProxy *m_proxy;
    QLabel *m_title;
    AccountZonesBar *m_accountBar;
    QComboBox *m_stateFilter;
    QLineEdit *m_filter;
    MessageBar *m_messageBar;
    QStackedWidget *m_stack;
    ConnectionTableView *m_table;
    QLabel *m_emptyState;
    QSplitter *m_splitter;
    ConnectionPages *m_bottomTabs;
    ConnectionDetailsPane *m_details;
    ConnectionPicturePane *m_picture;
    ConnectionActions *m_actions;
    ConnectionWizards *m_wizards;
    QToolBar *m_toolBar;
    QAction *m_exportAction;

    std::optional<PrivateLinkConnection> m_selected;
    QString m_pendingSelection; ///< restored from the last session, selected once loaded
};

} // namespace plc
