#include "DigestAuthenticator.h"

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

QByteArray DigestAuthenticator::challenge(bool stale) const
{
    QByteArray value =
        "Digest realm=\"" + QByteArray(Realm) + "\", qop=\"auth\", algorithm=MD5, nonce=\"" +
        makeNonce(QDateTime::currentSecsSinceEpoch()) + "\", opaque=\"" + m_opaque + '"';
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
                                                         const QByteArray &requestPath) const
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
    if (p.value("realm") != Realm || qop != "auth" || nonce.isEmpty() || uri.isEmpty() ||
        p.value("cnonce").isEmpty() || p.value("nc").isEmpty()) {
        verdict.reason = u"The Digest authorization is incomplete."_s;
        return verdict;
    }
    // The digest covers the URI it names; it must be this request's, or it could be replayed.
    if (QUrl::fromEncoded(uri).path(QUrl::FullyEncoded) !=
        QUrl::fromEncoded(requestPath).path(QUrl::FullyEncoded)) {
        verdict.reason = u"The Digest authorization was made for another URI."_s;
        return verdict;
    }
    qint64 timestamp = 0;
    if (!nonceIsGenuine(nonce, &timestamp)) {
        verdict.reason = u"The Digest nonce was not issued by this server."_s;
        return verdict;
    }
    const QByteArray ha1 = md5Hex(user.toUtf8() + ':' + Realm + ':' + key->toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray expected = md5Hex(ha1 + ':' + nonce + ':' + p.value("nc") + ':' +
                                       p.value("cnonce") + ':' + qop + ':' + ha2);
    if (!constantTimeEquals(expected, p.value("response").toLower())) {
        verdict.reason = u"The API key is not valid."_s;
        return verdict;
    }
    if (QDateTime::currentSecsSinceEpoch() - timestamp > m_nonceLifetimeSeconds) {
        verdict.outcome = Outcome::Stale;
        verdict.reason = u"The Digest nonce has expired."_s;
        return verdict;
    }
    verdict.outcome = Outcome::Ok;
    verdict.user = user;
    return verdict;
}

} // namespace plc::sandbox
