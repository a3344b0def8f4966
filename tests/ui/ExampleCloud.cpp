#include "ExampleCloud.h"

#include "base/Job.h"
#include "base/SendOnce.h"
#include "ui/wizards/CreateConnectionWizard.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace plc::test {

ProviderAccount *ExampleProvider::newAccount(RequestLog *, QObject *parent) const
{
    return new ExampleAccount(this, parent);
}

QUrl ExampleProvider::endpointServicePage(const EndpointService &service) const
{
    QUrl url(u"https://console.example.test/services"_s);
    url.setFragment(service.name);
    return url;
}

QString ExampleProvider::acceptCommand(const EndpointService &service, const CliAccount &) const
{
    if (service.endpointId.isEmpty())
        return {};
    return u"excloud accept-request --endpoint '%1'"_s.arg(service.endpointId);
}

ExampleAccount::ExampleAccount(const ExampleProvider *provider, QObject *parent)
    : ProviderAccount(parent)
    , m_provider(provider)
{}

void ExampleAccount::actAs(const CloudAccountChoice &choice)
{
    m_choice = choice;
    m_sandbox = false;
    m_storedKey.clear();
    m_problem.clear();
    Q_EMIT changed();
}

void ExampleAccount::awaitStoredKey()
{
    m_choice = {CloudAccountChoice::Kind::KeychainKey, {}};
    m_problem = u"The Example Cloud key is being read."_s;
    Q_EMIT changed();
}

void ExampleAccount::useStoredKey(const QString &stored)
{
    m_storedKey = stored;
    m_problem = stored.contains(u':') ? QString() : u"The Example Cloud key is unreadable."_s;
    Q_EMIT changed();
}

void ExampleAccount::storedKeyUnreadable(const QString &problem)
{
    m_problem = problem;
    Q_EMIT changed();
}

void ExampleAccount::actInSandbox(const QUrl &, const QString &, const QString &,
                                  const SandboxRole &)
{
    m_choice = {};
    m_sandbox = true;
    m_problem.clear();
    Q_EMIT changed();
}

bool ExampleAccount::isConfigured() const
{
    return m_problem.isEmpty() && (m_sandbox || m_choice.kind != CloudAccountChoice::Kind::None);
}

QString ExampleAccount::description() const
{
    if (m_sandbox)
        return u"the sandbox's Example Cloud account"_s;
    if (m_choice.kind == CloudAccountChoice::Kind::KeychainKey)
        return u"the Example Cloud key %1"_s.arg(m_storedKey.section(u':', 0, 0));
    return u"Example Cloud profile %1"_s.arg(m_choice.profile);
}

ExampleEditor::ExampleEditor(QWidget *parent)
    : CloudAccountEditor(u"example"_s, parent)
{
    retranslate();
}

CloudAccountEditor::Texts ExampleEditor::texts() const
{
    Texts texts;
    texts.label = u"E&xample Cloud account:"_s;
    texts.verify = u"Verify Example Cloud"_s;
    texts.account = u"Example Cloud account"_s;
    texts.keyIdName = u"Example Cloud key ID"_s;
    texts.secretName = u"Example Cloud secret"_s;
    texts.keyIdPlaceholder = u"key ID (EX…)"_s;
    texts.secretPlaceholder = u"secret"_s;
    texts.keyIdKept = u"kept in the keychain"_s;
    texts.secretKept = u"kept in the keychain"_s;
    texts.help = u"The Example Cloud account this profile acts on."_s;
    texts.sandboxHelp = u"The sandbox profile uses the sandbox's Example Cloud account."_s;
    texts.sandboxItem = u"The sandbox's Example Cloud account"_s;
    texts.noneItem = u"None"_s;
    texts.defaultItem = u"excloud's default"_s;
    texts.keychainItem = u"A key kept in the keychain"_s;
    texts.profileItem = u"excloud profile %1"_s;
    texts.typeKeyToTest = u"Type a key to verify it."_s;
    texts.asking = u"Asking Example Cloud…"_s;
    return texts;
}

QStringList ExampleEditor::profileNames(const QHash<QString, QString> &) const
{
    return {u"ex-dev"_s, u"ex-prod"_s};
}

QString ExampleEditor::checkKeyId(const QString &id) const
{
    return id.startsWith(u"EX"_s) ? QString() : u"An Example Cloud key ID starts with EX."_s;
}

QString ExampleEditor::checkSecret(const QString &secret) const
{
    return secret.size() >= 8 ? QString() : u"An Example Cloud secret has 8 characters or more."_s;
}

QString ExampleEditor::keychainEntry(const QString &profileKeyId) const
{
    return profileKeyId + u"/example"_s;
}

QString ExampleEditor::packKey(const QString &id, const QString &secret) const
{
    return id + u':' + secret;
}

