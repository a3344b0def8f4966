#include "ui/ProfileDialog.h"

#include "providers/Provider.h"
#include "ui/TicloudImport.h"
#include "ui/providers/CloudAccountEditor.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"
#include "ui/widgets/WizardParts.h"

#include <QComboBox>

#include "base/OutsideText.h"
#include "services/KeyCheck.h"
#include "services/Profile.h"
#include "services/ProfileSave.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "services/TicloudConfigImporter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // quotes the name typed, or one read from ticloud's file
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    label->setPalette(p);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_sandboxNote(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_apiUrlLabel(new QLabel(this))
    , m_publicKeyLabel(new QLabel(this))
    , m_privateKeyLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    , m_nameError(errorLabel(u"nameError"_s, this))
    , m_apiUrlError(errorLabel(u"apiUrlError"_s, this))
    , m_publicKeyError(errorLabel(u"publicKeyError"_s, this))
    , m_privateKeyError(errorLabel(u"privateKeyError"_s, this))
    , m_keychain(new QRadioButton(this))
    , m_sessionOnly(new QRadioButton(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    for (const auto &provider : ProviderUis::all()) {
        ProviderRow row{provider->core().id(), new QLabel(this), provider->newEditor(this)};
        row.label->setBuddy(row.editor->combo());
        m_providerRows.append(row);
    }
    setObjectName(u"profileDialog"_s);
    m_list->setObjectName(u"profileList"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_apiUrl->setObjectName(u"apiUrlEdit"_s);
    m_publicKey->setObjectName(u"publicKeyEdit"_s);
    m_privateKey->setObjectName(u"privateKeyEdit"_s);
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_keychain->setObjectName(u"keychainRadio"_s);
    m_sessionOnly->setObjectName(u"sessionOnlyRadio"_s);
    m_keychain->setChecked(true);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    // Profile names (imported ones too) and servers' error messages: text, never markup.
    m_status->setTextFormat(Qt::PlainText);
    m_sandboxNote->setWordWrap(true);
    m_new->setObjectName(u"newButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_test->setObjectName(u"testButton"_s);
    m_import->setObjectName(u"importButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    m_nameLabel->setBuddy(m_name);
    m_apiUrlLabel->setBuddy(m_apiUrl);
    m_publicKeyLabel->setBuddy(m_publicKey);
    m_privateKeyLabel->setBuddy(m_privateKey);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_apiUrlLabel, m_apiUrl);
    form->addRow(QString(), m_apiUrlError);
    form->addRow(m_publicKeyLabel, m_publicKey);
    form->addRow(QString(), m_publicKeyError);
    form->addRow(m_privateKeyLabel, m_privateKey);
    form->addRow(QString(), m_privateKeyError);
    form->addRow(QString(), m_keychain);
    form->addRow(QString(), m_sessionOnly);
    for (const ProviderRow &row : std::as_const(m_providerRows))
        form->addRow(row.label, row.editor);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    left->addWidget(m_import);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_sandboxNote);
    right->addLayout(form);
    right->addWidget(m_status);
    right->addStretch();
    right->addLayout(formButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    for (QLineEdit *edit : {m_name, m_apiUrl, m_publicKey, m_privateKey})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::validate);
    connect(m_new, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testKey);
    connect(m_import, &QPushButton::clicked, this, &ProfileDialog::importTicloud);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    // Room for every field's error and both cloud accounts' notes at once; the window still
    // fits a 1280×720 screen.
    resize(QSize(900, 600).expandedTo(minimumSizeHint()));
    reloadList(m_profiles->activeProfileName());
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslate()
{
    setWindowTitle(tr("Profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    m_nameLabel->setText(tr("&Name:"));
    m_apiUrlLabel->setText(tr("&API URL:"));
    m_publicKeyLabel->setText(tr("&Public key:"));
    for (const ProviderRow &row : std::as_const(m_providerRows))
        row.label->setText(row.editor->rowLabel());
    m_privateKeyLabel->setText(tr("P&rivate key:"));
    m_privateKey->setPlaceholderText(
        m_editing.isEmpty() ? QString() : tr("Leave empty to keep the stored key"));
    m_apiUrl->setPlaceholderText(QString::fromLatin1(Profile::DefaultApiUrl));
    m_keychain->setText(tr("Store the private key in the keychain"));
    m_sessionOnly->setText(
        tr("Keep the private key for this session only (never written to disk)"));
    m_sandboxNote->setText(tr("The built-in sandbox emulates the TiDB Cloud API on this computer. "
                              "It needs no account and no key."));
    m_new->setText(tr("&New"));
    m_remove->setText(tr("&Remove…"));
    m_save->setText(tr("&Save"));
    m_test->setText(tr("&Test Key"));
    m_import->setText(tr("&Import from ticloud…"));
    m_close->setText(tr("Close"));
    WizardParts::giveLabelsRoom({m_new, m_remove, m_save, m_test, m_import, m_close});
    if (auto *sandbox = m_list->count() > 0 ? m_list->item(0) : nullptr)
        sandbox->setText(tr("Sandbox"));
}

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        auto *item =
            new QListWidgetItem(profile.isSandbox() ? tr("Sandbox") : profile.name, m_list);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == select)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    showProfile();
}

void ProfileDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

QString ProfileDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::showProfile()
{
    const QString name = selectedName();
    const bool sandbox = name == Profile::sandboxName();
    const auto profile = m_profiles->profile(name);
    m_editing = sandbox ? QString() : name;
    m_sandboxNote->setVisible(sandbox);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_apiUrl, m_publicKey, m_privateKey, m_keychain,
                                          m_sessionOnly, m_save, m_test, m_remove})
        w->setEnabled(!sandbox);
    m_name->setText(sandbox ? QString() : name);
    m_apiUrl->setText(profile && !sandbox ? profile->apiUrl.toString() : QString());
    m_publicKey->setText(profile && !sandbox ? profile->publicKey : QString());
    m_privateKey->clear();
    for (const ProviderRow &row : std::as_const(m_providerRows)) {
        const QString setting =
            profile && !sandbox ? profile->providerAccounts.value(row.providerId) : QString();
        row.editor->setSandbox(sandbox);
        row.editor->setKeyStored(setting == "keychain"_L1);
        row.editor->setChoice(CloudAccountChoice::fromSetting(setting));
    }
    if (!sandbox)
        m_sessionOnly->setChecked(m_secrets->hasSessionSecret(keyIdOf(name)));
    if (!m_sessionOnly->isChecked())
        m_keychain->setChecked(true);
    for (QLabel *label : {m_nameError, m_apiUrlError, m_publicKeyError, m_privateKeyError})
        showError(label, {});
    m_status->clear();
    retranslate();
}

void ProfileDialog::newProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_editing.clear();
    m_sandboxNote->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_apiUrl, m_publicKey, m_privateKey,
                                                       m_keychain, m_sessionOnly, m_save, m_test})
        w->setEnabled(true);
    m_remove->setEnabled(false);
    m_name->clear();
    m_apiUrl->setText(QString::fromLatin1(Profile::DefaultApiUrl));
    m_publicKey->clear();
    m_privateKey->clear();
    for (const ProviderRow &row : std::as_const(m_providerRows)) {
        row.editor->setSandbox(false);
        row.editor->setKeyStored(false);
        row.editor->setChoice({});
    }
    m_keychain->setChecked(true);
    m_status->clear();
    retranslate();
    m_name->setFocus();
}

