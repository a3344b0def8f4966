#include "ConsoleSession.h"

#include "MainWindow.h"

#include "api/ApiClient.h"
#include "sandbox/EmbeddedSandbox.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int ScreenshotTimeoutMs = 60'000;
}

ConsoleSession::ConsoleSession(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_languages(new LanguageManager(this))
    , m_client(new ApiClient(this))
    , m_clusters(new ClusterService(m_client, this))
{}

ConsoleSession::~ConsoleSession()
{
    // The window's jobs are cancelled before the services they belong to go away.
    m_window.reset();
}

QString ConsoleSession::sandboxDataFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"sandbox.sqlite"_s);
}

void ConsoleSession::start()
{
    const QString language =
        m_options.language.isEmpty() ? m_languages->preferredLanguage() : m_options.language;
    if (!m_languages->setLanguage(language))
        m_languages->setLanguage(u"en"_s);

    m_window = std::make_unique<MainWindow>(m_clusters, m_languages);
    m_window->setProfileName(tr("Sandbox"));
    connect(m_languages, &LanguageManager::languageChanged, this,
            [this] { m_window->setProfileName(tr("Sandbox")); });
    connect(m_window.get(), &MainWindow::clustersLoaded, this, &ConsoleSession::onFirstLoad);
    m_window->show();

    m_sandbox = new sandbox::EmbeddedSandbox(
        sandbox::SandboxConfig::withRandomKeys(sandboxDataFile()), this);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, this, &ConsoleSession::onSandboxStarted);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, m_window.get(),
            &MainWindow::showBackendFailure);
    m_sandbox->start();

    if (!m_options.screenshotFile.isEmpty()) {
        QTimer::singleShot(ScreenshotTimeoutMs, this, [this] {
            if (!m_firstLoadSeen)
                onFirstLoad(false, tr("the first load did not finish within %1 seconds")
                                       .arg(ScreenshotTimeoutMs / 1000));
        });
    }
}

void ConsoleSession::onSandboxStarted()
{
    const auto &config = m_sandbox->config();
    m_client->setEndpoint(m_sandbox->url(), {config.publicKey, config.privateKey});
    m_window->refresh();
}

void ConsoleSession::onFirstLoad(bool ok, const QString &errorText)
{
    if (m_firstLoadSeen || m_options.screenshotFile.isEmpty())
        return;
    m_firstLoadSeen = true;
    QTextStream err(stderr);
    if (!ok) {
        err << "privatelink-console: " << tr("cannot take the screenshot: %1").arg(errorText)
            << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    // One more turn of the event loop so the table has laid out the new rows.
    QTimer::singleShot(0, this, [this] {
        QTextStream errors(stderr);
        if (!m_window->grab().save(m_options.screenshotFile, "PNG")) {
            errors << "privatelink-console: "
                   << tr("cannot write the screenshot to %1").arg(m_options.screenshotFile)
                   << Qt::endl;
            Q_EMIT done(1);
            return;
        }
        Q_EMIT done(0);
    });
}

} // namespace plc
