// Private keys in a real Secret Service (gnome-keyring, started by the test command in a
// private D-Bus session), and the plain message and session-only path when there is none
// (the same executable, run by ctest a second time with no D-Bus session at all).
#include "services/SecretStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
struct Result
{
    SecretJob::Status status = SecretJob::Status::Failed;
    QString secret;
    QString message;
};

Result await(SecretJob *job)
{
    Result result;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&, job] {
        result = {job->status(), job->secret(), job->userMessage()};
        done = true;
    });
    for (int i = 0; i < 200 && !done; ++i)
        QTest::qWait(50);
    return result;
}

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("PLC_EXPECT_NO_KEYCHAIN");
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheKeychain()
    {
        if (expectNoKeychain())
            return; // the other run of this executable checks that case
        SecretStore store;
        const QString profile = u"tst-%1"_s.arg(QCoreApplication::applicationPid());
        const Result written = await(store.writeSecret(profile, u"top-secret-ключ-1"_s));
        QVERIFY2(written.status == SecretJob::Status::Ok, qPrintable(written.message));
        const Result read = await(store.readSecret(profile));
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, u"top-secret-ключ-1"_s);
        // A second store (a restart) finds it too.
        SecretStore again;
        QCOMPARE(await(again.readSecret(profile)).secret, u"top-secret-ключ-1"_s);
        QCOMPARE(await(store.deleteSecret(profile)).status, SecretJob::Status::Ok);
        const Result gone = await(store.readSecret(profile));
        QCOMPARE(gone.status, SecretJob::Status::NotFound);
        QVERIFY(gone.message.contains("No private key is stored"_L1));
    }

    void withoutAKeychainTheUserIsToldAndMayKeepTheKeyInMemory()
    {
        if (!expectNoKeychain())
            return;
        SecretStore store;
        const Result written = await(store.writeSecret(u"prod"_s, u"s3cret"_s));
        QCOMPARE(written.status, SecretJob::Status::NoKeychain);
        QVERIFY(written.message.contains("No keychain (Secret Service) is available"_L1));
        QVERIFY(written.message.contains("this session only"_L1));
        QCOMPARE(await(store.readSecret(u"prod"_s)).status, SecretJob::Status::NoKeychain);
        store.setSessionSecret(u"prod"_s, u"s3cret"_s);
        QVERIFY(store.hasSessionSecret(u"prod"_s));
        const Result read = await(store.readSecret(u"prod"_s));
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, u"s3cret"_s);
        store.forgetSessionSecret(u"prod"_s);
        QCOMPARE(await(store.readSecret(u"prod"_s)).status, SecretJob::Status::NoKeychain);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
