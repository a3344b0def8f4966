#pragma once

#include "domain/PrivateLink.h"

namespace plc {

class AlibabaAccount;
class AwsAccount;

/// The cloud provider accounts a profile names, which follow it: the console acts on the
/// provider side of a link only with the account of that link's provider.
struct ProviderAccounts
{
    AwsAccount *aws = nullptr;
    AlibabaAccount *alibaba = nullptr;

    /// Whether the account for connections of `type` is configured (AWS for an AWS endpoint
    /// service, Alibaba Cloud for an Alibaba Cloud one).
    bool actsOn(ConnectionType type) const;
};

} // namespace plc
