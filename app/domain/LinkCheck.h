#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace plc {

/// One line of a cloud provider side's checks (AwsLinkChecks, AlibabaLinkChecks): what was
/// checked, how it came out, and the exact fix.
struct LinkCheck
{
    /// `Principal`: who may connect — AWS's Allow principals, Alibaba Cloud's Service
    /// Whitelist. The checks of a private endpoint into a cluster add the network's: `Network`
    /// (the VPC and its DNS attributes), `Port` (a security group lets the port in) and
    /// `Existing` (an endpoint to the same service in the VPC already).
    enum class Kind { Region, Service, Principal, Zones, Acceptance, Network, Port, Existing };
    enum class Status { Pass, Fail, Unknown, Info };
    Kind kind = Kind::Region;
    Status status = Status::Unknown;
    QString sentence;
    QString fix; ///< what to do, when it failed or could not be checked

    /// True when no check failed (unknowns do not stop a create).
    static bool passes(const QList<LinkCheck> &checks)
    {
        return std::none_of(checks.cbegin(), checks.cend(),
                            [](const LinkCheck &c) { return c.status == Status::Fail; });
    }

    /// How the checks came out as a whole, for the note above them: a ✗, something that could
    /// not be checked (the credentials failed, a read was refused: no all-clear), or all clear.
    enum class Verdict { Fails, Incomplete, Passes };
    static Verdict verdict(const QList<LinkCheck> &checks)
    {
        if (!passes(checks))
            return Verdict::Fails;
        return std::any_of(checks.cbegin(), checks.cend(),
                           [](const LinkCheck &c) { return c.status == Status::Unknown; })
                   ? Verdict::Incomplete
                   : Verdict::Passes;
    }
    /// The first check that could not be made, or null.
    static const LinkCheck *firstUnknown(const QList<LinkCheck> &checks)
    {
        const auto it = std::find_if(checks.cbegin(), checks.cend(), [](const LinkCheck &c) {
            return c.status == Status::Unknown;
        });
        return it == checks.cend() ? nullptr : &*it;
    }
};

} // namespace plc
