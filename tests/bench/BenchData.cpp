#include "BenchData.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc::bench {

namespace {
constexpr qint64 HourMs = 3'600'000;

QJsonObject cloneCluster(const QJsonObject &model, const QString &id, const QString &name)
{
    QJsonObject cluster = model;
    cluster.insert(u"name"_s, u"clusters/"_s + id);
    cluster.insert(u"clusterId"_s, id);
    cluster.insert(u"displayName"_s, name);
    return cluster;
}

QJsonObject newConnection(const QString &clusterId, int number, const QString &state)
{
    const QString id = u"plc-b%1"_s.arg(number, 19, 10, QChar(u'0'));
    return {{u"privateLinkConnectionId"_s, id},
            {u"clusterId"_s, clusterId},
            {u"displayName"_s, u"bench-%1"_s.arg(number, 6, 10, QChar(u'0'))},
            {u"state"_s, state},
            {u"createdBy"_s, u"bench@example.com"_s},
            {u"createTime"_s, u"2026-01-01T00:00:00Z"_s},
            {u"updateTime"_s, u"2026-01-01T00:00:00Z"_s},
            {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
            {u"awsEndpointService"_s,
             QJsonObject{{u"name"_s, u"com.amazonaws.vpce.us-east-1.vpce-svc-%1"_s.arg(
                                         number, 17, 16, QChar(u'0'))},
                         {u"endpointId"_s, u"vpce-%1"_s.arg(number, 17, 16, QChar(u'0'))},
                         {u"availabilityZoneIds"_s, QJsonArray{u"use1-az1"_s, u"use1-az2"_s}}}}};
}
} // namespace

bool BenchData::write(const QString &file, int bigClusterConnections, QString *error)
{
    sandbox::SandboxStore store;
    if (!store.open(file, error) || !sandbox::SandboxSeed::seedIfEmpty(store)) {
        if (error->isEmpty())
            *error = u"cannot seed %1"_s.arg(file);
        return false;
    }
    const QList<QJsonObject> seeded = store.clusters(0, 1);
    if (seeded.isEmpty()) {
        *error = u"the seed has no cluster"_s;
        return false;
    }
    sandbox::StoreTransaction transaction(store);
    m_bigClusterId = u"20000000000000000001"_s;
    bool ok = store.putCluster(cloneCluster(seeded.first(), m_bigClusterId, u"bench-10k"_s));
    for (int i = 0; ok && i < bigClusterConnections; ++i)
        ok = store.putConnection(newConnection(m_bigClusterId, i, u"ACTIVE"_s), std::nullopt);
    const qint64 due = sandbox::SandboxIds::nowMs() + HourMs;
    for (int c = 0; ok && c < 10; ++c) {
        const QString id = u"200000000000000001%1"_s.arg(c, 2, 10, QChar(u'0'));
        m_watchClusterIds.append(id);
        ok = store.putCluster(cloneCluster(seeded.first(), id, u"bench-watch-%1"_s.arg(c)));
        for (int i = 0; ok && i < 5; ++i) {
            ok = store.putConnection(newConnection(id, 900'000 + c * 10 + i, u"CREATING"_s), due);
            ++m_watchConnections;
        }
    }
    if (!ok || !transaction.commit()) {
        *error = u"cannot write the benchmark's connections to %1"_s.arg(file);
        return false;
    }
    return true;
}

SandboxProcess::SandboxProcess(const QString &binary)
    : m_binary(binary)
    , m_publicKey(QUuid::createUuid().toString(QUuid::Id128).left(16))
    , m_privateKey(QUuid::createUuid().toString(QUuid::Id128))
    , m_awsKeyId(u"AKIA"_s + QUuid::createUuid().toString(QUuid::Id128).left(16).toUpper())
    , m_awsSecret(QUuid::createUuid().toString(QUuid::Id128))
    , m_alibabaKeyId(u"LTAI"_s + QUuid::createUuid().toString(QUuid::Id128).left(20))
    , m_alibabaSecret(QUuid::createUuid().toString(QUuid::Id128).left(30))
{}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool SandboxProcess::start(const QString &dataFile, QString *error, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The key reaches the sandbox through its environment, not its command line.
    env.insert(u"PLC_SANDBOX_PUBLIC_KEY"_s, m_publicKey);
    env.insert(u"PLC_SANDBOX_PRIVATE_KEY"_s, m_privateKey);
    env.insert(u"AWS_ACCESS_KEY_ID"_s, m_awsKeyId);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_awsSecret);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, m_alibabaKeyId);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, m_alibabaSecret);
    m_process.setProcessEnvironment(env);
    m_process.start(m_binary, QStringList{u"--data"_s, dataFile, u"--port"_s, u"0"_s,
                                          u"--rate-limit"_s, u"0"_s, u"--quiet"_s} +
                                  extra);
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(30'000)) {
            *error = u"privatelink-sandbox did not start: %1"_s.arg(
                QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        line += m_process.readAllStandardOutput();
    }
    m_url = QUrl(QString::fromLatin1(line.left(line.indexOf('\n')).trimmed()));
    return m_url.isValid() && m_url.port() > 0;
}

} // namespace plc::bench
