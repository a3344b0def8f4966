#include "sandbox/alibaba/AlibabaNetworkSeed.h"

#include "sandbox/NetworkStore.h"

namespace plc::sandbox {

bool AlibabaNetworkSeed::seed(NetworkStore &)
{
    return true; // the VPC, ECS and PrivateLink network emulation comes with its own seed
}

} // namespace plc::sandbox
