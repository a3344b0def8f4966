#pragma once

#include <QLatin1StringView>

namespace plc::sandbox::Ec2Network {

/// The emulated EC2's name in the NetworkStore, and the kinds of resources it keeps there.
inline constexpr QLatin1StringView Cloud{"aws"};
inline constexpr QLatin1StringView Vpc{"vpc"};
inline constexpr QLatin1StringView Subnet{"subnet"};
inline constexpr QLatin1StringView SecurityGroup{"security-group"};
inline constexpr QLatin1StringView Endpoint{"vpc-endpoint"};
inline constexpr QLatin1StringView ClientToken{"client-token"};

} // namespace plc::sandbox::Ec2Network
