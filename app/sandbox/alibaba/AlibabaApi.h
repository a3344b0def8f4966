#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaEcsApi.h"
#include "sandbox/alibaba/AlibabaEndpoints.h"
#include "sandbox/alibaba/AlibabaPrivateLink.h"
#include "sandbox/alibaba/AlibabaSignatureCheck.h"
#include "sandbox/alibaba/AlibabaStsApi.h"
#include "sandbox/alibaba/AlibabaVpcApi.h"

#include <optional>

class QHttpServerRequest;

namespace plc::sandbox {

class ProviderSimulation;
class SandboxStore;
struct SandboxSettings;

/// The sandbox's Alibaba Cloud mount (`/alibaba/`): the PrivateLink API (2020-04-15, its
/// endpoint services and its endpoints), the VPC API (2016-04-28), ECS's security groups
/// (2014-05-26) and STS's GetCallerIdentity (2015-04-01), told apart by `Version`, in the RPC
/// style, as a client given the
/// endpoint `http://127.0.0.1:<port>/alibaba` sends it — every parameter in the query (GET) or a
/// form body (POST), signed with the caller's AccessKey. Refusals — a bad signature, an old
/// timestamp, a nonce used twice, throttling, an injected fault — are written as Alibaba Cloud
/// writes them: `{"RequestId", "HostId", "Code", "Message", "Recommend"}` with its codes.
class AlibabaApi final
{
public:
    /// The emulated user's Alibaba Cloud account, which owns the user's endpoint services.
    static constexpr auto UserAccount = "1432156789012345";
    static constexpr auto StsVersion = "2015-04-01";

    /// `settings`: the lifecycle delays an endpoint takes (without them, the endpoints' own).
    AlibabaApi(SandboxStore *store, ProviderSimulation *simulation,
               const SandboxSettings *settings);

    void setUserKey(const QString &accessKeyId, const QString &accessKeySecret);

    /// Nothing when the signature holds (the caller and the parameters are then in `request`);
    /// otherwise the refusal.
    std::optional<SandboxResponse> authenticate(const QHttpServerRequest &http,
                                                SandboxRequest &request);
    SandboxResponse handle(const SandboxRequest &request);
    /// Over the rate limit (`status` 429) or an injected failure, in Alibaba Cloud's words.
    SandboxResponse refuse(const SandboxRequest &request, int status) const;
    /// The Active and Connected endpoint that `host` names: its ID, or nothing.
    std::optional<QString> usableEndpointNamed(const QString &host)
    {
        return m_endpoints.usableNamed(host);
    }

    /// An error as the gateway of `product` (`privatelink`, `vpc`, `ecs`) writes it.
    static SandboxResponse error(int status, const QString &code, const QString &message,
                                 const QString &region = {},
                                 const QString &product = QStringLiteral("privatelink"));
    /// The product a request's `Version` names (`privatelink` for an unknown one).
    static QString productOf(const SandboxRequest &request);

private:
    const SandboxSettings *m_settings;
    AlibabaSignatureCheck m_signatures;
    AlibabaStsApi m_sts;
    AlibabaEndpoints m_endpoints; // before m_privateLink, which uses it
    AlibabaPrivateLink m_privateLink;
    AlibabaVpcApi m_vpc;
    AlibabaEcsApi m_ecs;
};

} // namespace plc::sandbox
