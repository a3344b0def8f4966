#include "shell/SandboxLauncher.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "sandbox/EmbeddedSandbox.h"
#include "services/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace plc {

SandboxLauncher::SandboxLauncher(QString dataFile, QObject *parent)
    : QObject(parent)
    , m_dataFile(std::move(dataFile))
{}

SandboxLauncher::~SandboxLauncher() = default;

QString SandboxLauncher::defaultDataFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"sandbox.sqlite"_s);
}

QString SandboxLauncher::fleetDataFile(const sandbox::FleetSize &size)
{
    return QFileInfo(defaultDataFile())
        .dir()
        .filePath(u"sandbox-fleet-%1-%2.sqlite"_s.arg(size.clusters).arg(size.connections));
}

void SandboxLauncher::setFleet(const sandbox::FleetSize &size)
{
    m_fleet = size;
    m_dataFile = fleetDataFile(size);
}

bool SandboxLauncher::isRunning() const
{
    return m_sandbox && m_sandbox->isRunning();
}

QUrl SandboxLauncher::url() const
{
    return m_sandbox ? m_sandbox->url() : QUrl();
}

QString SandboxLauncher::publicKey() const
{
    return m_sandbox ? m_sandbox->config().publicKey : QString();
}

SandboxLauncher::KeyPair SandboxLauncher::providerKeys(const QString &providerId) const
{
    if (!m_sandbox)
        return {};
    const auto [id, secret] = m_sandbox->config().providerKey(providerId);
    return {id, secret};
}

QString SandboxLauncher::privateKey() const
{
    return m_sandbox ? m_sandbox->config().privateKey : QString();
}

void SandboxLauncher::ensureStarted()
{
    if (m_sandbox && m_failed) {
        // A failed start is tried again each time the sandbox is chosen.
        delete m_sandbox;
        m_sandbox = nullptr;
    }
    if (m_sandbox)
        return; // running, or starting: started() follows
    m_failed = false;
    sandbox::SandboxConfig config = sandbox::SandboxConfig::withRandomKeys(m_dataFile);
    config.fleet = m_fleet;
    m_sandbox = new sandbox::EmbeddedSandbox(std::move(config), this);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, this, &SandboxLauncher::started);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, this, [this](const QString &reason) {
        m_failed = true;
        Q_EMIT failed(reason);
    });
    m_sandbox->start();
}

void SandboxLauncher::actIn(ProviderAccount *account) const
{
    const QString id = account->provider().id();
    const KeyPair keys = providerKeys(id);
    const QJsonObject role =
        QJsonDocument::fromJson(Settings::sandboxRole(id).value().toUtf8()).object();
    account->actInSandbox(url().resolved(QUrl(u'/' + id + u'/')), keys.id, keys.secret,
                          {role.value("arn"_L1).toString(), role.value("mfaDevice"_L1).toString(),
                           role.value("externalId"_L1).toString()});
}

} // namespace plc
