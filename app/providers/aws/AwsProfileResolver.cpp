#include "providers/aws/AwsProfileResolver.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"

#include <QProcessEnvironment>

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
    const AwsSharedFiles::Section credentials = files.credentialsProfile(resolved.profileName);

    resolved.region =
        environment.value(u"AWS_REGION"_s, environment.value(u"AWS_DEFAULT_REGION"_s));
    if (resolved.region.isEmpty())
        resolved.region = config.value(u"region"_s);
    resolved.ec2Endpoint = endpointOverride(u"ec2"_s, environment, config, files);
    resolved.stsEndpoint = endpointOverride(u"sts"_s, environment, config, files);

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

    // Keys in the credentials file win over keys in the config file, as in the CLI.
    for (const auto *section : {&credentials, &config}) {
        const QString key = section->value(u"aws_access_key_id"_s);
        const QString secret = section->value(u"aws_secret_access_key"_s);
        if (key.isEmpty() || secret.isEmpty())
            continue;
        resolved.source = AwsResolvedProfile::Source::SharedFiles;
        const QString path = section == &credentials ? files.credentialsPath() : files.configPath();
        resolved.credentials = {key,
                                secret,
                                section->value(u"aws_session_token"_s),
                                {},
                                tr("profile %1 in %2").arg(shown, OutsideText::visible(path))};
        return resolved;
    }
    const QString process = config.value(u"credential_process"_s);
    if (!process.isEmpty()) {
        if (!splitCommand(process, &resolved.processCommand) || resolved.processCommand.isEmpty()) {
            resolved.problem = tr("The credential_process of AWS profile %1 has an unclosed "
                                  "quote.")
                                   .arg(shown);
            return resolved;
        }
        resolved.source = AwsResolvedProfile::Source::CredentialProcess;
        resolved.credentials.source = tr("credential_process of profile %1").arg(shown);
        return resolved;
    }
    if (!config.value(u"role_arn"_s).isEmpty() || !config.value(u"sso_session"_s).isEmpty() ||
        !config.value(u"sso_start_url"_s).isEmpty()) {
        resolved.problem =
            tr("AWS profile %1 assumes a role or signs in with IAM Identity Center, which the "
               "console does not do itself. Give the profile a credential_process (an SSO "
               "helper), or export the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                .arg(shown);
        return resolved;
    }
    const bool known = files.profileNames().contains(resolved.profileName);
    resolved.problem = known
                           ? tr("AWS profile %1 has no keys and no credential_process.").arg(shown)
                           : tr("There is no AWS profile %1 in %2 or %3.")
                                 .arg(shown, OutsideText::visible(files.configPath()),
                                      OutsideText::visible(files.credentialsPath()));
    return resolved;
}

} // namespace plc