Job *ExampleEditor::startVerify(const CloudAccountChoice &choice, const QString &keyId,
                                const QString &, const QHash<QString, QString> &)
{
    const QString who =
        choice.kind == CloudAccountChoice::Kind::KeychainKey ? keyId : choice.profile;
    auto *job = new ReadyJob<QString>(u"Example Cloud knows %1."_s.arg(who), {}, this);
    job->onFinished(
        this, [this](const QString &text) { showVerified(text); },
        [this](const ApiError &error) { showNotVerified(error); });
    return job;
}

namespace {
QString serviceOf(CreateContext *context)
{
    return context->request ? context->request().endpointServiceName : QString();
}
} // namespace

ExampleChecksPage::ExampleChecksPage(ExampleAccount *account, CreateContext *context,
                                     QWidget *parent)
    : LinkChecksPage(context,
                     {u"example"_s, u"Check the service on Example Cloud"_s,
                      u"Example Cloud's side, checked with your account."_s,
                      u"Equivalent excloud commands:"_s, u"Equivalent excloud commands"_s,
                      u"exampleLetIn"_s},
                     parent)
    , m_account(account)
{}

Job *ExampleChecksPage::startCheck()
{
    ExampleLedger *ledger = m_account->ledger();
    ++ledger->checks;
    const bool open = serviceOf(context()).endsWith(u"-open"_s) || ledger->allowListAdds > 0;
    auto *job = new ReadyJob<bool>(open, {}, this);
    job->onFinished(this, [this](const bool &allowed) {
        checked({{LinkCheck::Kind::Service,
                  LinkCheck::Status::Pass,
                  u"Example Cloud has the service."_s,
                  {}},
                 {LinkCheck::Kind::Principal,
                  allowed ? LinkCheck::Status::Pass : LinkCheck::Status::Fail,
                  allowed ? u"TiDB Cloud may connect."_s : u"TiDB Cloud may not connect."_s,
                  allowed ? QString() : u"Let TiDB Cloud in."_s}},
                !allowed);
    });
    return job;
}

QStringList ExampleChecksPage::commands() const
{
    return {u"excloud show-service '%1'"_s.arg(serviceOf(context()))};
}

LinkChecksPage::ChangeTexts ExampleChecksPage::changeTexts() const
{
    return {u"Let TiDB Cloud In"_s,
            u"Let TiDB Cloud in?"_s,
            u"Example Cloud lets TiDB Cloud connect to the service."_s,
            u"With %1."_s.arg(m_account->description()),
            u"Let In"_s,
            u"Letting in…"_s};
}

SendOnce *ExampleChecksPage::makeChange()
{
    ExampleLedger *ledger = m_account->ledger();
    return SendOnce::make(
        [this, ledger] {
            ++ledger->allowListAdds;
            return new ReadyJob<bool>(true, {}, this);
        },
        [](const ReadyJob<bool> &) {},
        [this, ledger] { return new ReadyJob<bool>(ledger->allowListAdds > 0, {}, this); },
        [](const ReadyJob<bool> &job) {
            return job.succeeded() && job.value() ? SendOnce::Outcome::Done
                                                  : SendOnce::Outcome::NotDone;
        },
        this);
}

QString ExampleChecksPage::changeFailed(const ApiError &error, bool) const
{
    return error.userMessage();
}

ExampleDecisionDialog::ExampleDecisionDialog(ExampleAccount *account,
                                             const PrivateLinkConnection &connection, bool accept,
                                             QWidget *parent)
    : LinkDecisionDialog(connection, accept, parent)
    , m_account(account)
{
    setUp({u"example"_s, accept ? u"Accept on Example Cloud"_s : u"Reject on Example Cloud"_s,
           u"Decide on the request of %1, with %2."_s.arg(connection.displayName,
                                                          account->description()),
           accept ? u"&Accept Request"_s : u"&Reject Request…"_s, u"Equivalent excloud command:"_s,
           u"Equivalent excloud command"_s,
           account->provider().acceptCommand(connection.endpointService, {}),
           u"Reject the request?"_s, u"Reject it on Example Cloud?"_s, u"&Reject Request"_s});
}

Job *ExampleDecisionDialog::startFind()
{
    auto *job = new ReadyJob<bool>(true, {}, this);
    job->onFinished(this, [this](const bool &) {
        foundRequest({u"Request from endpoint %1 on Example Cloud."_s.arg(
                          connection().endpointService.endpointId),
                      true,
                      {}});
    });
    return job;
}

SendOnce *ExampleDecisionDialog::makeDecision()
{
    ExampleLedger *ledger = m_account->ledger();
    const bool accept = accepts();
    return SendOnce::make(
        [this, ledger, accept] {
            ++ledger->decisions;
            ledger->accepted = accept;
            return new ReadyJob<bool>(true, {}, this);
        },
        [](const ReadyJob<bool> &) {},
        [this, ledger] { return new ReadyJob<bool>(ledger->decisions > 0, {}, this); },
        [](const ReadyJob<bool> &job) {
            return job.succeeded() && job.value() ? SendOnce::Outcome::Done
                                                  : SendOnce::Outcome::NotDone;
        },
        this);
}

