#include "sandbox/FaultInjector.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QJsonObject FaultRule::toJson() const
{
    return {{u"latencyMs"_s, latencyMs},
            {u"status"_s, status},
            {u"retryAfterSeconds"_s, retryAfterSeconds},
            {u"malformedJson"_s, malformedJson},
            {u"truncateBody"_s, truncateBody},
            {u"closeMidResponse"_s, closeMidResponse},
            {u"dropAnswer"_s, dropAnswer},
            {u"share"_s, share},
            {u"pathPrefix"_s, pathPrefix},
            {u"method"_s, method},
            {u"remaining"_s, remaining}};
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        auto integer = [&](int *target, int min, int max) {
            const double d = value.toDouble(-1e18);
            // The range first: a number beyond int's range must never be cast to int.
            if (!value.isDouble() || d < min || d > max || d != std::trunc(d)) {
                *error = key + u": must be a whole number from %1 to %2"_s.arg(min).arg(max);
                return false;
            }
            *target = int(d);
            return true;
        };
        auto boolean = [&](bool *target) {
            if (!value.isBool()) {
                *error = key + u": must be true or false"_s;
                return false;
            }
            *target = value.toBool();
            return true;
        };
        bool ok = true;
        if (key == "latencyMs"_L1)
            ok = integer(&rule.latencyMs, 0, 600'000);
        else if (key == "status"_L1) {
            ok = integer(&rule.status, 0, 599);
            if (ok && rule.status != 0 && rule.status < 400) {
                *error = u"status: must be 0 or an error status from 400 to 599"_s;
                ok = false;
            }
        } else if (key == "retryAfterSeconds"_L1)
            ok = integer(&rule.retryAfterSeconds, -1, 3600);
        else if (key == "malformedJson"_L1)
            ok = boolean(&rule.malformedJson);
        else if (key == "truncateBody"_L1)
            ok = boolean(&rule.truncateBody);
        else if (key == "closeMidResponse"_L1)
            ok = boolean(&rule.closeMidResponse);
        else if (key == "dropAnswer"_L1)
            ok = boolean(&rule.dropAnswer);
        else if (key == "remaining"_L1)
            ok = integer(&rule.remaining, -1, 1'000'000);
        else if (key == "share"_L1) {
            rule.share = value.toDouble(-1);
            ok = value.isDouble() && rule.share >= 0 && rule.share <= 1;
            if (!ok)
                *error = u"share: must be a number from 0 to 1"_s;
        } else if (key == "pathPrefix"_L1 || key == "method"_L1) {
            ok = value.isString();
            if (!ok)
                *error = key + u": must be a string"_s;
            else
                (key == "method"_L1 ? rule.method : rule.pathPrefix) = value.toString();
        } else {
            *error = key + u": unknown field"_s;
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    return rule;
}

FaultPlan FaultInjector::plan(const QByteArray &method, const QString &path)
{
    FaultPlan plan;
    if (!m_rule || m_rule->remaining == 0 || !path.startsWith(m_rule->pathPrefix))
        return plan;
    if (!m_rule->method.isEmpty() && m_rule->method.toLatin1() != method)
        return plan;
    if (m_rule->share < 1.0 && QRandomGenerator::global()->generateDouble() >= m_rule->share)
        return plan;
    if (m_rule->remaining > 0)
        --m_rule->remaining;
    plan.latencyMs = m_rule->latencyMs;
    plan.status = m_rule->status;
    plan.retryAfterSeconds = m_rule->retryAfterSeconds;
    plan.malformedJson = m_rule->malformedJson;
    plan.truncateBody = m_rule->truncateBody;
    plan.closeMidResponse = m_rule->closeMidResponse;
    plan.dropAnswer = m_rule->dropAnswer;
    return plan;
}

} // namespace plc::sandbox
