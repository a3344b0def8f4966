// Saving a profile with its keys, all or nothing (ProfileSaveJob): against a real Secret
// Service (gnome-keyring, in the test command's private D-Bus session) and, run by ctest a
// second time with no D-Bus session at all, against none — a key that cannot be written
// leaves the profile as it was.
#include "AwaitJob.h"

#include "services/ProfileSave.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("PLC_EXPECT_NO_KEYCHAIN");
}

Profile profileAt(const QString &name, const QString &url)
{
    return {name, QUrl(url), u"PUBKEY1"_s, {}, {{u"aws"_s, u"keychain"_s}}};
}
} // namespace

class TestProfileSave final : public QObject
{
    Q_OBJECT

    /// What a keychain entry holds now ("" when nothing, "(unreadable)" on another failure).
    static QString entry(SecretStore &secrets, const QString &name)
    {
        SecretJob *job = secrets.readSecret(name);
        QString held = u"(unreadable)"_s;
        bool done = false;
        QObject::connect(job, &Job::finished, job, [&, job] {
            if (job->status() == SecretJob::Status::Ok)
                held = job->secret();
            else if (job->status() == SecretJob::Status::NotFound)
                held.clear();
            done = true;
        });
        (void)QTest::qWaitFor([&done] { return done; }, 30'000);
        return held;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        // ctest runs the two modes side by side: each keeps its own settings file.
        QCoreApplication::setApplicationName(expectNoKeychain() ? u"tst_profilesave_nokeychain"_s
                                                                : u"tst_profilesave"_s);
        QSettings().clear();
    }

    void aNewProfileAndItsKeysAreSavedTogether()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ProfileSaveRequest request;
        request.profile = profileAt(u"prod"_s, u"https://serverless.tidbapi.com"_s);
        request.privateKey = u"PRIVATE-1"_s;
        request.providerKeys.insert(u"aws"_s, u"{\"id\":\"AKIA1\"}"_s);
        const auto [saved, error] =
            test::await(ProfileSaveJob::start(&profiles, &secrets, request, this));
        if (expectNoKeychain()) {
            // No keychain: nothing at all is saved, and the reason is said.
            QCOMPARE(error.kind, ApiError::Kind::Keychain);
            QVERIFY(!error.userMessage().isEmpty());
            QVERIFY(!profiles.profile(u"prod"_s));
            return;
        }
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(!saved.keyId.isEmpty());
        QVERIFY(saved.keyId != u"prod"_s); // a new profile's entry is never its name
        const auto stored = profiles.profile(u"prod"_s);
        QVERIFY(stored);
        QCOMPARE(stored->keyId, saved.keyId);
        QCOMPARE(stored->providerAccounts.value(u"aws"_s), u"keychain"_s);
        QCOMPARE(entry(secrets, saved.keyId), u"PRIVATE-1"_s);
        QCOMPARE(entry(secrets, saved.keyId + u"/aws"_s), u"{\"id\":\"AKIA1\"}"_s);
    }

    void aKeyThatCannotBeWrittenLeavesTheProfileAsItWas()
    {
        ProfileStore profiles;
        SecretStore secrets;
        // The profile as it is before the edit (its settings need no keychain).
        QVERIFY(profiles.save(profileAt(u"stage"_s, u"https://a.example"_s)));
        const QString keyId = profiles.profile(u"stage"_s)->keyId;
        // With a keychain the keys can be written: the profile's settings are then what is
        // refused, after the keys went in — renamed onto another profile's name.
        QVERIFY(profiles.save(profileAt(u"taken"_s, u"https://t.example"_s)));
        if (!expectNoKeychain())
            QVERIFY(entry(secrets, keyId + u"/aws"_s).isEmpty());
        ProfileSaveRequest request;
        request.profile =
            profileAt(expectNoKeychain() ? u"stage-renamed"_s : u"taken"_s, u"https://b.example"_s);
        request.previousName = u"stage"_s;
        request.privateKey = u"PRIVATE-2"_s;
        request.providerKeys.insert(u"aws"_s, u"{\"id\":\"AKIA2\"}"_s);
        const auto [saved, error] =
            test::await(ProfileSaveJob::start(&profiles, &secrets, request, this));
        QVERIFY(error.isError());
        QCOMPARE(error.kind, expectNoKeychain() ? ApiError::Kind::Keychain : ApiError::Kind::File);
        // The profile is as it was: its name, its URL, its keyId; the other one too.
        QVERIFY(!profiles.profile(u"stage-renamed"_s));
        QCOMPARE(profiles.profile(u"taken"_s)->apiUrl, QUrl(u"https://t.example"_s));
        const auto stage = profiles.profile(u"stage"_s);
        QVERIFY(stage);
        QCOMPARE(stage->apiUrl, QUrl(u"https://a.example"_s));
        QCOMPARE(stage->keyId, keyId);
        if (!expectNoKeychain()) {
            // The keys written before the settings refused are taken back out.
            QTRY_VERIFY(entry(secrets, keyId + u"/aws"_s).isEmpty());
            QTRY_VERIFY(entry(secrets, keyId).isEmpty());
        }
    }

    void aKeyPutBackIsTheOneItHeldBefore()
    {
        if (expectNoKeychain())
            return; // nothing can be written to put back; the test above covers this run
        ProfileStore profiles;
        SecretStore secrets;
        QVERIFY(profiles.save(profileAt(u"kept"_s, u"https://a.example"_s)));
        const QString keyId = profiles.profile(u"kept"_s)->keyId;
        QCOMPARE(test::await(secrets.writeSecret(keyId + u"/aws"_s, u"OLD-AWS"_s)).second.kind,
                 ApiError::Kind::None);
        QVERIFY(profiles.save(profileAt(u"elsewhere"_s, u"https://e.example"_s)));
        // Renamed onto another profile's name: refused after the key went in.
        ProfileSaveRequest request;
        request.profile = profileAt(u"elsewhere"_s, u"https://b.example"_s);
        request.previousName = u"kept"_s;
        request.providerKeys.insert(u"aws"_s, u"NEW-AWS"_s);
        const auto [saved, error] =
            test::await(ProfileSaveJob::start(&profiles, &secrets, request, this));
        QCOMPARE(error.kind, ApiError::Kind::File);
        QTRY_COMPARE(entry(secrets, keyId + u"/aws"_s), u"OLD-AWS"_s);
        QVERIFY(profiles.profile(u"kept"_s));
        QCOMPARE(profiles.profile(u"kept"_s)->apiUrl, QUrl(u"https://a.example"_s));
        request.profile.name = u"kept"_s;
        // Saved again with the settings writable, the new key is in.
        const auto [again, ok] =
            test::await(ProfileSaveJob::start(&profiles, &secrets, request, this));
        QVERIFY2(!ok.isError(), qPrintable(ok.userMessage()));
        QCOMPARE(entry(secrets, keyId + u"/aws"_s), u"NEW-AWS"_s);
        QCOMPARE(profiles.profile(u"kept"_s)->apiUrl, QUrl(u"https://b.example"_s));
        QCOMPARE(again.keyId, keyId);
    }
};

QTEST_MAIN(TestProfileSave)
#include "tst_profilesave.moc"
