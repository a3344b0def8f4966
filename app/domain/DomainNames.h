#pragma once

#include <QString>
#include <QStringList>

namespace plc {

/// Unique names and the domains generated from them when domains are attached to a private
/// link connection (TIDBCLOUD_MANAGED and CONFLUENT), as in the product documents.
namespace DomainNames {

/// `dvs6nl5jgveztmla3pxkxgh76i`: 26 characters of a-z and 2-7, as TiDB Cloud generates.
bool isValidManagedUniqueName(const QString &name);
/// `domnprzqrog.us-east-1`: the Confluent network ID and its AWS region.
bool isValidConfluentUniqueName(const QString &name);
/// The region part of a Confluent unique name (`us-east-1`), empty if not valid.
QString confluentRegion(const QString &uniqueName);

/// Takes a Confluent network's DNS subdomain as shown in Confluent Cloud
/// (`use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud`, with or without the AZ part, a
/// leading `*.` or a trailing dot) and returns the unique name (`domnprzqrog.us-east-1`), or
/// an empty string when it is not such a subdomain.
QString confluentUniqueNameFromSubdomain(const QString &subdomain);

/// `*.<az-id>.<unique-name>.<provider>.plc.tidbcloud.com`, one per AZ.
QStringList managedDomains(const QString &uniqueName, const QString &provider,
                           const QStringList &azIds);
/// `*.<unique-name>.aws.confluent.cloud` and `*.<az-id>.<unique-name>.aws.confluent.cloud`.
QStringList confluentDomains(const QString &uniqueName, const QStringList &azIds);

} // namespace DomainNames

} // namespace plc
