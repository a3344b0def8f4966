// Issue 13, the console's session with real profiles, a real keychain (the test command's
// gnome-keyring) and real sandboxes: nothing goes to one account under another's name (item
// 6), a renamed profile keeps its key and a new one never inherits an old one (9), a keychain
// failure is classified without blocking the UI thread (14), and a sandbox that failed to
// start is started again (15). Each test is named for its item and failed before its fix.
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/ApiClient.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"
#include "services/ProfileStore.h"
#include "services/SecretServiceProbe.h"
#include "services/SecretStore.h"
#include "shell/ConsoleSession.h"
#include "shell/FleetSession.h"
#include "ui/ConnectionsPanel.h"
#include "ui/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
SecretJob::Status wait(SecretJob *job, QString *secret = nullptr)
{
    SecretJob::Status status = SecretJob::Status::Failed;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&, job] {
        status = job->status();
        if (secret)
            *secret = job->secret();
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 30'000);
    return status;
}

/// The session's account with AWS, and with Alibaba Cloud (the built-in providers).
AwsAccount *awsOf(const ConsoleSession &session)
{
    return qobject_cast<AwsAccount *>(
        session.providerAccounts().forType(ConnectionType::AwsEndpointService));
}
AlibabaAccount *alibabaOf(const ConsoleSession &session)
{
    return qobject_cast<AlibabaAccount *>(
        session.providerAccounts().forType(ConnectionType::AlibabaCloudEndpointService));
}

int apiRequests(test::SandboxFixture &sandbox)
{
    return sandbox.request("GET", u"/sandbox/v1/stats"_s).json.value("totalRequests"_L1).toInt();
}
} // namespace

class TestSessionTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_sessiontrust"_s);
        QSettings().clear();
        qunsetenv("TIDBCLOUD_PUBLIC_KEY");
        qunsetenv("TIDBCLOUD_PRIVATE_KEY");
    }

    // 6. A profile whose key cannot be read sends nothing, to anyone: not the previous
    // profile's key to the previous profile's URL under the new name.
    void item06_aProfileWithoutItsKeySendsNothing()
    {
        test::SandboxFixture alpha;
        test::SandboxFixture beta;
        QVERIFY(alpha.start());
        QVERIFY(beta.start());
        ProfileStore profiles;
        QVERIFY(profiles.save({u"alpha"_s, alpha.url(), alpha.config().publicKey, {}, {}}));
        QVERIFY(profiles.save({u"beta"_s, beta.url(), beta.config().publicKey, {}, {}}));
        SecretStore secrets;
        QCOMPARE(wait(secrets.writeSecret(profiles.profile(u"alpha"_s)->keyId,
                                          alpha.config().privateKey)),
                 SecretJob::Status::Ok);
        profiles.setActiveProfileName(u"alpha"_s);

        ConsoleSession session(CommandLineOptions{});
        session.start();
        QSignalSpy loaded(session.mainWindow(), &MainWindow::clustersLoaded);
        QVERIFY(loaded.wait(15'000));
        QVERIFY(loaded.constLast().at(0).toBool());

        // beta's key is in no keychain: choosing it must leave the client without a key.
        Q_EMIT session.mainWindow()->profileChosen(u"beta"_s);
        auto *bar = session.mainWindow()->findChild<MessageBar *>();
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"No private key is stored"_s), 15'000);
        QTest::qWait(300);
        const int alphaBefore = apiRequests(alpha);
        const int betaBefore = apiRequests(beta);
        session.mainWindow()->refresh(); // F5
        QTest::qWait(1'500);             // and whatever the Watcher would do
        QCOMPARE(apiRequests(alpha), alphaBefore);
        QCOMPARE(apiRequests(beta), betaBefore);
        QVERIFY(session.client()->baseUrl().isEmpty());
        QVERIFY2(bar->text().contains(u"Manage Profiles"_s) ||
                     bar->text().contains(u"No API key"_s) ||
                     bar->text().contains(u"No private key"_s),
                 qPrintable(bar->text()));
        QCOMPARE(session.client()->requestsInFlight(), 0);
    }

    // A fleet row of another profile opens with that profile: it becomes the active one, and
    // its cluster and connection are read with its own key, from its own API, never another's.
    void aFleetRowOfAnotherProfileOpensWithThatProfile()
    {
        test::SandboxFixture alpha;
        test::SandboxFixture beta;
        QVERIFY(alpha.start());
        QVERIFY(beta.start());
        ProfileStore profiles;
        QVERIFY(profiles.save({u"alpha"_s, alpha.url(), alpha.config().publicKey, {}, {}}));
        QVERIFY(profiles.save({u"beta"_s, beta.url(), beta.config().publicKey, {}, {}}));
        SecretStore secrets;
        for (const auto &[name, fixture] : {std::pair{u"alpha"_s, &alpha}, {u"beta"_s, &beta}})
            QCOMPARE(wait(secrets.writeSecret(profiles.profile(name)->keyId,
                                              fixture->config().privateKey)),
                     SecretJob::Status::Ok);
        profiles.setActiveProfileName(u"alpha"_s);

        ConsoleSession session(CommandLineOptions{});
        session.start();
        QSignalSpy loaded(session.mainWindow(), &MainWindow::clustersLoaded);
        QVERIFY(loaded.wait(15'000));
        const int alphaBefore = apiRequests(alpha);

        Q_EMIT session.fleet()->openRequested(u"beta"_s, test::seed::OrdersProd,
                                              test::seed::KafkaSelfhosted);
        ConnectionsPanel *panel = session.mainWindow()->connectionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedConnectionId(), test::seed::KafkaSelfhosted,
                                  15'000);
        QCOMPARE(panel->cluster()->clusterId, test::seed::OrdersProd);
        QCOMPARE(profiles.activeProfileName(), u"beta"_s);
        QCOMPARE(session.client()->baseUrl(), beta.url());
        // Everything it read since was beta's; alpha heard nothing more.
        QTest::qWait(300);
        QCOMPARE(apiRequests(alpha), alphaBefore);
        QVERIFY(apiRequests(beta) > 0);
    }

    // 9. A renamed profile keeps its key; a new profile that takes the old name does not get it.
    void item09_aRenamedProfileKeepsItsKeyAndLeavesNoneBehind()
    {
        ProfileStore profiles;
        SecretStore secrets;
        QVERIFY(
            profiles.save({u"old"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUB"_s, {}, {}}));
        const QString keyId = profiles.profile(u"old"_s)->keyId;
        QVERIFY(!keyId.isEmpty());
        QVERIFY(keyId != u"old"_s);
        QCOMPARE(wait(secrets.writeSecret(keyId, u"old-secret"_s)), SecretJob::Status::Ok);

        QVERIFY(profiles.rename(
            u"old"_s, {u"new"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUB"_s, {}, {}}));
        QString secret;
        QCOMPARE(wait(secrets.readSecret(profiles.profile(u"new"_s)->keyId), &secret),
                 SecretJob::Status::Ok);
        QCOMPARE(secret, u"old-secret"_s);

        // An import without a private key, say, that brings a profile named "old" again.
        QVERIFY(profiles.save({u"old"_s, QUrl(u"https://attacker.example"_s), u"PUB2"_s, {}, {}}));
        QVERIFY(profiles.profile(u"old"_s)->keyId != keyId);
        QCOMPARE(wait(secrets.readSecret(profiles.profile(u"old"_s)->keyId)),
                 SecretJob::Status::NotFound);

        // A session-only key is the profile's too, through renames.
        secrets.setSessionSecret(profiles.profile(u"new"_s)->keyId, u"in-memory"_s);
        QVERIFY(profiles.rename(
            u"new"_s, {u"newer"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUB"_s, {}, {}}));
        QVERIFY(secrets.hasSessionSecret(profiles.profile(u"newer"_s)->keyId));
        QCOMPARE(wait(secrets.deleteSecret(keyId)), SecretJob::Status::Ok);
    }

    void item09_aProfileSavedBeforeKeyIdsKeepsItsKey()
    {
        // What an older console left: the key under the profile's name, no keyId.
        QSettings settings;
        settings.setValue(u"profiles/legacy/apiUrl"_s, u"https://serverless.tidbapi.com"_s);
        settings.setValue(u"profiles/legacy/publicKey"_s, u"PUB"_s);
        settings.sync();
        ProfileStore profiles;
        QCOMPARE(profiles.profile(u"legacy"_s)->keyId, u"legacy"_s);
        QVERIFY(profiles.rename(
            u"legacy"_s,
            {u"renamed"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUB"_s, {}, {}}));
        QCOMPARE(profiles.profile(u"renamed"_s)->keyId, u"legacy"_s);
        QVERIFY(profiles.save(
            {u"legacy"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"P"_s, {}, {}}));
        QVERIFY(profiles.profile(u"legacy"_s)->keyId != u"legacy"_s);
    }

    // 14. Telling "no keychain" from "an error" never blocks: against a bus that answers
    // nothing (a private dbus-daemon, stopped), the answer comes after the probe's own limit
    // while the event loop keeps turning. (Before: two synchronous D-Bus calls, up to 25 s
    // each, on the UI thread.)
    void item14_aHungBusDoesNotBlockTheUiThread()
    {
        QProcess daemon;
        daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(daemon.waitForStarted(5'000));
        QVERIFY(QTest::qWaitFor([&] { return daemon.canReadLine(); }, 5'000));
        const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
        QDBusConnection bus = QDBusConnection::connectToBus(address, u"hung-bus"_s);
        QVERIFY(bus.isConnected());
        ::kill(pid_t(daemon.processId()), SIGSTOP);

        QElapsedTimer clock;
        clock.start();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        std::optional<bool> answer;
        SecretServiceProbe::check(
            bus, this, [&answer](bool reachable) { answer = reachable; }, 600);
        QVERIFY(clock.elapsed() < 50); // returned at once
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 5'000));
        QCOMPARE(*answer, false);
        QVERIFY(ticks >= 30); // the event loop turned all along

        ::kill(pid_t(daemon.processId()), SIGCONT);
        QDBusConnection::disconnectFromBus(u"hung-bus"_s);
        daemon.kill();
        daemon.waitForFinished(5'000);
    }

    void item14_aLiveBusIsAskedToo()
    {
        std::optional<bool> answer;
        SecretServiceProbe::check(QDBusConnection::sessionBus(), this,
                                  [&answer](bool reachable) { answer = reachable; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 5'000));
        // The oracle: the same two questions, asked the blocking way a test may ask them.
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        const QString secrets = u"org.freedesktop.secrets"_s;
        const bool expected = bus && (bus->isServiceRegistered(secrets).value() ||
                                      bus->activatableServiceNames().value().contains(secrets));
        QCOMPARE(*answer, expected);
    }

    // 15. A sandbox that failed to start says so, and is started again when chosen again.
    void item15_theSandboxIsStartedAgainAfterAFailure()
    {
        // Where the sandbox keeps its data is a file, not a folder: the start fails.
        const QString dataFolder = QFileInfo(ConsoleSession::sandboxDataFile()).absolutePath();
        QDir(dataFolder).removeRecursively();
        QDir().mkpath(QFileInfo(dataFolder).absolutePath());
        {
            QFile blocker(dataFolder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        test::SandboxFixture other;
        QVERIFY(other.start());
        ProfileStore profiles;
        QVERIFY(profiles.save({u"other"_s, other.url(), other.config().publicKey, {}, {}}));
        SecretStore secrets;
        QCOMPARE(wait(secrets.writeSecret(profiles.profile(u"other"_s)->keyId,
                                          other.config().privateKey)),
                 SecretJob::Status::Ok);

        ConsoleSession session(CommandLineOptions{});
        QSignalSpy loaded(&session, &ConsoleSession::done); // unused: no screenshot mode
        session.start();
        auto *bar = session.mainWindow()->findChild<MessageBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"could not start"_s), 10'000);

        Q_EMIT session.mainWindow()->profileChosen(u"other"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!session.client()->baseUrl().isEmpty(), 10'000);
        QFile::remove(dataFolder);

        QSignalSpy clusters(session.mainWindow(), &MainWindow::clustersLoaded);
        Q_EMIT session.mainWindow()->profileChosen(Profile::sandboxName());
        QTRY_VERIFY_WITH_TIMEOUT(!clusters.isEmpty() && clusters.constLast().at(0).toBool(),
                                 20'000);
        QCOMPARE(session.client()->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(session.client()->baseUrl() != other.url());
    }

    // Issue 16: a profile whose AWS key is kept in the keychain acts with that key once it is
    // chosen, and the next profile's AWS account replaces it.
    void aProfilesAwsKeyComesFromTheKeychain()
    {
        test::SandboxFixture other;
        QVERIFY(other.start());
        qputenv("AWS_ENDPOINT_URL", other.url().resolved(QUrl(u"/aws/"_s)).toString().toUtf8());
        ProfileStore profiles;
        QVERIFY(profiles.save({u"aws-keyed"_s,
                               other.url(),
                               other.config().publicKey,
                               {},
                               {{u"aws"_s, u"keychain"_s}}}));
        const QString keyId = profiles.profile(u"aws-keyed"_s)->keyId;
        SecretStore secrets;
        QCOMPARE(wait(secrets.writeSecret(keyId, other.config().privateKey)),
                 SecretJob::Status::Ok);
        QCOMPARE(wait(secrets.writeSecret(AwsAccount::keychainEntry(keyId),
                                          AwsAccount::packKey(other.config().awsAccessKeyId,
                                                              other.config().awsSecretAccessKey))),
                 SecretJob::Status::Ok);

        ConsoleSession session(CommandLineOptions{});
        session.start();
        Q_EMIT session.mainWindow()->profileChosen(u"aws-keyed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(awsOf(session)->problem().isEmpty() &&
                                     awsOf(session)->description().contains(u"keychain"_s),
                                 10'000);
        QString account;
        awsOf(session)->identity()->onFinished(
            this, [&account](const AwsCallerIdentity &identity) { account = identity.account; },
            [&account](const ApiError &error) { account = error.userMessage(); });
        QTRY_COMPARE_WITH_TIMEOUT(account, u"727162835041"_s, 10'000);

        Q_EMIT session.mainWindow()->profileChosen(Profile::sandboxName());
        QTRY_VERIFY_WITH_TIMEOUT(awsOf(session)->isSandbox(), 20'000);
        qunsetenv("AWS_ENDPOINT_URL");
        QVERIFY(profiles.remove(u"aws-keyed"_s));
        wait(secrets.deleteSecret(AwsAccount::keychainEntry(keyId)));
    }

    void aProfilesAlibabaCloudKeyComesFromTheKeychain()
    {
        test::SandboxFixture other;
        QVERIFY(other.start());
        qputenv("ALIBABA_CLOUD_ENDPOINT",
                other.url().resolved(QUrl(u"/alibaba/"_s)).toString().toUtf8());
        ProfileStore profiles;
        QVERIFY(profiles.save({u"ali-keyed"_s,
                               other.url(),
                               other.config().publicKey,
                               {},
                               {{u"alibaba"_s, u"keychain"_s}}}));
        const QString keyId = profiles.profile(u"ali-keyed"_s)->keyId;
        SecretStore secrets;
        QCOMPARE(wait(secrets.writeSecret(keyId, other.config().privateKey)),
                 SecretJob::Status::Ok);
        QCOMPARE(wait(secrets.writeSecret(
                     AlibabaAccount::keychainEntry(keyId),
                     AlibabaAccount::packKey(other.config().alibabaAccessKeyId,
                                             other.config().alibabaAccessKeySecret))),
                 SecretJob::Status::Ok);

        ConsoleSession session(CommandLineOptions{});
        session.start();
        Q_EMIT session.mainWindow()->profileChosen(u"ali-keyed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(alibabaOf(session)->problem().isEmpty() &&
                                     alibabaOf(session)->description().contains(u"keychain"_s),
                                 10'000);
        QString account;
        alibabaOf(session)->identity()->onFinished(
            this,
            [&account](const AlibabaCallerIdentity &identity) { account = identity.accountId; },
            [&account](const ApiError &error) { account = error.userMessage(); });
        QTRY_COMPARE_WITH_TIMEOUT(account, u"1432156789012345"_s, 10'000);

        // The sandbox profile brings the sandbox's own account; no profile's key is kept.
        Q_EMIT session.mainWindow()->profileChosen(Profile::sandboxName());
        QTRY_VERIFY_WITH_TIMEOUT(alibabaOf(session)->isSandbox(), 20'000);
        QVERIFY(alibabaOf(session)->privateLinkTarget({}).credentials.accessKeyId !=
                other.config().alibabaAccessKeyId);
        qunsetenv("ALIBABA_CLOUD_ENDPOINT");
        QVERIFY(profiles.remove(u"ali-keyed"_s));
        wait(secrets.deleteSecret(AlibabaAccount::keychainEntry(keyId)));
    }
};

QTEST_MAIN(TestSessionTrust)
#include "tst_sessiontrust.moc"
