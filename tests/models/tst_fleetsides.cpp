// The fleet's provider side: each profile's connections waiting for acceptance or failed are
// read with the profile's own AWS and Alibaba Cloud accounts (the sandbox's emulations), within
// a pace of their own; what they say ranks the rows ("awaiting your acceptance" above a
// request waiting on someone else, "TiDB Cloud's account not allowed" above other failures).
#include "api/RequestLog.h"
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsLinkService.h"
#include "services/FleetSnapshotStore.h"
#include "services/LanguageManager.h"

#include "ProviderSandbox.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {

const QString Profile = u"prod"_s;

const FleetRow *rowOf(FleetFeed &feed, const QString &clusterId, const QString &connectionId)
{
    const int row = feed.model()->rowOf(FleetRow::keyOf(Profile, clusterId, connectionId));
    return feed.model()->rowAt(row);
}

/// The row's finding; Unread while the row is not there yet.
ProviderSide::Finding findingOf(FleetFeed &feed, const QString &clusterId,
                                const QString &connectionId)
{
    const FleetRow *row = rowOf(feed, clusterId, connectionId);
    return row ? row->side.finding : ProviderSide::Finding::Unread;
}

/// A side read that never ends by itself (cancelled from outside in the test).
class Hanging final : public ValueJob<ProviderSide>
{
public:
    explicit Hanging(QObject *parent)
        : ValueJob<ProviderSide>(parent)
    {}
};

int count(const RequestLog &log, const QString &part)
{
    int n = 0;
    for (const RequestLogEntry &entry : log.entries())
        n += entry.path.contains(part) ? 1 : 0;
    return n;
}

} // namespace

