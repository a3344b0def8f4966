#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaCall.h"
#include "sandbox/alibaba/AlibabaEndpointServices.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

/// What Alibaba Cloud's PrivateLink checks of a CreateVpcEndpoint before it acts, with its
/// error codes: the VPC, the service (known, and the caller in its whitelist), one vSwitch of
/// the VPC per zone and each zone the service's, the security groups of the VPC, and one
/// endpoint per service and VPC.
namespace AlibabaEndpointRules {

/// The endpoint's body so far (its service, zones and groups, and the internal fields the
/// lifecycle needs), or nothing with the refusal in `refusal`.
std::optional<QJsonObject> checked(const NetworkStore &networks,
                                   const AlibabaEndpointServices &services, const AlibabaCall &call,
                                   SandboxResponse *refusal);

} // namespace AlibabaEndpointRules

} // namespace plc::sandbox
