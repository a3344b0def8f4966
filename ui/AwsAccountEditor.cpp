#include "AwsAccountEditor.h"

#include "NoteLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int ChoiceRole = Qt::UserRole;
}

AwsAccountEditor::AwsAccountEditor(QWidget *parent)
    : QWidget(parent)
    , m_environment(AwsProfileResolver::systemEnvironment())
    , m_combo(new QComboBox(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_help(new QLabel(this))
{
    m_combo->setObjectName(u"awsAccountCombo"_s);
    m_test->setObjectName(u"awsTestButton"_s);
    m_result->setObjectName(u"awsTestResult"_s);
    m_help->setObjectName(u"awsAccountHelp"_s);
    m_help->setWordWrap(true);
    NoteLabel::setUp(m_result, NoteLabel::Kind::Attention);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_help);
    layout->addWidget(m_result);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_result->hide();
        if (m_testJob)
            m_testJob->cancel();
        m_test->setEnabled(!m_sandbox && choice().kind != AwsAccountChoice::Kind::None);
        Q_EMIT changed();
    });
    connect(m_test, &QPushButton::clicked, this, &AwsAccountEditor::test);
    retranslate();
    fill({});
}

void AwsAccountEditor::setEnvironment(const QHash<QString, QString> &environment)
{
    m_environment = environment;
    fill(choice());
}

void AwsAccountEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AwsAccountEditor::retranslate()
{
    m_test->setText(tr("Te&st AWS"));
    m_combo->setAccessibleName(tr("AWS account"));
    m_help->setText(m_sandbox ? tr("The sandbox has an AWS account of its own, with a key pair "
                                   "made for each start.")
                              : tr("With an AWS account, the console checks the endpoint "
                                   "service, adds TiDB Cloud's account to its Allow principals "
                                   "and accepts connection requests for you. Keys stay in "
                                   "~/.aws, the environment or your credential_process."));
    fill(choice());
}

void AwsAccountEditor::fill(const AwsAccountChoice &select)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_sandbox) {
        m_combo->addItem(tr("The sandbox's AWS account"));
        m_combo->setEnabled(false);
        m_test->setEnabled(false);
        return;
    }
    m_combo->setEnabled(true);
    m_combo->addItem(tr("None: check the AWS side by hand"), QString());
    m_combo->addItem(tr("Default AWS credentials (environment, AWS_PROFILE)"), u"*"_s);
    QStringList names = AwsAccount::profileNames(m_environment);
    if (select.kind == AwsAccountChoice::Kind::NamedProfile && !names.contains(select.profile))
        names.append(select.profile);
    for (const QString &name : std::as_const(names))
        m_combo->addItem(tr("AWS profile %1").arg(name),
                         AwsAccountChoice{AwsAccountChoice::Kind::NamedProfile, name}.toSetting());
    const int index = m_combo->findData(select.toSetting());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_test->setEnabled(select.kind != AwsAccountChoice::Kind::None);
}

void AwsAccountEditor::setChoice(const AwsAccountChoice &choice)
{
    m_result->hide();
    fill(choice);
}

AwsAccountChoice AwsAccountEditor::choice() const
{
    return AwsAccountChoice::fromSetting(m_combo->currentData(ChoiceRole).toString());
}

void AwsAccountEditor::setSandbox(bool sandbox)
{
    m_sandbox = sandbox;
    m_result->hide();
    retranslate();
}

void AwsAccountEditor::showResult(NoteLabel::Kind kind, const QString &text)
{
    NoteLabel::setKind(m_result, kind);
    m_result->setText(text);
    m_result->show();
}

void AwsAccountEditor::test()
{
    if (m_testJob)
        m_testJob->cancel();
    m_testAccount = std::make_unique<AwsAccount>(nullptr);
    m_testAccount->choose(choice(), m_environment);
    showResult(NoteLabel::Kind::Attention, tr("Asking AWS who these credentials are…"));
    m_test->setEnabled(false);
    auto *job = m_testAccount->identity();
    m_testJob = job;
    job->onFinished(
        this,
        [this](const AwsCallerIdentity &identity) {
            m_test->setEnabled(true);
            showResult(NoteLabel::Kind::Success,
                       tr("✓ AWS account %1, as %2 (%3).")
                           .arg(identity.account, identity.arn, m_testAccount->description()));
        },
        [this](const ApiError &error) {
            m_test->setEnabled(true);
            showResult(NoteLabel::Kind::Problem, u"✗ "_s + error.userMessage());
        });
}

} // namespace plc
