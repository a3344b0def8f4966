#include "sandbox/SandboxSettings.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QJsonObject SandboxSettings::toJson() const
{
    return {{u"creatingDelayMs"_s, creatingDelayMs},
            {u"deletingDelayMs"_s, deletingDelayMs},
            {u"domainDelayMs"_s, domainDelayMs},
            {u"rateLimitPerMinute"_s, rateLimitPerMinute},
            {u"temporaryKeySeconds"_s, temporaryKeySeconds},
            {u"deniedActions"_s, QJsonArray::fromStringList(deniedActions)},
            {u"fleetTransitionMs"_s, fleetTransitionMs},
            {u"fleetSteady"_s, fleetSteady}};
}

namespace {
/// `service:Action`, as a policy names it.
bool isPolicyAction(const QString &name)
{
    static const QRegularExpression shape(u"^[a-z][a-z0-9-]{0,30}:[A-Za-z][A-Za-z0-9]{0,80}$"_s);
    return shape.match(name).hasMatch();
}
} // namespace

bool SandboxSettings::apply(const QJsonObject &json, QString *error)
{
    struct Field
    {
        const char *name;
        int *target;
        int max;
    };
    SandboxSettings next = *this;
    const Field fields[] = {{"creatingDelayMs", &next.creatingDelayMs, 3'600'000},
                            {"deletingDelayMs", &next.deletingDelayMs, 3'600'000},
                            {"domainDelayMs", &next.domainDelayMs, 3'600'000},
                            {"rateLimitPerMinute", &next.rateLimitPerMinute, 1'000'000},
                            {"temporaryKeySeconds", &next.temporaryKeySeconds, 43'200},
                            {"fleetTransitionMs", &next.fleetTransitionMs, 3'600'000}};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == "deniedActions"_L1) {
            const QJsonArray names = it.value().toArray();
            if (!it.value().isArray() || names.size() > 100) {
                *error = it.key() + u": must be a list of at most 100 actions"_s;
                return false;
            }
            next.deniedActions.clear();
            for (const QJsonValue &name : names) {
                if (!isPolicyAction(name.toString())) {
                    *error =
                        it.key() + u": each must be service:Action, as ec2:CreateVpcEndpoint"_s;
                    return false;
                }
                next.deniedActions.append(name.toString());
            }
            continue;
        }
        if (it.key() == "fleetSteady"_L1) {
            if (!it.value().isBool()) {
                *error = it.key() + u": must be true or false"_s;
                return false;
            }
            next.fleetSteady = it.value().toBool();
            continue;
        }
        const Field *field = nullptr;
        for (const Field &f : fields) {
            if (it.key() == QLatin1StringView(f.name))
                field = &f;
        }
        if (!field) {
            *error = it.key() + u": unknown field"_s;
            return false;
        }
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0 || value > field->max || value != int(value)) {
            *error = it.key() + u": must be a whole number from 0 to %1"_s.arg(field->max);
            return false;
        }
        *field->target = int(value);
    }
    *this = next;
    return true;
}

} // namespace plc::sandbox
