#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace plc {

/// Why a Job did not give a value: an API call, a keychain operation or a background save. The
/// user-facing sentence for every kind is made here, in one place (userMessage()); the other fields
/// are kept for support and the request log.
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
        InsecureUrl, ///< plain HTTP to a non-loopback host, or a path with a dot-segment
        BadPath,     ///< a path with a dot-segment: never sent
        AuthScheme,  ///< the server asked for an authentication other than HTTP Digest
        Paging,      ///< a list whose pages did not end (endless or repeated page tokens)
        NoKey,       ///< no API key to send with: the profile's key could not be read
        Keychain,    ///< the OS keychain did not give or keep a key (see `keychain`)
        File,        ///< a file could not be made or written; `sentence` says which and why
        Provider,    ///< a cloud provider's API refused, or its account cannot act;
                     ///< `sentence` is written by that provider's words, `providerCode` is the
                     ///< provider's error code
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    int apiCode = 0;             ///< google.rpc.Status `code`
    QString apiMessage;          ///< google.rpc.Status `message`, in English from the server
    QString traceId;             ///< `X-Debug-Trace-Id`, or a provider's request ID
    QString providerCode;        ///< Provider: `AuthFailure`, `Throttling`…
    QDateTime retryAt;           ///< from Retry-After / X-Ratelimit-Reset, when given
    QString host;                ///< the host the call went to (for TLS and network errors)
    bool mayHaveArrived = false; ///< Network, Cancelled: a change that may have reached the
                                 ///< server
    QString detail;              ///< technical detail, never shown as the sentence: Qt's error
                                 ///< string, a decode path; for a Timeout which limit ended it:
                                 ///< `send`, `silence` or `total`; for AuthScheme the scheme the
                                 ///< server asked for
    QString sentence;            ///< Provider, File: the user's sentence, already translated,
                                 ///< made by a provider folder's words (AwsErrorText…) or by the
                                 ///< operation that failed. Empty: userMessage() makes one from
                                 ///< the kind
    int limitMs = 0;             ///< Timeout: the limit that was passed
    int pages = 0;               ///< Paging: pages read before the list was stopped
    qint64 items = 0;            ///< Paging: items read
    qint64 announced = -1;       ///< Paging: the server's totalSize (-1: not given)

    enum class KeychainProblem { NotFound, Unavailable, Denied, Failed };
    KeychainProblem keychain = KeychainProblem::Failed; ///< Keychain: what went wrong

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;

    static ApiError cancelled();
    static ApiError decode(const QString &detail);
    static ApiError keychainProblem(KeychainProblem problem, const QString &detail);
    /// `words` are already written for the user (translated).
    static ApiError file(const QString &words);
    /// A cloud provider's refusal, or an account that cannot act: `code` is the provider's error
    /// code (or the console's own, like `NoCredentials`), `words` its sentence for the user.
    static ApiError provider(const QString &code, const QString &words);
    static ApiError timeout(const QString &which, int limitMs, const QString &host);
};

} // namespace plc
