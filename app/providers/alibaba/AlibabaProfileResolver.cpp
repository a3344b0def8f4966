#include "providers/alibaba/AlibabaProfileResolver.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

QUrl AlibabaProfileResolver::defaultEndpoint(const QString &region, AlibabaProduct product)
{
    // The one place an Alibaba Cloud host is made from a region: only a region's shape, and
    // only a product's fixed name before it.
    if (!RegionNames::isAlibabaRegion(region))
        return {};
    const QString name = product == AlibabaProduct::Vpc   ? u"vpc"_s
                         : product == AlibabaProduct::Ecs ? u"ecs"_s
                                                          : u"privatelink"_s;
    return QUrl(u"https://%1.%2.aliyuncs.com/"_s.arg(name, region));
}

QUrl AlibabaProfileResolver::endpointFrom(const QHash<QString, QString> &environment)
{
    const QString value = environment.value(u"ALIBABA_CLOUD_ENDPOINT"_s).trimmed();
    if (value.isEmpty())
        return {};
    QUrl url = value.contains("://"_L1) ? QUrl(value, QUrl::StrictMode)
                                        : QUrl(u"https://"_s + value + u'/', QUrl::StrictMode);
    if (url.isValid() && url.path().isEmpty())
        url.setPath(u"/"_s);
    // An unusable value stays unusable (no host): the call refuses it with a sentence rather
    // than falling back to an endpoint the user did not name.
    return url.isValid() && !url.host().isEmpty() ? url : QUrl(u"invalid:"_s);
}

AlibabaResolvedProfile AlibabaProfileResolver::resolve(const QString &profile,
                                                       const QHash<QString, QString> &environment,
                                                       const AliyunConfig &config)
{
    AlibabaResolvedProfile resolved;
    resolved.region = environment.value(u"ALIBABA_CLOUD_REGION_ID"_s);
    resolved.endpoint = endpointFrom(environment);

    const QString envKey = environment.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    const QString envSecret = environment.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    if (profile.isEmpty() && !envKey.isEmpty() && !envSecret.isEmpty()) {
        resolved.source = AlibabaResolvedProfile::Source::Environment;
        resolved.credentials = {envKey, envSecret,
                                environment.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s),
                                tr("environment variables")};
        return resolved;
    }

    QString name = profile;
    if (name.isEmpty())
        name = environment.value(u"ALIBABA_CLOUD_PROFILE"_s);
    if (name.isEmpty())
        name = config.current();
    if (name.isEmpty())
        name = u"default"_s;
    resolved.profileName = name;
    // Names and paths come from a file and the environment: shown with control characters
    // made visible.
    const QString shown = OutsideText::visible(name);
    const QString path = OutsideText::visible(config.path());

    if (!config.problem().isEmpty()) {
        resolved.problem = tr("The aliyun CLI's configuration could not be read: %1")
                               .arg(OutsideText::visible(config.problem()));
        return resolved;
    }
    const AliyunProfile *found = config.profile(name);
    if (!found) {
        resolved.problem = tr("There is no Alibaba Cloud profile %1 in %2.").arg(shown, path);
        return resolved;
    }
    if (resolved.region.isEmpty())
        resolved.region = found->regionId;
    QStringList visited{name};
    if (!findKeys(&resolved, config, name, &visited)) {
        resolved.source = AlibabaResolvedProfile::Source::None;
        resolved.credentials = {};
        resolved.roles.clear();
    }
    return resolved;
}

