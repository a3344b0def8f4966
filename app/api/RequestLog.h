#pragma once

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>

namespace plc {

Q_DECLARE_LOGGING_CATEGORY(lcApiRequests)

/// One HTTP exchange as support needs to see it — never a header value, key or body.
struct RequestLogEntry
{
    QDateTime time;
    QByteArray method;
    QString path;   ///< path and query, e.g. /v1beta1/clusters?pageSize=100
    int status = 0; ///< 0: no HTTP answer
    qint64 durationMs = 0;
    qint64 bytesReceived = 0;
    QString traceId; ///< X-Debug-Trace-Id
    int attempt = 1;
    QString outcome; ///< empty when successful, otherwise the error kind
};

/// The session's request log, kept in memory (the newest MaxEntries), and written to the
/// `plc.api.requests` logging category when that is enabled
/// (QT_LOGGING_RULES="plc.api.requests.debug=true").
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    static constexpr int MaxEntries = 2000;

    explicit RequestLog(QObject *parent = nullptr);

    void add(const RequestLogEntry &entry);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    void clear();

Q_SIGNALS:
    void entryAdded(const plc::RequestLogEntry &entry);
    void cleared();

private:
    QList<RequestLogEntry> m_entries;
};

} // namespace plc
