#pragma once

#include <QDateTime>
#include <QString>

namespace plc {

/// An AWS key pair (and session token, for temporary credentials). Held in memory only: the
/// secret signs requests (AwsSigner) and is never put in a header, a log, a file or a child
/// process's arguments.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< empty for long-term keys
    QDateTime expiration; ///< invalid when the keys do not expire
    /// Where they came from, for the user ("environment variables", "profile prod in
    /// ~/.aws/credentials"…). Never holds a key.
    QString source;

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

} // namespace plc
