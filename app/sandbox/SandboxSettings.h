#pragma once

#include <QJsonObject>
#include <QStringList>

namespace plc::sandbox {

/// How fast the simulated cloud moves and how strictly it limits: changeable at run time
/// through the admin API (`PUT /sandbox/v1/settings`) and by flags.
struct SandboxSettings
{
    int creatingDelayMs = 5000;   ///< CREATING → PENDING_ACCEPTANCE / ACTIVE / FAILED
    int deletingDelayMs = 5000;   ///< DELETING → gone
    int domainDelayMs = 3000;     ///< domains CREATING → ACTIVE, DELETING → gone
    int rateLimitPerMinute = 100; ///< per API key; 0 = unlimited
    /// How long the temporary keys STS hands out last, in seconds; 0: as long as asked
    /// (DurationSeconds). Their Expiration says the shorter time, as a role's shorter maximum
    /// would: a way to see keys expire and be renewed without waiting an hour.
    int temporaryKeySeconds = 0;
    /// The provider actions the sandbox's keys may not call, named as IAM and RAM policies name
    /// them (`ec2:CreateVpcEndpoint`, `privatelink:CreateVpcEndpoint`, `ecs:…`, `vpc:…`): each
    /// is refused as the provider refuses a call no policy allows, before anything is done (a
    /// dry run included).
    QStringList deniedActions;
    /// With a generated fleet (`--fleet`), how often its next transition happens; 0: never.
    int fleetTransitionMs = 20000;
    /// With a generated fleet, whether its transitions keep its number of connections: each
    /// new connection then replaces one of the fleet's (FleetTransitions), for runs that
    /// measure the console over hours against a fleet of the same size.
    bool fleetSteady = false;

    /// Whether `service:action` is denied.
    bool denies(const QString &service, const QString &action) const
    {
        // As in IAM and RAM, action names are compared without regard to case.
        return deniedActions.contains(service + u':' + action, Qt::CaseInsensitive);
    }

    QJsonObject toJson() const;
    /// Applies the fields present in `json`; false with `error` for a bad value.
    bool apply(const QJsonObject &json, QString *error);
};

} // namespace plc::sandbox
