#include "providers/aws/AwsProfileResolver.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QUrl endpointOverride(const QString &service, const QHash<QString, QString> &environment,
                      const AwsSharedFiles::Section &profile, const AwsSharedFiles &files)
{
    const QString upper = service.toUpper();
    for (const QString &variable : {u"AWS_ENDPOINT_URL_"_s + upper, u"AWS_ENDPOINT_URL"_s}) {
        const QString value = environment.value(variable);
        if (!value.isEmpty())
            return QUrl(value);
    }
    const QString servicesName = profile.value(u"services"_s);
    if (!servicesName.isEmpty()) {
        const QString value =
            files.servicesSection(servicesName).value(service + u".endpoint_url"_s);
        if (!value.isEmpty())
            return QUrl(value);
    }
    const QString value = profile.value(u"endpoint_url"_s);
    return value.isEmpty() ? QUrl() : QUrl(value);
}
} // namespace

QHash<QString, QString> AwsProfileResolver::systemEnvironment()
{
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        environment.insert(key, system.value(key));
    return environment;
}

QUrl AwsProfileResolver::stsEndpoint(const QString &region, bool regional, QString *signingRegion)
{
    // The regions STS served only from sts.amazonaws.com before regional endpoints (what the
    // CLI's `legacy` setting keeps them on).
    static const QStringList global{u"ap-northeast-1"_s, u"ap-south-1"_s,   u"ap-southeast-1"_s,
                                    u"ap-southeast-2"_s, u"ca-central-1"_s, u"eu-central-1"_s,
                                    u"eu-north-1"_s,     u"eu-west-1"_s,    u"eu-west-2"_s,
                                    u"eu-west-3"_s,      u"sa-east-1"_s,    u"us-east-1"_s,
                                    u"us-east-2"_s,      u"us-west-1"_s,    u"us-west-2"_s};
    *signingRegion = region;
    if (regional || !global.contains(region))
        return defaultEndpoint(u"sts"_s, region);
    *signingRegion = u"us-east-1"_s;
    return QUrl(u"https://sts.amazonaws.com/"_s);
}

QUrl AwsProfileResolver::defaultEndpoint(const QString &service, const QString &region)
{
    // The one place an AWS host is made from a region: only a region's shape, and only the
    // services the console calls.
    if (!RegionNames::isAwsRegion(region) || (service != "ec2"_L1 && service != "sts"_L1))
        return {};
    const QString domain = region.startsWith(u"cn-"_s) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s;
    return QUrl(u"https://%1.%2.%3/"_s.arg(service, region, domain));
}