bool ProfileDialog::validate()
{
    QString nameProblem = Profile::checkName(m_name->text());
    if (nameProblem.isEmpty() && m_name->text() != m_editing && m_profiles->profile(m_name->text()))
        nameProblem = tr("A profile named “%1” exists already.").arg(m_name->text());
    showError(m_nameError, nameProblem);
    showError(m_apiUrlError, Profile::checkApiUrl(m_apiUrl->text()));
    showError(m_publicKeyError, Profile::checkPublicKey(m_publicKey->text()));
    // An existing profile keeps its stored key when the field is left empty.
    const bool keyRequired = m_editing.isEmpty() || !m_privateKey->text().isEmpty();
    showError(m_privateKeyError,
              keyRequired ? Profile::checkPrivateKey(m_privateKey->text()) : QString());
    // Every row shows its problem, not only the first.
    bool keysValid = true;
    for (const ProviderRow &row : std::as_const(m_providerRows))
        keysValid = row.editor->validateKey() && keysValid;
    return m_nameError->isHidden() && m_apiUrlError->isHidden() && m_publicKeyError->isHidden() &&
           m_privateKeyError->isHidden() && keysValid;
}

void ProfileDialog::save()
{
    if (!validate()) {
        setStatus(tr("Correct the fields marked above, then save again."), true);
        return;
    }
    // The dialog collects; ProfileSaveJob saves the profile and its keys, all or nothing.
    ProfileSaveRequest request;
    request.profile = {
        m_name->text(), QUrl(m_apiUrl->text().trimmed()), m_publicKey->text(), {}, {}};
    for (const ProviderRow &row : std::as_const(m_providerRows)) {
        const QString setting = row.editor->choice().toSetting();
        if (!setting.isEmpty())
            request.profile.providerAccounts.insert(row.providerId, setting);
        if (const QString key = row.editor->typedKeyToKeep(); !key.isEmpty())
            request.providerKeys.insert(row.providerId, key);
    }
    request.previousName = m_editing;
    request.privateKey = m_privateKey->text();
    request.sessionOnly = m_sessionOnly->isChecked();
    m_save->setEnabled(false);
    setStatus(tr("Saving profile “%1”…").arg(request.profile.name), false);
    const bool keyTyped = !request.privateKey.isEmpty();
    const bool sessionOnly = request.sessionOnly;
    ProfileSaveJob::start(m_profiles, m_secrets, std::move(request), this)
        ->onFinished(
            this,
            [this, keyTyped, sessionOnly](const Profile &saved) {
                m_save->setEnabled(true);
                m_privateKey->clear();
                for (const ProviderRow &row : std::as_const(m_providerRows)) {
                    if (!row.editor->typedKeyToKeep().isEmpty())
                        row.editor->setKeyStored(true);
                    row.editor->clearTypedKey();
                }
                m_editing = saved.name;
                reloadList(saved.name);
                if (sessionOnly && keyTyped)
                    m_sessionOnly->setChecked(true);
                setStatus(
                    !keyTyped ? tr("Profile “%1” saved.").arg(saved.name)
                    : sessionOnly
                        ? tr("Profile “%1” saved; its private key is kept for this session only.")
                              .arg(saved.name)
                        : tr("Profile “%1” saved; its private key is in the keychain.")
                              .arg(saved.name),
                    false);
                Q_EMIT profileUpdated(saved.name);
            },
            [this, keyTyped, sessionOnly](const ApiError &error) {
                m_save->setEnabled(true);
                // Nothing was saved, and every field keeps what was typed.
                QString text = tr("Nothing was saved: %1").arg(error.userMessage());
                if (error.kind == ApiError::Kind::Keychain && keyTyped && !sessionOnly) {
                    // The keys stay unsaved: offer the session-only path, never a file.
                    m_sessionOnly->setChecked(true);
                    text += u' ' + tr("To keep the private key for this session only, save "
                                      "again.");
                }
                setStatus(text, true);
            });
}

