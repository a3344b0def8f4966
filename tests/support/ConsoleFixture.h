#pragma once

// The console's main window against a real sandbox, as the GUI tests share it.
#include "ProviderSandbox.h"
#include "SandboxFixture.h"

#include "api/ApiClient.h"
#include "models/ClusterTableModel.h"
#include "models/ConnectionTableModel.h"
#include "providers/Provider.h"
#include "providers/ProviderAccounts.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"
#include "services/ChangefeedService.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"
#include "services/PrivateLinkService.h"
#include "services/SandboxAdminService.h"
#include "services/Watcher.h"
#include "ui/ConnectionsPanel.h"
#include "ui/MainWindow.h"
#include "ui/providers/BuiltInProviders.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

namespace plc::test {

/// Test mode for QStandardPaths and settings of their own for the test `name`, emptied.
inline void isolateSettings(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivateLinkConsoleTests"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
}

class ConsoleFixture final
{
public:
    /// start() with the sandbox's fast lifecycle (test::fastSettings()).
    bool startFast()
    {
        return start([](SandboxFixture &s) { s.config().settings = fastSettings(); });
    }

    /// Starts the sandbox (with `settings` applied first) and shows the main window with
    /// its clusters loaded; false with the reason logged.
    bool start(const std::function<void(SandboxFixture &)> &settings = {})
    {
        sandbox = std::make_unique<SandboxFixture>();
        if (settings)
            settings(*sandbox);
        if (!sandbox->start())
            return false;
        client = std::make_unique<ApiClient>();
        client->setEndpoint(sandbox->url(),
                            {sandbox->config().publicKey, sandbox->config().privateKey});
        clusters = std::make_unique<ClusterService>(client.get());
        privateLinks = std::make_unique<PrivateLinkService>(client.get());
        changefeeds = std::make_unique<ChangefeedService>(client.get());
        watcher = std::make_unique<Watcher>(privateLinks.get(), client.get());
        watcher->setChangefeedService(changefeeds.get());
        watcher->setFirstInterval(100);
        watcher->setBudgetPerMinute(600);
        languages = std::make_unique<LanguageManager>();
        if (!languages->setLanguage(QStringLiteral("en")))
            return false;
        admin = std::make_unique<SandboxAdminService>(client.get());
        // One account per registered provider, as the console makes them: the built-in ones
        // unless the test registered its own first (ownProviders).
        if (!ownProviders)
            BuiltInProviders::install();
        QList<ProviderAccount *> made;
        for (const auto &provider : ProviderUis::all()) {
            accounts.emplace_back(provider->core().newAccount(client->requestLog(), nullptr));
            made.append(accounts.back().get());
            if (auto *a = qobject_cast<AwsAccount *>(made.back()))
                aws = a;
            if (auto *a = qobject_cast<AlibabaAccount *>(made.back()))
                alibaba = a;
        }
        window = std::make_unique<MainWindow>(
            WindowServices{client.get(), clusters.get(), privateLinks.get(), changefeeds.get(),
                           watcher.get(), languages.get(), admin.get(), ProviderAccounts(made)});
        // The sandbox profile, as the console's ProfileActivation sets it up.
        window->setProfileName(QStringLiteral("Sandbox"));
        window->setSandboxMode(true);
        // The offscreen screen (800×600) is smaller than the window: a first start maximizes
        // it. Most tests want their own size; the laptop layout's want the first start's.
        if (!firstStartSize) {
            window->setWindowState(Qt::WindowNoState);
            window->resize(1400, 860);
        }
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy loaded(window.get(), &MainWindow::clustersLoaded);
        window->refresh();
        return loaded.wait(10'000) && loaded.constFirst().at(0).toBool();
    }

    ~ConsoleFixture()
    {
        window.reset();
        aws = nullptr;
        alibaba = nullptr;
        accounts.clear();
        admin.reset();
        watcher.reset();
        changefeeds.reset();
        privateLinks.reset();
        clusters.reset();
        client.reset();
        sandbox.reset();
    }

    ConnectionsPanel *panel() const { return window->connectionsPanel(); }
    QTableView *clusterTable() const
    {
        return window->findChild<QTableView *>(QStringLiteral("clusterTable"));
    }

    /// Selects a cluster in the list and waits until its connections are shown.
    bool selectCluster(const QString &clusterId, int expectedConnections)
    {
        const int row = window->clusterModel()->rowOf(clusterId);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(clusterTable()->model());
        clusterTable()->setCurrentIndex(
            proxy->mapFromSource(window->clusterModel()->index(row, 0)));
        return QTest::qWaitFor([&] { return panel()->model()->rowCount() == expectedConnections; },
                               10'000);
    }

    /// Selects a connection and waits until a Get has brought its attached domains.
    bool selectConnection(const QString &connectionId)
    {
        panel()->selectConnection(connectionId);
        return QTest::qWaitFor(
            [&] {
                const PrivateLinkConnection *c = panel()->selectedConnection();
                return c && c->privateLinkConnectionId == connectionId &&
                       c->attachedDomains.has_value();
            },
            10'000);
    }

    /// Leave the window as a first start placed it on the screen (QT_QPA_PLATFORM's).
    bool firstStartSize = false;

    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ClusterService> clusters;
    std::unique_ptr<PrivateLinkService> privateLinks;
    std::unique_ptr<ChangefeedService> changefeeds;
    std::unique_ptr<Watcher> watcher;
    std::unique_ptr<SandboxAdminService> admin;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<MainWindow> window;
    /// The test registered its own providers (ProviderUis) before start().
    bool ownProviders = false;
    /// One per registered provider, none configured.
    std::vector<std::unique_ptr<ProviderAccount>> accounts;
    /// Not configured unless a test calls useSandboxAws(): the wizards then check by hand.
    AwsAccount *aws = nullptr;
    /// Not configured unless a test calls useSandboxAlibaba().
    AlibabaAccount *alibaba = nullptr;

    /// Acts on the sandbox's AWS account, as the console does in sandbox mode.
    void useSandboxAws() { actOnSandbox(*aws, *sandbox); }

    /// Acts on the sandbox's Alibaba Cloud account, as the console does in sandbox mode.
    void useSandboxAlibaba()
    {
        alibaba->useSandbox(sandbox->url().resolved(QUrl(QStringLiteral("/alibaba/"))),
                            {sandbox->config().alibabaAccessKeyId,
                             sandbox->config().alibabaAccessKeySecret,
                             {},
                             QStringLiteral("sandbox")});
    }
};

} // namespace plc::test
