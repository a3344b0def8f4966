#include "shell/ScreenshotHarness.h"

#include "ui/ConnectionsPanel.h"
#include "ui/MainWindow.h"

#include <QTextStream>
#include <QTimer>

#include <memory>

namespace plc {

namespace {
constexpr int FirstLoadTimeoutMs = 60'000;
constexpr int ConnectionsTimeoutMs = 10'000;
} // namespace

bool ScreenshotHarness::isWanted(const CommandLineOptions &options)
{
    return !options.screenshotFile.isEmpty() || options.exitWhenReady;
}

ScreenshotHarness::ScreenshotHarness(const CommandLineOptions &options, MainWindow *window,
                                     QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
{
    connect(m_window, &MainWindow::clustersLoaded, this, &ScreenshotHarness::onFirstLoad);
    QTimer::singleShot(FirstLoadTimeoutMs, this, [this] {
        if (!m_firstLoadSeen)
            onFirstLoad(false, tr("the first load did not finish within %1 seconds")
                                   .arg(FirstLoadTimeoutMs / 1000));
    });
}

void ScreenshotHarness::onFirstLoad(bool ok, const QString &errorText)
{
    if (m_firstLoadSeen)
        return;
    m_firstLoadSeen = true;
    if (!ok) {
        QTextStream(stderr) << "privatelink-console: "
                            << (m_options.screenshotFile.isEmpty()
                                    ? tr("the first load failed: %1")
                                    : tr("cannot take the screenshot: %1"))
                                   .arg(errorText)
                            << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    // The window shows the selected cluster's connections too: wait for them (a few seconds
    // at most), then one more turn of the event loop so the tables have laid out their rows.
    auto grab = std::make_shared<QMetaObject::Connection>();
    auto shoot = [this, grab] {
        QObject::disconnect(*grab);
        QTimer::singleShot(0, this, [this] {
            if (m_options.screenshotFile.isEmpty()) {
                QTextStream(stdout) << "ready" << Qt::endl;
                Q_EMIT done(0);
                return;
            }
            save();
        });
    };
    *grab = connect(m_window->connectionsPanel(), &ConnectionsPanel::loaded, this, shoot);
    QTimer::singleShot(ConnectionsTimeoutMs, this, [grab, shoot] {
        if (*grab)
            shoot();
    });
}

void ScreenshotHarness::save()
{
    if (m_saved)
        return;
    m_saved = true;
    QTimer::singleShot(
        0, this, [this] {
            if (!m_window->grab().save(m_options.screenshotFile, "PNG")) {
                QTextStream(stderr)
                    << "privatelink-console: "
                    << tr("cannot write the screenshot to %1").arg(m_options.screenshotFile)
                    << Qt::endl;
                Q_EMIT done(1);
                return;
            }
            Q_EMIT done(0);
        });
}

} // namespace plc
