#include "sandbox/SandboxHost.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString randomString(const QString &alphabet, int length)
{
    QString result;
    result.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(random->bounded(int(alphabet.size()))));
    return result;
}
} // namespace

std::pair<QString, QString> SandboxConfig::providerKey(const QString &mount) const
{
    if (mount == QLatin1String("aws"))
        return {awsAccessKeyId, awsSecretAccessKey};
    if (mount == QLatin1String("alibaba"))
        return {alibabaAccessKeyId, alibabaAccessKeySecret};
    return {};
}

SandboxConfig SandboxConfig::withRandomKeys(const QString &dataFile)
{
    SandboxConfig config;
    config.dataFile = dataFile;
    config.publicKey = randomString(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s, 8);
    config.privateKey = randomString(u"abcdefghijklmnopqrstuvwxyz0123456789-"_s, 36);
    // The shapes AWS uses: AKIA + 16 of A–Z and 2–7; a 40-character secret.
    config.awsAccessKeyId = u"AKIA"_s + randomString(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s, 16);
    config.awsSecretAccessKey =
        randomString(u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s, 40);
    // Alibaba Cloud's shapes: LTAI + 20 letters and digits; a 30-character secret.
    config.alibabaAccessKeyId =
        u"LTAI"_s +
        randomString(u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s, 20);
    config.alibabaAccessKeySecret =
        randomString(u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s, 30);
    return config;
}

SandboxHost::SandboxHost(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

SandboxHost::~SandboxHost()
{
    delete m_server; // before the store it reads from
    m_server = nullptr;
}

void SandboxHost::start()
{
    const bool inMemory = m_config.dataFile == ":memory:"_L1;
    if (!inMemory) {
        const QFileInfo info(m_config.dataFile);
        if (!QDir().mkpath(info.absolutePath())) {
            Q_EMIT failed(u"cannot create the folder %1"_s.arg(info.absolutePath()));
            return;
        }
        if (m_config.reset || m_config.fleet) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(m_config.dataFile + suffix);
        }
    }

    m_store = std::make_unique<SandboxStore>();
    QString error;
    if (!m_store->open(m_config.dataFile, &error)) {
        Q_EMIT failed(u"cannot open the sandbox data %1: %2"_s.arg(m_config.dataFile, error));
        return;
    }
    const bool seeded = m_config.fleet ? FleetSeed::write(*m_store, *m_config.fleet)
                                       : SandboxSeed::seedIfEmpty(*m_store);
    if (!seeded || !SandboxSeed::seedNetworks(*m_store, SandboxServer::networkSeeds())) {
        Q_EMIT failed(u"cannot write the sandbox's initial data to %1"_s.arg(m_config.dataFile));
        return;
    }

    m_server = new SandboxServer(m_store.get(), m_config.settings);
    m_server->setKeys({{m_config.publicKey, m_config.privateKey}});
    if (!m_config.awsAccessKeyId.isEmpty() && !m_config.awsSecretAccessKey.isEmpty())
        m_server->setAwsKey(m_config.awsAccessKeyId, m_config.awsSecretAccessKey);
    if (!m_config.alibabaAccessKeyId.isEmpty() && !m_config.alibabaAccessKeySecret.isEmpty())
        m_server->setAlibabaKey(m_config.alibabaAccessKeyId, m_config.alibabaAccessKeySecret);
    m_server->setFaultRule(m_config.fault);
    if (m_config.fleet)
        m_server->setFleet(*m_config.fleet);
    connect(m_server, &SandboxServer::requestHandled, this, &SandboxHost::requestHandled);
    // Connections pass a guard first (size, idle time, how many), then reach the HTTP server.
    auto *tcp = new GuardedTcpServer(m_config.limits, m_server);
    if (!tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        Q_EMIT failed(
            u"cannot listen on 127.0.0.1:%1: %2"_s.arg(m_config.port).arg(tcp->errorString()));
        return;
    }
    m_server->bind(tcp);
    Q_EMIT listening(tcp->serverPort());
}

} // namespace plc::sandbox
