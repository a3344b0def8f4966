#pragma once

#include "providers/aws/AwsCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace plc {

/// A request as Signature Version 4 sees it. Every header listed is signed, so only the ones
/// the service must see belong here (Host, Content-Type, X-Amz-Date, X-Amz-Security-Token) —
/// never User-Agent, which proxies rewrite.
struct SignableRequest
{
    QByteArray method;
    /// As sent on the wire. It is encoded once more for the canonical request: every service
    /// but S3 signs the path encoded twice, so `%20` is signed as `%2520`.
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> query;   ///< decoded names and values, in any order
    QList<QPair<QByteArray, QByteArray>> headers; ///< as sent; must hold Host
    QByteArray body;
};

/// AWS Signature Version 4 (HMAC-SHA256), as EC2 and STS check it: the path normalised,
/// names and values encoded with AWS's unreserved set, headers lower-cased, trimmed and
/// joined, the key derived from the secret, the date, the region and the service. Tested
/// against AWS's published test suite and against botocore's signer.
class AwsSigner final
{
public:
    static constexpr auto Algorithm = "AWS4-HMAC-SHA256";

    /// Adds X-Amz-Date (and X-Amz-Security-Token for temporary keys) to `request`, then the
    /// Authorization header computed over it.
    static void sign(SignableRequest &request, const AwsCredentials &credentials,
                     const QByteArray &region, const QByteArray &service, const QDateTime &now);

    /// The steps, public for the tests that hold them against the published vectors.
    static QByteArray canonicalRequest(const SignableRequest &request,
                                       QByteArray *signedHeaders = nullptr);
    static QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                                   const QByteArray &canonicalRequest);
    static QByteArray signingKey(const QString &secret, const QByteArray &date,
                                 const QByteArray &region, const QByteArray &service);
    static QByteArray authorization(const SignableRequest &request,
                                    const AwsCredentials &credentials, const QByteArray &amzDate,
                                    const QByteArray &region, const QByteArray &service);

    /// `/a/./b/../c//` → `/a/c/`, each byte outside AWS's unreserved set percent-encoded.
    static QByteArray canonicalPath(const QByteArray &path);
    /// Percent-encodes every byte but A–Z a–z 0–9 - _ . ~ (and `/` when `keepSlash`).
    static QByteArray encode(const QByteArray &bytes, bool keepSlash = false);
    /// `20150830T123600Z`
    static QByteArray amzDate(const QDateTime &time);
};

} // namespace plc
