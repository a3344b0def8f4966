#include "sandbox/alibaba/AlibabaClientTokens.h"

#include "sandbox/alibaba/AlibabaNetwork.h"

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QString AlibabaClientTokens::key(const AlibabaCall &call)
{
    // IDs are unique within a kind across the whole store: the key names whose token it is.
    return u"%1/%2/%3/%4"_s.arg(call.account, call.region, call.action,
                                call.value(u"ClientToken"_s));
}

AlibabaClientTokens::Seen AlibabaClientTokens::look(const AlibabaCall &call,
                                                    QJsonObject *first) const
{
    if (call.value(u"ClientToken"_s).isEmpty())
        return Seen::No;
    const auto stored = m_networks->find(AlibabaNetwork::scope(call.account, call.region),
                                         AlibabaNetwork::ClientToken, key(call));
    if (!stored)
        return Seen::No;
    if (stored->value("Fingerprint"_L1).toString() != call.fingerprint())
        return Seen::Other;
    *first = *stored;
    return Seen::Same;
}

bool AlibabaClientTokens::remember(const AlibabaCall &call, const QString &resourceId)
{
    if (call.value(u"ClientToken"_s).isEmpty())
        return true;
    return m_networks->put(AlibabaNetwork::scope(call.account, call.region),
                           AlibabaNetwork::ClientToken, key(call), {},
                           QJsonObject{{u"Action"_s, call.action},
                                       {u"Fingerprint"_s, call.fingerprint()},
                                       {u"ResourceId"_s, resourceId},
                                       {u"RequestId"_s, call.requestId}});
}

SandboxResponse AlibabaClientTokens::mismatch(const AlibabaCall &call)
{
    return call.fail(400, u"IdempotenceParamNotMatch"_s,
                     u"The ClientToken was used by an earlier request with other parameters."_s);
}

} // namespace plc::sandbox
