#include "ui/wizards/SinkTestDialog.h"

#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "domain/ChangefeedCodec.h"
#include "domain/DisplayNames.h"
#include "domain/SinkTestAdvice.h"
#include "services/ChangefeedService.h"

#include <QCheckBox>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc {

using Cause = SinkTestAdvice::Cause;

SinkTestDialog::SinkTestDialog(ChangefeedService *service, const Cluster &cluster,
                               const PrivateLinkConnection &connection,
                               const QList<Changefeed> &through, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_cluster(cluster)
    , m_connection(connection)
    , m_through(through)
    , m_type(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_portsHint(new QLabel(this))
    , m_kafkaAuth(new QComboBox(this))
    , m_kafkaAuthLabel(new QLabel(tr("Authentication:"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QCheckBox(tr("Use TLS"), this))
    , m_warning(new QLabel(this))
    , m_problem(WizardParts::problemLabel(u"sinkTestProblem"_s, this))
    , m_outcome(new QLabel(this))
    , m_request(new CommandBox(u"sinkTestRequest"_s, tr("Equivalent request"), 9, this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"sinkTestDialog"_s);
    setWindowTitle(tr("Test Through %1").arg(connection.displayName));
    resize(640, 600);
    m_type->setObjectName(u"sinkTestType"_s);
    m_type->addItem(tr("Kafka"), int(SinkType::Kafka));
    m_type->addItem(tr("MySQL"), int(SinkType::Mysql));
    m_port->setObjectName(u"sinkTestPort"_s);
    m_port->setRange(1, 65535);
    m_portsHint->setObjectName(u"sinkTestPortsHint"_s);
    m_portsHint->setWordWrap(true);
    m_kafkaAuth->setObjectName(u"sinkTestKafkaAuth"_s);
    m_kafkaAuth->addItem(tr("None"), int(KafkaAuth::Disable));
    m_kafkaAuth->addItem(u"SASL/PLAIN"_s, int(KafkaAuth::SaslPlain));
    m_kafkaAuth->addItem(u"SASL/SCRAM-SHA-256"_s, int(KafkaAuth::SaslScramSha256));
    m_kafkaAuth->addItem(u"SASL/SCRAM-SHA-512"_s, int(KafkaAuth::SaslScramSha512));
    m_user->setObjectName(u"sinkTestUser"_s);
    m_password->setObjectName(u"sinkTestPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password, for this test only"));
    m_password->setPlaceholderText(tr("used for this test only, never saved"));
    m_tls->setObjectName(u"sinkTestTls"_s);
    m_warning->setObjectName(u"sinkTestWarning"_s);
    m_outcome->setObjectName(u"sinkTestOutcome"_s);
    m_test->setObjectName(u"sinkTestButton"_s);
    m_test->setDefault(true);
    NoteLabel::setUp(m_warning, NoteLabel::Kind::Attention);
    NoteLabel::setUp(m_outcome, NoteLabel::Kind::Attention);

    auto *intro = new QLabel(
        tr("TiDB Cloud tries to reach the sink from the cluster %1 through the private link "
           "connection %2 (%3), as a changefeed would. Nothing is created.")
            .arg(cluster.displayName, connection.displayName, connection.privateLinkConnectionId),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Sink type:"), m_type);
    form->addRow(tr("Port:"), m_port);
    form->addRow(QString(), m_portsHint);
    form->addRow(m_kafkaAuthLabel, m_kafkaAuth);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_tls);
    form->addRow(QString(), m_problem);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(new QLabel(tr("The same request to the TiDB Cloud API (the password is "
                                    "masked):"),
                                 this));
    layout->addWidget(m_request);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The sink type the changefeeds through the connection use comes first.
    const bool mysqlOnly =
        !through.isEmpty() && std::all_of(through.begin(), through.end(), [](const Changefeed &c) {
            return c.sinkType.value == SinkType::Mysql;
        });
    m_type->setCurrentIndex(mysqlOnly ? 1 : 0);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SinkTestDialog::onTypeChanged);
    for (QLineEdit *edit : {m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SinkTestDialog::refresh);
    connect(m_port, &QSpinBox::valueChanged, this, &SinkTestDialog::refresh);
    connect(m_kafkaAuth, &QComboBox::currentIndexChanged, this, &SinkTestDialog::refresh);
    connect(m_tls, &QCheckBox::toggled, this, &SinkTestDialog::refresh);
    connect(m_test, &QPushButton::clicked, this, &SinkTestDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onTypeChanged();
}

SinkTestDialog::~SinkTestDialog()
{
    if (m_job)
        m_job->cancel();
    m_password->clear();
}

SinkTest SinkTestDialog::sinkTest() const
{
    SinkTest test;
    test.type = SinkType(m_type->currentData().toInt());
    test.privateLinkConnectionId = m_connection.privateLinkConnectionId;
    test.port = m_port->value();
    test.kafkaAuth = KafkaAuth(m_kafkaAuth->currentData().toInt());
    const bool credentials = test.needsCredentials();
    if (credentials) {
        test.userName = m_user->text();
        test.password = m_password->text();
    }
    test.enableTls = m_tls->isChecked();
    return test;
}

QString SinkTestDialog::problem() const
{
    const SinkTest test = sinkTest();
    const bool credentials = test.needsCredentials();
    if (!credentials)
        return {};
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name the sink accepts.");
    if (m_user->text() != m_user->text().trimmed())
        return tr("The user name starts or ends with a space; remove it.");
    if (m_password->text().isEmpty())
        return tr("Enter the password. It is used for this test only and kept in memory only.");
    return {};
}

QString SinkTestDialog::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

QString SinkTestDialog::equivalentRequest() const
{
    return m_request->command();
}

QString SinkTestDialog::warningText() const
{
    const SinkType type = SinkType(m_type->currentData().toInt());
    if (m_connection.state.value != ConnectionState::Active) {
        return tr("The connection is %1: nothing goes through it until it is Active, so the test "
                  "will fail.")
            .arg(DisplayNames::connectionState(m_connection.state));
    }
    if (type == SinkType::Kafka && m_connection.attachedDomains &&
        !SinkTestAdvice::hasActiveDomain(m_connection)) {
        return tr("No domain is attached to this connection. Kafka clients are sent to the "
                  "brokers' advertised listeners, which resolve only through attached domains: "
                  "attach them first (Attach Domains…).");
    }
    return {};
}

void SinkTestDialog::onTypeChanged()
{
    const SinkType type = SinkType(m_type->currentData().toInt());
    m_port->setValue(SinkTestAdvice::suggestedPort(m_through, type));
    const QList<int> ports = SinkTestAdvice::portsInUse(m_through, type);
    QStringList texts;
    for (int port : ports)
        texts.append(QString::number(port));
    m_portsHint->setText(
        ports.isEmpty()
            ? tr("No %1 changefeed runs through this connection yet; this is the usual port.")
                  .arg(DisplayNames::sinkType({type, {}}))
            : tr("Ports the %1 changefeeds through this connection use: %2")
                  .arg(DisplayNames::sinkType({type, {}}), texts.join(u", "_s)));
    const bool kafka = type == SinkType::Kafka;
    m_kafkaAuth->setVisible(kafka);
    m_kafkaAuthLabel->setVisible(kafka);
    refresh();
}

void SinkTestDialog::refresh()
{
    const SinkTest test = sinkTest();
    const bool credentials = test.needsCredentials();
    m_user->setEnabled(credentials);
    m_password->setEnabled(credentials);
    const QString warning = warningText();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const QString missing = problem();
    // The outline marks the field the sentence is about: the user name when it is empty or has
    // a space at either end, else the password.
    const bool userAtFault =
        m_user->text().trimmed().isEmpty() || m_user->text() != m_user->text().trimmed();
    WizardParts::showProblem(m_problem, userAtFault ? m_user : m_password, missing);
    (userAtFault ? m_password : m_user)->setToolTip({}); // no stale sentence on the other
    m_test->setEnabled(missing.isEmpty() && !m_job);
    const QJsonObject body = ChangefeedCodec::encodeTestForDisplay(test, u"********"_s);
    m_request->setCommand(u"POST "_s + ChangefeedService::testPath(m_cluster.clusterId) + u'\n' +
                          QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

void SinkTestDialog::send()
{
    if (m_job || !problem().isEmpty())
        return;
    const SinkTest test = sinkTest();
    m_outcome->setText(tr("Testing… TiDB Cloud is reaching the sink through the connection."));
    NoteLabel::setKind(m_outcome, NoteLabel::Kind::Attention);
    m_outcome->show();
    auto *job = m_service->testSink(m_cluster.clusterId, test);
    m_job = job;
    m_test->setEnabled(false);
    job->onFinished(
        this,
        [this, test](bool) {
            m_job = nullptr;
            showOutcome(true,
                        tr("The sink answered: TiDB Cloud reaches %1 on port %2 through this "
                           "connection.")
                            .arg(DisplayNames::sinkType({test.type, {}}))
                            .arg(test.port),
                        {});
        },
        [this, test](const ApiError &error) {
            m_job = nullptr;
            SinkTestAdvice::Answer answer;
            answer.timedOut = error.kind == ApiError::Kind::Timeout;
            answer.serverMessage = error.apiMessage;
            const bool fromServer =
                error.kind == ApiError::Kind::Http && !error.apiMessage.isEmpty();
            QString sentence;
            switch (fromServer || answer.timedOut
                        ? SinkTestAdvice::causeOf(answer, m_connection, test.type)
                        : Cause::Other) {
            case Cause::ConnectionNotActive:
                sentence = tr("The connection is not Active, so nothing reaches the sink through "
                              "it. Make it Active first (accept the endpoint connection on the "
                              "provider's side, or fix why it failed).");
                break;
            case Cause::NothingListens:
                sentence = tr("Nothing answers on port %1 behind the endpoint service. Check "
                              "the port, and that the load balancer behind the endpoint service "
                              "has a listener on it that forwards to the sink.")
                               .arg(test.port);
                break;
            case Cause::NoDomainForKafka:
                sentence = tr("The Kafka bootstrap server was reached, but its brokers' "
                              "advertised listeners do not resolve: attach the Kafka cluster's "
                              "domains to this connection (Attach Domains…).");
                break;
            case Cause::AuthenticationRefused:
                sentence = tr("The sink refused the user name or password. Check them, and "
                              "that the user may connect from TiDB Cloud.");
                break;
            case Cause::Timeout:
                sentence = tr("TiDB Cloud did not answer in time, so the outcome is unknown. "
                              "Test again in a moment.");
                break;
            case Cause::Passed:
            case Cause::Other:
                sentence = fromServer ? tr("The test failed.") : error.userMessage();
                break;
            }
            showOutcome(false, sentence, fromServer ? error.apiMessage : QString());
        });
}

void SinkTestDialog::showOutcome(bool passed, const QString &sentence, const QString &serverSaid)
{
    NoteLabel::setKind(m_outcome, passed ? NoteLabel::Kind::Success : NoteLabel::Kind::Problem);
    const QString mark = passed ? u"✓ "_s : u"✗ "_s;
    m_outcome->setText(
        mark + sentence +
        (serverSaid.isEmpty() ? QString() : u"\n"_s + tr("TiDB Cloud said: %1").arg(serverSaid)));
    m_outcome->show();
    refresh();
    Q_EMIT tested(passed);
}

} // namespace plc
