#include "ui/WindowLayout.h"

#include "ui/ConnectionsPanel.h"
#include "ui/widgets/WindowPlacement.h"

#include "services/Settings.h"

#include <QDataStream>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIODevice>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QWindow>

namespace plc {

namespace {
/// The size the window asks for on a first start, when the screen has room for it.
constexpr QSize PreferredSize(1440, 940);
/// Rows of connections the table keeps while details are shown, at a laptop's 1280×720.
constexpr int TableRows = 8;
/// The least height the pages below the table get when the window has it.
constexpr int PagesMinimum = 200;
} // namespace

WindowLayout::WindowLayout(QMainWindow *window, QSplitter *splitter, QTableView *clusters,
                           ConnectionsPanel *connections)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_clusters(clusters)
    , m_connections(connections)
{
    m_window->installEventFilter(this);
}

bool WindowLayout::isStacked() const
{
    return m_splitter->orientation() == Qt::Vertical;
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        fitOrientation();
    return QObject::eventFilter(watched, event);
}

void WindowLayout::fitOrientation()
{
    const Qt::Orientation wanted = m_window->width() < NarrowWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    fitClusterList(false);
}

void WindowLayout::restore()
{
    const QByteArray geometry = Settings::mainWindowGeometry().value();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        // A first start: the preferred size where the screen has room, else all of it.
        const QScreen *shown = m_window->screen();
        const WindowPlacement::FirstStart first = WindowPlacement::firstStart(
            shown ? shown->availableGeometry() : QRect(), PreferredSize);
        m_window->setGeometry(first.geometry);
        if (first.maximized)
            m_window->setWindowState(m_window->windowState() | Qt::WindowMaximized);
    } else {
        bringOnScreen();
    }
    m_connections->restoreState(Settings::connectionsPanelState().value());
    const QByteArray header = Settings::clusterTableHeader().value();
    m_headerRestored = !header.isEmpty() && m_clusters->horizontalHeader()->restoreState(header);
}

void WindowLayout::save()
{
    Settings::mainWindowGeometry().setValue(m_window->saveGeometry());
    saveScreenLayout(availableScreenSize());
    Settings::connectionsPanelState().setValue(m_connections->saveState());
    Settings::clusterTableHeader().setValue(m_clusters->horizontalHeader()->saveState());
}

void WindowLayout::bringOnScreen()
{
    if (m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the window manager puts these on a screen
    QList<QRect> areas;
    const auto screens = QGuiApplication::screens();
    for (const QScreen *each : screens)
        areas.append(each->availableGeometry());
    const QRect frame = m_window->frameGeometry();
    const QRect placed = WindowPlacement::broughtOnScreen(frame, areas);
    if (placed == frame)
        return;
    // The frame's margins (title bar, borders) stay around the client area.
    const QRect client = m_window->geometry();
    const QMargins margins(client.left() - frame.left(), client.top() - frame.top(),
                           frame.right() - client.right(), frame.bottom() - client.bottom());
    m_window->setGeometry(placed.marginsRemoved(margins));
}

void WindowLayout::shown()
{
    if (m_shown)
        return;
    m_shown = true;
    // Now the frame (title bar, borders) is known: a remembered window is brought back onto
    // the screen with it, and the splits made for this screen follow.
    QTimer::singleShot(0, this, [this] {
        bringOnScreen();
        applyScreenLayout();
    });
    if (QWindow *window = m_window->windowHandle()) {
        connect(window, &QWindow::screenChanged, this, [this] {
            saveScreenLayout(m_layoutScreenSize);
            applyScreenLayout();
        });
    }
}

QSize WindowLayout::availableScreenSize() const
{
    const QScreen *shown = m_window->screen();
    return shown ? shown->availableGeometry().size() : QSize();
}

void WindowLayout::applyScreenLayout()
{
    m_layoutScreenSize = availableScreenSize();
    QDataStream stream(Settings::screenLayout(m_layoutScreenSize).value());
    QByteArray clusters, connections;
    stream >> clusters >> connections;
    if (stream.status() == QDataStream::Ok && m_splitter->restoreState(clusters) &&
        m_connections->restoreSplitterState(connections)) {
        m_fitClustersOnLoad = false;
        fitOrientation(); // the state holds an orientation: the window's width decides it
        return;
    }
    m_splitter->setOrientation(m_window->width() < NarrowWidth ? Qt::Vertical : Qt::Horizontal);
    fitClusterList(false);
    m_connections->fitTableRows(TableRows, PagesMinimum);
    m_fitClustersOnLoad = true; // again once the names are known
}

void WindowLayout::saveScreenLayout(const QSize &screenSize)
{
    if (!screenSize.isValid())
        return;
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_connections->splitterState();
    Settings::screenLayout(screenSize).setValue(state);
}

void WindowLayout::clustersLoaded()
{
    if (m_fitClustersOnLoad && m_clusters->model()->rowCount() > 0) {
        m_fitClustersOnLoad = false;
        fitClusterList(false); // the names are known now
    }
}

void WindowLayout::fitClusterTexts()
{
    // Another language's names are longer ("Cloud Provider" becomes "クラウドプロバイダー"):
    // widen what they no longer fit, and the list with them, never narrower.
    const QAbstractItemView *view = m_clusters; // sizeHintForColumn is public here
    QHeaderView *header = m_clusters->horizontalHeader();
    bool widened = false;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (header->sectionSize(column) < needed) {
            header->resizeSection(column, needed);
            widened = true;
        }
    }
    const int columns = header->length(); // hidden sections count for nothing
    if (widened || columns > m_clusters->viewport()->width())
        fitClusterList(true);
}

void WindowLayout::fitClusterList(bool onlyWiden)
{
    const QAbstractItemView *view = m_clusters;
    QHeaderView *header = m_clusters->horizontalHeader();
    if (!m_headerRestored && m_clusters->model()->rowCount() > 0) {
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                header->resizeSection(column, qMin(260, qMax(view->sizeHintForColumn(column),
                                                             header->sectionSizeHint(column))));
        }
    }
    const int columns = header->length(); // hidden sections count for nothing
    const int wanted = columns + 2 * m_clusters->frameWidth() +
                       m_clusters->verticalScrollBar()->sizeHint().width() + 2;
    const QList<int> sizes = m_splitter->sizes();
    // Along the splitter's direction now (right after a change of orientation, sizes() still
    // measures the old one).
    const int extent = isStacked() ? m_splitter->height() : m_splitter->width();
    const int total = extent > m_splitter->handleWidth() ? extent - m_splitter->handleWidth()
                                                         : sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    if (isStacked()) {
        // Above the connections: the header and about six clusters, at most a third.
        const int rows = m_clusters->verticalHeader()->defaultSectionSize();
        const int list = qMin(header->height() + 6 * rows + 2 * m_clusters->frameWidth() +
                                  m_clusters->horizontalScrollBar()->sizeHint().height() + 40,
                              total / 3);
        if (!onlyWiden || sizes.value(0) < list)
            m_splitter->setSizes({list, total - list});
        return;
    }
    // The list's columns whole, as long as the connections keep most of the window (at
    // 1280 pixels, Japanese needs 41 % for name, provider, region and state).
    const int list = qMin(wanted, total * 43 / 100);
    if (!onlyWiden || sizes.value(0) < list)
        m_splitter->setSizes({list, total - list});
}

} // namespace plc
