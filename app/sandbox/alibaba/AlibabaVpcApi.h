#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaCall.h"

namespace plc::sandbox {

class SandboxStore;

/// The emulated VPC API (2016-04-28): the caller's VPCs and vSwitches in a region, read with
/// `DescribeVpcs` and `DescribeVSwitches` as Alibaba Cloud answers them (`Vpcs.Vpc[]`,
/// `VSwitches.VSwitch[]`, paged with `PageNumber` and `PageSize`).
class AlibabaVpcApi final
{
public:
    static constexpr auto Version = "2016-04-28";

    explicit AlibabaVpcApi(SandboxStore *store)
        : m_networks(store)
    {}

    SandboxResponse handle(const SandboxRequest &request) const;

private:
    SandboxResponse vpcs(const AlibabaCall &call) const;
    SandboxResponse vswitches(const AlibabaCall &call) const;

    NetworkStore m_networks;
};

} // namespace plc::sandbox
