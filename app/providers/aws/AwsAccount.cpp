#include "providers/aws/AwsAccount.h"

#include "providers/aws/AwsInboundSession.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"
#include "providers/aws/AwsErrorText.h"
#include "providers/aws/AwsKeysJob.h"
#include "providers/aws/AwsProvider.h"
#include "providers/aws/AwsSideJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// A target that waits for keys being fetched (a credential process, a role's).
class KeysTarget final : public ValueJob<AwsTarget>
{
public:
    KeysTarget(AwsKeysJob *fetch, AwsTarget target, QObject *parent)
        : ValueJob<AwsTarget>(parent)
    {
        connect(fetch, &Job::finished, this, [this, fetch, target]() mutable {
            if (isFinished())
                return;
            if (!fetch->succeeded()) {
                finishWithError(fetch->error());
                return;
            }
            target.credentials = fetch->value().keys;
            finishWithValue(target);
        });
    }
};
} // namespace

AwsAccount::AwsAccount(RequestLog *log, QObject *parent)
    : ProviderAccount(parent)
    , m_client(log)
    , m_ec2(&m_client)
    , m_network(&m_client)
    , m_sts(&m_client)
{}

AwsAccount::~AwsAccount()
{
    if (m_fetch)
        m_fetch->cancel();
}

void AwsAccount::choose(const AwsAccountChoice &choice, const QHash<QString, QString> &environment)
{
    m_client.cancelAll();
    if (m_fetch)
        m_fetch->cancel();
    m_keys = {};
    m_principal.clear();
    m_sandbox = false;
    m_sandboxEndpoint.clear();
    m_choice = choice;
    m_resolved = {};
    if (choice.kind != AwsAccountChoice::Kind::None) {
        m_resolved = AwsProfileResolver::resolve(
            choice.kind == AwsAccountChoice::Kind::NamedProfile ? choice.profile : QString(),
            environment, AwsSharedFiles::load(environment));
        if (!fetchesKeys())
            m_keys = m_resolved.credentials;
    }
    Q_EMIT changed();
}

void AwsAccount::useKeys(const AwsCredentials &keys, const QString &problem,
                         const QHash<QString, QString> &environment)
{
    // Only the region and the endpoints are taken from the environment: no keys, no files.
    QHash<QString, QString> settings;
    for (const QString &name : {u"AWS_REGION"_s, u"AWS_DEFAULT_REGION"_s, u"AWS_ENDPOINT_URL"_s,
                                u"AWS_ENDPOINT_URL_EC2"_s, u"AWS_ENDPOINT_URL_STS"_s}) {
        if (environment.contains(name))
            settings.insert(name, environment.value(name));
    }
    choose({}, settings);
    m_choice = {AwsAccountChoice::Kind::KeychainKey, {}};
    m_resolved = AwsProfileResolver::resolve({}, settings, AwsSharedFiles::fromText({}, {}));
    m_resolved.credentials = keys;
    m_resolved.credentials.source = tr("the access key kept in the keychain");
    m_resolved.source = keys.isComplete() ? AwsResolvedProfile::Source::Environment
                                          : AwsResolvedProfile::Source::None;
    m_resolved.problem = problem.isEmpty()
                             ? tr("The AWS access key of this profile is not in the keychain: "
                                  "enter it in the profile dialog.")
                             : problem;
    m_keys = m_resolved.credentials;
    Q_EMIT changed();
}

QString AwsAccount::packKey(const QString &accessKeyId, const QString &secretAccessKey)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"accessKeyId"_s, accessKeyId},
                                                       {u"secretAccessKey"_s, secretAccessKey}})
                                 .toJson(QJsonDocument::Compact));
}

AwsCredentials AwsAccount::unpackKey(const QString &stored)
{
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    AwsCredentials keys;
    keys.accessKeyId = json.value("accessKeyId"_L1).toString();
    keys.secretAccessKey = json.value("secretAccessKey"_L1).toString();
    if (!checkAccessKeyId(keys.accessKeyId).isEmpty() ||
        !checkSecretAccessKey(keys.secretAccessKey).isEmpty())
        return {};
    return keys;
}

QString AwsAccount::checkAccessKeyId(const QString &id)
{
    static const QRegularExpression shape(u"^[A-Z0-9]{16,128}$"_s);
    if (id.isEmpty())
        return tr("Enter the access key ID.");
    if (!shape.match(id).hasMatch())
        return tr("An access key ID is 16 to 128 capital letters and digits, such as "
                  "AKIAIOSFODNN7EXAMPLE.");
    return {};
}