bool AlibabaProfileResolver::roleStep(AlibabaResolvedProfile *resolved,
                                      const AliyunProfile &profile, AlibabaRoleStep *step)
{
    static const QRegularExpression arnShape(u"^acs:ram::\\d+:role/[\\w.@-]{1,64}$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sessionShape(u"^[\\w.@-]{2,64}$"_s);
    static const QRegularExpression externalShape(u"^[\\w.@=:/+,-]{2,1224}$"_s);
    const QString shown = OutsideText::visible(profile.name);
    step->profileName = profile.name;
    step->roleArn = profile.ramRoleArn;
    step->sessionName = profile.ramSessionName;
    step->externalId = profile.externalId;
    if (!arnShape.match(step->roleArn).hasMatch()) {
        resolved->problem = tr("The ram_role_arn of Alibaba Cloud profile %1 is not a RAM role's "
                               "ARN. It looks like acs:ram::1234567890123456:role/rolename.")
                                .arg(shown);
        return false;
    }
    if (!step->sessionName.isEmpty() && !sessionShape.match(step->sessionName).hasMatch()) {
        resolved->problem = tr("The ram_session_name of Alibaba Cloud profile %1 must be 2 to 64 "
                               "letters, digits or the characters . @ - _ (no spaces).")
                                .arg(shown);
        return false;
    }
    if (!step->externalId.isEmpty() && !externalShape.match(step->externalId).hasMatch()) {
        resolved->problem = tr("The external_id of Alibaba Cloud profile %1 must be 2 to 1224 "
                               "letters, digits or the characters . @ = : / + , - _ (no spaces).")
                                .arg(shown);
        return false;
    }
    if (!profile.expiredSeconds.isEmpty() && profile.expiredSeconds != "0"_L1) {
        bool number = false;
        step->durationSeconds = profile.expiredSeconds.toInt(&number);
        if (!number || step->durationSeconds < 900 || step->durationSeconds > 43200) {
            resolved->problem = tr("The expired_seconds of Alibaba Cloud profile %1 must be a "
                                   "whole number of seconds from 900 (15 minutes) to 43200 (12 "
                                   "hours).")
                                    .arg(shown);
            return false;
        }
    }
    return true;
}

bool AlibabaProfileResolver::findKeys(AlibabaResolvedProfile *resolved, const AliyunConfig &config,
                                      const QString &name, QStringList *visited)
{
    const AliyunProfile *found = config.profile(name);
    const QString shown = OutsideText::visible(name);
    const QString path = OutsideText::visible(config.path());
    const QString mode = found->mode;
    const bool keyMode = mode == "AK"_L1 || mode.isEmpty();
    const bool stsMode = mode == "StsToken"_L1;
    const bool roleMode = mode == "RamRoleArn"_L1;
    if (keyMode || stsMode || roleMode) {
        if (found->accessKeyId.isEmpty() || found->accessKeySecret.isEmpty() ||
            (stsMode && found->stsToken.isEmpty())) {
            resolved->problem = stsMode ? tr("Alibaba Cloud profile %1 lacks its AccessKey ID, "
                                             "AccessKey secret or STS token.")
                                              .arg(shown)
                                        : tr("Alibaba Cloud profile %1 lacks its AccessKey ID or "
                                             "AccessKey secret.")
                                              .arg(shown);
            return false;
        }
        resolved->source = AlibabaResolvedProfile::Source::ConfigFile;
        resolved->credentials = {found->accessKeyId, found->accessKeySecret,
                                 stsMode ? found->stsToken : QString(),
                                 tr("profile %1 in %2").arg(shown, path)};
        if (!roleMode)
            return true;
        AlibabaRoleStep step;
        if (!roleStep(resolved, *found, &step))
            return false;
        resolved->roles.append(step);
        return true;
    }
    if (mode == "ChainableRamRoleArn"_L1) {
        const QString source = found->sourceProfile;
        const QString sourceShown = OutsideText::visible(source);
        if (source.isEmpty()) {
            resolved->problem = tr("Alibaba Cloud profile %1 (ChainableRamRoleArn) names no "
                                   "source_profile: the profile whose keys assume its role.")
                                    .arg(shown);
            return false;
        }
        if (!config.profile(source)) {
            resolved->problem = tr("The source_profile %2 of Alibaba Cloud profile %1 is not in "
                                   "%3.")
                                    .arg(shown, sourceShown, path);
            return false;
        }
        if (visited->contains(source)) {
            visited->append(source);
            QStringList names;
            for (const QString &each : std::as_const(*visited))
                names.append(OutsideText::visible(each));
            resolved->problem = tr("The Alibaba Cloud profiles go round in a circle through "
                                   "source_profile (%1), so none of them gets keys: end the "
                                   "chain at a profile with an AccessKey.")
                                    .arg(names.join(u" → "_s));
            return false;
        }
        visited->append(source);
        AlibabaRoleStep step;
        if (!findKeys(resolved, config, source, visited) || !roleStep(resolved, *found, &step))
            return false;
        resolved->roles.append(step);
        return true;
    }
    const QString modeShown = OutsideText::visible(mode);
    if (mode == "EcsRamRole"_L1) {
        resolved->problem = tr("Alibaba Cloud profile %1 takes its keys from an ECS instance's "
                               "RAM role (EcsRamRole), which only an ECS instance has. On this "
                               "computer, use a RamRoleArn profile with an AccessKey, or an AK "
                               "profile.")
                                .arg(shown);
    } else if (mode == "External"_L1 || mode == "CredentialsURI"_L1) {
        resolved->problem = tr("Alibaba Cloud profile %1 gets its keys from a program or an "
                               "address (%2 mode), which the console does not call yet. Use a "
                               "profile in the AK, StsToken, RamRoleArn or ChainableRamRoleArn "
                               "mode, or export the keys in ALIBABA_CLOUD_ACCESS_KEY_ID and "
                               "ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
                                .arg(shown, modeShown);
    } else {
        resolved->problem = tr("Alibaba Cloud profile %1 signs in with the %2 mode, which the "
                               "console does not do itself. Use a profile in the AK, StsToken, "
                               "RamRoleArn or ChainableRamRoleArn mode, or export the keys in "
                               "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
                                .arg(shown, modeShown);
    }
    return false;
}

} // namespace plc
