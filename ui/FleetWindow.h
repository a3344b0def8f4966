#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace plc {

class FleetFeed;
class MessageBar;
class TextFilterProxy;

/// The fleet view: every private link connection of every cluster of the chosen profiles in
/// one table, those that need attention first with the reason in a sentence; what changed
/// since the last look; each profile's progress and problems. Opening a row (Enter or a
/// double click) asks the console to show that cluster and connection in the main window,
/// with the profile it belongs to.
class FleetWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetWindow)

public:
    explicit FleetWindow(FleetFeed *feed, QWidget *parent = nullptr);
    ~FleetWindow() override;

    /// The profiles that can be chosen, and those shown.
    void setProfiles(const QStringList &all, const QStringList &chosen);
    QStringList chosenProfiles() const { return m_chosen; }
    /// Selects the row of `key` (FleetRow::key()) and scrolls to it.
    bool selectRow(const QString &key);
    QTableView *table() const { return m_table; }
    TextFilterProxy *proxy() const { return m_proxy; }
    /// The ticloud commands that read the selected connections (or every shown one).
    QString cliCommands() const;
    /// Sentences from outside the feed (notifications, the tray), shown with its problems.
    void setOtherProblems(const QStringList &sentences);
    /// Saves the rows shown, as CSV or JSON (made and written off the UI thread).
    void exportTable(const QString &fileName, bool json);

Q_SIGNALS:
    void profilesChosen(const QStringList &profiles);
    void openRequested(const QString &profile, const QString &clusterId,
                       const QString &connectionId);
    /// The user closed the window (not a hide by the program).
    void closed();
    /// An export ended: `error` is empty when the file was saved.
    void exported(const QString &fileName, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void retranslate();
    void updateStatus();
    void updateChanges();
    void openCurrent();
    void rebuildProfileMenu();

    FleetFeed *m_feed;
    TextFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_filterLabel;
    QToolButton *m_profilesButton;
    QLabel *m_problems;
    MessageBar *m_messageBar;
    QLabel *m_changesLabel;
    QListWidget *m_changes;
    QPushButton *m_seenButton;
    QLabel *m_progress;
    QLabel *m_attention;
    QSplitter *m_splitter;
    QAction *m_refreshAction;
    QAction *m_openAction;
    QAction *m_exportCsvAction;
    QAction *m_exportJsonAction;
    QAction *m_copyCliAction;
    QStringList m_all;
    QStringList m_chosen;
    QStringList m_notices;
    QStringList m_otherProblems;
    QTimer m_refresh;
};

} // namespace plc
