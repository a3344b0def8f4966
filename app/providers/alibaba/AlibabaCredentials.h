#pragma once

#include <QString>

namespace plc {

/// An Alibaba Cloud AccessKey pair, and the security token of temporary (STS) credentials.
/// Held in memory only: the secret signs requests (AlibabaRpcSigner) and is never sent, logged,
/// written or given to a child process.
struct AlibabaCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; ///< empty for a long-term AccessKey
    /// Where they came from, for the user ("environment variables", "profile prod in
    /// ~/.aliyun/config.json"…). Never holds a key.
    QString source;

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

} // namespace plc