bool AwsProfileResolver::splitCommand(const QString &line, QStringList *words)
{
    words->clear();
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (quote == u'"') {
            if (c == u'"') {
                quote = QChar();
            } else if (c == u'\\' && i + 1 < line.size() &&
                       QStringView(u"\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words->append(std::exchange(word, {}));
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'\\' && i + 1 < line.size())
            word += line.at(++i);
        else
            word += c;
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        words->append(word);
    return true;
}

AwsResolvedProfile AwsProfileResolver::resolve(const QString &profile,
                                               const QHash<QString, QString> &environment,
                                               const AwsSharedFiles &files)
{
    AwsResolvedProfile resolved;
    resolved.profileName =
        profile.isEmpty()
            ? environment.value(u"AWS_PROFILE"_s,
                                environment.value(u"AWS_DEFAULT_PROFILE"_s, u"default"_s))
            : profile;
    if (resolved.profileName.isEmpty())
        resolved.profileName = u"default"_s;
    // Names and paths come from files and the environment: shown with control characters
    // made visible.
    const QString shown = OutsideText::visible(resolved.profileName);
    const AwsSharedFiles::Section config = files.configProfile(resolved.profileName);

    resolved.region =
        environment.value(u"AWS_REGION"_s, environment.value(u"AWS_DEFAULT_REGION"_s));
    if (resolved.region.isEmpty())
        resolved.region = config.value(u"region"_s);
    resolved.ec2Endpoint = endpointOverride(u"ec2"_s, environment, config, files);
    resolved.stsEndpoint = endpointOverride(u"sts"_s, environment, config, files);

    const QString regional = environment.value(u"AWS_STS_REGIONAL_ENDPOINTS"_s,
                                               config.value(u"sts_regional_endpoints"_s));
    resolved.stsRegional = regional.compare(u"legacy"_s, Qt::CaseInsensitive) != 0;

    const QString envKey = environment.value(u"AWS_ACCESS_KEY_ID"_s);
    const QString envSecret = environment.value(u"AWS_SECRET_ACCESS_KEY"_s);
    if (profile.isEmpty() && !envKey.isEmpty() && !envSecret.isEmpty()) {
        resolved.source = AwsResolvedProfile::Source::Environment;
        resolved.credentials = {envKey,
                                envSecret,
                                environment.value(u"AWS_SESSION_TOKEN"_s),
                                {},
                                tr("environment variables")};
        return resolved;
    }
    if (!files.profileNames().contains(resolved.profileName)) {
        resolved.problem = tr("There is no AWS profile %1 in %2 or %3.")
                               .arg(shown, OutsideText::visible(files.configPath()),
                                    OutsideText::visible(files.credentialsPath()));
        return resolved;
    }
    QStringList visited{resolved.profileName};
    if (!findKeys(&resolved, resolved.profileName, &visited, true, environment, files)) {
        resolved.source = AwsResolvedProfile::Source::None;
        resolved.credentials = {};
        resolved.roles.clear();
    }
    return resolved;
}

bool AwsProfileResolver::ssoSettings(AwsResolvedProfile *resolved, const QString &name,
                                     const AwsSharedFiles::Section &config,
                                     const QHash<QString, QString> &environment,
                                     const AwsSharedFiles &files)
{
    static const QRegularExpression account(u"^\\d{12}$"_s);
    static const QRegularExpression roleName(u"^[\\w+=,.@-]{1,64}$"_s);
    const QString shown = OutsideText::visible(name);
    AwsSsoSettings &sso = resolved->sso;
    sso.profile = name;
    sso.session = config.value(u"sso_session"_s);
    if (!sso.session.isEmpty()) {
        if (!files.hasSsoSession(sso.session)) {
            resolved->problem = tr("AWS profile %1 names sso_session %2, which is not a "
                                   "[sso-session %2] section of %3.")
                                    .arg(shown, OutsideText::visible(sso.session),
                                         OutsideText::visible(files.configPath()));
            return false;
        }
        const AwsSharedFiles::Section session = files.ssoSession(sso.session);
        sso.startUrl = session.value(u"sso_start_url"_s);
        sso.region = session.value(u"sso_region"_s);
    } else {
        sso.startUrl = config.value(u"sso_start_url"_s);
        sso.region = config.value(u"sso_region"_s);
    }
    sso.accountId = config.value(u"sso_account_id"_s);
    sso.roleName = config.value(u"sso_role_name"_s);
    const QUrl start(sso.startUrl, QUrl::StrictMode);
    if (sso.startUrl.isEmpty() || !start.isValid() || start.scheme() != "https"_L1 ||
        start.host().isEmpty()) {
        resolved->problem = tr("AWS profile %1 signs in with IAM Identity Center but has no "
                               "sso_start_url of the https://…/start shape.")
                                .arg(shown);
        return false;
    }
    if (!RegionNames::isAwsRegion(sso.region)) {
        resolved->problem = tr("AWS profile %1 signs in with IAM Identity Center but its "
                               "sso_region is not an AWS region such as us-east-1.")
                                .arg(shown);
        return false;
    }
    if (!account.match(sso.accountId).hasMatch() || !roleName.match(sso.roleName).hasMatch()) {
        resolved->problem = tr("AWS profile %1 signs in with IAM Identity Center but does not "
                               "name an account and a role: sso_account_id is 12 digits, "
                               "sso_role_name a permission set's name.")
                                .arg(shown);
        return false;
    }
    // The token opens every account and role of the sign-in: it goes only to an endpoint given
    // for the portal itself (AWS_ENDPOINT_URL_SSO, a services section's sso), never to one given
    // for every service.
    sso.portal = QUrl(environment.value(u"AWS_ENDPOINT_URL_SSO"_s));
    if (const QString services = config.value(u"services"_s);
        sso.portal.isEmpty() && !services.isEmpty())
        sso.portal = QUrl(files.servicesSection(services).value(u"sso.endpoint_url"_s));
    if (sso.portal.isEmpty())
        sso.portal = QUrl(u"https://portal.sso.%1.%2/"_s.arg(
            sso.region,
            sso.region.startsWith(u"cn-"_s) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s));
    // Where `aws sso login` keeps the token: named by the session, or by the start URL.
    const QByteArray key = (sso.session.isEmpty() ? sso.startUrl : sso.session).toUtf8();
    sso.tokenFile =
        environment.value(u"HOME"_s, QDir::homePath()) + u"/.aws/sso/cache/"_s +
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) +
        u".json"_s;
    return true;
}

bool AwsProfileResolver::roleStep(AwsResolvedProfile *resolved, const QString &name,
                                  const AwsSharedFiles::Section &config, AwsRoleStep *step)
{
    static const QRegularExpression arnShape(
        u"^arn:aws(-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$"_s);
    static const QRegularExpression sessionShape(u"^[\\w+=,.@-]{2,64}$"_s);
    static const QRegularExpression externalShape(u"^[\\w+=,.@:/-]{2,1224}$"_s);
    const QString shown = OutsideText::visible(name);
    step->profileName = name;
    step->roleArn = config.value(u"role_arn"_s);
    step->externalId = config.value(u"external_id"_s);
    step->sessionName = config.value(u"role_session_name"_s);
    step->mfaSerial = config.value(u"mfa_serial"_s);
    if (!arnShape.match(step->roleArn).hasMatch()) {
        resolved->problem = tr("The role_arn of AWS profile %1 is not a role's ARN. It looks "
                               "like arn:aws:iam::123456789012:role/RoleName.")
                                .arg(shown);
        return false;
    }
    if (!step->sessionName.isEmpty() && !sessionShape.match(step->sessionName).hasMatch()) {
        resolved->problem = tr("The role_session_name of AWS profile %1 must be 2 to 64 letters, "
                               "digits or the characters + = , . @ - (no spaces).")
                                .arg(shown);
        return false;
    }
    if (config.contains(u"external_id"_s) && !externalShape.match(step->externalId).hasMatch()) {
        resolved->problem = tr("The external_id of AWS profile %1 must be 2 to 1224 letters, "
                               "digits or the characters + = , . @ : / - (no spaces).")
                                .arg(shown);
        return false;
    }
    if (config.contains(u"duration_seconds"_s)) {
        bool number = false;
        step->durationSeconds = config.value(u"duration_seconds"_s).toInt(&number);
        if (!number || step->durationSeconds < 900 || step->durationSeconds > 43200) {
            resolved->problem = tr("The duration_seconds of AWS profile %1 must be a whole number "
                                   "of seconds from 900 (15 minutes) to 43200 (12 hours).")
                                    .arg(shown);
            return false;
        }
    }
    if (config.contains(u"mfa_serial"_s) &&
        (step->mfaSerial.size() < 9 || step->mfaSerial.size() > 256 ||
         OutsideText::visible(step->mfaSerial) != step->mfaSerial)) {
        resolved->problem = tr("The mfa_serial of AWS profile %1 must be the MFA device's ARN "
                               "(arn:aws:iam::123456789012:mfa/name) or serial number.")
                                .arg(shown);
        return false;
    }
    return true;
}

bool AwsProfileResolver::findKeys(AwsResolvedProfile *resolved, const QString &name,
                                  QStringList *visited, bool top,
                                  const QHash<QString, QString> &environment,
                                  const AwsSharedFiles &files)
{
    const QString shown = OutsideText::visible(name);
    const AwsSharedFiles::Section credentials = files.credentialsProfile(name);
    // As the CLI reads a profile: the credentials file's settings over the config file's, so
    // a role_arn (or source_profile, mfa_serial…) may be written in either.
    AwsSharedFiles::Section settings = files.configProfile(name);
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
        settings.insert(it.key(), it.value());
    const AwsSharedFiles::Section &config = settings;
    const auto keysIn = [](const AwsSharedFiles::Section &section) {
        return !section.value(u"aws_access_key_id"_s).isEmpty() &&
               !section.value(u"aws_secret_access_key"_s).isEmpty();
    };
    const auto useKeys = [&](const AwsSharedFiles::Section &section, const QString &path) {
        resolved->source = AwsResolvedProfile::Source::SharedFiles;
        resolved->credentials = {section.value(u"aws_access_key_id"_s),
                                 section.value(u"aws_secret_access_key"_s),
                                 section.value(u"aws_session_token"_s),
                                 {},
                                 tr("profile %1 in %2").arg(shown, OutsideText::visible(path))};
        return true;
    };
    const bool hasKeys = keysIn(credentials) || keysIn(config);
    // The profile asked for assumes its role first (as the CLI's chain does); a source
    // profile with keys gives them (or its credential_process's), even when it names a role.
    const QString roleArn = config.value(u"role_arn"_s);
    if (!roleArn.isEmpty() && (top || !hasKeys)) {
        AwsRoleStep step;
        if (!roleStep(resolved, name, config, &step))
            return false;
        const QString sourceProfile = config.value(u"source_profile"_s);
        const QString credentialSource = config.value(u"credential_source"_s);
        if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
            resolved->problem = tr("AWS profile %1 names both a source_profile and a "
                                   "credential_source: keep the one its keys come from.")
                                    .arg(shown);
            return false;
        }
        if (sourceProfile.isEmpty() && credentialSource.isEmpty()) {
            resolved->problem = tr("AWS profile %1 has a role_arn but neither a source_profile nor "
                                   "a credential_source: add source_profile = the profile whose "
                                   "keys may assume the role.")
                                    .arg(shown);
            return false;
        }
        if (!credentialSource.isEmpty()) {
            const QString sourceShown = OutsideText::visible(credentialSource);
            if (credentialSource == "Ec2InstanceMetadata"_L1 ||
                credentialSource == "EcsContainer"_L1) {
                resolved->problem =
                    tr("AWS profile %1 takes its keys from %2, which only an EC2 instance or an "
                       "ECS task has. On this computer, use source_profile = a profile with keys, "
                       "or credential_source = Environment.")
                        .arg(shown, sourceShown);
                return false;
            }
            if (credentialSource != "Environment"_L1) {
                resolved->problem = tr("The credential_source %2 of AWS profile %1 is not one the "
                                       "AWS CLI knows: Environment, Ec2InstanceMetadata or "
                                       "EcsContainer.")
                                        .arg(shown, sourceShown);
                return false;
            }
            const QString key = environment.value(u"AWS_ACCESS_KEY_ID"_s);
            const QString secret = environment.value(u"AWS_SECRET_ACCESS_KEY"_s);
            if (key.isEmpty() || secret.isEmpty()) {
                resolved->problem = tr("AWS profile %1 assumes its role with the keys in "
                                       "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                                       "(credential_source = Environment), which are not set.")
                                        .arg(shown);
                return false;
            }
            resolved->source = AwsResolvedProfile::Source::Environment;
            resolved->credentials = {key,
                                     secret,
                                     environment.value(u"AWS_SESSION_TOKEN"_s),
                                     {},
                                     tr("environment variables")};
        } else {
            const QString sourceShown = OutsideText::visible(sourceProfile);
            if (!files.profileNames().contains(sourceProfile)) {
                resolved->problem =
                    tr("The source_profile %2 of AWS profile %1 is not in %3 "
                       "or %4.")
                        .arg(shown, sourceShown, OutsideText::visible(files.configPath()),
                             OutsideText::visible(files.credentialsPath()));
                return false;
            }
            const bool itself = sourceProfile == name && hasKeys;
            if (visited->contains(sourceProfile) && !itself) {
                visited->append(sourceProfile);
                QStringList names;
                for (const QString &each : std::as_const(*visited))
                    names.append(OutsideText::visible(each));
                resolved->problem = tr("The AWS profiles go round in a circle through "
                                       "source_profile (%1), so none of them gets keys: end the "
                                       "chain at a profile with keys.")
                                        .arg(names.join(u" → "_s));
                return false;
            }
            visited->append(sourceProfile);
            if (itself) {
                keysIn(credentials) ? useKeys(credentials, files.credentialsPath())
                                    : useKeys(config, files.configPath());
            } else if (!findKeys(resolved, sourceProfile, visited, false, environment, files)) {
                return false;
            }
        }
        resolved->roles.append(step);
        return true;
    }
    if (!config.value(u"sso_session"_s).isEmpty() || !config.value(u"sso_start_url"_s).isEmpty() ||
        !config.value(u"sso_account_id"_s).isEmpty()) {
        if (!ssoSettings(resolved, name, config, environment, files))
            return false;
        resolved->source = AwsResolvedProfile::Source::IdentityCenter;
        resolved->credentials.source = tr("IAM Identity Center, profile %1").arg(shown);
        return true;
    }
    // The CLI's order: the credentials file's keys, a credential_process, the config file's.
    if (keysIn(credentials))
        return useKeys(credentials, files.credentialsPath());
    const QString process = config.value(u"credential_process"_s);
    if (!process.isEmpty()) {
        if (!splitCommand(process, &resolved->processCommand) ||
            resolved->processCommand.isEmpty()) {
            resolved->problem = tr("The credential_process of AWS profile %1 has an unclosed "
                                   "quote.")
                                    .arg(shown);
            return false;
        }
        resolved->source = AwsResolvedProfile::Source::CredentialProcess;
        resolved->credentials.source = tr("credential_process of profile %1").arg(shown);
        return true;
    }
    if (keysIn(config))
        return useKeys(config, files.configPath());
    resolved->problem = top ? tr("AWS profile %1 has no keys and no credential_process.").arg(shown)
                            : tr("AWS profile %1, the source_profile of a role, has no keys and "
                                 "no credential_process.")
                                  .arg(shown);
    return false;
}

} // namespace plc
