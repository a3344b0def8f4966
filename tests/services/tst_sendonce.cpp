// SendOnce and ChangeSenders against the sandbox: a change is sent once; a lost answer is
// checked with a read, and only the read is repeated while the outcome is unknown.
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/ApiClient.h"
#include "api/RequestLog.h"
#include "services/ChangeSenders.h"
#include "services/PrivateLinkService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
using test::seed::TokyoService;
const QString &Tokyo = test::seed::TokyoWeb;
} // namespace

class TestSendOnce final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PrivateLinkService> m_service;

    bool setFault(const QJsonObject &rule)
    {
        return (rule.isEmpty() ? m_sandbox->request("DELETE", u"/sandbox/v1/faults"_s)
                               : m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, rule))
            .ok();
    }

    int created(const QString &name)
    {
        int count = 0;
        const auto list =
            m_sandbox->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(Tokyo));
        for (const auto &c : list.json.value(u"privateLinkConnections"_s).toArray())
            count += c.toObject().value(u"displayName"_s).toString() == name ? 1 : 0;
        return count;
    }

    SendOnce *creator(const QString &name, std::optional<PrivateLinkConnection> *taken)
    {
        return ChangeSenders::create(
            m_service.get(), Tokyo,
            [name] {
                return NewPrivateLinkConnection{
                    name, ConnectionType::AwsEndpointService, TokyoService, {}};
            },
            [taken](const PrivateLinkConnection &c) { *taken = c; }, this);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<ApiClient>();
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        m_service = std::make_unique<PrivateLinkService>(m_client.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void whichErrorsLeaveTheOutcomeOpen_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("open");
        using K = ApiError::Kind;
        QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
        QTest::newRow("broken connection") << int(K::Network) << 0 << true;
        QTest::newRow("unreadable answer") << int(K::Decode) << 200 << true;
        QTest::newRow("too large") << int(K::TooLarge) << 200 << true;
        QTest::newRow("500") << int(K::Http) << 500 << true;
        QTest::newRow("503") << int(K::Http) << 503 << true;
        QTest::newRow("400") << int(K::Http) << 400 << false;
        QTest::newRow("404") << int(K::Http) << 404 << false;
        QTest::newRow("409") << int(K::Http) << 409 << false;
        QTest::newRow("429") << int(K::RateLimited) << 429 << false;
        QTest::newRow("tls") << int(K::Tls) << 0 << false;
        QTest::newRow("item 13: redirect") << int(K::Redirect) << 307 << true;
        QTest::newRow("unknown host") << int(K::HostNotFound) << 0 << false;
        QTest::newRow("provider 500") << int(K::Provider) << 500 << true;
        QTest::newRow("provider 400") << int(K::Provider) << 400 << false;
    }

    void whichErrorsLeaveTheOutcomeOpen()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, open);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.httpStatus = status;
        QCOMPARE(SendOnce::leavesOutcomeOpen(error), open);
        if (error.kind == ApiError::Kind::Provider && status == 500) {
            error.httpStatus = 503; // EC2's throttling: the request was not taken
            error.providerCode = u"RequestLimitExceeded"_s;
            QVERIFY(!SendOnce::leavesOutcomeOpen(error));
        }
    }

    void aRefusalIsNotCheckedAndMaySendAgain()
    {
        QVERIFY(setFault({{u"status"_s, 409}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}}));
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"refused-once"_s, &taken);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.constFirst().at(1).toBool(), false); // not done, and known
        for (const RequestLogEntry &entry : m_client->requestLog()->entries())
            QCOMPARE(entry.method, QByteArray("POST")); // no check after a refusal
        QSignalSpy done(sender, &SendOnce::done);
        sender->run(); // the user's Retry
        QVERIFY(done.wait(10'000));
        QCOMPARE(sender->sendCount(), 2);
        QVERIFY(taken);
        QCOMPARE(created(u"refused-once"_s), 1);
    }

    void whileTheOutcomeIsUnknownOnlyTheReadIsRepeated()
    {
        QVERIFY(setFault(
            {{u"closeMidResponse"_s, true},
             {u"pathPrefix"_s, u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(Tokyo)}}));
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"unknown-once"_s, &taken);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        QVERIFY(failed.wait(20'000));
        QCOMPARE(failed.constFirst().at(1).toBool(), true);
        QVERIFY(sender->isOutcomeUnknown());
        sender->run(); // still broken: the read again, not the create
        QVERIFY(failed.wait(20'000));
        QCOMPARE(sender->sendCount(), 1);
        QVERIFY(setFault({}));
        QSignalSpy done(sender, &SendOnce::done);
        sender->run();
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.constFirst().at(0).toBool(), true); // found by the check
        QCOMPARE(sender->sendCount(), 1);
        QVERIFY(taken);
        QCOMPARE(created(u"unknown-once"_s), 1);
        sender->run(); // done: nothing more is sent
        QCOMPARE(sender->sendCount(), 1);
    }
    // Issue 29, item 5: a change cancelled after it left the machine may have arrived. It is
    // reported as "may have been made", never as "not made", and the next run() reads first;
    // the read settles it, and the change is not sent a second time.
    void trust2_item05_aChangeCancelledInFlightMayHaveArrived()
    {
        QVERIFY(setFault(
            {{u"latencyMs"_s, 3'000},
             {u"method"_s, u"POST"_s},
             {u"pathPrefix"_s, u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(Tokyo)}}));
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"cancelled-in-flight"_s, &taken);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        // The sandbox made it and holds the answer back; the profile is switched meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(created(u"cancelled-in-flight"_s), 1, 10'000);
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        QTRY_COMPARE(failed.size(), 1);
        const auto error = failed.constFirst().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
        QVERIFY(error.mayHaveArrived);
        QVERIFY2(error.userMessage().contains(u"may have been carried out"_s),
                 qPrintable(error.userMessage()));
        QCOMPARE(failed.constFirst().at(1).toBool(), true); // not known: never "not made"
        QVERIFY(sender->isOutcomeUnknown());
        QVERIFY(setFault({}));
        const qsizetype before = m_client->requestLog()->entries().size();
        QSignalSpy done(sender, &SendOnce::done);
        sender->run(); // the read, not the create
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.constFirst().at(0).toBool(), true); // found by the check
        const auto entries = m_client->requestLog()->entries();
        for (qsizetype i = before; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).method, QByteArray("GET"));
        QCOMPARE(sender->sendCount(), 1);
        QVERIFY(taken);
        QCOMPARE(created(u"cancelled-in-flight"_s), 1);
    }

    // Item 5, the account: a change cancelled in flight by a switch of account is settled only
    // once that account is chosen again — a read under another account could say "not made"
    // and let it be sent a second time.
    void trust2_item05_itIsSettledOnlyUnderTheAccountItWentTo()
    {
        QVERIFY(setFault(
            {{u"latencyMs"_s, 3'000},
             {u"method"_s, u"POST"_s},
             {u"pathPrefix"_s, u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(Tokyo)}}));
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"sent-with-prod"_s, &taken);
        QString chosen = u"prod"_s;
        sender->setTarget([&chosen] { return SendOnce::Target{chosen, u"profile "_s + chosen}; });
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        QTRY_COMPARE_WITH_TIMEOUT(created(u"sent-with-prod"_s), 1, 10'000);
        chosen = u"dev"_s; // the user chose another profile, which cancels what was under way
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(setFault({}));
        const qsizetype before = m_client->requestLog()->entries().size();
        sender->run(); // under dev: nothing is read, and it says which account to choose
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.constLast().at(1).toBool(), true);
        const auto elsewhere = failed.constLast().at(0).value<ApiError>();
        QVERIFY2(elsewhere.userMessage().contains(u"profile prod"_s),
                 qPrintable(elsewhere.userMessage()));
        QTest::qWait(200);
        QCOMPARE(m_client->requestLog()->entries().size(), before);
        chosen = u"prod"_s;
        QSignalSpy done(sender, &SendOnce::done);
        sender->run(); // back under prod: the read settles it
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.constFirst().at(0).toBool(), true);
        QCOMPARE(sender->sendCount(), 1);
    }

    // A sender its owner dropped sends and reads nothing more.
    void whatAChangeNeedsFirstIsReadyBeforeItIsSent()
    {
        // Prepared: sent once, after the preparation (keys renewed, a code asked).
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"prepared"_s, &taken);
        int prepared = 0;
        sender->setPrepare([&prepared, this]() -> Job * {
            ++prepared;
            return new ReadyJob<bool>(true, {}, this);
        });
        QSignalSpy running(sender, &SendOnce::runningChanged);
        QSignalSpy done(sender, &SendOnce::done);
        sender->run();
        QVERIFY(sender->isRunning());
        sender->run(); // while preparing: nothing more
        QVERIFY(done.wait(10'000));
        QCOMPARE(prepared, 1);
        QCOMPARE(sender->sendCount(), 1);
        QCOMPARE(created(u"prepared"_s), 1);
        QCOMPARE(running.constLast().at(0).toBool(), false);

        // Not prepared (the code refused, the keys not renewed): nothing sent, and it may be
        // tried again.
        std::optional<PrivateLinkConnection> other;
        SendOnce *refused = creator(u"unprepared"_s, &other);
        refused->setPrepare([this]() -> Job * {
            return new ReadyJob<bool>(false, ApiError::provider(u"AccessDenied"_s, u"no code"_s),
                                      this);
        });
        QSignalSpy failed(refused, &SendOnce::failed);
        refused->run();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.constFirst().at(1).toBool(), false);
        QCOMPARE(failed.constFirst().at(0).value<ApiError>().providerCode, u"AccessDenied"_s);
        QCOMPARE(refused->sendCount(), 0);
        QVERIFY(!refused->isRunning());
        QCOMPARE(created(u"unprepared"_s), 0);
        // Abandoned while preparing: nothing is sent when the preparation ends.
        SendOnce *dropped = creator(u"dropped"_s, &other);
        dropped->setPrepare([this]() -> Job * { return new ReadyJob<bool>(true, {}, this); });
        dropped->run();
        dropped->abandon();
        QTest::qWait(100);
        QCOMPARE(dropped->sendCount(), 0);
        QCOMPARE(created(u"dropped"_s), 0);
    }

    void anAbandonedSenderDoesNothing()
    {
        std::optional<PrivateLinkConnection> taken;
        SendOnce *sender = creator(u"abandoned"_s, &taken);
        sender->abandon();
        sender->run();
        QTest::qWait(200);
        QCOMPARE(sender->sendCount(), 0);
        QVERIFY(m_client->requestLog()->entries().isEmpty());
        QCOMPARE(created(u"abandoned"_s), 0);
    }

    // The rule: a cancel leaves the outcome open only once the change has started to leave;
    // cancelled before that, it was not made and may be sent when the user asks.
    void trust2_item05_onlyACancelAfterSendingLeavesTheOutcomeOpen()
    {
        ApiError error = ApiError::cancelled();
        QVERIFY(!SendOnce::leavesOutcomeOpen(error));
        error.mayHaveArrived = true;
        QVERIFY(SendOnce::leavesOutcomeOpen(error));
    }
};

QTEST_GUILESS_MAIN(TestSendOnce)
#include "tst_sendonce.moc"
