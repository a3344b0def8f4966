#include "providers/alibaba/AlibabaRpcSigner.h"

#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc {

QByteArray AlibabaRpcSigner::encode(const QString &text)
{
    // Qt leaves exactly RFC 3986's unreserved set as it is and writes capital hex digits.
    return text.toUtf8().toPercentEncoding();
}

QByteArray AlibabaRpcSigner::canonicalQuery(const AlibabaParams &params)
{
    AlibabaParams sorted = params;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(name));
        out.append('=');
        out.append(encode(value));
    }
    return out;
}

QByteArray AlibabaRpcSigner::stringToSign(const QByteArray &method, const AlibabaParams &params)
{
    return method + '&' + encode(u"/"_s) + '&' + canonicalQuery(params).toPercentEncoding();
}

QByteArray AlibabaRpcSigner::signature(const QString &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&',
                                            QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray AlibabaRpcSigner::sign(AlibabaParams &params, const QByteArray &method,
                                  const QString &version, const AlibabaCredentials &credentials,
                                  const QString &nonce, const QDateTime &now)
{
    params.append({u"Format"_s, u"JSON"_s});
    params.append({u"Version"_s, version});
    params.append({u"AccessKeyId"_s, credentials.accessKeyId});
    params.append({u"SignatureMethod"_s, u"HMAC-SHA1"_s});
    params.append({u"SignatureVersion"_s, u"1.0"_s});
    params.append({u"SignatureNonce"_s, nonce});
    params.append({u"Timestamp"_s, timestamp(now)});
    if (!credentials.securityToken.isEmpty())
        params.append({u"SecurityToken"_s, credentials.securityToken});
    const QByteArray sig = signature(credentials.accessKeySecret, stringToSign(method, params));
    const QByteArray wire = canonicalQuery(params) + "&Signature=" + sig.toPercentEncoding();
    params.append({u"Signature"_s, QString::fromLatin1(sig)});
    return wire;
}

QString AlibabaRpcSigner::timestamp(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QString AlibabaRpcSigner::makeNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace plc
