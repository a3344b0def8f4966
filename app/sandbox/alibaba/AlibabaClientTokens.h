#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/alibaba/AlibabaCall.h"

namespace plc::sandbox {

/// The client tokens of the changes made on the emulated Alibaba Cloud, per account, region and
/// action, kept in the NetworkStore: a change sent again with its token is the same change,
/// and a token sent with other parameters is refused.
class AlibabaClientTokens final
{
public:
    enum class Seen {
        No,    ///< no token, or one not used before
        Same,  ///< used before for the very same change: `first` is what it made
        Other, ///< used before with other parameters
    };

    explicit AlibabaClientTokens(NetworkStore *networks)
        : m_networks(networks)
    {}

    Seen look(const AlibabaCall &call, QJsonObject *first) const;
    /// Remembers the call's token (if it has one) for the resource it made or changed.
    bool remember(const AlibabaCall &call, const QString &resourceId);
    /// `IdempotenceParamNotMatch`: the refusal of a token used with other parameters.
    static SandboxResponse mismatch(const AlibabaCall &call);

private:
    static QString key(const AlibabaCall &call);

    NetworkStore *m_networks;
};

} // namespace plc::sandbox
