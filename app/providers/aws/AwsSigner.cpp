#include "providers/aws/AwsSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace plc {

namespace {
QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

/// Header values: leading and trailing white space removed, each inner run made one space
/// (folded continuation lines included).
QByteArray trimmedValue(const QByteArray &value)
{
    return value.simplified();
}
} // namespace

QByteArray AwsSigner::encode(const QByteArray &bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray AwsSigner::canonicalPath(const QByteArray &path)
{
    // RFC 3986 dot-segment removal over the segments; empty segments (`//`) are dropped.
    QList<QByteArray> kept;
    const QList<QByteArray> segments = path.split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray normalized = '/' + kept.join('/');
    // As AWS's own SDKs do it: a trailing slash is kept only where the path ends with one
    // (`/b/.` is signed as `/b`).
    if (path.endsWith('/') && !kept.isEmpty())
        normalized.append('/');
    return encode(normalized, true);
}

QByteArray AwsSigner::canonicalRequest(const SignableRequest &request, QByteArray *signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> query;
    query.reserve(request.query.size());
    for (const auto &[name, value] : request.query)
        query.append({encode(name), encode(value)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[name, value] : query)
        queryParts.append(name + '=' + value);

    // Lower-cased names in order; values of a repeated name joined with commas, in the order
    // they were given.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[rawName, rawValue] : request.headers) {
        const QByteArray name = rawName.trimmed().toLower();
        const QByteArray value = trimmedValue(rawValue);
        auto it = std::find_if(headers.begin(), headers.end(),
                               [&](const auto &header) { return header.first == name; });
        if (it == headers.end())
            headers.append({name, value});
        else
            it->second += ',' + value;
    }
    std::sort(headers.begin(), headers.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }
    const QByteArray signedList = names.join(';');
    if (signedHeaders)
        *signedHeaders = signedList;

    return request.method + '\n' + canonicalPath(request.path) + '\n' + queryParts.join('&') +
           '\n' + canonicalHeaders + '\n' + signedList + '\n' + sha256Hex(request.body);
}

QByteArray AwsSigner::stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                                   const QByteArray &canonicalRequest)
{
    return QByteArray(Algorithm) + '\n' + amzDate + '\n' + scope + '\n' +
           sha256Hex(canonicalRequest);
}

QByteArray AwsSigner::signingKey(const QString &secret, const QByteArray &date,
                                 const QByteArray &region, const QByteArray &service)
{
    const QByteArray dateKey = hmac("AWS4" + secret.toUtf8(), date);
    const QByteArray regionKey = hmac(dateKey, region);
    const QByteArray serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
}

QByteArray AwsSigner::authorization(const SignableRequest &request,
                                    const AwsCredentials &credentials, const QByteArray &amzDate,
                                    const QByteArray &region, const QByteArray &service)
{
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region + '/' + service + "/aws4_request";
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(request, &signedHeaders);
    const QByteArray toSign = stringToSign(amzDate, scope, canonical);
    const QByteArray signature =
        hmac(signingKey(credentials.secretAccessKey, date, region, service), toSign).toHex();
    return QByteArray(Algorithm) + " Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope +
           ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
}

QByteArray AwsSigner::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void AwsSigner::sign(SignableRequest &request, const AwsCredentials &credentials,
                     const QByteArray &region, const QByteArray &service, const QDateTime &now)
{
    const QByteArray date = amzDate(now);
    request.headers.append({"X-Amz-Date", date});
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    const QByteArray header = authorization(request, credentials, date, region, service);
    request.headers.append({"Authorization", header});
}

} // namespace plc
