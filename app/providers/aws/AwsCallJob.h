#pragma once

#include "providers/PagedCallJob.h"
#include "providers/aws/AwsQueryClient.h"

namespace plc {

/// An EC2 or STS operation whose XML answer becomes a T, over every page.
template<typename T> using AwsCallJob = PagedCallJob<AwsQueryClient, T>;

} // namespace plc
