#pragma once

#include "services/CommandLineOptions.h"

#include <QObject>

#include <memory>

namespace plc {

class ApiClient;
class ClusterService;
class LanguageManager;
class MainWindow;
namespace sandbox {
class EmbeddedSandbox;
}

/// One run of the console: picks the language, starts the embedded sandbox (the backend
/// when no account is configured), points the API client at it and shows the main window.
/// In --screenshot mode it saves the window after the first load and ends with done().
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    explicit ConsoleSession(CommandLineOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }

    /// Where the embedded sandbox keeps its data: the app data folder.
    static QString sandboxDataFile();

Q_SIGNALS:
    /// Only in --screenshot mode: the process should exit with this code.
    void done(int exitCode);

private:
    void onSandboxStarted();
    void onFirstLoad(bool ok, const QString &errorText);

    CommandLineOptions m_options;
    LanguageManager *m_languages;
    ApiClient *m_client;
    ClusterService *m_clusters;
    std::unique_ptr<MainWindow> m_window;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    bool m_firstLoadSeen = false;
};

} // namespace plc
