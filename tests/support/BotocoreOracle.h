#pragma once

// botocore's own credential providers (Debian's python3-botocore, the AWS CLI's), run by
// tests/support/aws/botocore_credentials.py: what they make of a profile, for the tests that
// hold the console's resolution of roles and IAM Identity Center against them.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace plc::test {

/// One profile for botocore to resolve, from the files under `home`, its STS and portal
/// clients going to `endpoint`; `code` answers an MFA prompt, `env` adds variables.
inline QJsonObject botocoreRequest(const QString &configFile, const QString &credentialsFile,
                                   const QString &home, const QString &profile,
                                   const QString &endpoint, const QString &code = {},
                                   const QHash<QString, QString> &env = {})
{
    using namespace Qt::StringLiterals;
    QJsonObject request{{u"configFile"_s, configFile},
                        {u"credentialsFile"_s, credentialsFile},
                        {u"profile"_s, profile},
                        {u"endpoint"_s, endpoint},
                        {u"home"_s, home}};
    if (!code.isEmpty())
        request.insert(u"mfaCode"_s, code);
    QJsonObject variables;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        variables.insert(it.key(), it.value());
    request.insert(u"env"_s, variables);
    return request;
}

/// What botocore resolves each request to, in one Python process (botocore imported once):
/// `{"ok", "arn", "account", "expiry", "mfaPrompts"}` or `{"ok": false, "errorClass",
/// "errorCode", "message"}` each; empty when Python could not run. Keys, codes and variables
/// reach Python on its standard input, never its command line. Waits with the event loop
/// running: a sandbox on this thread answers meanwhile.
inline QJsonArray runBotocore(const QJsonArray &requests)
{
    using namespace Qt::StringLiterals;
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(PLC_TEST_AWS_SUPPORT_DIR) + u"/botocore_credentials.py"_s});
    if (!python.waitForStarted())
        return {};
    python.write(QJsonDocument(requests).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    if (!QTest::qWaitFor([&python] { return python.state() == QProcess::NotRunning; }, 60'000))
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

/// One request's answer.
inline QJsonObject runBotocore(const QJsonObject &request)
{
    return runBotocore(QJsonArray{request}).at(0).toObject();
}

} // namespace plc::test
