#include "AwsAccountEditor.h"

#include "NoteLabel.h"

#include "base/OutsideText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    , m_keyBox(new QWidget(this))
    , m_keyId(new QLineEdit(m_keyBox))
    , m_secret(new QLineEdit(m_keyBox))
    , m_keyError(new QLabel(m_keyBox))
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
    m_keyId->setObjectName(u"awsKeyIdEdit"_s);
    m_secret->setObjectName(u"awsSecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_keyError->setObjectName(u"awsKeyError"_s);
    m_keyError->setWordWrap(true);
    m_keyError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_keyError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_keyError->setPalette(errorPalette);
    m_keyError->hide();
    auto *keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyId);
    keyLayout->addWidget(m_secret);
    keyLayout->addWidget(m_keyError);
    m_keyBox->hide();
    for (QLineEdit *edit : {m_keyId, m_secret})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_result->hide();
            if (!m_keyError->isHidden())
                validateKey();
        });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_keyBox);
    layout->addWidget(m_help);
    layout->addWidget(m_result);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_result->hide();
        if (m_testJob)
            m_testJob->cancel();
        m_test->setEnabled(!m_sandbox && choice().kind != AwsAccountChoice::Kind::None);
        m_keyBox->setVisible(choice().kind == AwsAccountChoice::Kind::KeychainKey);
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
    m_test->setText(tr("&Verify AWS"));
    m_keyId->setAccessibleName(tr("AWS access key ID"));
    m_secret->setAccessibleName(tr("AWS secret access key"));
    m_keyId->setPlaceholderText(m_keyStored
                                    ? tr("kept in the keychain; type a new key to replace it")
                                    : tr("Access key ID (AKIA…)"));
    m_secret->setPlaceholderText(m_keyStored ? tr("kept in the keychain")
                                             : tr("Secret access key"));
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
    m_combo->addItem(tr("An access key kept in the keychain"), u"keychain"_s);
    QStringList names = AwsAccount::profileNames(m_environment);
    if (select.kind == AwsAccountChoice::Kind::NamedProfile && !names.contains(select.profile))
        names.append(select.profile);
    for (const QString &name : std::as_const(names))
        m_combo->addItem(tr("AWS profile %1").arg(OutsideText::visible(name)),
                         AwsAccountChoice{AwsAccountChoice::Kind::NamedProfile, name}.toSetting());
    const int index = m_combo->findData(select.toSetting());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_test->setEnabled(select.kind != AwsAccountChoice::Kind::None);
    m_keyBox->setVisible(choice().kind == AwsAccountChoice::Kind::KeychainKey);
}

void AwsAccountEditor::setChoice(const AwsAccountChoice &choice)
{
    m_result->hide();
    clearTypedKey();
    fill(choice);
}

QString AwsAccountEditor::typedKeyId() const
{
    return m_keyId->text();
}

QString AwsAccountEditor::typedSecret() const
{
    return m_secret->text();
}

void AwsAccountEditor::clearTypedKey()
{
    m_keyId->clear();
    m_secret->clear();
    m_keyError->hide();
}

void AwsAccountEditor::setKeyStored(bool stored)
{
    m_keyStored = stored;
    retranslate();
}

bool AwsAccountEditor::validateKey()
{
    QString problem;
    if (choice().kind == AwsAccountChoice::Kind::KeychainKey) {
        const bool typed = !m_keyId->text().isEmpty() || !m_secret->text().isEmpty();
        if (typed || !m_keyStored) {
            problem = AwsAccount::checkAccessKeyId(m_keyId->text());
            if (problem.isEmpty())
                problem = AwsAccount::checkSecretAccessKey(m_secret->text());
        }
    }
    m_keyError->setText(problem);
    m_keyError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
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
    if (choice().kind == AwsAccountChoice::Kind::KeychainKey) {
        // The typed key is tested before it is kept; a kept one is not read back for this.
        if (!validateKey() || m_keyId->text().isEmpty()) {
            showResult(NoteLabel::Kind::Problem, tr("Type the access key to test it."));
            return;
        }
        m_testAccount->useKeys({m_keyId->text(), m_secret->text(), {}, {}, {}}, {}, m_environment);
    } else {
        m_testAccount->choose(choice(), m_environment);
    }
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