QString ExampleDecisionDialog::unknownText(const ApiError &error) const
{
    return error.userMessage();
}

QString ExampleDecisionDialog::nothingToDecide(const QString &state) const
{
    return u"The request is %1 on Example Cloud."_s.arg(state);
}

ExampleDiagnosisDialog::ExampleDiagnosisDialog(ExampleAccount *account,
                                               const PrivateLinkConnection &connection,
                                               QWidget *parent)
    : LinkDiagnosisDialog(parent)
    , m_account(account)
    , m_connection(connection)
{
    setUp({u"example"_s,
           u"Example Cloud"_s,
           u"Diagnose on Example Cloud"_s,
           u"Example Cloud's side of %1."_s.arg(connection.displayName),
           u"Asking…"_s,
           u"Equivalent excloud commands:"_s,
           u"Equivalent excloud commands"_s,
           {u"excloud show-service '%1'"_s.arg(connection.endpointService.name)}});
}

Job *ExampleDiagnosisDialog::startCheck()
{
    ++m_account->ledger()->checks;
    auto *job = new ReadyJob<bool>(true, {}, this);
    job->onFinished(this, [this](const bool &) {
        found({{LinkCheck::Kind::Service,
                LinkCheck::Status::Pass,
                u"Example Cloud has the service %1."_s.arg(m_connection.endpointService.name),
                {}}},
              u"Example Cloud finds nothing wrong."_s);
    });
    return job;
}

ProviderWords ExampleProviderUi::words() const
{
    ProviderWords words;
    words.accept = u"Accept on Example Cloud…"_s;
    words.reject = u"Reject on Example Cloud…"_s;
    words.diagnose = u"Diagnose on Example Cloud…"_s;
    words.acceptToolTip = u"Accept the request on Example Cloud"_s;
    words.rejectToolTip = u"Reject the request on Example Cloud"_s;
    words.diagnoseToolTip = u"Check the service on Example Cloud"_s;
    words.noAccount = u"Choose an Example Cloud account for this profile."_s;
    words.openConsole = u"Open in Example Cloud Console"_s;
    words.openConsoleToolTip = u"Open the service in Example Cloud's console"_s;
    words.openedConsole = u"Opened Example Cloud's console."_s;
    words.runCommand = u"Or run the excloud command below."_s;
    words.allowListItem = u"TiDB Cloud may connect to the service on Example Cloud."_s;
    words.checkedLive = u"With %1, the console checks each item on Example Cloud:"_s;
    words.connectionType = u"The cluster runs on Example Cloud."_s;
    words.serviceNameExample = u"com.amazonaws.vpce.%1.vpce-svc-example-open"_s;
    words.endpointSubTitle = u"Over Example Cloud's private network."_s;
    words.zoneIdLabel = u"Example zone:"_s;
    words.endpointNote = u"Example Cloud needs nothing first in %1."_s;
    words.securityGroupWhere = u"Example Cloud's firewall"_s;
    words.endpointTrouble = u"Example Cloud never fails."_s;
    return words;
}

CloudAccountEditor *ExampleProviderUi::newEditor(QWidget *parent) const
{
    return new ExampleEditor(parent);
}

QWizardPage *ExampleProviderUi::newChecksPage(CreateContext *context, QWidget *parent) const
{
    auto *account =
        qobject_cast<ExampleAccount *>(context->accounts.forType(m_core.connectionType()));
    return new ExampleChecksPage(account, context, parent);
}

QWizardPage *ExampleProviderUi::newEndpointPage(EndpointContext *context, QWidget *parent) const
{
    // The endpoint made on Example Cloud: one sentence, then the wizard's own next pages.
    class Page final : public QWizardPage
    {
    public:
        Page(EndpointContext *context, QWidget *parent)
            : QWizardPage(parent)
        {
            setObjectName(u"exampleEndpointPage"_s);
            setTitle(u"Make the endpoint on Example Cloud"_s);
            auto *label =
                new QLabel(u"excloud make-endpoint '%1'"_s.arg(context->target.serviceName), this);
            (new QVBoxLayout(this))->addWidget(label);
        }
        int nextId() const override { return PrivateEndpointWizard::ConnectPage; }
    };
    return new Page(context, parent);
}

LinkDecisionDialog *ExampleProviderUi::newDecisionDialog(ProviderAccount *account,
                                                         const PrivateLinkConnection &connection,
                                                         bool accept, QWidget *parent) const
{
    return new ExampleDecisionDialog(qobject_cast<ExampleAccount *>(account), connection, accept,
                                     parent);
}

QDialog *ExampleProviderUi::newDiagnosisDialog(ProviderAccount *account,
                                               const PrivateLinkConnection &connection,
                                               const QString &, const AvailabilityZones &,
                                               QWidget *parent) const
{
    return new ExampleDiagnosisDialog(qobject_cast<ExampleAccount *>(account), connection, parent);
}

} // namespace plc::test
