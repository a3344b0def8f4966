#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace plc::sandbox {

/// The path parameters a route captured: `{clusterId}` → "10289543321198765432".
using RouteParams = QHash<QString, QString>;
using RouteHandler = std::function<SandboxResponse(const SandboxRequest &, const RouteParams &)>;

/// The routes of one mounted API. A pattern is the path below the mount, segment by segment:
/// a literal (`clusters`, `privateLinkConnections:getAvailabilityZones`), a parameter
/// (`{clusterId}`: any segment without a colon), or a parameter with a custom method
/// (`{connectionId}:attachDomains`, as Google's API style writes actions).
class RouteTable final
{
public:
    /// `method` "*" takes every method (the handler answers the ones it does not take).
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    /// The handler's answer; 405 when a route has the path but not the method; 404 with
    /// `notFound` (its %1 the path) when no route has the path.
    SandboxResponse dispatch(const SandboxRequest &request, const QStringList &segments,
                             const QString &notFound) const;

    /// "METHOD pattern", one per route, in the order added.
    QStringList describe() const;

private:
    struct Segment
    {
        QString literal;   ///< empty for a parameter
        QString parameter; ///< its name
        QString suffix;    ///< `:action` after a parameter
    };
    struct Route
    {
        QByteArray method;
        QString pattern;
        QList<Segment> segments;
        RouteHandler handler;
    };

    static bool match(const Route &route, const QStringList &segments, RouteParams *params);

    QList<Route> m_routes;
};

} // namespace plc::sandbox
