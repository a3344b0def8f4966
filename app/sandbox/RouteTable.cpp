#include "sandbox/RouteTable.h"

using namespace Qt::StringLiterals;

namespace plc::sandbox {

void RouteTable::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    Route route{method, pattern, {}, std::move(handler)};
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Segment segment;
        if (part.startsWith(u'{')) {
            const qsizetype close = part.indexOf(u'}');
            Q_ASSERT(close > 1);
            segment.parameter = part.mid(1, close - 1);
            segment.suffix = part.mid(close + 1);
        } else {
            segment.literal = part;
        }
        route.segments.append(segment);
    }
    m_routes.append(std::move(route));
}

bool RouteTable::match(const Route &route, const QStringList &segments, RouteParams *params)
{
    if (route.segments.size() != segments.size())
        return false;
    RouteParams found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &pattern = route.segments[i];
        const QString &segment = segments[i];
        if (pattern.parameter.isEmpty()) {
            if (segment != pattern.literal)
                return false;
            continue;
        }
        if (!segment.endsWith(pattern.suffix))
            return false;
        const QString value = segment.chopped(pattern.suffix.size());
        if (value.isEmpty() || value.contains(u':'))
            return false;
        found.insert(pattern.parameter, value);
    }
    *params = std::move(found);
    return true;
}

SandboxResponse RouteTable::dispatch(const SandboxRequest &request, const QStringList &segments,
                                     const QString &notFound) const
{
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        RouteParams params;
        if (!match(route, segments, &params))
            continue;
        pathKnown = true;
        if (route.method == "*" || route.method == request.method)
            return route.handler(request, params);
    }
    if (pathKnown)
        return SandboxResponse::error(405, RpcCode::Unimplemented,
                                      u"method %1 is not allowed on %2"_s.arg(
                                          QString::fromLatin1(request.method), request.path));
    return SandboxResponse::error(404, RpcCode::NotFound, notFound.arg(request.path));
}

QStringList RouteTable::describe() const
{
    QStringList lines;
    for (const Route &route : m_routes)
        lines.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
    return lines;
}

} // namespace plc::sandbox
