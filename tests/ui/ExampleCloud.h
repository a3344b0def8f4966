#pragma once

// Example Cloud: a third cloud provider made only for tests, registered by the test itself
// (tst_exampleprovider). It keeps everything in memory and answers at once; what it proves is
// that the windows reach a provider only through Provider, ProviderAccount and ProviderUi.
// It hosts the clusters the cluster API calls AWS's and takes their AWS_ENDPOINT_SERVICE
// connections, in place of AWS (the API has no other provider's connections to give it).
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "ui/providers/CloudAccountEditor.h"
#include "ui/providers/LinkChecksPage.h"
#include "ui/providers/LinkDecisionDialog.h"
#include "ui/providers/LinkDiagnosisDialog.h"
#include "ui/providers/ProviderUi.h"

namespace plc::test {

/// What Example Cloud was asked to change, for the test to count.
struct ExampleLedger
{
    int allowListAdds = 0;
    int decisions = 0;
    int checks = 0;
    int sideReads = 0;
    bool accepted = false;
};

class ExampleProvider final : public Provider
{
public:
    explicit ExampleProvider(ExampleLedger *ledger)
        : m_ledger(ledger)
    {}
    QString id() const override { return QStringLiteral("example"); }
    QString name() const override { return QStringLiteral("Example Cloud"); }
    CloudProvider cloud() const override { return CloudProvider::Aws; }
    ConnectionType connectionType() const override { return ConnectionType::AwsEndpointService; }
    ProviderAccount *newAccount(RequestLog *log, QObject *parent) const override;
    QUrl endpointServicePage(const EndpointService &service) const override;
    QString acceptCommand(const EndpointService &service, const CliAccount &account) const override;
    ExampleLedger *ledger() const { return m_ledger; }

private:
    ExampleLedger *m_ledger;
};

/// The account: a named profile of Example Cloud's own tool, or a key from the keychain.
class ExampleAccount final : public ProviderAccount
{
    Q_OBJECT

public:
    ExampleAccount(const ExampleProvider *provider, QObject *parent);
    const Provider &provider() const override { return *m_provider; }
    ExampleLedger *ledger() const { return m_provider->ledger(); }
    void actAs(const CloudAccountChoice &choice) override;
    void awaitStoredKey() override;
    void useStoredKey(const QString &stored) override;
    void storedKeyUnreadable(const QString &problem) override;
    void actInSandbox(const QUrl &mount, const QString &keyId, const QString &secret,
                      const SandboxRole &role) override;
    bool isConfigured() const override;
    bool isSandbox() const override { return m_sandbox; }
    CloudAccountChoice choice() const override { return m_choice; }
    QString description() const override;
    QString actingKey() const override { return QStringLiteral("example:") + description(); }
    CliAccount cliAccount() const override { return {}; }
    QString problem() const override { return m_problem; }
    /// A service whose name ends in "-open" lets TiDB Cloud in; a request waits for the
    /// ledger's acceptance.
    ValueJob<ProviderSide> *readSide(const SideQuestion &question, QObject *parent) override
    {
        ++ledger()->sideReads;
        ProviderSide side;
        const bool open =
            question.connection.endpointService.name.endsWith(QStringLiteral("-open"));
        if (question.connection.state.value == ConnectionState::Failed)
            side.finding =
                open ? ProviderSide::Finding::Clear : ProviderSide::Finding::PrincipalMissing;
        else
            side.finding = ledger()->accepted ? ProviderSide::Finding::Clear
                                              : ProviderSide::Finding::AwaitingYou;
        side.sentence = QStringLiteral("Example Cloud says so of ") +
                        question.connection.endpointService.name + u'.';
        side.account = description();
        side.readAt = QDateTime::currentDateTimeUtc();
        side.readFor = ProviderSide::readingOf(question.connection);
        return new ReadyJob<ProviderSide>(side, {}, parent);
    }

private:
    const ExampleProvider *m_provider;
    CloudAccountChoice m_choice;
    QString m_storedKey;
    QString m_problem;
    bool m_sandbox = false;
};

class ExampleEditor final : public CloudAccountEditor
{
    Q_OBJECT

public:
    explicit ExampleEditor(QWidget *parent);

protected:
    Texts texts() const override;
    QStringList profileNames(const QHash<QString, QString> &environment) const override;
    QString checkKeyId(const QString &id) const override;
    QString checkSecret(const QString &secret) const override;
    QString keychainEntry(const QString &profileKeyId) const override;
    QString packKey(const QString &id, const QString &secret) const override;
    Job *startVerify(const CloudAccountChoice &choice, const QString &keyId, const QString &secret,
                     const QHash<QString, QString> &environment) override;
};

/// The create wizard's checks: the service must end in "-open" for TiDB Cloud to be allowed;
/// the change adds it.
class ExampleChecksPage final : public LinkChecksPage
{
    Q_OBJECT

public:
    ExampleChecksPage(ExampleAccount *account, CreateContext *context, QWidget *parent);

protected:
    Job *startCheck() override;
    QStringList commands() const override;
    ChangeTexts changeTexts() const override;
    SendOnce *makeChange() override;
    QString changeFailed(const ApiError &error, bool unknown) const override;
    QString checkingText() const override { return QStringLiteral("Asking Example Cloud…"); }
    QString readyText() const override { return QStringLiteral("Example Cloud is ready."); }

private:
    ExampleAccount *m_account;
};

class ExampleDecisionDialog final : public LinkDecisionDialog
{
    Q_OBJECT

public:
    ExampleDecisionDialog(ExampleAccount *account, const PrivateLinkConnection &connection,
                          bool accept, QWidget *parent);

protected:
    Job *startFind() override;
    SendOnce *makeDecision() override;
    QString lookingText() const override { return QStringLiteral("Looking on Example Cloud…"); }
    QString sendingText() const override { return QStringLiteral("Telling Example Cloud…"); }
    QString decidedText() const override { return QStringLiteral("Example Cloud took it."); }
    QString unknownText(const ApiError &error) const override;
    QString nothingToDecide(const QString &state) const override;

private:
    ExampleAccount *m_account;
};

class ExampleDiagnosisDialog final : public LinkDiagnosisDialog
{
    Q_OBJECT

public:
    ExampleDiagnosisDialog(ExampleAccount *account, const PrivateLinkConnection &connection,
                           QWidget *parent);

protected:
    Job *startCheck() override;

private:
    ExampleAccount *m_account;
    PrivateLinkConnection m_connection;
};

class ExampleProviderUi final : public ProviderUi
{
public:
    explicit ExampleProviderUi(ExampleLedger *ledger)
        : m_core(ledger)
    {}
    const Provider &core() const override { return m_core; }
    ProviderWords words() const override;
    CloudAccountEditor *newEditor(QWidget *parent) const override;
    QWizardPage *newChecksPage(CreateContext *context, QWidget *parent) const override;
    QWizardPage *newEndpointPage(EndpointContext *context, QWidget *parent) const override;
    LinkDecisionDialog *newDecisionDialog(ProviderAccount *account,
                                          const PrivateLinkConnection &connection, bool accept,
                                          QWidget *parent) const override;
    QDialog *newDiagnosisDialog(ProviderAccount *account, const PrivateLinkConnection &connection,
                                const QString &clusterRegion, const AvailabilityZones &zones,
                                QWidget *parent) const override;

private:
    ExampleProvider m_core;
};

} // namespace plc::test
