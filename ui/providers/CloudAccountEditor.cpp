#include "ui/providers/CloudAccountEditor.h"

#include "ui/widgets/WizardParts.h"

#include "ui/widgets/NoteLabel.h"

#include "base/Job.h"
#include "base/OutsideText.h"
#include "services/SecretStore.h"

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

} // namespace

CloudAccountEditor::CloudAccountEditor(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_environment(CloudAccountChoice::environment())
    , m_combo(new QComboBox(this))
    , m_keyBox(new QWidget(this))
    , m_keyId(new QLineEdit(m_keyBox))
    , m_secret(new QLineEdit(m_keyBox))
    , m_keyError(new QLabel(m_keyBox))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_help(new QLabel(this))
{
    m_combo->setObjectName(objectPrefix + u"AccountCombo"_s);
    m_test->setObjectName(objectPrefix + u"TestButton"_s);
    m_result->setObjectName(objectPrefix + u"TestResult"_s);
    m_help->setObjectName(objectPrefix + u"AccountHelp"_s);
    m_help->setWordWrap(true);
    NoteLabel::setUp(m_result, NoteLabel::Kind::Attention);
    m_keyId->setObjectName(objectPrefix + u"KeyIdEdit"_s);
    m_secret->setObjectName(objectPrefix + u"SecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_keyError->setObjectName(objectPrefix + u"KeyError"_s);
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
        m_test->setEnabled(!m_sandbox && choice().kind != CloudAccountChoice::Kind::None);
        m_keyBox->setVisible(choice().kind == CloudAccountChoice::Kind::KeychainKey);
        Q_EMIT changed();
    });
    connect(m_test, &QPushButton::clicked, this, &CloudAccountEditor::verify);
}

void CloudAccountEditor::setEnvironment(const QHash<QString, QString> &environment)
{
    m_environment = environment;
    m_profileNames.reset();
    fill(choice());
}

void CloudAccountEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ready)
        retranslate();
    QWidget::changeEvent(event);
}

void CloudAccountEditor::retranslate()
{
    m_ready = true;
    const Texts t = texts();
    m_test->setText(t.verify);
    WizardParts::giveLabelsRoom({m_test});
    m_keyId->setAccessibleName(t.keyIdName);
    m_secret->setAccessibleName(t.secretName);
    m_keyId->setPlaceholderText(m_keyStored ? t.keyIdKept : t.keyIdPlaceholder);
    m_secret->setPlaceholderText(m_keyStored ? t.secretKept : t.secretPlaceholder);
    m_combo->setAccessibleName(t.account);
    m_help->setText(m_sandbox ? t.sandboxHelp : t.help);
    fill(choice());
}

void CloudAccountEditor::fill(const CloudAccountChoice &select)
{
    const Texts t = texts();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_sandbox) {
        m_combo->addItem(t.sandboxItem);
        m_combo->setEnabled(false);
        m_test->setEnabled(false);
        return;
    }
    m_combo->setEnabled(true);
    m_combo->addItem(t.noneItem, QString());
    m_combo->addItem(t.defaultItem, u"*"_s);
    m_combo->addItem(t.keychainItem, u"keychain"_s);
    // The CLI's files are read once per dialog, not on every refill (language, selection).
    if (!m_profileNames)
        m_profileNames = profileNames(m_environment);
    QStringList names = *m_profileNames;
    if (select.kind == CloudAccountChoice::Kind::NamedProfile && !names.contains(select.profile))
        names.append(select.profile);
    for (const QString &name : std::as_const(names))
        m_combo->addItem(
            t.profileItem.arg(OutsideText::visible(name)),
            CloudAccountChoice{CloudAccountChoice::Kind::NamedProfile, name}.toSetting());
    const int index = m_combo->findData(select.toSetting());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_test->setEnabled(select.kind != CloudAccountChoice::Kind::None);
    m_keyBox->setVisible(choice().kind == CloudAccountChoice::Kind::KeychainKey);
}

void CloudAccountEditor::setChoice(const CloudAccountChoice &choice)
{
    m_result->hide();
    clearTypedKey();
    fill(choice);
}

QString CloudAccountEditor::typedKeyId() const
{
    return m_keyId->text();
}

QString CloudAccountEditor::typedSecret() const
{
    return m_secret->text();
}

void CloudAccountEditor::clearTypedKey()
{
    m_keyId->clear();
    m_secret->clear();
    m_keyError->hide();
}

void CloudAccountEditor::setKeyStored(bool stored)
{
    m_keyStored = stored;
    retranslate();
}

bool CloudAccountEditor::validateKey()
{
    QString problem;
    if (choice().kind == CloudAccountChoice::Kind::KeychainKey) {
        const bool typed = !m_keyId->text().isEmpty() || !m_secret->text().isEmpty();
        if (typed || !m_keyStored) {
            problem = checkKeyId(m_keyId->text());
            if (problem.isEmpty())
                problem = checkSecret(m_secret->text());
        }
    }
    m_keyError->setText(problem);
    m_keyError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

QString CloudAccountEditor::typedKeyToKeep() const
{
    // A typed key goes to the keychain, beside the profile's own key; never to a file.
    if (choice().kind != CloudAccountChoice::Kind::KeychainKey || m_keyId->text().isEmpty())
        return {};
    return packKey(m_keyId->text(), m_secret->text());
}

CloudAccountChoice CloudAccountEditor::choice() const
{
    return CloudAccountChoice::fromSetting(m_combo->currentData(ChoiceRole).toString());
}

void CloudAccountEditor::setSandbox(bool sandbox)
{
    m_sandbox = sandbox;
    m_result->hide();
    retranslate();
}

void CloudAccountEditor::showResult(NoteLabel::Kind kind, const QString &text)
{
    NoteLabel::setKind(m_result, kind);
    m_result->setText(text);
    m_result->show();
}

void CloudAccountEditor::showVerified(const QString &text)
{
    m_test->setEnabled(true);
    showResult(NoteLabel::Kind::Success, text);
}

void CloudAccountEditor::showNotVerified(const ApiError &error)
{
    m_test->setEnabled(true);
    showResult(NoteLabel::Kind::Problem, u"✗ "_s + error.userMessage());
}

void CloudAccountEditor::verify()
{
    if (m_testJob)
        m_testJob->cancel();
    QString keyId;
    QString secret;
    if (choice().kind == CloudAccountChoice::Kind::KeychainKey) {
        // The typed key is verified before it is kept; a kept one is not read back for this.
        if (!validateKey() || m_keyId->text().isEmpty()) {
            showResult(NoteLabel::Kind::Problem, texts().typeKeyToTest);
            return;
        }
        keyId = m_keyId->text();
        secret = m_secret->text();
    }
    showResult(NoteLabel::Kind::Attention, texts().asking);
    m_test->setEnabled(false);
    m_testJob = startVerify(choice(), keyId, secret, m_environment);
}

} // namespace plc
