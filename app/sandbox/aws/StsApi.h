#pragma once

#include "sandbox/SandboxResponse.h"
#include "sandbox/aws/AwsAccounts.h"

namespace plc::sandbox {

struct AwsQuery;
struct SandboxSettings;

/// The emulated STS (version 2011-06-15): `GetCallerIdentity`, and `AssumeRole` for the roles
/// of IamRoles. AssumeRole decides as STS does — the trust policy (account, MFA, external ID),
/// the session's length (the role's maximum, one hour when a role's keys assume another) —
/// and hands out temporary keys shaped as STS's (`ASIA…`, a secret, a session token, an
/// expiry), which the sandbox's EC2 and STS accept until they expire.
class StsApi final
{
public:
    StsApi(AwsAccounts *accounts, const SandboxSettings *settings)
        : m_accounts(accounts)
        , m_settings(settings)
    {}

    SandboxResponse handle(const AwsQuery &query);

private:
    SandboxResponse getCallerIdentity(const AwsQuery &query) const;
    SandboxResponse assumeRole(const AwsQuery &query);

    AwsAccounts *m_accounts;
    const SandboxSettings *m_settings;
};

} // namespace plc::sandbox
