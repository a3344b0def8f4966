#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace plc::sandbox {

/// Checks the signature of an Alibaba Cloud RPC-style request (HMAC-SHA1, SignatureVersion
/// 1.0) as the API gateway does: the common parameters present, the timestamp within 15
/// minutes of now, the nonce not seen while a request bearing it could still be accepted, the
/// security token of temporary keys, and the signature recomputed from the parameters as they
/// arrived. The sandbox's own reading of the algorithm, never the console's signer.
class AlibabaSignatureCheck final
{
public:
    using Params = QList<QPair<QString, QString>>;

    enum class Outcome {
        Ok,
        MissingKey,   ///< no AccessKeyId
        Incomplete,   ///< Signature, SignatureMethod, SignatureVersion or nonce missing or wrong
        BadTimestamp, ///< not `yyyy-MM-ddTHH:mm:ssZ`
        Expired,      ///< more than 15 minutes from now
        NonceUsed,    ///< the nonce was seen in the last 15 minutes
        UnknownKey,   ///< an AccessKey the emulated cloud does not have
        BadToken,     ///< a security token missing or not the key's
        ExpiredToken, ///< temporary keys past their expiry
        BadSignature, ///< the secret or the parameters differ from what was signed
    };

    struct Key
    {
        QString secret;
        QString securityToken; ///< empty for a long-term AccessKey
        QString account;       ///< the Alibaba Cloud account ID the key belongs to
        /// Temporary keys (a RAM role's): when they stop being accepted; invalid for an
        /// AccessKey.
        QDateTime expires;
        QString arn;       ///< a role session's ARN (`acs:ram::…:assumed-role/role/session`)
        QString principal; ///< a role session's `<role ID>:<session>`
    };

    struct Verdict
    {
        Outcome outcome = Outcome::MissingKey;
        QString accessKeyId;
        QString account;
        QString stringToSign; ///< BadSignature: what the sandbox signed, as the gateway says it
    };

    void addKey(const QString &accessKeyId, const Key &key) { m_keys.insert(accessKeyId, key); }
    std::optional<Key> key(const QString &accessKeyId) const
    {
        const auto found = m_keys.constFind(accessKeyId);
        return found == m_keys.constEnd() ? std::nullopt : std::optional<Key>(*found);
    }
    /// Forgets temporary keys that expired before `now`.
    void forgetExpired(const QDateTime &now)
    {
        m_keys.removeIf([&now](const auto &entry) {
            return entry.value().expires.isValid() && entry.value().expires < now;
        });
    }

    /// `params`: every parameter of the request, decoded, in the order received. A nonce is
    /// remembered once its request's signature holds.
    Verdict verify(const QByteArray &method, const Params &params, const QDateTime &now);

    /// Decodes `a=b&c=d` as a form (`+` is a space); false when a name repeats or a part is
    /// not UTF-8.
    static bool parseForm(const QByteArray &form, Params *params);

private:
    static QByteArray percent(const QString &text);

    QHash<QString, Key> m_keys;
    /// nonce → until when it is remembered: its request's timestamp plus the window, after
    /// which the timestamp itself is refused (ms since the epoch)
    QHash<QString, qint64> m_nonces;
};

} // namespace plc::sandbox
