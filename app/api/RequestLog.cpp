#include "api/RequestLog.h"

namespace plc {

Q_LOGGING_CATEGORY(lcApiRequests, "plc.api.requests", QtWarningMsg)

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{}

void RequestLog::add(const RequestLogEntry &entry)
{
    if (m_entries.size() >= MaxEntries)
        m_entries.removeFirst();
    m_entries.append(entry);
    qCDebug(lcApiRequests).noquote()
        << entry.method << entry.path << entry.status << entry.durationMs << "ms"
        << entry.bytesReceived << "bytes"
        << (entry.traceId.isEmpty() ? QString() : QStringLiteral("trace ") + entry.traceId)
        << entry.outcome;
    Q_EMIT entryAdded(entry);
}

void RequestLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace plc
