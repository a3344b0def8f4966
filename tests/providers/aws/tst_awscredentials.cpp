// AWS credentials found as the AWS CLI finds them: the shared files, the environment, the
// credential_process (run without a shell, with a time limit), and the same profile given
// to the real AWS CLI and to the console's own client against the sandbox.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "base/OutsideText.h"
#include "providers/aws/AwsProfileResolver.h"
#include "providers/aws/CredentialProcessJob.h"
#include "providers/aws/Ec2Client.h"
#include "services/LanguageManager.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Source = AwsResolvedProfile::Source;

namespace {
// Written as ordinary literals: moc 6.4 loses the test class after a raw string literal.
const QString Config = QStringLiteral(
    "# the user's config\n"
    "[default]\n"
    "region = eu-west-1\n"
    "[profile prod]\n"
    "region = us-east-1   # inline comment\n"
    "services = local-endpoints\n"
    "[profile sso]\n"
    "credential_process = \"/opt/my helper/bin/get-keys\" --account 'prod main' --role=admin\n"
    "[profile role]\n"
    "role_arn = arn:aws:iam::123456789012:role/admin\n"
    "source_profile = default\n"
    "[profile both]\n"
    "aws_access_key_id = AKIACONFIGFILE000000\n"
    "aws_secret_access_key = config-secret\n"
    "[services local-endpoints]\n"
    "ec2 =\n"
    "  endpoint_url = http://127.0.0.1:9999/aws/\n");
const QString Credentials = u"[default]\r\naws_access_key_id = AKIADEFAULT000000000\r\n"
                            "aws_secret_access_key = default-secret\r\n"
                            "[prod]\naws_access_key_id=AKIAPROD000000000000\n"
                            "aws_secret_access_key=prod-secret\naws_session_token = prod-token\n"
                            "[both]\naws_access_key_id = AKIACREDENTIALSFILE0\n"
                            "aws_secret_access_key = credentials-secret\n"_s;

bool writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text);
    file.close();
    if (executable)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}
} // namespace

