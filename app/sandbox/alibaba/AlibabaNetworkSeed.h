#pragma once

namespace plc::sandbox {

class NetworkStore;

/// The user's Alibaba Cloud networks in the seed: a VPC in each region of the seeded Alibaba
/// Cloud clusters, with vSwitches in the zones of TiDB Cloud's service there and one outside
/// them, and security groups.
namespace AlibabaNetworkSeed {
bool seed(NetworkStore &networks);
}

} // namespace plc::sandbox
