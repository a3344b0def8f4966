#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace plc::sandbox {

/// google.rpc.Code values the API uses in its error bodies.
namespace RpcCode {
constexpr int InvalidArgument = 3;
constexpr int NotFound = 5;
constexpr int AlreadyExists = 6;
constexpr int PermissionDenied = 7;
constexpr int FailedPrecondition = 9;
constexpr int Unimplemented = 12;
constexpr int Internal = 13;
constexpr int Unavailable = 14;
constexpr int DeadlineExceeded = 4;
constexpr int Unauthenticated = 16;
constexpr int RateLimited = 49900007; ///< TiDB Cloud's own code for HTTP 429
} // namespace RpcCode

/// What a sandbox route answers: a status, a JSON body and extra headers.
struct SandboxResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// For APIs that answer in another format (EC2's XML): sent instead of `body`.
    QByteArray rawBody;
    QByteArray contentType; ///< of rawBody

    static SandboxResponse ok(QJsonObject body) { return {200, std::move(body), {}, {}, {}}; }
    /// A google.rpc.Status body: {"code", "message", "details": []}.
    static SandboxResponse error(int httpStatus, int code, const QString &message);
    /// 400 INVALID_ARGUMENT, the answer to a request whose body or parameters are wrong.
    static SandboxResponse badRequest(const QString &message);
};

} // namespace plc::sandbox
