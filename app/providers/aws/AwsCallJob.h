#pragma once

#include "providers/ProviderCall.h"
#include "providers/aws/AwsQueryClient.h"

namespace plc {

/// An EC2 or STS operation whose XML answer becomes a T, over every page.
template<typename T> using AwsCallJob = ProviderCallJob<T>;

} // namespace plc
