#include "providers/alibaba/AlibabaAccount.h"

#include "providers/alibaba/AlibabaInboundSession.h"

#include "base/OutsideText.h"
#include "domain/RegionNames.h"
#include "providers/alibaba/AlibabaErrorText.h"
#include "providers/alibaba/AlibabaProvider.h"
#include "providers/alibaba/AlibabaSideJob.h"
#include "providers/alibaba/AliyunConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaAccount::AlibabaAccount(RequestLog *log, QObject *parent)
    : ProviderAccount(parent)
    , m_client(log)
    , m_privateLink(&m_client)
    , m_network(&m_client)
    , m_sts(&m_client)
{}

AlibabaAccount::~AlibabaAccount()
{
    if (m_fetch)
        m_fetch->cancel();
}

void AlibabaAccount::forgetKeys()
{
    if (m_fetch)
        m_fetch->cancel();
    m_keys = {};
    m_expiration = {};
    m_principal.clear();
}

QHash<QString, QString> AlibabaAccount::systemEnvironment()
{
    return CloudAccountChoice::environment();
}

void AlibabaAccount::choose(const CloudAccountChoice &choice,
                            const QHash<QString, QString> &environment)
{
    m_client.cancelAll();
    forgetKeys();
    m_sandbox = false;
    m_sandboxEndpoint.clear();
    m_choice = choice;
    m_resolved = {};
    if (choice.kind == CloudAccountChoice::Kind::DefaultChain ||
        choice.kind == CloudAccountChoice::Kind::NamedProfile)
        m_resolved = AlibabaProfileResolver::resolve(
            choice.kind == CloudAccountChoice::Kind::NamedProfile ? choice.profile : QString(),
            environment, AliyunConfig::load(environment));
    Q_EMIT changed();
}

void AlibabaAccount::useKeys(const AlibabaCredentials &keys, const QString &problem,
                             const QHash<QString, QString> &environment)
{
    choose({});
    m_choice = {CloudAccountChoice::Kind::KeychainKey, {}};
    m_resolved.region = environment.value(u"ALIBABA_CLOUD_REGION_ID"_s);
    m_resolved.endpoint = AlibabaProfileResolver::endpointFrom(environment);
    m_resolved.credentials = keys;
    m_resolved.credentials.source = tr("the AccessKey kept in the keychain");
    m_resolved.source = keys.isComplete() ? AlibabaResolvedProfile::Source::Environment
                                          : AlibabaResolvedProfile::Source::None;
    m_resolved.problem = problem.isEmpty()
                             ? tr("The Alibaba Cloud AccessKey of this profile is not in the "
                                  "keychain: enter it in the profile dialog.")
                             : problem;
    Q_EMIT changed();
}

void AlibabaAccount::useSandbox(const QUrl &endpoint, const AlibabaCredentials &keys)
{
    enterSandbox(endpoint, keys);
    Q_EMIT changed();
}

void AlibabaAccount::enterSandbox(const QUrl &endpoint, const AlibabaCredentials &keys)
{
    m_client.cancelAll();
    forgetKeys();
    m_choice = {};
    m_resolved = {};
    m_resolved.source = AlibabaResolvedProfile::Source::Environment;
    m_resolved.credentials = keys;
    m_resolved.region = u"cn-hangzhou"_s;
    m_sandbox = true;
    m_sandboxEndpoint = endpoint;
}

QString AlibabaAccount::packKey(const QString &accessKeyId, const QString &accessKeySecret)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"accessKeyId"_s, accessKeyId},
                                                       {u"accessKeySecret"_s, accessKeySecret}})
                                 .toJson(QJsonDocument::Compact));
}

AlibabaCredentials AlibabaAccount::unpackKey(const QString &stored)
{
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    AlibabaCredentials keys;
    keys.accessKeyId = json.value("accessKeyId"_L1).toString();
    keys.accessKeySecret = json.value("accessKeySecret"_L1).toString();
    if (!checkAccessKeyId(keys.accessKeyId).isEmpty() ||
        !checkAccessKeySecret(keys.accessKeySecret).isEmpty())
        return {};
    return keys;
}

QString AlibabaAccount::checkAccessKeyId(const QString &id)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9]{16,128}$"_s);
    if (id.isEmpty())
        return tr("Enter the AccessKey ID.");
    if (!shape.match(id).hasMatch())
        return tr("An AccessKey ID is 16 to 128 letters and digits, such as "
                  "LTAI5tExampleKeyId1234.");
    return {};
}