CloudAccountEditor *ProfileDialog::accountEditor(const QString &providerId) const
{
    for (const ProviderRow &row : m_providerRows) {
        if (row.providerId == providerId)
            return row.editor;
    }
    return nullptr;
}

void ProfileDialog::removeProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || name == Profile::sandboxName())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1” and its stored private key?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeProfileConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    WizardParts::showPlainText(box);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        const QString keyId = keyIdOf(name);
        m_profiles->remove(name);
        reloadList(Profile::sandboxName());
        Q_EMIT profileUpdated(name);
        // The key goes with the profile. When the keychain refuses, the user is told where the
        // entry is; its keyId belongs to no other profile, so none can ever pick it up.
        // The keys kept for its cloud provider accounts go too (there may be none).
        for (const auto &provider : ProviderUis::all())
            m_secrets->deleteSecret(provider->core().keychainEntry(keyId));
        SecretJob *job = m_secrets->deleteSecret(keyId);
        job->onFinished(
            this,
            [this, name](const QString &) {
                setStatus(tr("Profile “%1” removed.").arg(name), false);
            },
            [this, name, keyId](const ApiError &error) {
                setStatus(tr("Profile “%1” removed, but its private key could not be deleted "
                             "from the keychain: %2 Delete the entry “%3” of “%4” in your "
                             "keyring manager; no other profile will use it.")
                              .arg(name, error.userMessage(), u"profile:"_s + keyId,
                                   QLatin1StringView(SecretStore::ServiceName)),
                          true);
            });
    });
    box->open();
}

void ProfileDialog::testKey()
{
    const QString url = m_apiUrl->text().trimmed();
    showError(m_apiUrlError, Profile::checkApiUrl(url));
    showError(m_publicKeyError, Profile::checkPublicKey(m_publicKey->text()));
    if (!m_apiUrlError->isHidden() || !m_publicKeyError->isHidden())
        return;
    if (m_check)
        m_check->cancel();
    auto run = [this, url](const QString &privateKey) {
        setStatus(tr("Testing the key…"), false);
        auto *check = new KeyCheck(QUrl(url), {m_publicKey->text(), privateKey}, this);
        m_check = check;
        check->onFinished(
            this,
            [this](qint64 clusters) {
                setStatus(tr("The key works: it can see %n cluster(s).", nullptr, int(clusters)),
                          false);
            },
            [this](const ApiError &error) { setStatus(error.userMessage(), true); });
    };
    if (!m_privateKey->text().isEmpty() || m_editing.isEmpty()) {
        showError(m_privateKeyError, Profile::checkPrivateKey(m_privateKey->text()));
        if (m_privateKeyError->isHidden())
            run(m_privateKey->text());
        return;
    }
    SecretJob *job = m_secrets->readSecret(keyIdOf(m_editing));
    job->onFinished(this, run,
                    [this](const ApiError &error) { setStatus(error.userMessage(), true); });
}

void ProfileDialog::importTicloud()
{
    const TicloudImport::Result result = TicloudImport::run(
        m_profiles, m_secrets, this, [this](const QString &problem) { setStatus(problem, true); });
    reloadList(result.select.isEmpty() ? selectedName() : result.select);
    setStatus(result.summary, result.failed);
}

QString ProfileDialog::keyIdOf(const QString &name) const
{
    const auto profile = m_profiles->profile(name);
    return profile ? profile->keyId : QString();
}

void ProfileDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? QColor(0xc5, 0x22, 0x1f) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

} // namespace plc
