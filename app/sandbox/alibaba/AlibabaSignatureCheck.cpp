#include "sandbox/alibaba/AlibabaSignatureCheck.h"

#include <QMessageAuthenticationCode>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
constexpr qint64 WindowMs = 15 * 60 * 1000;

QString value(const AlibabaSignatureCheck::Params &params, const QString &name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return v;
    }
    return {};
}

bool has(const AlibabaSignatureCheck::Params &params, const QString &name)
{
    return std::any_of(params.cbegin(), params.cend(),
                       [&](const auto &pair) { return pair.first == name; });
}
QString utf8(const QByteArray &bytes, bool *ok)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        *ok = false;
    return text;
}
} // namespace

QByteArray AlibabaSignatureCheck::percent(const QString &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                           (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' ||
                           byte == '.' || byte == '~';
        if (plain) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

bool AlibabaSignatureCheck::parseForm(const QByteArray &form, Params *params)
{
    params->clear();
    if (form.isEmpty())
        return true;
    const QList<QByteArray> parts = form.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        QByteArray name = equals < 0 ? part : part.left(equals);
        QByteArray text = equals < 0 ? QByteArray() : part.mid(equals + 1);
        name.replace('+', ' ');
        text.replace('+', ' ');
        bool ok = true;
        const QString decodedName = utf8(QByteArray::fromPercentEncoding(name), &ok);
        const QString decodedValue = utf8(QByteArray::fromPercentEncoding(text), &ok);
        if (!ok || has(*params, decodedName))
            return false;
        params->append({decodedName, decodedValue});
    }
    return true;
}

AlibabaSignatureCheck::Verdict
AlibabaSignatureCheck::verify(const QByteArray &method, const Params &params, const QDateTime &now)
{
    Verdict verdict;
    verdict.accessKeyId = value(params, u"AccessKeyId"_s);
    if (verdict.accessKeyId.isEmpty()) {
        verdict.outcome = Outcome::MissingKey;
        return verdict;
    }
    const QString signature = value(params, u"Signature"_s);
    const QString nonce = value(params, u"SignatureNonce"_s);
    if (signature.isEmpty() || nonce.isEmpty() ||
        value(params, u"SignatureMethod"_s) != "HMAC-SHA1"_L1 ||
        value(params, u"SignatureVersion"_s) != "1.0"_L1) {
        verdict.outcome = Outcome::Incomplete;
        return verdict;
    }
    const QString stamp = value(params, u"Timestamp"_s);
    QDateTime when = QDateTime::fromString(stamp, u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid()) {
        verdict.outcome = Outcome::BadTimestamp;
        return verdict;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (qAbs(when.toMSecsSinceEpoch() - nowMs) > WindowMs) {
        verdict.outcome = Outcome::Expired;
        return verdict;
    }
    const auto found = m_keys.constFind(verdict.accessKeyId);
    if (found == m_keys.constEnd()) {
        verdict.outcome = Outcome::UnknownKey;
        return verdict;
    }
    const QString token = value(params, u"SecurityToken"_s);
    if (token != found->securityToken) {
        verdict.outcome = Outcome::BadToken;
        return verdict;
    }
    if (found->expires.isValid() && found->expires <= now) {
        verdict.outcome = Outcome::ExpiredToken;
        return verdict;
    }

    // Every parameter but the signature, sorted by name, each part encoded, joined.
    Params signedParams;
    for (const auto &pair : params) {
        if (pair.first != "Signature"_L1)
            signedParams.append(pair);
    }
    std::sort(signedParams.begin(), signedParams.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray joined;
    for (const auto &[name, text] : std::as_const(signedParams)) {
        if (!joined.isEmpty())
            joined.append('&');
        joined.append(percent(name) + '=' + percent(text));
    }
    const QByteArray toSign = method + "&%2F&" + percent(QString::fromLatin1(joined));
    const QByteArray expected = QMessageAuthenticationCode::hash(
                                    toSign, found->secret.toUtf8() + '&', QCryptographicHash::Sha1)
                                    .toBase64();
    if (expected != signature.toLatin1()) {
        verdict.outcome = Outcome::BadSignature;
        verdict.stringToSign = QString::fromLatin1(toSign);
        return verdict;
    }

    // A nonce is kept for as long as its timestamp is accepted: a request stamped ahead of
    // now is accepted until its timestamp plus the window, so its nonce lives as long.
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (nowMs > it.value())
            it = m_nonces.erase(it);
        else
            ++it;
    }
    if (m_nonces.contains(nonce)) {
        verdict.outcome = Outcome::NonceUsed;
        return verdict;
    }
    m_nonces.insert(nonce, when.toMSecsSinceEpoch() + WindowMs);
    verdict.outcome = Outcome::Ok;
    verdict.account = found->account;
    return verdict;
}

} // namespace plc::sandbox
