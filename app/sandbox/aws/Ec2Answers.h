#pragma once

#include "sandbox/aws/AwsQuery.h"

#include <optional>

namespace plc::sandbox::Ec2Answers {

// Pieces every answer of the emulated EC2's network actions shares.

QString boolText(bool value);
/// `<tagSet>` with the `Name` tag, when there is a name.
void writeNameTag(AwsXmlAnswer &answer, const QString &name);
/// Whether `id` is not `prefix-` and 8 or 17 hex digits, as EC2's IDs are.
bool malformed(const QString &id, const QString &prefix);
/// DryRunOperation when the request asks for a dry run (after its checks passed).
std::optional<SandboxResponse> dryRun(const AwsQuery &query);

} // namespace plc::sandbox::Ec2Answers
