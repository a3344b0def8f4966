#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace plc::sandbox {

/// Server side of HTTP Digest authentication (RFC 7616 with MD5 and qop=auth, the scheme
/// the TiDB Cloud API uses). Nonces are self-verifying (timestamp + HMAC), so no state is kept
/// per client; a nonce older than the lifetime is answered with `stale=true`.
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

    Verdict verify(const QByteArray &authorization, const QByteArray &method,
                   const QByteArray &requestPath) const;
    /// The `WWW-Authenticate` header value for a 401 answer.
    QByteArray challenge(bool stale) const;

    /// Splits `Digest a="b", c=d` into its parameters (quoted strings unescaped).
    static QHash<QByteArray, QByteArray> parseParameters(const QByteArray &header);

private:
    QByteArray makeNonce(qint64 timestamp) const;
    bool nonceIsGenuine(const QByteArray &nonce, qint64 *timestamp) const;

    QHash<QString, QString> m_keys;
    QByteArray m_secret;
    QByteArray m_opaque;
    int m_nonceLifetimeSeconds = 300;
};

} // namespace plc::sandbox
