// The fleet's rules, without a network: what needs attention and why, what changed between
// two looks and what is notified, and the fleet's share of a key's requests.
#include "domain/FleetAttention.h"
#include "domain/FleetChange.h"
#include "services/FleetPacer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {

FleetRow row(const QString &id, ConnectionState state, const QString &message = {})
{
    FleetRow r;
    r.profile = u"prod"_s;
    r.clusterId = u"c1"_s;
    r.clusterName = u"orders"_s;
    r.connection.privateLinkConnectionId = id;
    r.connection.displayName = u"link-"_s + id;
    r.connection.state = {state, enumToApi(state)};
    r.connection.message = message;
    return r;
}

FleetChangefeed feed(const QString &id, ChangefeedState state, const QString &error = {})
{
    return {id, u"feed-"_s + id, {state, enumToApi(state)}, error};
}

const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestFleetRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeAndQuietNeedsNothing()
    {
        const FleetAttention a = FleetAttention::of(row(u"a"_s, ConnectionState::Active), Now);
        QVERIFY(!a.needed());
        QVERIFY(a.reasons.isEmpty());
    }

    void failedSaysWhyWithTheServersMessage()
    {
        const FleetAttention a = FleetAttention::of(
            row(u"a"_s, ConnectionState::Failed, u"endpoint service not found"_s), Now);
        QCOMPARE(a.rank, int(FleetAttention::ConnectionFailed));
        QVERIFY2(a.reasons.contains(u"endpoint service not found"_s), qPrintable(a.reasons));
        QCOMPARE(a.headline, u"Connection failed"_s);
        const FleetAttention bare = FleetAttention::of(row(u"b"_s, ConnectionState::Failed), Now);
        QVERIFY2(bare.reasons.contains(u"no reason"_s), qPrintable(bare.reasons));
    }

    void pendingAcceptanceWaitsForTheOwner()
    {
        const FleetAttention a =
            FleetAttention::of(row(u"a"_s, ConnectionState::PendingAcceptance), Now);
        QCOMPARE(a.rank, int(FleetAttention::PendingAcceptance));
        QVERIFY(a.reasons.contains(u"accept"_s));
    }

    void waitingOnYourOwnAccountOutranksWaitingOnAnother()
    {
        FleetRow mine = row(u"a"_s, ConnectionState::PendingAcceptance);
        mine.side.finding = ProviderSide::Finding::AwaitingYou;
        mine.side.sentence = u"TiDB Cloud's endpoint vpce-1 waits for your acceptance."_s;
        FleetRow theirs = row(u"b"_s, ConnectionState::PendingAcceptance);
        theirs.side.finding = ProviderSide::Finding::OthersService;
        FleetRow failingFeed = row(u"c"_s, ConnectionState::Active);
        failingFeed.changefeeds = {feed(u"1"_s, ChangefeedState::RunningFailed)};
        const FleetAttention a = FleetAttention::of(mine, Now);
        QCOMPARE(a.rank, int(FleetAttention::AwaitingYou));
        QCOMPARE(a.headline, u"Waiting on you"_s);
        QCOMPARE(a.reasons, mine.side.sentence);
        // Above a request waiting on someone else and a failed changefeed, below a failure.
        QCOMPARE(FleetAttention::of(theirs, Now).rank, int(FleetAttention::PendingAcceptance));
        QVERIFY(a.rank > FleetAttention::of(failingFeed, Now).rank);
        QVERIFY(a.rank < FleetAttention::of(row(u"d"_s, ConnectionState::Failed), Now).rank);
        // What was read for a request no longer waiting says nothing of the row.
        FleetRow active = row(u"e"_s, ConnectionState::Active);
        active.side = mine.side;
        QVERIFY(!FleetAttention::of(active, Now).needed());
    }

    void aFailureYourServiceCausesSaysWhatToAdd()
    {
        FleetRow r = row(u"a"_s, ConnectionState::Failed, u"not allowed to connect"_s);
        r.side.finding = ProviderSide::Finding::PrincipalMissing;
        r.side.sentence = u"Add arn:aws:iam::380838443567:root to the Allow principals."_s;
        const FleetAttention a = FleetAttention::of(r, Now);
        QCOMPARE(a.rank, int(FleetAttention::PrincipalMissing));
        QCOMPARE(a.headline, u"TiDB Cloud not allowed (+1)"_s);
        QVERIFY(a.reasons.startsWith(r.side.sentence));
        QVERIFY(a.reasons.contains(u"not allowed to connect"_s));
        // A side that could not be read leaves the failure as it was.
        r.side.finding = ProviderSide::Finding::Unreadable;
        QCOMPARE(FleetAttention::of(r, Now).rank, int(FleetAttention::ConnectionFailed));
    }

    void aSideIsReadAgainWhenItsConnectionChanges()
    {
        FleetRow r = row(u"a"_s, ConnectionState::PendingAcceptance);
        r.connection.updateTime = Now;
        const QString before = ProviderSide::readingOf(r.connection);
        QCOMPARE(ProviderSide::readingOf(r.connection), before);
        r.connection.updateTime = Now.addSecs(5);
        QVERIFY(ProviderSide::readingOf(r.connection) != before);
        r.connection.updateTime = Now;
        r.connection.state = {ConnectionState::Active, u"ACTIVE"_s};
        QVERIFY(ProviderSide::readingOf(r.connection) != before);
        QVERIFY(ProviderSide::wanted(ConnectionState::PendingAcceptance));
        QVERIFY(ProviderSide::wanted(ConnectionState::Failed));
        QVERIFY(!ProviderSide::wanted(ConnectionState::Active));
        QVERIFY(!ProviderSide::wanted(ConnectionState::Creating));
    }

    void changefeedsFailingOutrankWaitingAndWarningsCount()
    {
        FleetRow r = row(u"a"_s, ConnectionState::PendingAcceptance);
        r.changefeeds = {feed(u"1"_s, ChangefeedState::RunningFailed, u"sink refused"_s),
                         feed(u"2"_s, ChangefeedState::Warning),
                         feed(u"3"_s, ChangefeedState::Running)};
        const FleetAttention a = FleetAttention::of(r, Now);
        QCOMPARE(a.rank, int(FleetAttention::ChangefeedFailed));
        // Most urgent first: the failed changefeed, then waiting, then the warning.
        const qsizetype failed = a.reasons.indexOf(u"feed-1"_s);
        const qsizetype waiting = a.reasons.indexOf(u"accept"_s);
        const qsizetype warning = a.reasons.indexOf(u"feed-2"_s);
        QVERIFY2(failed >= 0 && waiting > failed && warning > waiting, qPrintable(a.reasons));
        QVERIFY(a.reasons.contains(u"sink refused"_s));
        QVERIFY(!a.reasons.contains(u"feed-3"_s));
        // The cell says the most urgent in a few words, and how many more.
        QCOMPARE(a.headline, u"Changefeed failed (+2)"_s);
    }

    void failedDomainsAreSaid()
    {
        FleetRow r = row(u"a"_s, ConnectionState::Active);
        r.domains = {true, 1, 2, 0, u"DNS record conflict"_s, Now};
        const FleetAttention a = FleetAttention::of(r, Now);
        QCOMPARE(a.rank, int(FleetAttention::DomainsFailed));
        QVERIFY(a.reasons.contains(u"DNS record conflict"_s));
    }

    void deletingIsLongOnlyAfterHalfAnHour()
    {
        FleetRow r = row(u"a"_s, ConnectionState::Deleting);
        r.deletingSince = Now.addSecs(-29 * 60);
        QVERIFY(!FleetAttention::of(r, Now).needed());
        r.deletingSince = Now.addSecs(-45 * 60);
        const FleetAttention a = FleetAttention::of(r, Now);
        QCOMPARE(a.rank, int(FleetAttention::LongDeleting));
        QVERIFY2(a.reasons.contains(u"45"_s), qPrintable(a.reasons));
    }

    void changesBetweenTwoLooks()
    {
        FleetSeen a = FleetSeen::of(row(u"a"_s, ConnectionState::Creating));
        FleetSeen b = FleetSeen::of(row(u"b"_s, ConnectionState::Active));
        FleetSeen gone = FleetSeen::of(row(u"g"_s, ConnectionState::Active));
        FleetSeen unread = FleetSeen::of(row(u"u"_s, ConnectionState::Active));
        unread.clusterId = u"c2"_s; // a cluster not read again since
        FleetRow bRow = row(u"b"_s, ConnectionState::Active);
        bRow.changefeeds = {feed(u"9"_s, ChangefeedState::RunningFailed, u"broker down"_s)};
        const FleetSeen aNow = FleetSeen::of(row(u"a"_s, ConnectionState::Active));
        const FleetSeen bNow = FleetSeen::of(bRow);
        const FleetSeen fresh = FleetSeen::of(row(u"n"_s, ConnectionState::PendingAcceptance));

        const QList<FleetChange> changes =
            FleetChange::between({a, b, gone, unread}, {aNow, bNow, fresh},
                                 {FleetChange::clusterKey(u"prod"_s, u"c1"_s)});
        QStringList sentences;
        for (const FleetChange &change : changes)
            sentences.append(change.sentence());
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).kind, FleetChange::Kind::StateChanged);
        QVERIFY2(sentences.at(0).contains(u"link-a on orders (profile prod)"_s),
                 qPrintable(sentences.at(0)));
        QCOMPARE(changes.at(1).kind, FleetChange::Kind::ChangefeedTroubled);
        QVERIFY(sentences.at(1).contains(u"broker down"_s));
        QCOMPARE(changes.at(2).kind, FleetChange::Kind::New);
        QCOMPARE(changes.at(3).kind, FleetChange::Kind::Gone);
        QCOMPARE(changes.at(3).subject().connectionId, u"g"_s);
        // Notified: ACTIVE, a failing changefeed, a new request to accept; not a gone row.
        QVERIFY(changes.at(0).isNotified());
        QVERIFY(changes.at(1).isNotified());
        QVERIFY(changes.at(2).isNotified());
        QVERIFY(!changes.at(3).isNotified());
    }

    void domainsSettlingIsAChange()
    {
        FleetRow before = row(u"a"_s, ConnectionState::Active);
        before.domains.changing = 1;
        const FleetRow after = row(u"a"_s, ConnectionState::Active);
        const QList<FleetChange> changes =
            FleetChange::between(FleetSeen::of(before), FleetSeen::of(after));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, FleetChange::Kind::DomainsSettled);
        QVERIFY(changes.at(0).isNotified());
        QVERIFY(FleetChange::between(FleetSeen::of(after), FleetSeen::of(after)).isEmpty());
    }

    void pacerKeepsTheShareOverAnyStretch()
    {
        FleetPacer pacer(40, 4);
        qint64 now = 0;
        int sent = 0;
        // As fast as it allows, for ten simulated minutes.
        while (now < 10 * 60'000) {
            const qint64 wait = pacer.delayMs(now);
            now += wait;
            pacer.spend(now);
            ++sent;
        }
        QVERIFY2(sent <= 40 * 10 + 4 + 1, qPrintable(QString::number(sent)));
        QVERIFY2(sent >= 40 * 10, qPrintable(QString::number(sent)));
    }

    void pagesSentBackToBackArePaidBackAfter()
    {
        FleetPacer pacer(60, 2);
        pacer.spend(0, 12); // a list of twelve pages
        // Eleven requests of debt at one a second: the next one waits eleven seconds.
        QCOMPARE(pacer.delayMs(0), 11'000);
        QCOMPARE(pacer.delayMs(11'000), 0);
    }

    void theRateLimitHoldsEverything()
    {
        FleetPacer pacer(40, 4);
        pacer.holdUntil(30'000);
        QCOMPARE(pacer.delayMs(1000), 29'000);
        QCOMPARE(pacer.delayMs(30'000), 0);
        QCOMPARE(pacer.durationMs(40), 60'000);
    }
};

QTEST_GUILESS_MAIN(TestFleetRules)
#include "tst_fleetrules.moc"
