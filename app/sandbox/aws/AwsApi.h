#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/Ec2Api.h"
#include "sandbox/aws/SsoPortal.h"
#include "sandbox/aws/StsApi.h"

#include <optional>

class QHttpServerRequest;

namespace plc::sandbox {

class ProviderSimulation;
class SandboxStore;
struct SandboxSettings;

/// The sandbox's AWS mount (`/aws/`): one endpoint URL for EC2 and STS, as a client given
/// `--endpoint-url` uses it. Every request is checked with Signature Version 4 against the
/// emulated accounts' keys; the signature's scope says which service is asked (ec2, sts) and
/// in which region. Refusals — a bad signature, throttling, an injected fault — are written
/// in the asked service's own error format and codes.
class AwsApi final
{
public:
    static constexpr auto StsVersion = "2011-06-15";

    AwsApi(SandboxStore *store, ProviderSimulation *simulation, const SandboxSettings *settings);

    AwsAccounts &accounts() { return m_accounts; }
    /// The user's long-term key pair: it acts as `arn:aws:iam::<user account>:user/sandbox-admin`.
    void setUserKey(const QString &accessKeyId, const QString &secretAccessKey);

    /// Nothing when the signature holds (the caller's account and scope are then in
    /// `request`); otherwise the refusal.
    std::optional<SandboxResponse> authenticate(const QHttpServerRequest &http,
                                                SandboxRequest &request) const;
    SandboxResponse handle(const SandboxRequest &request);
    /// IAM Identity Center's portal, and its sign-ins.
    SsoPortal &portal() { return m_portal; }
    /// Whether `segments` below /aws/ are the portal's `federation/credentials`.
    static bool isPortal(const QStringList &segments);
    /// Over the rate limit (`status` 429) or an injected failure, as the service words it.
    SandboxResponse refuse(const SandboxRequest &request, int status) const;
    /// The available interface endpoint that `host` names: its ID, or nothing.
    std::optional<QString> usableEndpointNamed(const QString &host)
    {
        return m_ec2.usableEndpointNamed(host);
    }

private:
    /// `sts` when the Authorization header's scope names STS, else `ec2`.
    static QString serviceAsked(const QHttpServerRequest &http);

    AwsAccounts m_accounts;
    const SandboxSettings *m_settings;
    StsApi m_sts;
    SsoPortal m_portal;
    Ec2Api m_ec2;
};

} // namespace plc::sandbox
