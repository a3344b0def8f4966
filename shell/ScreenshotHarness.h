#pragma once

#include "shell/CommandLineOptions.h"

#include <QObject>

namespace plc {

class MainWindow;

/// `--screenshot FILE` and `--exit-when-ready`: waits for the window's first load (clusters,
/// then the selected cluster's connections), then saves the window as PNG or prints "ready",
/// and says with done() how the process should exit. Gives up after a minute.
class ScreenshotHarness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotHarness)

public:
    ScreenshotHarness(const CommandLineOptions &options, MainWindow *window,
                      QObject *parent = nullptr);

    static bool isWanted(const CommandLineOptions &options);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onFirstLoad(bool ok, const QString &errorText);
    void save();

    const CommandLineOptions &m_options;
    MainWindow *m_window;
    bool m_firstLoadSeen = false;
    bool m_saved = false;
};

} // namespace plc
