#pragma once

#include <QString>
#include <QStringList>

namespace plc::sandbox {

/// The sandbox's own reading of the names in a request, written from the API's side and
/// independently of the console's validators (the sandbox never links the client): when a
/// rule is wrong on one side, the tests that send through both see them disagree.
namespace RequestRules {

enum class Provider { None, Aws, Alibaba };

/// An endpoint service name split into its parts, or the reason (in the API's English,
/// without the field name) it cannot be.
struct ServiceName
{
    Provider provider = Provider::None;
    QString region;
    QString problem; ///< empty when the name is valid
};

ServiceName serviceName(const QString &name);
/// `us-east-1`, `cn-hangzhou`, `ap-southeast-1`.
bool isRegion(const QString &text);
/// 26 characters of a-z and 2-7.
bool isManagedUniqueName(const QString &text);
/// The region of a Confluent unique name (`domnprzqrog.us-east-1`), or empty.
QString confluentRegion(const QString &uniqueName);

QStringList managedDomains(const QString &uniqueName, Provider provider, const QStringList &azIds);
QStringList confluentDomains(const QString &uniqueName, const QStringList &azIds);

} // namespace RequestRules

} // namespace plc::sandbox
