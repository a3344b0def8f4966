#pragma once

#include <QJsonObject>

namespace plc::sandbox {

/// How fast the simulated cloud moves and how strictly it limits: changeable at run time
/// through the admin API (`PUT /sandbox/v1/settings`) and by flags.
struct SandboxSettings
{
    int creatingDelayMs = 5000;   ///< CREATING → PENDING_ACCEPTANCE / ACTIVE / FAILED
    int deletingDelayMs = 5000;   ///< DELETING → gone
    int domainDelayMs = 3000;     ///< domains CREATING → ACTIVE, DELETING → gone
    int rateLimitPerMinute = 100; ///< per API key; 0 = unlimited

    QJsonObject toJson() const;
    /// Applies the fields present in `json`; false with `error` for a bad value.
    bool apply(const QJsonObject &json, QString *error);
};

} // namespace plc::sandbox
