#pragma once

#include <QObject>
#include <QSize>

class QMainWindow;
class QSplitter;
class QTableView;

namespace plc {

class ConnectionsPanel;

/// Where the main window is and how it is split: its geometry (a first start's, or the last
/// session's brought back onto a screen), the splits remembered per size of the screen's
/// available area, the cluster list as wide as its columns, and the columns' and the
/// connections panel's saved state.
class WindowLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    WindowLayout(QMainWindow *window, QSplitter *splitter, QTableView *clusters,
                 ConnectionsPanel *connections);

    /// Before the window is shown: the last session's geometry, columns and panel state.
    void restore();
    void save();
    /// The window was shown: the splits for its screen once the layouts have their sizes,
    /// and again whenever it moves to another screen.
    void shown();
    /// Clusters arrived: on a layout made for this screen, the list fits their names (once).
    void clustersLoaded();
    /// Columns and the list widened for texts that no longer fit (a language change).
    void fitClusterTexts();
    /// Narrower than NarrowWidth (half a 1920×1080 screen, tiled), the cluster list stacks
    /// above the connections, both the window's whole width, so that each cluster's name and
    /// state stay readable; wider, they stand side by side.
    static constexpr int NarrowWidth = 1100;
    bool isStacked() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSize availableScreenSize() const;
    void applyScreenLayout();
    void saveScreenLayout(const QSize &screenSize);
    void bringOnScreen();
    /// The cluster list as wide as its visible columns (at most 43 % of the window).
    void fitClusterList(bool onlyWiden);
    /// Side by side or stacked, as the window's width asks.
    void fitOrientation();

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QTableView *m_clusters;
    ConnectionsPanel *m_connections;
    bool m_shown = false;
    bool m_fitClustersOnLoad = false;
    bool m_headerRestored = false;
    QSize m_layoutScreenSize;
};

} // namespace plc
