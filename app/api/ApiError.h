#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace plc {

/// Why a call did not give a value. The user-facing sentence for every kind is made here, in
/// one place (userMessage()); the other fields are kept for support and the request log.
class ApiError final
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,      ///< connection refused/reset, no route
        HostNotFound, ///< DNS failure
        Timeout,
        Tls,         ///< certificate or handshake error
        Http,        ///< any non-2xx status not covered below
        RateLimited, ///< HTTP 429 (API code 49900007)
        Decode,      ///< not JSON, or not the expected shape
        TooLarge,    ///< body over the client's cap
        Redirect,    ///< the server redirected; never followed with credentials
        InsecureUrl, ///< plain HTTP to a non-loopback host
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    int apiCode = 0;    ///< google.rpc.Status `code`
    QString apiMessage; ///< google.rpc.Status `message`, in English from the server
    QString traceId;    ///< `X-Debug-Trace-Id`
    QDateTime retryAt;  ///< from Retry-After / X-Ratelimit-Reset, when given
    QString host;       ///< the host the call went to (for TLS and network errors)
    QString detail;     ///< technical detail (Qt's error string, decode path)

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;

    static ApiError cancelled();
    static ApiError decode(const QString &detail);
};

} // namespace plc