class TestAwsCredentials final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void readsTheFilesAsTheCliDoes()
    {
        const AwsSharedFiles files = AwsSharedFiles::fromText(Config, Credentials);
        QCOMPARE(files.profileNames(),
                 (QStringList{u"default"_s, u"both"_s, u"prod"_s, u"role"_s, u"sso"_s}));
        QCOMPARE(files.configProfile(u"prod"_s).value(u"region"_s), u"us-east-1"_s);
        QCOMPARE(files.servicesSection(u"local-endpoints"_s).value(u"ec2.endpoint_url"_s),
                 u"http://127.0.0.1:9999/aws/"_s);
        QCOMPARE(files.credentialsProfile(u"default"_s).value(u"aws_secret_access_key"_s),
                 u"default-secret"_s); // CRLF line ends
    }

    void resolvesInTheCliOrder()
    {
        const AwsSharedFiles files = AwsSharedFiles::fromText(Config, Credentials);
        const QHash<QString, QString> env{{u"AWS_ACCESS_KEY_ID"_s, u"AKIAENVIRONMENT00000"_s},
                                          {u"AWS_SECRET_ACCESS_KEY"_s, u"env-secret"_s},
                                          {u"AWS_REGION"_s, u"ap-northeast-1"_s}};
        // No profile named: the environment's keys first.
        AwsResolvedProfile r = AwsProfileResolver::resolve({}, env, files);
        QCOMPARE(r.source, Source::Environment);
        QCOMPARE(r.credentials.accessKeyId, u"AKIAENVIRONMENT00000"_s);
        QCOMPARE(r.region, u"ap-northeast-1"_s);
        // A named profile ignores them, as `aws --profile` does; AWS_REGION still wins.
        r = AwsProfileResolver::resolve(u"prod"_s, env, files);
        QCOMPARE(r.source, Source::SharedFiles);
        QCOMPARE(r.credentials.accessKeyId, u"AKIAPROD000000000000"_s);
        QCOMPARE(r.credentials.sessionToken, u"prod-token"_s);
        QCOMPARE(r.region, u"ap-northeast-1"_s);
        QCOMPARE(r.ec2Endpoint, QUrl(u"http://127.0.0.1:9999/aws/"_s));
        QVERIFY(r.stsEndpoint.isEmpty());
        // The profile's region without AWS_REGION; AWS_PROFILE picks the profile.
        r = AwsProfileResolver::resolve({}, {{u"AWS_PROFILE"_s, u"prod"_s}}, files);
        QCOMPARE(r.profileName, u"prod"_s);
        QCOMPARE(r.region, u"us-east-1"_s);
        // The credentials file wins over keys in the config file.
        r = AwsProfileResolver::resolve(u"both"_s, {}, files);
        QCOMPARE(r.credentials.accessKeyId, u"AKIACREDENTIALSFILE0"_s);
        // Endpoint variables: the service's own first.
        r = AwsProfileResolver::resolve(u"prod"_s,
                                        {{u"AWS_ENDPOINT_URL"_s, u"https://all.example/"_s},
                                         {u"AWS_ENDPOINT_URL_EC2"_s, u"https://ec2.example/"_s}},
                                        files);
        QCOMPARE(r.ec2Endpoint, QUrl(u"https://ec2.example/"_s));
        QCOMPARE(r.stsEndpoint, QUrl(u"https://all.example/"_s));
        QCOMPARE(AwsProfileResolver::defaultEndpoint(u"ec2"_s, u"us-east-1"_s),
                 QUrl(u"https://ec2.us-east-1.amazonaws.com/"_s));
        QCOMPARE(AwsProfileResolver::defaultEndpoint(u"sts"_s, u"cn-north-1"_s),
                 QUrl(u"https://sts.cn-north-1.amazonaws.com.cn/"_s));
    }

    void saysWhatItCannotUse()
    {
        const AwsSharedFiles files = AwsSharedFiles::fromText(Config, Credentials);
        // A role is assumed with its source profile's keys (tst_awsroles has the rest).
        AwsResolvedProfile r = AwsProfileResolver::resolve(u"role"_s, {}, files);
        QCOMPARE(r.source, Source::SharedFiles);
        QCOMPARE(r.credentials.accessKeyId, u"AKIADEFAULT000000000"_s);
        QCOMPARE(r.roles.size(), 1);
        QCOMPARE(r.roles.first().roleArn, u"arn:aws:iam::123456789012:role/admin"_s);
        // A name from the environment or a file reaches no widget with a control character.
        r = AwsProfileResolver::resolve({}, {{u"AWS_PROFILE"_s, u"x\x1b[2J"_s}}, files);
        QVERIFY2(r.problem.contains(u"x\u241B[2J"_s) && !r.problem.contains(QChar(0x1b)),
                 qPrintable(r.problem));
        r = AwsProfileResolver::resolve(u"nobody"_s, {}, files);
        QVERIFY2(r.problem.contains(u"There is no AWS profile nobody"_s), qPrintable(r.problem));
        r = AwsProfileResolver::resolve(u"sso"_s, {}, files);
        QCOMPARE(r.source, Source::CredentialProcess);
        QCOMPARE(r.processCommand, (QStringList{u"/opt/my helper/bin/get-keys"_s, u"--account"_s,
                                                u"prod main"_s, u"--role=admin"_s}));
    }

    void splitsWithoutExpanding_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << u"helper --x 1"_s << QStringList{u"helper"_s, u"--x"_s, u"1"_s};
        QTest::newRow("nothing expanded")
            << u"helper $(rm -rf ~) `id` $HOME *;ls|cat"_s
            << QStringList{u"helper"_s, u"$(rm"_s,  u"-rf"_s,     u"~)"_s,
                           u"`id`"_s,   u"$HOME"_s, u"*;ls|cat"_s};
        QTest::newRow("quotes") << u"a \"b c\" 'd \"e\"' f\\ g \"h\\\"i\""_s
                                << QStringList{u"a"_s, u"b c"_s, u"d \"e\""_s, u"f g"_s, u"h\"i"_s};
        QTest::newRow("empty argument") << u"a '' b"_s << QStringList{u"a"_s, QString(), u"b"_s};
    }

    void splitsWithoutExpanding()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QStringList split;
        QVERIFY(AwsProfileResolver::splitCommand(line, &split));
        QCOMPARE(split, words);
        QVERIFY(!AwsProfileResolver::splitCommand(u"a 'open"_s, &split));
    }

    void credentialProcessRunsWithoutAShell()
    {
        const QString argsFile = m_dir.filePath(u"args.txt"_s);
        const QString script = m_dir.filePath(u"keys helper.sh"_s);
        QVERIFY(writeFile(script,
                          "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGS_FILE\"\n"
                          "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESS000000000\", "
                          "\"SecretAccessKey\": \"process-secret\", \"SessionToken\": \"tok\", "
                          "\"Expiration\": \"2099-01-01T00:00:00Z\"}'\n",
                          true));
        qputenv("ARGS_FILE", argsFile.toUtf8());
        auto *job =
            new CredentialProcessJob({script, u"$(touch pwned)"_s, u"two words"_s}, u"sso"_s);
        const auto [credentials, error] = test::await(job);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(credentials.accessKeyId, u"AKIAPROCESS000000000"_s);
        QCOMPARE(credentials.sessionToken, u"tok"_s);
        QCOMPARE(credentials.expiration, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
        QFile args(argsFile);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll(), QByteArray("$(touch pwned)\ntwo words\n"));
        QVERIFY(!QFile::exists(u"pwned"_s));
    }

    void credentialProcessFailuresAreSentences_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("exit code")
            << QByteArray("echo 'partial secret-in-stdout'; echo 'Token expired: run aws sso "
                          "login' >&2; exit 3")
            << u"failed (exit code 3). It said: Token expired: run aws sso login"_s;
        QTest::newRow("not JSON") << QByteArray("echo 'AKIA... secret-in-stdout'")
                                  << u"did not print a JSON object"_s;
        QTest::newRow("wrong version")
            << QByteArray("echo '{\"Version\": 2}'") << u"not Version 1"_s;
        QTest::newRow("no secret") << QByteArray("echo '{\"Version\": 1, \"AccessKeyId\": \"A\"}'")
                                   << u"no AccessKeyId or SecretAccessKey"_s;
        QTest::newRow("expired")
            << QByteArray("echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": "
                          "\"secret-in-stdout\", \"Expiration\": \"2001-01-01T00:00:00Z\"}'")
            << u"already expired"_s;
        QTest::newRow("too talkative")
            << QByteArray("head -c 200000 /dev/zero | tr '\\0' x") << u"more than 64 KB"_s;
        QTest::newRow("too slow") << QByteArray("sleep 10") << u"no answer within 0.5 s"_s;
    }

    void credentialProcessFailuresAreSentences()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        const QString script = m_dir.filePath(u"failing.sh"_s);
        QVERIFY(writeFile(script, "#!/bin/sh\n" + body + "\n", true));
        auto *job = new CredentialProcessJob({script}, u"sso"_s, nullptr, 500);
        const auto [credentials, error] = test::await(job);
        QCOMPARE(error.kind, ApiError::Kind::Provider);
        QVERIFY2(error.userMessage().contains(words), qPrintable(error.userMessage()));
        QVERIFY(!error.userMessage().contains(u"secret-in-stdout"_s)); // its output is never shown
        QVERIFY(credentials.secretAccessKey.isEmpty());
    }

    // Issue 29, item 3: the helper gets the console's environment as the AWS CLI passes it,
    // less the console's own secrets: TiDB Cloud's key and the other cloud's keys.
    void trust2_item03_theHelperGetsNoConsoleSecrets()
    {
        const QString envFile = m_dir.filePath(u"helper-env.txt"_s);
        const QString script = m_dir.filePath(u"env-helper.sh"_s);
        QVERIFY(writeFile(script,
                          "#!/bin/sh\nenv > \"$ENV_FILE\"\n"
                          "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESS000000000\", "
                          "\"SecretAccessKey\": \"process-secret\"}'\n",
                          true));
        qputenv("ENV_FILE", envFile.toUtf8());
        qputenv("TIDBCLOUD_PUBLIC_KEY", "public-key-of-the-console");
        qputenv("TIDBCLOUD_PRIVATE_KEY", "private-key-of-the-console");
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIotherCloudKey001");
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "other-cloud-secret");
        qputenv("AWS_PROFILE", "cp");
        const auto [credentials, error] = test::await(new CredentialProcessJob({script}, u"cp"_s));
        qunsetenv("TIDBCLOUD_PUBLIC_KEY");
        qunsetenv("TIDBCLOUD_PRIVATE_KEY");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        qunsetenv("AWS_PROFILE");
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QFile file(envFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray seen = file.readAll();
        QVERIFY(!seen.contains("private-key-of-the-console"));
        QVERIFY(!seen.contains("public-key-of-the-console"));
        QVERIFY(!seen.contains("other-cloud-secret"));
        QVERIFY(!seen.contains("LTAIotherCloudKey001"));
        QVERIFY(seen.contains("AWS_PROFILE=cp\n")); // what the AWS CLI passes stays
        QVERIFY(seen.contains("ENV_FILE="));
        QCOMPARE(credentials.source, u"credential_process of profile cp"_s);
    }

    // Item 3: stopping the helper (its time is up) stops the programs it started too.
    void trust2_item03_stoppingTheHelperStopsWhatItStarted()
    {
        const QString pidFile = m_dir.filePath(u"child.pid"_s);
        const QString script = m_dir.filePath(u"slow-helper.sh"_s);
        QVERIFY(writeFile(script, "#!/bin/sh\nsleep 30 &\necho $! > \"$PID_FILE\"\nwait\n", true));
        qputenv("PID_FILE", pidFile.toUtf8());
        const auto [credentials, error] =
            test::await(new CredentialProcessJob({script}, u"slow"_s, nullptr, 500));
        QVERIFY2(error.userMessage().contains(u"no answer within 0.5 s"_s),
                 qPrintable(error.userMessage()));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pid = file.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        // Gone, or a zombie waiting for init to reap it: not running.
        const auto running = [&pid] {
            QFile stat(u"/proc/%1/stat"_s.arg(QString::fromLatin1(pid)));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            return close > 0 && line.mid(close + 2, 1) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 5'000);
        Q_UNUSED(credentials);
    }

    // Item 3: of its standard error only a bounded last line is shown, with anything shaped
    // like a key, secret or token masked; the profile is named once.
    void trust2_item03_itsWordsAreBoundedAndMasked()
    {
        const QString script = m_dir.filePath(u"talking-helper.sh"_s);
        QVERIFY(
            writeFile(script,
                      "#!/bin/sh\n"
                      "echo 'an earlier line with secret=earlier-secret-value' >&2\n"
                      "printf 'refused: secret=s3cr3t-value token: tok-value AKIAIOSFODNN7EXAMPLE "
                      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY LTAI5tAbCdEfGhIjKlMn "
                      "\"SessionToken\": \"FQoGZXIvYXdzEJr\" run aws sso login ' >&2\n"
                      "head -c 1000 /dev/zero | tr '\\0' y >&2\necho >&2\nexit 4\n",
                      true));
        const auto [credentials, error] = test::await(new CredentialProcessJob({script}, u"cp"_s));
        const QString message = error.userMessage();
        QVERIFY2(
            message.contains(u"The credential_process of AWS profile cp failed (exit code 4)."_s),
            qPrintable(message));
        QVERIFY2(!message.contains(u"credential_process of credential_process"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"refused: secret=********"_s), qPrintable(message));
        QVERIFY2(message.contains(u"run aws sso login"_s), qPrintable(message));
        for (const QString &secret :
             {u"s3cr3t-value"_s, u"tok-value"_s, u"AKIAIOSFODNN7EXAMPLE"_s,
              u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s, u"LTAI5tAbCdEfGhIjKlMn"_s,
              u"FQoGZXIvYXdzEJr"_s, u"earlier-secret-value"_s})
            QVERIFY2(!message.contains(secret), qPrintable(secret));
        const QString said = message.section(u"It said: "_s, 1);
        QVERIFY(said.size() <= CredentialProcessJob::MaxShownErrorChars);
        Q_UNUSED(credentials);
    }

    // Item 3: what the mask hides and what it keeps, one line at a time.
    void trust2_item03_secretsAreMaskedAndUsefulWordsKept_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name=value")
            << u"refused: secret=s3cr3t-value"_s << u"refused: secret=********"_s;
        QTest::newRow("JSON") << u"{\"SessionToken\": \"FQoGZXIvYXdzEJr\"}"_s
                              << u"{\"SessionToken\": \"********\"}"_s;
        QTest::newRow("ini") << u"aws_secret_access_key = abc"_s
                             << u"aws_secret_access_key = ********"_s;
        QTest::newRow("header") << u"X-Amz-Security-Token: IQoJb3JpZ2lu"_s
                                << u"X-Amz-Security-Token: ********"_s;
        QTest::newRow("a password with spaces")
            << u"password: correct horse battery"_s << u"password: ********"_s;
        QTest::newRow("AWS key ID")
            << u"key AKIAIOSFODNN7EXAMPLE denied"_s << u"key ******** denied"_s;
        QTest::newRow("Alibaba Cloud key ID")
            << u"LTAI5tAbCdEfGhIjKlMn denied"_s << u"******** denied"_s;
        QTest::newRow("a secret key")
            << u"got wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s << u"got ********"_s;
        QTest::newRow("a secret key, JSON-escaped")
            << u"got wJalrXUtnFEMI\\/K7MDENG\\/bPxRfiCYEXAMPLEKEY"_s << u"got ********"_s;
        QTest::newRow("a secret key, percent-encoded")
            << u"got wJalrXUtnFEMI%2FK7MDENG%2FbPxRfiCYEXAMPLEKEY"_s << u"got ********"_s;
        QTest::newRow("advice kept")
            << u"Token expired: run aws sso login"_s << u"Token expired: run aws sso login"_s;
        QTest::newRow("a path kept") << u"exec: /Users/alice/bin/okta-helper2 failed"_s
                                     << u"exec: /Users/alice/bin/okta-helper2 failed"_s;
        QTest::newRow("a request ID kept")
            << u"request 8c7f1a2e-4b5d-4e6f-9a0b-1c2d3e4f5a6b failed"_s
            << u"request 8c7f1a2e-4b5d-4e6f-9a0b-1c2d3e4f5a6b failed"_s;
        QTest::newRow("an exception kept")
            << u"KeyError: 'SecretAccessKey'"_s << u"KeyError: 'SecretAccessKey'"_s;
    }

    void trust2_item03_secretsAreMaskedAndUsefulWordsKept()
    {
        QFETCH(QString, line);
        QFETCH(QString, shown);
        QCOMPARE(OutsideText::withoutSecrets(line), shown);
    }

    void aMissingProgramIsNamed()
    {
        auto *job = new CredentialProcessJob({u"/nonexistent/helper"_s}, u"sso"_s);
        const auto [credentials, error] = test::await(job);
        QVERIFY2(error.userMessage().contains(u"/nonexistent/helper is not a program"_s),
                 qPrintable(error.userMessage()));
        Q_UNUSED(credentials);
    }

    void theSameProfileWorksForTheCliAndTheConsole()
    {
        test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QString endpoint = sandbox.url().resolved(QUrl(u"/aws/"_s)).toString();
        const QString helper = m_dir.filePath(u"sandbox-keys.sh"_s);
        QVERIFY(
            writeFile(helper,
                      u"#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"%1\", "
                      "\"SecretAccessKey\": \"%2\"}'\n"_s
                          .arg(sandbox.config().awsAccessKeyId, sandbox.config().awsSecretAccessKey)
                          .toUtf8(),
                      true));
        const QString config = m_dir.filePath(u"config"_s);
        QVERIFY(writeFile(config, u"[profile sandbox]\nregion = us-east-1\ncredential_process = "
                                  "\"%1\"\nendpoint_url = %2\n"_s.arg(helper, endpoint)
                                      .toUtf8()));
        const QHash<QString, QString> env{
            {u"AWS_CONFIG_FILE"_s, config},
            {u"AWS_SHARED_CREDENTIALS_FILE"_s, m_dir.filePath(u"none"_s)},
            {u"HOME"_s, m_dir.path()}};

        // The AWS CLI reads the profile…
        QProcess cli;
        QProcessEnvironment environment;
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        cli.setProcessEnvironment(environment);
        // (Debian 12's CLI, 2.9, predates endpoint_url in the config file: it is given here.)
        cli.start(u"/usr/bin/aws"_s,
                  {u"--endpoint-url"_s, endpoint, u"--profile"_s, u"sandbox"_s, u"sts"_s,
                   u"get-caller-identity"_s, u"--query"_s, u"Account"_s, u"--output"_s, u"text"_s});
        QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString cliAccount = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();

        // …and so does the console.
        const AwsResolvedProfile resolved =
            AwsProfileResolver::resolve(u"sandbox"_s, env, AwsSharedFiles::load(env));
        QCOMPARE(resolved.source, Source::CredentialProcess);
        QCOMPARE(resolved.stsEndpoint.toString(), endpoint);
        const auto [keys, keyError] =
            test::await(new CredentialProcessJob(resolved.processCommand, resolved.profileName));
        QVERIFY(!keyError.isError());
        AwsQueryClient client(nullptr);
        StsClient sts(&client);
        AwsTarget target{resolved.stsEndpoint, resolved.region.toLatin1(), {}, {}, keys};
        const auto [identity, error] = test::await(sts.callerIdentity(target));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.account, cliAccount);
    }
};

QTEST_GUILESS_MAIN(TestAwsCredentials)
#include "tst_awscredentials.moc"
