#pragma once

#include "sandbox/NetworkStore.h"

#include <QLatin1StringView>

namespace plc::sandbox::AlibabaNetwork {

/// The emulated Alibaba Cloud's name in the NetworkStore, and the kinds of resources it keeps
/// there. Each body is the resource as Alibaba Cloud's API names its fields (`VpcId`,
/// `CidrBlock`…); fields the sandbox keeps for itself start with `_`.
inline constexpr QLatin1StringView Cloud{"alibaba"};
inline constexpr QLatin1StringView Vpc{"vpc"};
inline constexpr QLatin1StringView VSwitch{"vswitch"};              ///< parent: its VPC
inline constexpr QLatin1StringView SecurityGroup{"security-group"}; ///< parent: its VPC
inline constexpr QLatin1StringView Endpoint{"vpc-endpoint"};        ///< parent: its VPC
/// A change's client token: `{"Action", "Fingerprint", "ResourceId", "RequestId"}`.
inline constexpr QLatin1StringView ClientToken{"client-token"};

inline NetworkScope scope(const QString &account, const QString &region)
{
    return {QString(Cloud), account, region};
}

} // namespace plc::sandbox::AlibabaNetwork
