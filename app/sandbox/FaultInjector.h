#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace plc::sandbox {

/// Faults the sandbox can inject into its answers, for the client's reliability tests and for
/// demos of failure handling. One rule at a time, set with `PUT /sandbox/v1/faults` or
/// `--faults JSON`. A status fault answers instead of the API (the request is not acted on);
/// the body faults act on the real answer (the request was acted on, the answer is broken).
struct FaultRule
{
    int latencyMs = 0;          ///< delay before answering
    int status = 0;             ///< answer with this HTTP status instead (e.g. 500, 502, 503, 429)
    int retryAfterSeconds = -1; ///< with status: a Retry-After header
    bool malformedJson = false; ///< replace the body with invalid JSON
    bool truncateBody = false;  ///< send half the body, then close the connection
    bool closeMidResponse = false; ///< send the headers and a few bytes, then reset
    bool dropAnswer = false;       ///< act on the request, then close without a byte of answer
    double share = 1.0;            ///< fraction of matching requests affected (0-1)
    QString pathPrefix = QStringLiteral("/v1beta1/"); ///< which requests match
    QString method;                                   ///< only this method (empty: any)
    int remaining = -1; ///< affect this many more requests (-1: no limit)

    QJsonObject toJson() const;
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
};

/// What to do to one answer.
struct FaultPlan
{
    int latencyMs = 0;
    int status = 0;
    int retryAfterSeconds = -1;
    bool malformedJson = false;
    bool truncateBody = false;
    bool closeMidResponse = false;
    bool dropAnswer = false;

    bool isNone() const
    {
        return latencyMs == 0 && status == 0 && !malformedJson && !truncateBody &&
               !closeMidResponse && !dropAnswer;
    }
};

class FaultInjector final
{
public:
    void setRule(std::optional<FaultRule> rule) { m_rule = std::move(rule); }
    const std::optional<FaultRule> &rule() const { return m_rule; }

    /// Decides (and counts) for one request.
    FaultPlan plan(const QByteArray &method, const QString &path);

private:
    std::optional<FaultRule> m_rule;
};

} // namespace plc::sandbox
