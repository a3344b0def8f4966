#pragma once

#include "sandbox/aws/AwsAccounts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace plc::sandbox {

/// Checks a request's AWS Signature Version 4 the way EC2 and STS do: the Authorization
/// header's credential scope and signed headers, the time (15 minutes either way), the
/// session token of temporary keys, and the signature recomputed from the request as it
/// arrived. The sandbox's own reading of the algorithm, never the console's signer.
class SigV4Verifier final
{
public:
    enum class Outcome {
        Ok,
        Missing,      ///< no Authorization header, or not AWS4-HMAC-SHA256
        Malformed,    ///< a header that does not parse, or a scope that is not a date
        UnknownKey,   ///< an access key the emulated cloud does not have
        BadToken,     ///< a session token missing or not the key's
        Expired,      ///< X-Amz-Date more than 15 minutes from now
        ExpiredToken, ///< temporary keys past their expiry
        BadSignature, ///< the secret or the request differ from what was signed
    };

    struct Request
    {
        QByteArray method;
        QByteArray rawPath;  ///< as on the wire, percent-encoded
        QByteArray rawQuery; ///< as on the wire, without `?`
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    struct Verdict
    {
        Outcome outcome = Outcome::Missing;
        QString accessKeyId;
        QString account;
        QString region;  ///< of the credential scope
        QString service; ///< of the credential scope: ec2, sts
        QString detail;  ///< what did not match, for the error message
    };

    explicit SigV4Verifier(const AwsAccounts *accounts)
        : m_accounts(accounts)
    {}

    Verdict verify(const Request &request, const QDateTime &now) const;

private:
    static QByteArray canonical(const Request &request, const QByteArrayList &signedHeaders);

    const AwsAccounts *m_accounts;
};

} // namespace plc::sandbox
