#pragma once

#include <QString>

namespace plc {

/// The shapes of the cloud providers' region codes. A provider's host is made from a region
/// only when it has its provider's shape (AwsProfileResolver::defaultEndpoint,
/// AlibabaProfileResolver::defaultEndpoint), so that a region read from a server, a file or
/// the environment can never name another host (`x@localhost:18490/`).
namespace RegionNames {
/// `us-east-1`, `ap-southeast-7`, `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`.
bool isAwsRegion(const QString &region);
/// `cn-hangzhou`, `ap-southeast-1`, `cn-north-2-gov-1`: lower-case words and digits joined by
/// hyphens, at most 40 characters.
bool isAlibabaRegion(const QString &region);
} // namespace RegionNames

} // namespace plc
