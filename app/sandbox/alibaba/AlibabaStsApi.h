#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonArray>

namespace plc::sandbox {

class AlibabaSignatureCheck;
struct SandboxSettings;

/// The emulated Alibaba Cloud STS (2015-04-01): `GetCallerIdentity`, and `AssumeRole` for the
/// RAM roles of the user's account:
///
/// - `privatelinkadmin`: trusts the user's account, sessions up to one hour;
/// - `privatelinkauditor`: trusts only TiDB Cloud's account, so the user is refused.
///
/// The keys it hands out are shaped as STS's (`STS.` and 28 characters, a secret, a security
/// token, an expiry) and are accepted by the sandbox's Alibaba Cloud APIs until they expire.
class AlibabaStsApi final
{
public:
    AlibabaStsApi(AlibabaSignatureCheck *keys, const SandboxSettings *settings)
        : m_keys(keys)
        , m_settings(settings)
    {}

    SandboxResponse handle(const SandboxRequest &request);
    /// The RAM roles for the admin API (`GET /sandbox/v1/roles`), as IamRoles lists AWS's.
    static QJsonArray rolesJson();

private:
    SandboxResponse callerIdentity(const SandboxRequest &request) const;
    SandboxResponse assumeRole(const SandboxRequest &request);

    AlibabaSignatureCheck *m_keys;
    const SandboxSettings *m_settings;
};

} // namespace plc::sandbox
