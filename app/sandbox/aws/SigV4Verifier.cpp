#include "sandbox/aws/SigV4Verifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
constexpr qint64 AllowedSkewSeconds = 15 * 60;

QByteArray mac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

/// AWS's URI encoding: everything but ALPHA DIGIT - . _ ~ (and `/` in paths) as %XX.
QByteArray uriEncode(const QByteArray &bytes, bool path)
{
    QByteArray out;
    for (const char c : bytes) {
        const bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                           (c >= 'A' && c <= 'Z') || c == '-' || c == '.' || c == '_' || c == '~' ||
                           (path && c == '/');
        if (plain)
            out += c;
        else
            out += '%' + QByteArray(1, c).toHex().toUpper();
    }
    return out;
}

QByteArray normalizedPath(const QByteArray &raw)
{
    QByteArrayList stack;
    for (const QByteArray &part : raw.split('/')) {
        if (part == "..") {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (!part.isEmpty() && part != ".") {
            stack.append(part);
        }
    }
    QByteArray result = "/" + stack.join('/');
    if (!stack.isEmpty() && raw.endsWith('/'))
        result += '/';
    return result;
}

QByteArray headerValues(const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &lowerName, bool *present)
{
    QByteArrayList values;
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            values.append(value.simplified());
    }
    *present = !values.isEmpty();
    return values.join(',');
}
} // namespace

QByteArray SigV4Verifier::canonical(const Request &request, const QByteArrayList &signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> params;
    if (!request.rawQuery.isEmpty()) {
        for (const QByteArray &pair : request.rawQuery.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray name = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            params.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                           uriEncode(QByteArray::fromPercentEncoding(value), false)});
        }
    }
    std::sort(params.begin(), params.end());
    QByteArrayList query;
    for (const auto &[name, value] : params)
        query.append(name + '=' + value);

    QByteArray headers;
    for (const QByteArray &name : signedHeaders) {
        bool present = false;
        headers += name + ':' + headerValues(request.headers, name, &present) + '\n';
    }
    return request.method + '\n' + uriEncode(normalizedPath(request.rawPath), true) + '\n' +
           query.join('&') + '\n' + headers + '\n' + signedHeaders.join(';') + '\n' +
           QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
}

SigV4Verifier::Verdict SigV4Verifier::verify(const Request &request, const QDateTime &now) const
{
    Verdict verdict;
    bool present = false;
    const QByteArray authorization = headerValues(request.headers, "authorization", &present);
    if (!present || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
        verdict.detail = u"the request has no AWS4-HMAC-SHA256 Authorization header"_s;
        return verdict;
    }
    static const QRegularExpression shape(
        uR"(^AWS4-HMAC-SHA256 Credential=([^/,\s]+)/(\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$)"_s);
    const auto match = shape.match(QString::fromLatin1(authorization));
    verdict.outcome = Outcome::Malformed;
    if (!match.hasMatch()) {
        verdict.detail =
            u"the Authorization header does not have the form of Signature Version 4"_s;
        return verdict;
    }
    verdict.accessKeyId = match.captured(1);
    const QString scopeDate = match.captured(2);
    verdict.region = match.captured(3);
    verdict.service = match.captured(4);
    const QByteArrayList signedHeaders = match.captured(5).toLatin1().split(';');
    const QByteArray signature = match.captured(6).toLatin1();

    const QByteArray amzDate = headerValues(request.headers, "x-amz-date", &present);
    const QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (!present || !signedAt.isValid() || !signedHeaders.contains("host") ||
        !signedHeaders.contains("x-amz-date") ||
        !std::is_sorted(signedHeaders.cbegin(), signedHeaders.cend())) {
        verdict.detail = u"X-Amz-Date and Host must be given and signed"_s;
        return verdict;
    }
    QDateTime utc = signedAt;
    utc.setTimeSpec(Qt::UTC);
    if (utc.toString(u"yyyyMMdd"_s) != scopeDate) {
        verdict.detail = u"the credential scope's date is not the date of X-Amz-Date"_s;
        return verdict;
    }

    const auto key = m_accounts->key(verdict.accessKeyId);
    if (!key) {
        verdict.outcome = Outcome::UnknownKey;
        return verdict;
    }
    verdict.account = key->account;
    const QByteArray token = headerValues(request.headers, "x-amz-security-token", &present);
    if (!key->sessionToken.isEmpty() && (!present || token != key->sessionToken.toUtf8() ||
                                         !signedHeaders.contains("x-amz-security-token"))) {
        verdict.outcome = Outcome::BadToken;
        return verdict;
    }
    if (key->sessionToken.isEmpty() && present) {
        verdict.outcome = Outcome::BadToken;
        return verdict;
    }
    if (key->expires.isValid() && key->expires <= now) {
        verdict.outcome = Outcome::ExpiredToken;
        return verdict;
    }
    if (qAbs(utc.secsTo(now)) > AllowedSkewSeconds) {
        verdict.outcome = Outcome::Expired;
        verdict.detail = QString::fromLatin1(amzDate);
        return verdict;
    }

    const QByteArray scope = scopeDate.toLatin1() + '/' + verdict.region.toLatin1() + '/' +
                             verdict.service.toLatin1() + "/aws4_request";
    const QByteArray canonicalRequest = canonical(request, signedHeaders);
    const QByteArray toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' +
        QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
    QByteArray signingKey = mac("AWS4" + key->secret.toUtf8(), scopeDate.toLatin1());
    signingKey = mac(signingKey, verdict.region.toLatin1());
    signingKey = mac(signingKey, verdict.service.toLatin1());
    signingKey = mac(signingKey, "aws4_request");
    const QByteArray expected = mac(signingKey, toSign).toHex();
    verdict.outcome = expected == signature ? Outcome::Ok : Outcome::BadSignature;
    return verdict;
}

} // namespace plc::sandbox
