#include "providers/alibaba/AlibabaProfileResolver.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"

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

    const bool keyMode = found->mode == "AK"_L1 || found->mode.isEmpty();
    const bool stsMode = found->mode == "StsToken"_L1;
    if (!keyMode && !stsMode) {
        resolved.problem =
            tr("Alibaba Cloud profile %1 signs in with the %2 mode, which the console does not "
               "do itself. Use a profile in the AK or StsToken mode, or export the keys in "
               "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
                .arg(shown, OutsideText::visible(found->mode));
        return resolved;
    }
    if (found->accessKeyId.isEmpty() || found->accessKeySecret.isEmpty() ||
        (stsMode && found->stsToken.isEmpty())) {
        resolved.problem = stsMode ? tr("Alibaba Cloud profile %1 lacks its AccessKey ID, "
                                        "AccessKey secret or STS token.")
                                         .arg(shown)
                                   : tr("Alibaba Cloud profile %1 lacks its AccessKey ID or "
                                        "AccessKey secret.")
                                         .arg(shown);
        return resolved;
    }
    resolved.source = AlibabaResolvedProfile::Source::ConfigFile;
    resolved.credentials = {found->accessKeyId, found->accessKeySecret,
                            stsMode ? found->stsToken : QString(),
                            tr("profile %1 in %2").arg(shown, path)};
    return resolved;
}

} // namespace plc
