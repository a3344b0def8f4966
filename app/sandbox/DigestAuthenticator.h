#pragma once

#include <QByteArray>
#include <QHash>
#include <QQueue>
#include <QSet>
#include <QString>

namespace plc::sandbox {

/// Server side of HTTP Digest authentication (RFC 7616 with MD5 and qop=auth, the scheme
/// the TiDB Cloud API uses). Nonces are self-verifying (timestamp + HMAC) and remembered while
/// they live, with the nonce counts each client nonce has used: a header answers one request
/// only — sent again (the same nc), or for another request-URI (path and query), it is
/// refused. A correct digest over a nonce that is too old, not this server's or no longer
/// remembered is answered with `stale=true`, so a client takes the new nonce without asking
/// for the key again.
class DigestAuthenticator final
{
public:
    static constexpr auto Realm = "tidb.cloud";

    enum class Outcome { Ok, Missing, Invalid, Stale };

    struct Verdict
    {
        Outcome outcome = Outcome::Missing;
        QString user; ///< the public key, when Ok
        QString reason;
    };

    DigestAuthenticator();

    void setKeys(QHash<QString, QString> privateKeyByPublicKey);
    void setNonceLifetime(int seconds) { m_nonceLifetimeSeconds = seconds; }

    /// Nonces remembered at most (the oldest are forgotten first; a forgotten one is stale).
    static constexpr int MaxNonces = 4096;
    /// Requests one client nonce may make with one nonce before it must take a new one.
    static constexpr int MaxCountsPerNonce = 100'000;

    /// `requestUri`: the request-target as it came, path and query.
    Verdict verify(const QByteArray &authorization, const QByteArray &method,
                   const QByteArray &requestUri);
    /// The `WWW-Authenticate` header value for a 401 answer, with a new nonce.
    QByteArray challenge(bool stale);

    /// Splits `Digest a="b", c=d` into its parameters (quoted strings unescaped).
    static QHash<QByteArray, QByteArray> parseParameters(const QByteArray &header);

private:
    QByteArray makeNonce(qint64 timestamp) const;
    bool nonceIsGenuine(const QByteArray &nonce, qint64 *timestamp) const;

    struct NonceUse
    {
        qint64 issuedAt = 0;
        int uses = 0;
        QHash<QByteArray, QSet<quint32>> countsByCnonce;
    };
    void forgetExpired(qint64 now);

    QHash<QString, QString> m_keys;
    QHash<QByteArray, NonceUse> m_nonces;
    QQueue<QByteArray> m_nonceOrder;
    QByteArray m_secret;
    QByteArray m_opaque;
    int m_nonceLifetimeSeconds = 300;
};

} // namespace plc::sandbox
