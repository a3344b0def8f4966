#pragma once

namespace plc::sandbox {

class NetworkStore;

/// The user's AWS networks in the seed: a VPC in each region of the seeded AWS clusters, with
/// subnets in the zones of TiDB Cloud's service there and one outside them, and security
/// groups, one of which opens TCP 4000 to the VPC.
namespace Ec2NetworkSeed {
bool seed(NetworkStore &networks);
}

} // namespace plc::sandbox
