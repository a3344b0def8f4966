#pragma once

#include <QDateTime>
#include <QString>

namespace plc::sandbox {

/// Identifiers and times in the shapes the real service uses.
namespace SandboxIds {
QString connectionId();      ///< `plc-` + 20 lowercase letters and digits
QString attachDomainId();    ///< `ad-` + 20 lowercase letters and digits
QString awsEndpointId();     ///< `vpce-` + 17 hex digits
QString alibabaEndpointId(); ///< `ep-` + 20 lowercase letters and digits
QString managedUniqueName(); ///< 26 characters of a-z and 2-7
QString nowRfc3339();
qint64 nowMs();
} // namespace SandboxIds

} // namespace plc::sandbox
