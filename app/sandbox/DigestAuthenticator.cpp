#include "sandbox/DigestAuthenticator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

// Compares in time independent of where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

DigestAuthenticator::DigestAuthenticator()
    : m_secret(randomBytes(32))
    , m_opaque(randomBytes(16).toHex())
{}

void DigestAuthenticator::setKeys(QHash<QString, QString> privateKeyByPublicKey)
{
    m_keys = std::move(privateKeyByPublicKey);
}

QByteArray DigestAuthenticator::makeNonce(qint64 timestamp) const
{
    const QByteArray stamp = QByteArray::number(timestamp);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(stamp, m_secret, QCryptographicHash::Sha256).toHex();
    return (stamp + ':' + mac)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool DigestAuthenticator::nonceIsGenuine(const QByteArray &nonce, qint64 *timestamp) const
{
    const QByteArray decoded = QByteArray::fromBase64(nonce, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals);
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *timestamp = decoded.left(colon).toLongLong(&ok);
    return ok && constantTimeEquals(makeNonce(*timestamp), nonce);
}

void DigestAuthenticator::forgetExpired(qint64 now)
{
    while (!m_nonceOrder.isEmpty()) {
        const auto it = m_nonces.constFind(m_nonceOrder.head());
        if (it != m_nonces.constEnd() && now - it->issuedAt <= m_nonceLifetimeSeconds &&
            m_nonceOrder.size() <= MaxNonces)
            break;
        m_nonces.remove(m_nonceOrder.dequeue());
    }
}

QByteArray DigestAuthenticator::challenge(bool stale)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    forgetExpired(now);
    const QByteArray nonce = makeNonce(now);
    if (!m_nonces.contains(nonce)) {
        m_nonces.insert(nonce, NonceUse{now, 0, {}});
        m_nonceOrder.enqueue(nonce);
    }
    QByteArray value = "Digest realm=\"" + QByteArray(Realm) +
                       "\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\", opaque=\"" +
                       m_opaque + '"';
    if (stale)
        value += ", stale=true";
    return value;
}

QHash<QByteArray, QByteArray> DigestAuthenticator::parseParameters(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> result;
    qsizetype i = header.indexOf(' ');
    if (i < 0)
        return result;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (header[i] == ' ' || header[i] == ','))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && header[i] != '=' && header[i] != ',')
            ++i;
        const QByteArray key = header.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || header[i] != '=') {
            if (!key.isEmpty())
                result.insert(key, {});
            continue;
        }
        ++i; // '='
        QByteArray value;
        if (i < n && header[i] == '"') {
            ++i;
            while (i < n && header[i] != '"') {
                if (header[i] == '\\' && i + 1 < n)
                    ++i;
                value += header[i++];
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && header[i] != ',')
                ++i;
            value = header.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            result.insert(key, value);
    }
    return result;
}

DigestAuthenticator::Verdict DigestAuthenticator::verify(const QByteArray &authorization,
                                                         const QByteArray &method,
                                                         const QByteArray &requestUri)
{
    Verdict verdict;
    if (authorization.isEmpty()) {
        verdict.reason =
            u"The request has no Authorization header; use HTTP Digest with your API key."_s;
        return verdict;
    }
    verdict.outcome = Outcome::Invalid;
    if (!authorization.startsWith("Digest ")) {
        verdict.reason = u"Only HTTP Digest authentication is supported."_s;
        return verdict;
    }
    const auto p = parseParameters(authorization);
    const QString user = QString::fromUtf8(p.value("username"));
    const auto key = m_keys.constFind(user);
    if (user.isEmpty() || key == m_keys.constEnd()) {
        verdict.reason = u"The API key is not valid."_s;
        return verdict;
    }
    const QByteArray qop = p.value("qop");
    const QByteArray nonce = p.value("nonce");
    const QByteArray uri = p.value("uri");
    const QByteArray cnonce = p.value("cnonce");
    bool countOk = false;
    const quint32 count = p.value("nc").toUInt(&countOk, 16);
    if (p.value("realm") != Realm || qop != "auth" || nonce.isEmpty() || uri.isEmpty() ||
        cnonce.isEmpty() || !countOk || p.value("nc").size() != 8) {
        verdict.reason = u"The Digest authorization is incomplete."_s;
        return verdict;
    }
    // The digest covers the request-URI it names, path and query: it must be this request's,
    // or it could be replayed for another.
    if (QUrl::fromEncoded(uri).toEncoded() != QUrl::fromEncoded(requestUri).toEncoded()) {
        verdict.reason = u"The Digest authorization was made for another URI."_s;
        return verdict;
    }
    const QByteArray ha1 = md5Hex(user.toUtf8() + ':' + Realm + ':' + key->toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray expected =
        md5Hex(ha1 + ':' + nonce + ':' + p.value("nc") + ':' + cnonce + ':' + qop + ':' + ha2);
    if (!constantTimeEquals(expected, p.value("response").toLower())) {
        verdict.reason = u"The API key is not valid."_s;
        return verdict;
    }
    // The key is right. A nonce this server did not issue, that is too old, or that it no
    // longer remembers is stale: the client takes the new one.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    forgetExpired(now);
    qint64 timestamp = 0;
    const auto use = m_nonces.find(nonce);
    if (!nonceIsGenuine(nonce, &timestamp) || now - timestamp > m_nonceLifetimeSeconds ||
        use == m_nonces.end() || use->uses >= MaxCountsPerNonce) {
        verdict.outcome = Outcome::Stale;
        verdict.reason = u"The Digest nonce has expired."_s;
        return verdict;
    }
    // Each nonce count answers one request: the same one again is a replay.
    QSet<quint32> &counts = use->countsByCnonce[cnonce];
    if (counts.contains(count)) {
        verdict.reason = u"The Digest authorization was already used (nonce count %1)."_s.arg(
            QString::fromLatin1(p.value("nc")));
        return verdict;
    }
    counts.insert(count);
    ++use->uses;
    verdict.outcome = Outcome::Ok;
    verdict.user = user;
    return verdict;
}

} // namespace plc::sandbox
