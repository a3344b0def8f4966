#pragma once

#include "providers/alibaba/AlibabaCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace plc {

/// An RPC-style request's parameters: names and values as the API documents them, decoded.
using AlibabaParams = QList<QPair<QString, QString>>;

/// The signature of Alibaba Cloud's RPC-style APIs (PrivateLink, VPC, ECS…), as the SDKs send
/// it: `SignatureMethod` HMAC-SHA1, `SignatureVersion` 1.0, a fresh nonce and a timestamp
/// per request. The parameters are sorted by name, each name and value encoded with RFC 3986's
/// unreserved set, joined, and signed as `METHOD&%2F&<the joined string, encoded again>` with
/// the key `<secret>&`. Held against `@alicloud/pop-core`, Alibaba Cloud's Node.js SDK core,
/// by the tests.
class AlibabaRpcSigner final
{
public:
    /// UTF-8, every byte but A–Z a–z 0–9 - _ . ~ percent-encoded with capital hex digits.
    static QByteArray encode(const QString &text);
    /// `name=value&…` in the order of the names' UTF-16 code units (as the SDKs sort them).
    static QByteArray canonicalQuery(const AlibabaParams &params);
    static QByteArray stringToSign(const QByteArray &method, const AlibabaParams &params);
    /// base64(HMAC-SHA1(`<secret>&`, stringToSign))
    static QByteArray signature(const QString &secret, const QByteArray &stringToSign);

    /// Adds the common parameters — Format, Version, AccessKeyId, SignatureMethod,
    /// SignatureVersion, SignatureNonce, Timestamp and, for temporary credentials,
    /// SecurityToken — then `Signature`, computed over all of them. Returns them as they are
    /// sent (a query or a form body): the signed parameters sorted, `Signature` last.
    static QByteArray sign(AlibabaParams &params, const QByteArray &method, const QString &version,
                           const AlibabaCredentials &credentials, const QString &nonce,
                           const QDateTime &now);

    /// `2026-12-01T08:30:00Z` (UTC, no fraction)
    static QString timestamp(const QDateTime &time);
    /// A nonce never used before (a random UUID without braces).
    static QString makeNonce();
};

} // namespace plc