QString AlibabaAccount::checkAccessKeySecret(const QString &secret)
{
    if (secret.isEmpty())
        return tr("Enter the AccessKey secret.");
    const bool printable = std::all_of(secret.cbegin(), secret.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
    if (!printable || secret.size() > 128)
        return tr("An AccessKey secret is up to 128 printable characters without spaces.");
    return {};
}

const Provider &AlibabaAccount::provider() const
{
    return AlibabaProvider::instance();
}

void AlibabaAccount::awaitStoredKey()
{
    useKeys({}, tr("The Alibaba Cloud AccessKey of this profile is being read from the keychain."));
}

void AlibabaAccount::useStoredKey(const QString &stored)
{
    const AlibabaCredentials keys = unpackKey(stored);
    useKeys(keys, keys.isComplete() ? QString()
                                    : tr("The Alibaba Cloud AccessKey kept in the keychain for "
                                         "this profile is unreadable: enter it again in the "
                                         "profile dialog."));
}

void AlibabaAccount::actInSandbox(const QUrl &mount, const QString &keyId, const QString &secret,
                                  const SandboxRole &role)
{
    enterSandbox(mount, {keyId, secret, {}, tr("the sandbox's Alibaba Cloud account")});
    if (role.arn.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    // The RAM role is assumed with the AccessKey, as a RamRoleArn profile assumes it.
    AlibabaRoleStep step;
    step.profileName = tr("sandbox");
    step.roleArn = role.arn;
    step.externalId = role.externalId;
    m_resolved.roles = {step};
    Q_EMIT changed();
}

bool AlibabaAccount::isConfigured() const
{
    return m_sandbox || m_choice.kind != CloudAccountChoice::Kind::None;
}

QString AlibabaAccount::problem() const
{
    if (m_sandbox || m_resolved.source != AlibabaResolvedProfile::Source::None)
        return {};
    return isConfigured() ? m_resolved.problem : AlibabaErrorText::noCredentials();
}

QString AlibabaAccount::description() const
{
    if (fetchesKeys()) {
        const QString where = m_sandbox
                                  ? tr("the sandbox's Alibaba Cloud account")
                                  : tr("Alibaba Cloud profile %1")
                                        .arg(OutsideText::visible(m_resolved.profileName.isEmpty()
                                                                      ? m_choice.profile
                                                                      : m_resolved.profileName));
        if (m_principal.isEmpty())
            return tr("RAM role %1 (%2)")
                .arg(OutsideText::visible(m_resolved.roles.constLast().roleArn), where);
        return tr("%1 in Alibaba Cloud account %2 (%3)")
            .arg(m_principal, m_principal.section(u':', 3, 3), where);
    }
    if (m_sandbox)
        return tr("the sandbox's Alibaba Cloud account");
    if (m_choice.kind == CloudAccountChoice::Kind::None)
        return tr("no Alibaba Cloud account");
    if (!m_resolved.credentials.source.isEmpty())
        return m_resolved.credentials.source;
    if (m_choice.kind == CloudAccountChoice::Kind::NamedProfile)
        return tr("aliyun CLI profile %1").arg(OutsideText::visible(m_choice.profile));
    return tr("the aliyun CLI's current profile");
}

CliAccount AlibabaAccount::cliAccount() const
{
    CliAccount account;
    // One endpoint serves every API, STS's included.
    account.endpoint = m_sandbox ? m_sandboxEndpoint : m_resolved.endpoint;
    account.stsEndpoint = account.endpoint;
    if (m_sandbox) {
        account.keys = CliAccount::Keys::Sandbox;
        return account;
    }
    const QString profile =
        m_resolved.profileName.isEmpty() ? m_choice.profile : m_resolved.profileName;
    switch (m_choice.kind) {
    case CloudAccountChoice::Kind::None:
        return {};
    case CloudAccountChoice::Kind::KeychainKey:
        account.keys = CliAccount::Keys::Typed;
        break;
    case CloudAccountChoice::Kind::NamedProfile:
        account.keys = CliAccount::Keys::Profile;
        account.profile = profile;
        break;
    case CloudAccountChoice::Kind::DefaultChain:
        // The profile the chain found (ALIBABA_CLOUD_PROFILE, the file's current one) is named
        // anyway: the user's shell may find another.
        if (m_resolved.source == AlibabaResolvedProfile::Source::Environment) {
            account.keys = CliAccount::Keys::Environment;
        } else if (m_resolved.source == AlibabaResolvedProfile::Source::ConfigFile) {
            account.keys = CliAccount::Keys::Profile;
            account.profile = profile;
        }
        break;
    }
    return account;
}

QString AlibabaAccount::actingKey() const
{
    // A role's keys change at each renewal while the account stays the same: it is named by
    // its roles; the source's key ID stays the same throughout.
    QStringList roles;
    for (const AlibabaRoleStep &step : m_resolved.roles)
        roles.append(step.roleArn);
    return QStringList{
        QString::number(int(m_choice.kind)), m_choice.profile, m_resolved.profileName,
        m_resolved.credentials.accessKeyId,  roles.join(u' '), m_sandboxEndpoint.toString(),
        m_resolved.endpoint.toString()}
        .join(u'\n');
}

AlibabaTarget AlibabaAccount::productTarget(AlibabaProduct product, const QString &region) const
{
    AlibabaTarget target;
    target.region = region.isEmpty() ? m_resolved.region : region;
    target.credentials = m_resolved.credentials;
    // A region that is no region is sent nowhere, whatever the endpoint: it would be signed
    // and sent as RegionId, and with AlibabaCloud's own host it would name the host.
    if (!RegionNames::isAlibabaRegion(target.region))
        return target;
    if (m_sandbox)
        target.endpoint = m_sandboxEndpoint;
    else if (!m_resolved.endpoint.isEmpty())
        target.endpoint = m_resolved.endpoint;
    else
        target.endpoint = AlibabaProfileResolver::defaultEndpoint(target.region, product);
    return target;
}

AlibabaTarget AlibabaAccount::stsTarget() const
{
    AlibabaTarget target;
    target.credentials = m_resolved.credentials;
    target.endpoint = m_sandbox                        ? m_sandboxEndpoint
                      : !m_resolved.endpoint.isEmpty() ? m_resolved.endpoint
                                                       : QUrl(u"https://sts.aliyuncs.com/"_s);
    return target;
}

ApiError AlibabaAccount::cannotCall(const AlibabaTarget &target) const
{
    ApiError error;
    if (const QString why = problem(); !why.isEmpty()) {
        error = ApiError::provider(u"NoCredentials"_s, why);
    } else if (target.endpoint.isEmpty()) {
        error = AlibabaErrorText::regionRefused(target.region);
    }
    return error;
}

ValueJob<AlibabaCallerIdentity> *AlibabaAccount::identity()
{
    return run<AlibabaCallerIdentity>(
        stsTarget(), [this](const AlibabaTarget &t) { return m_sts.callerIdentity(t); });
}

bool AlibabaAccount::hasFreshKeys(qint64 ms) const
{
    return m_keys.isComplete() && m_expiration.isValid() &&
           m_expiration > QDateTime::currentDateTimeUtc().addMSecs(ms);
}

qint64 AlibabaAccount::lifetimeShare(qint64 ms, int divisor) const
{
    // Keys that never last that long need a share of their life.
    if (!m_expiration.isValid() || !m_keysFetched.isValid())
        return ms;
    return qBound<qint64>(0, m_keysFetched.msecsTo(m_expiration) / divisor, ms);
}

AlibabaKeysJob *AlibabaAccount::fetchKeys()
{
    if (m_fetch && !m_fetch->isFinished())
        return m_fetch;
    m_fetch =
        new AlibabaKeysJob(m_resolved.credentials, m_resolved.roles, stsTarget(), &m_sts, this);
    const QString acting = actingKey();
    connect(m_fetch, &Job::finished, this, [this, fetch = m_fetch.data(), acting] {
        // Keys fetched for an account no longer chosen are dropped.
        if (!fetch->succeeded() || acting != actingKey())
            return;
        m_keys = fetch->value().keys;
        m_expiration = fetch->value().expiration;
        m_keysFetched = QDateTime::currentDateTimeUtc();
        m_principal = fetch->value().arn;
        Q_EMIT keysRenewed();
    });
    return m_fetch;
}

QString AlibabaAccount::keysNote() const
{
    if (!fetchesKeys() || !m_keys.isComplete() || !m_expiration.isValid())
        return {};
    return tr("These keys last until %1, and are renewed by themselves before then.")
        .arg(QLocale().toString(m_expiration.toLocalTime().time(), QLocale::ShortFormat));
}

Job *AlibabaAccount::prepareForChange(int minutes)
{
    if (!fetchesKeys() || hasFreshKeys(lifetimeShare(minutes * 60'000LL, 2)))
        return new ReadyJob<bool>(true, {}, this);
    return afterKeys<bool>(
        fetchKeys(), stsTarget(),
        [this](const AlibabaTarget &) { return new ReadyJob<bool>(true, {}, this); }, this);
}

QStringList AlibabaAccount::profileNames(const QHash<QString, QString> &environment)
{
    return AliyunConfig::load(environment).profileNames();
}

InboundSession *AlibabaAccount::newInboundSession(const PrivateEndpointTarget &target,
                                                  QObject *parent)
{
    return new AlibabaInboundSession(this, target, parent);
}

ValueJob<ProviderSide> *AlibabaAccount::readSide(const SideQuestion &question, QObject *parent)
{
    return new AlibabaSideJob(this, question, parent);
}

} // namespace plc
