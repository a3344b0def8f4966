#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPushButton;

namespace plc {

class InboundSession;
class Job;

/// Copy as Terraform for one endpoint: the endpoint is read whole first (its groups and zones
/// are not in every list the windows show, and a resource written without them would strip
/// them when applied), then its Terraform goes to the clipboard.
class TerraformCopy final
{
    Q_DECLARE_TR_FUNCTIONS(TerraformCopy)

public:
    /// `button` is disabled meanwhile; `done` hears an empty sentence, or why nothing was
    /// copied.
    /// The read, while it runs.
    static Job *copy(InboundSession *session, const QString &endpointId, QPushButton *button,
                     std::function<void(const QString &problem)> done);
};

} // namespace plc
