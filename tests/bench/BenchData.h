#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace plc::bench {

/// The benchmark's sandbox data: the seed, one cluster with many ACTIVE connections, and ten
/// clusters with five connections each that stay CREATING for an hour.
class BenchData
{
public:
    bool write(const QString &file, int bigClusterConnections, QString *error);
    QString bigClusterId() const { return m_bigClusterId; }
    QStringList watchClusterIds() const { return m_watchClusterIds; }
    int watchConnectionCount() const { return m_watchConnections; }

private:
    QString m_bigClusterId;
    QStringList m_watchClusterIds;
    int m_watchConnections = 0;
};

/// privatelink-sandbox as its own process on an ephemeral port, with a random key pair and
/// no rate limit, so that only the console's side is measured in this process.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QString &binary);
    ~SandboxProcess();
    /// `extra`: more options (`--fleet`, `--faults`…).
    bool start(const QString &dataFile, QString *error, const QStringList &extra = {});
    QUrl url() const { return m_url; }
    QString publicKey() const { return m_publicKey; }
    QString privateKey() const { return m_privateKey; }
    /// The AWS key pair its `/aws/` accepts.
    QString awsKeyId() const { return m_awsKeyId; }
    QString awsSecret() const { return m_awsSecret; }
    /// The AccessKey its `/alibaba/` accepts.
    QString alibabaKeyId() const { return m_alibabaKeyId; }
    QString alibabaSecret() const { return m_alibabaSecret; }

private:
    QString m_binary;
    QProcess m_process;
    QUrl m_url;
    QString m_publicKey;
    QString m_privateKey;
    QString m_awsKeyId;
    QString m_awsSecret;
    QString m_alibabaKeyId;
    QString m_alibabaSecret;
};

} // namespace plc::bench
