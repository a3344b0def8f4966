#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaCall.h"
#include "sandbox/alibaba/AlibabaClientTokens.h"

namespace plc::sandbox {

class SandboxStore;

/// The emulated ECS API (2014-05-26), its security groups only: `DescribeSecurityGroups`,
/// `DescribeSecurityGroupAttribute` (the rules, `Permissions.Permission[]`) and
/// `AuthorizeSecurityGroup` (an inbound rule; the same rule again adds nothing, as on ECS; a
/// group managed by a cloud product cannot be changed).
class AlibabaEcsApi final
{
public:
    static constexpr auto Version = "2014-05-26";

    explicit AlibabaEcsApi(SandboxStore *store)
        : m_networks(store)
        , m_tokens(&m_networks)
    {}

    SandboxResponse handle(const SandboxRequest &request);

private:
    SandboxResponse groups(const AlibabaCall &call) const;
    SandboxResponse attribute(const AlibabaCall &call) const;
    SandboxResponse authorize(const AlibabaCall &call);
    /// The group `SecurityGroupId` names in the call's region, or the refusal.
    std::optional<QJsonObject> group(const AlibabaCall &call, SandboxResponse *refusal) const;
    /// The rule the call asks for, checked, or the refusal.
    std::optional<QJsonObject> rule(const AlibabaCall &call, const QJsonObject &group,
                                    SandboxResponse *refusal) const;

    NetworkStore m_networks;
    AlibabaClientTokens m_tokens;
};

} // namespace plc::sandbox
