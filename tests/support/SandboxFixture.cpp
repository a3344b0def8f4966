#include "SandboxFixture.h"

#include "ContractChecker.h"

#include "api/ApiCall.h"

#include "SeedIds.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QtDebug>

namespace plc::test {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

sandbox::SandboxSettings fastSettings()
{
    sandbox::SandboxSettings settings;
    settings.creatingDelayMs = 50;
    settings.deletingDelayMs = 50;
    settings.domainDelayMs = 50;
    settings.rateLimitPerMinute = 0;
    return settings;
}

QString hzPaymentsConnectionState(SandboxFixture &sandbox, const QString &id)
{
    return sandbox
        .request("GET", QStringLiteral("/v1beta1/clusters/%1/privateLinkConnections/%2")
                            .arg(seed::HzPayments, id))
        .json.value(QLatin1StringView("state"))
        .toString();
}

QString pendingAlibabaConnection(SandboxFixture &sandbox, const QString &serviceId,
                                 const QString &name)
{
    const QJsonObject service{
        {QStringLiteral("name"),
         QStringLiteral("com.aliyuncs.privatelink.cn-hangzhou.") + serviceId}};
    const auto created = sandbox.request(
        "POST", QStringLiteral("/v1beta1/clusters/%1/privateLinkConnections").arg(seed::HzPayments),
        QJsonObject{
            {QStringLiteral("privateLinkConnection"),
             QJsonObject{{QStringLiteral("displayName"), name},
                         {QStringLiteral("type"), QStringLiteral("ALICLOUD_ENDPOINT_SERVICE")},
                         {QStringLiteral("alicloudEndpointService"), service}}}});
    if (!created.ok())
        return {};
    const QString id = created.json.value(QLatin1StringView("privateLinkConnectionId")).toString();
    QElapsedTimer clock;
    clock.start();
    while (hzPaymentsConnectionState(sandbox, id) == QLatin1StringView("CREATING") &&
           clock.elapsed() < 5000)
        QTest::qWait(20);
    return id;
}

SandboxFixture::SandboxFixture(const QString &dataFile)
    : m_config(sandbox::SandboxConfig::withRandomKeys(dataFile))
{
    // Sandbox tests look at the server's raw answers; client retries have their own tests.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client.setRetryPolicy(once);
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(m_config);
    QObject::connect(m_sandbox.get(), &sandbox::EmbeddedSandbox::requestHandled, m_sandbox.get(),
                     [this](const QByteArray &method, const QString &path, int status,
                            const QByteArray &body, bool intact) {
                         if (!intact)
                             return; // a fault broke it on purpose
                         if (!m_checkContract)
                             return;
                         ++m_checked;
                         const QString problem =
                             ContractChecker::instance().check(method, path, status, body);
                         if (!problem.isEmpty())
                             m_violations.append(problem);
                     });
    QSignalSpy started(m_sandbox.get(), &sandbox::EmbeddedSandbox::started);
    QSignalSpy failed(m_sandbox.get(), &sandbox::EmbeddedSandbox::failed);
    m_sandbox->start();
    for (int i = 0; i < 100 && started.isEmpty() && failed.isEmpty(); ++i)
        started.wait(100);
    if (!failed.isEmpty())
        qWarning() << "sandbox failed to start:" << failed.constFirst().constFirst().toString();
    if (started.isEmpty())
        return false;
    m_client.setEndpoint(url(), {m_config.publicKey, m_config.privateKey});
    return true;
}

void SandboxFixture::stop()
{
    m_sandbox.reset();
}

Reply SandboxFixture::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QUrlQuery &query)
{
    ApiCall *call = m_client.send(method, path, query, body);
    Reply reply;
    bool done = false;
    // Read the answer while the call still exists: it deletes itself after finished().
    QObject::connect(call, &Job::finished, call, [&reply, &done, call] {
        reply.status = call->httpStatus();
        reply.error = call->error();
        reply.headers = call->rawHeaders();
        reply.json = call->succeeded() ? call->json() : call->errorBody();
        done = true;
    });
    QSignalSpy finished(call, &Job::finished);
    if (!finished.wait(15'000) && !done) {
        reply.error.kind = ApiError::Kind::Timeout;
        return reply;
    }
    // Let the sandbox's requestHandled signal reach this thread before the test goes on.
    QCoreApplication::processEvents();
    return reply;
}

Reply SandboxFixture::request(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace plc::test