class TestFleetSides final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

    static bool startSandbox(SandboxFixture &sandbox)
    {
        sandbox.config().settings = fastSettings();
        sandbox.config().settings.deletingDelayMs = 60'000;
        return sandbox.start();
    }

    static std::unique_ptr<FleetFeed> makeFeed(FleetSnapshotStore *store)
    {
        auto feed = std::make_unique<FleetFeed>(store);
        feed->setSharePerMinute(6000);
        feed->setPassInterval(3'600'000);
        return feed;
    }

    static void start(FleetFeed &feed, SandboxFixture &sandbox)
    {
        feed.setProfiles({Profile});
        feed.setEndpoint(Profile, sandbox.url(),
                         {sandbox.config().publicKey, sandbox.config().privateKey});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void theSideIsReadWithTheProfilesOwnAccountAndRanksTheRows()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        FleetSideReader *sides = feed->sideReader(Profile);
        sides->pacer().setPerMinute(6000);
        QSignalSpy read(sides, &FleetSideReader::sideRead);

        // kafka-selfhosted waits for acceptance on the user's own service; legacy-mysql failed
        // because TiDB Cloud's account is not among its Allow principals.
        QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 2, 30'000);
        const FleetRow *kafka = rowOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted);
        QVERIFY(kafka);
        QCOMPARE(kafka->side.finding, ProviderSide::Finding::AwaitingYou);
        QVERIFY2(kafka->side.sentence.contains(u"vpce-0c2d4e6f8a0b2c4d6"_s),
                 qPrintable(kafka->side.sentence));
        QCOMPARE(FleetAttention::of(*kafka, QDateTime::currentDateTimeUtc()).rank,
                 int(FleetAttention::AwaitingYou));
        const FleetRow *legacy = rowOf(*feed, seed::OrdersProd, seed::LegacyMysql);
        QVERIFY(legacy);
        QCOMPARE(legacy->side.finding, ProviderSide::Finding::PrincipalMissing);
        QVERIFY2(legacy->side.sentence.contains(u"arn:aws:iam::380838443567:root"_s),
                 qPrintable(legacy->side.sentence));
        const FleetAttention attention =
            FleetAttention::of(*legacy, QDateTime::currentDateTimeUtc());
        QCOMPARE(attention.rank, int(FleetAttention::PrincipalMissing));
        QVERIFY(attention.reasons.contains(u"Allow principals"_s));

        // The cell and its tooltip say it, with the account it was read with.
        const QModelIndex cell = feed->model()->index(feed->model()->rowOf(legacy->key()),
                                                      FleetTableModel::ProviderSideColumn);
        QCOMPARE(cell.data().toString(), u"TiDB Cloud's account not allowed"_s);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(accounts.aws.description()));
        // An ACTIVE connection's side is not read.
        const FleetRow *rds = rowOf(*feed, seed::OrdersProd, seed::OrdersRds);
        QVERIFY(rds);
        QCOMPARE(rds->side.finding, ProviderSide::Finding::Unread);
        QVERIFY(cell.model()
                    ->index(feed->model()->rowOf(rds->key()), FleetTableModel::ProviderSideColumn)
                    .data()
                    .toString()
                    .isEmpty());

        // What it cost: TiDB Cloud's account of orders-prod once (for the failed connection),
        // through the fleet's own client; on AWS, two reads a connection.
        QCOMPARE(count(*feed->reader(Profile)->client()->requestLog(), u":getAvailabilityZones"_s),
                 1);
        QCOMPARE(count(accounts.log, u"DescribeVpcEndpointServiceConfigurations"_s), 2);
        QCOMPARE(count(accounts.log, u"DescribeVpcEndpointServicePermissions"_s), 1);
        QCOMPARE(count(accounts.log, u"DescribeVpcEndpointConnections"_s), 1);

        // The next pass changes nothing: the sides stay, nothing is read again.
        const int providerRequests = int(accounts.log.entries().size());
        QSignalSpy finished(feed->reader(Profile), &FleetReader::passFinished);
        feed->readNow();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                 ProviderSide::Finding::AwaitingYou);
        QTest::qWait(200);
        QCOMPARE(int(accounts.log.entries().size()), providerRequests);
        QVERIFY(sandbox.contractViolations().isEmpty());
    }

    void aConnectionThatMovesOnIsReadForWhatItIsNow()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                  ProviderSide::Finding::AwaitingYou, 30'000);

        // The request is accepted on AWS (the main window, or the user's own tool): the
        // connection becomes ACTIVE
        // at TiDB Cloud, and the fleet's next pass drops what it said of the old state.
        AwsLinkService service(&accounts.aws);
        SendOnce *accept = service.decide(u"us-east-1"_s, u"vpce-svc-01234abcd5678ef90"_s,
                                          u"vpce-0c2d4e6f8a0b2c4d6"_s, true, {}, this);
        QSignalSpy accepted(accept, &SendOnce::done);
        accept->run();
        QVERIFY(accepted.wait(10'000));
        delete accept;
        // TiDB Cloud sees the acceptance a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(
            sandbox
                .request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                    seed::OrdersProd, seed::KafkaSelfhosted))
                .json.value("state"_L1)
                .toString(),
            u"ACTIVE"_s, 10'000);
        QSignalSpy finished(feed->reader(Profile), &FleetReader::passFinished);
        feed->readNow();
        QVERIFY(finished.wait(30'000));
        const FleetRow *kafka = rowOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted);
        QCOMPARE(kafka->connection.state.value, ConnectionState::Active);
        QCOMPARE(kafka->side.finding, ProviderSide::Finding::Unread);
        // Its failed changefeed still needs attention; the request no longer does.
        const FleetAttention now = FleetAttention::of(*kafka, QDateTime::currentDateTimeUtc());
        QCOMPARE(now.rank, int(FleetAttention::ChangefeedFailed));
        QVERIFY2(!now.reasons.contains(u"accept"_s), qPrintable(now.reasons));
    }

    void withoutAnAccountNothingIsAskedAndTheRowSaysWhy()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, accounts.source(false), &accounts.log);
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::LegacyMysql),
                                  ProviderSide::Finding::NoAccount, 30'000);
        const FleetRow *legacy = rowOf(*feed, seed::OrdersProd, seed::LegacyMysql);
        QVERIFY(legacy->side.sentence.contains(u"Profiles…"_s));
        // The failure keeps its own rank; no provider request, no TiDB Cloud account read.
        QCOMPARE(FleetAttention::of(*legacy, QDateTime::currentDateTimeUtc()).rank,
                 int(FleetAttention::ConnectionFailed));
        QVERIFY(accounts.log.entries().isEmpty());
        QCOMPARE(count(*feed->reader(Profile)->client()->requestLog(), u":getAvailabilityZones"_s),
                 0);
    }

    void unreadableKeysAreASentenceNotAFinding()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        accounts.aws.useSandbox(sandbox.url().resolved(QUrl(u"/aws/"_s)),
                                {sandbox.config().awsAccessKeyId, u"wrong"_s, {}, {}, u"x"_s});
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                  ProviderSide::Finding::Unreadable, 30'000);
        const FleetRow *kafka = rowOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted);
        QVERIFY2(kafka->side.sentence.contains(u"AuthFailure"_s) ||
                     kafka->side.sentence.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(kafka->side.sentence));
        // Still waiting on someone, said as any request waiting for acceptance; its failed
        // changefeed ranks it.
        const FleetAttention attention =
            FleetAttention::of(*kafka, QDateTime::currentDateTimeUtc());
        QCOMPARE(attention.rank, int(FleetAttention::ChangefeedFailed));
        QVERIFY2(attention.reasons.contains(u"owner to accept"_s), qPrintable(attention.reasons));
    }

    void theProviderPaceIsKept()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        // Four more requests waiting for acceptance on the user's Alibaba Cloud service.
        for (int i = 0; i < 4; ++i)
            QVERIFY(!pendingAlibabaConnection(sandbox, u"epsrv-bp1c2d3e4f5g6h7i8"_s,
                                              u"waiting-%1"_s.arg(i))
                         .isEmpty());
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        FleetSideReader *sides = feed->sideReader(Profile);
        // Two requests a minute after a burst of six: three connections (two requests each),
        // then a wait of about a minute for the next.
        sides->pacer().setPerMinute(2);
        QSignalSpy read(sides, &FleetSideReader::sideRead);
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 3, 30'000);
        QTest::qWait(3'000);
        QCOMPARE(read.size(), 3);
        QCOMPARE(int(accounts.log.entries().size()), 6);
        QVERIFY(sides->queued() >= 3);
        // Each that was read is the user's to act on.
        for (const QList<QVariant> &signal : std::as_const(read)) {
            const ProviderSide::Finding finding = signal.at(1).value<ProviderSide>().finding;
            QVERIFY(finding == ProviderSide::Finding::AwaitingYou ||
                    finding == ProviderSide::Finding::PrincipalMissing);
        }
    }

    void anAccountWithoutKeysIsAskedOnceNotForEveryRow()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        // No keys: a credential helper that failed would be run again for every row.
        accounts.aws.useKeys({}, u"credential_process exited with status 1."_s);
        FleetSideReader::Source source = accounts.source();
        int reads = 0;
        const auto read = source.read;
        source.read = [&reads, read](const FleetRow &row, const QString &tidb, QObject *parent) {
            ++reads;
            return read(row, tidb, parent);
        };
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, source, &accounts.log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                  ProviderSide::Finding::Unreadable, 30'000);
        QTRY_COMPARE(findingOf(*feed, seed::OrdersProd, seed::LegacyMysql),
                     ProviderSide::Finding::Unreadable);
        // One read said it for both AWS rows; nothing reached AWS.
        QCOMPARE(reads, 1);
        QVERIFY(accounts.log.entries().isEmpty());
        QVERIFY(rowOf(*feed, seed::OrdersProd, seed::LegacyMysql)
                    ->side.sentence.contains(u"credential_process exited"_s));
    }

    void aReadCancelledFromOutsideIsReadAgain()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        QPointer<Hanging> hanging;
        int reads = 0;
        FleetSideReader::Source source;
        source.hasAccount = [](const FleetRow &) {
            return true;
        };
        source.read = [&](const FleetRow &row, const QString &,
                          QObject *parent) -> ValueJob<ProviderSide> * {
            ++reads;
            if (row.connection.privateLinkConnectionId == seed::KafkaSelfhosted && !hanging) {
                hanging = new Hanging(parent);
                return hanging;
            }
            ProviderSide side;
            side.finding = ProviderSide::Finding::Clear;
            side.readAt = QDateTime::currentDateTimeUtc();
            side.readFor = ProviderSide::readingOf(row.connection);
            return new ReadyJob<ProviderSide>(side, {}, parent);
        };
        RequestLog log;
        feed->setSideSource(Profile, source, &log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QTRY_VERIFY_WITH_TIMEOUT(hanging, 30'000);
        // The account changed under it: its job ends cancelled. The row is read again.
        hanging->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                  ProviderSide::Finding::Clear, 10'000);
        QVERIFY(reads >= 3);
    }

    void tidbCloudsAccountWaitsForTheKey()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        {
            FleetSnapshotStore store(dir.path());
            auto feed = makeFeed(&store);
            start(*feed, sandbox);
            QSignalSpy finished(feed->reader(Profile), &FleetReader::passFinished);
            QVERIFY(finished.wait(30'000));
            store.flush();
        }
        // The snapshot is shown before the keychain gives the profile's key: its rows are
        // considered at once, but TiDB Cloud's account is not asked for without the key (it
        // would fail, and the failure would stand for the cluster until the next rereading).
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        QSignalSpy shown(feed.get(), &FleetFeed::snapshotShown);
        feed->setProfiles({Profile});
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QVERIFY(shown.wait(10'000));
        QTest::qWait(300);
        QCOMPARE(findingOf(*feed, seed::OrdersProd, seed::LegacyMysql),
                 ProviderSide::Finding::Unread);
        QVERIFY(feed->reader(Profile)->client()->requestLog()->entries().isEmpty());
        feed->setEndpoint(Profile, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::LegacyMysql),
                                  ProviderSide::Finding::PrincipalMissing, 30'000);
    }

    void anotherSourceDropsWhatTheOldOneSaid()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        SandboxSideAccounts accounts(sandbox);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        start(*feed, sandbox);
        feed->setSideSource(Profile, accounts.source(), &accounts.log);
        feed->sideReader(Profile)->pacer().setPerMinute(6000);
        QTRY_COMPARE_WITH_TIMEOUT(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                  ProviderSide::Finding::AwaitingYou, 30'000);
        // The profile's accounts went (another choice is being made): what they said goes too.
        feed->setSideSource(Profile, {}, nullptr);
        QCOMPARE(findingOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                 ProviderSide::Finding::Unread);
        QCOMPARE(FleetAttention::of(*rowOf(*feed, seed::OrdersProd, seed::KafkaSelfhosted),
                                    QDateTime::currentDateTimeUtc())
                     .headline.startsWith(u"Changefeed failed"_s),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestFleetSides)
#include "tst_fleetsides.moc"