QString AwsAccount::checkSecretAccessKey(const QString &secret)
{
    if (secret.isEmpty())
        return tr("Enter the secret access key.");
    const bool printable = std::all_of(secret.cbegin(), secret.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
    if (!printable || secret.size() > 128)
        return tr("A secret access key is up to 128 printable characters without spaces.");
    return {};
}

void AwsAccount::useSandbox(const QUrl &endpoint, const AwsCredentials &keys)
{
    enterSandbox(endpoint, keys);
    Q_EMIT changed();
}

void AwsAccount::enterSandbox(const QUrl &endpoint, const AwsCredentials &keys)
{
    m_client.cancelAll();
    if (m_fetch)
        m_fetch->cancel();
    m_choice = {};
    m_resolved = {};
    m_principal.clear();
    m_sandbox = true;
    m_sandboxEndpoint = endpoint;
    m_keys = keys;
}

const Provider &AwsAccount::provider() const
{
    return AwsProvider::instance();
}

void AwsAccount::awaitStoredKey()
{
    useKeys({}, tr("The AWS key of this profile is being read from the keychain."));
}

void AwsAccount::useStoredKey(const QString &stored)
{
    const AwsCredentials keys = unpackKey(stored);
    useKeys(keys, keys.isComplete() ? QString()
                                    : tr("The AWS key kept in the keychain for this profile is "
                                         "unreadable: enter it again in the profile dialog."));
}

void AwsAccount::actInSandbox(const QUrl &mount, const QString &keyId, const QString &secret,
                              const SandboxRole &role)
{
    enterSandbox(mount, {keyId, secret, {}, {}, tr("the sandbox's AWS account")});
    if (role.arn.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    // The role is assumed with the key pair, as a profile's source_profile would.
    AwsRoleStep step;
    step.profileName = tr("sandbox");
    step.roleArn = role.arn;
    step.mfaSerial = role.mfaDevice;
    step.externalId = role.externalId;
    m_resolved.source = AwsResolvedProfile::Source::Environment;
    m_resolved.credentials = m_keys;
    m_resolved.roles = {step};
    m_resolved.stsEndpoint = mount;
    m_keys = {};
    Q_EMIT changed();
}

bool AwsAccount::isConfigured() const
{
    return m_sandbox || m_choice.kind != AwsAccountChoice::Kind::None;
}

QString AwsAccount::problem() const
{
    if (m_sandbox)
        return {};
    return m_resolved.source == AwsResolvedProfile::Source::None ? m_resolved.problem : QString();
}

QString AwsAccount::description() const
{
    if (m_sandbox && !m_resolved.roles.isEmpty()) {
        if (m_principal.isEmpty())
            return tr("role %1 in the sandbox's AWS account")
                .arg(OutsideText::visible(m_resolved.roles.constLast().roleArn));
        return tr("%1 in the sandbox's AWS account %2")
            .arg(m_principal, m_principal.section(u':', 4, 4));
    }
    if (m_sandbox)
        return tr("the sandbox's AWS account");
    if (m_choice.kind == AwsAccountChoice::Kind::None)
        return tr("no AWS account");
    const bool identityCenter = m_resolved.source == AwsResolvedProfile::Source::IdentityCenter;
    if (!m_resolved.roles.isEmpty() || identityCenter) {
        const QString profile = OutsideText::visible(m_resolved.profileName);
        if (!m_principal.isEmpty())
            return tr("%1 in AWS account %2 (AWS profile %3)")
                .arg(m_principal, m_principal.section(u':', 4, 4), profile);
        if (!m_resolved.roles.isEmpty())
            return tr("role %1 (AWS profile %2)")
                .arg(OutsideText::visible(m_resolved.roles.constLast().roleArn), profile);
        return tr("IAM Identity Center role %1 in AWS account %2 (AWS profile %3)")
            .arg(OutsideText::visible(m_resolved.sso.roleName),
                 OutsideText::visible(m_resolved.sso.accountId), profile);
    }
    if (!m_resolved.credentials.source.isEmpty())
        return m_resolved.credentials.source;
    return tr("AWS profile %1").arg(OutsideText::visible(m_resolved.profileName));
}

CliAccount AwsAccount::cliAccount() const
{
    CliAccount account;
    if (m_sandbox) {
        account.keys = CliAccount::Keys::Sandbox;
        account.endpoint = m_sandboxEndpoint;
        account.stsEndpoint = m_sandboxEndpoint;
        return account;
    }
    account.endpoint = m_resolved.ec2Endpoint;
    account.stsEndpoint = m_resolved.stsEndpoint;
    const QString profile =
        m_resolved.profileName.isEmpty() ? m_choice.profile : m_resolved.profileName;
    switch (m_choice.kind) {
    case AwsAccountChoice::Kind::None:
        return {};
    case AwsAccountChoice::Kind::KeychainKey:
        account.keys = CliAccount::Keys::Typed;
        break;
    case AwsAccountChoice::Kind::NamedProfile:
        account.keys = CliAccount::Keys::Profile;
        account.profile = profile;
        break;
    case AwsAccountChoice::Kind::DefaultChain:
        // The default chain named no profile, but the one it found (AWS_PROFILE, `default`) is
        // named anyway: the user's shell may find another.
        if (m_resolved.source == AwsResolvedProfile::Source::Environment) {
            account.keys = CliAccount::Keys::Environment;
        } else if (m_resolved.source != AwsResolvedProfile::Source::None) {
            account.keys = CliAccount::Keys::Profile;
            account.profile = profile;
        }
        break;
    }
    return account;
}

QString AwsAccount::actingKey() const
{
    // Fetched keys change at each renewal while the account stays the same: they are named by
    // where they come from (the profile, its roles), the others by their key ID.
    QStringList roles;
    for (const AwsRoleStep &step : m_resolved.roles)
        roles.append(step.roleArn);
    const QString keyId = fetchesKeys()                  ? QString()
                          : m_keys.accessKeyId.isEmpty() ? m_resolved.credentials.accessKeyId
                                                         : m_keys.accessKeyId;
    return QStringList{QString::number(int(m_choice.kind)),
                       m_choice.profile,
                       m_resolved.profileName,
                       keyId,
                       m_resolved.processCommand.join(u' '),
                       m_resolved.sso.startUrl + u' ' + m_resolved.sso.accountId + u' ' +
                           m_resolved.sso.roleName,
                       roles.join(u' '),
                       m_sandboxEndpoint.toString(),
                       m_resolved.ec2Endpoint.toString()}
        .join(u'\n');
}

QUrl AwsAccount::endpointFor(const QByteArray &service, const QString &region) const
{
    if (m_sandbox)
        return m_sandboxEndpoint;
    const QUrl configured = service == "sts" ? m_resolved.stsEndpoint : m_resolved.ec2Endpoint;
    if (!configured.isEmpty())
        return configured;
    if (service == "sts") {
        QString signing;
        return AwsProfileResolver::stsEndpoint(region, m_resolved.stsRegional, &signing);
    }
    return AwsProfileResolver::defaultEndpoint(QString::fromLatin1(service), region);
}

bool AwsAccount::hasFreshKeys(qint64 ms) const
{
    if (!m_keys.isComplete())
        return false;
    return !m_keys.expiration.isValid() ||
           m_keys.expiration > QDateTime::currentDateTimeUtc().addMSecs(ms);
}

qint64 AwsAccount::lifetimeShare(qint64 ms, int divisor) const
{
    // Keys that never last that long (a 15-minute session, the sandbox's short keys) need a
    // share of their life: otherwise each call would fetch them, and ask for a code, again.
    if (!m_keys.expiration.isValid() || !m_keysFetched.isValid())
        return ms;
    return qBound<qint64>(0, m_keysFetched.msecsTo(m_keys.expiration) / divisor, ms);
}

bool AwsAccount::fetchesKeys() const
{
    return m_resolved.source == AwsResolvedProfile::Source::CredentialProcess ||
           m_resolved.source == AwsResolvedProfile::Source::IdentityCenter ||
           !m_resolved.roles.isEmpty();
}

AwsKeysJob *AwsAccount::fetchKeys()
{
    if (m_fetch && !m_fetch->isFinished())
        return m_fetch;
    AwsKeysJob::Plan plan;
    if (m_resolved.source == AwsResolvedProfile::Source::CredentialProcess) {
        plan.processCommand = m_resolved.processCommand;
        plan.processProfile = OutsideText::visible(m_resolved.profileName);
    } else if (m_resolved.source == AwsResolvedProfile::Source::IdentityCenter) {
        plan.identityCenter = true;
        plan.sso = m_resolved.sso;
    } else {
        plan.sourceKeys = m_resolved.credentials;
    }
    plan.roles = m_resolved.roles;
    plan.sts.endpoint = m_resolved.stsEndpoint;
    QString signing = m_resolved.region.isEmpty() ? u"us-east-1"_s : m_resolved.region;
    if (plan.sts.endpoint.isEmpty())
        plan.sts.endpoint =
            AwsProfileResolver::stsEndpoint(signing, m_resolved.stsRegional, &signing);
    plan.sts.region = signing.toLatin1();
    plan.accountText = description();
    m_fetch = new AwsKeysJob(plan, &m_client, &m_sts, codeAsker(), this);
    const QString acting = actingKey();
    connect(m_fetch, &Job::finished, this, [this, fetch = m_fetch.data(), acting] {
        // Keys fetched for an account no longer chosen are dropped.
        if (!fetch->succeeded() || acting != actingKey())
            return;
        m_keys = fetch->value().keys;
        m_keysFetched = QDateTime::currentDateTimeUtc();
        m_principal = fetch->value().arn;
        Q_EMIT keysRenewed();
    });
    return m_fetch;
}

QString AwsAccount::keysNote() const
{
    if (!fetchesKeys() || !m_keys.isComplete() || !m_keys.expiration.isValid())
        return {};
    const QString until =
        QLocale().toString(m_keys.expiration.toLocalTime().time(), QLocale::ShortFormat);
    for (const AwsRoleStep &step : m_resolved.roles) {
        if (!step.mfaSerial.isEmpty())
            return tr("These keys last until %1. Renewing them asks for a code from MFA device "
                      "%2; a change is never interrupted to ask for it.")
                .arg(until, OutsideText::visible(step.mfaSerial));
    }
    return tr("These keys last until %1, and are renewed by themselves before then.").arg(until);
}

Job *AwsAccount::prepareForChange(int minutes)
{
    if (!fetchesKeys() || hasFreshKeys(lifetimeShare(minutes * 60'000LL, 2)))
        return new ReadyJob<bool>(true, {}, this);
    return new KeysTarget(fetchKeys(), {}, this);
}

ValueJob<AwsTarget> *AwsAccount::target(const QByteArray &service, const QString &region)
{
    AwsTarget target;
    target.region = (region.isEmpty() ? m_resolved.region : region).toLatin1();
    if (target.region.isEmpty())
        target.region = "us-east-1";
    target.service = service;
    // The region is signed into the request and names AWS's host: one that is not a region
    // (from a server's answer, a file, the environment) sends nothing, in every mode.
    const QString regionName = region.isEmpty() ? m_resolved.region : region;
    if (!regionName.isEmpty() && !RegionNames::isAwsRegion(regionName))
        return new ReadyJob<AwsTarget>(target, AwsErrorText::regionRefused(regionName), this);
    target.endpoint = endpointFor(service, QString::fromLatin1(target.region));
    if (service == "sts" && !m_sandbox && m_resolved.stsEndpoint.isEmpty()) {
        // The global endpoint is signed for us-east-1, whatever the profile's region.
        QString signing;
        AwsProfileResolver::stsEndpoint(QString::fromLatin1(target.region), m_resolved.stsRegional,
                                        &signing);
        target.region = signing.toLatin1();
    }
    if (!isConfigured() || (!m_sandbox && m_resolved.source == AwsResolvedProfile::Source::None)) {
        const ApiError error =
            ApiError::provider(u"NoCredentials"_s,
                               isConfigured() ? m_resolved.problem : AwsErrorText::noCredentials());
        return new ReadyJob<AwsTarget>(target, error, this);
    }
    // Temporary keys are fetched again five minutes (or a quarter of their life) before they
    // expire.
    if (!fetchesKeys() || hasFreshKeys(lifetimeShare(5 * 60'000LL, 4))) {
        target.credentials = m_keys;
        return new ReadyJob<AwsTarget>(target, {}, this);
    }
    return new KeysTarget(fetchKeys(), target, this);
}

AwsTargetedJob<AwsCallerIdentity> *AwsAccount::identity()
{
    return run<AwsCallerIdentity>("sts", m_resolved.region,
                                  [this](const AwsTarget &t) { return m_sts.callerIdentity(t); });
}

QStringList AwsAccount::profileNames(const QHash<QString, QString> &environment)
{
    return AwsSharedFiles::load(environment).profileNames();
}

InboundSession *AwsAccount::newInboundSession(const PrivateEndpointTarget &target, QObject *parent)
{
    return new AwsInboundSession(this, target, parent);
}

ValueJob<ProviderSide> *AwsAccount::readSide(const SideQuestion &question, QObject *parent)
{
    return new AwsSideJob(this, question, parent);
}

} // namespace plc
