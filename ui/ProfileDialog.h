#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace plc {

class CloudAccountEditor;
class Job;
class ProfileStore;
class SecretStore;

/// Add, edit, remove and test connection profiles, and import them from the ticloud CLI
/// (TicloudImport). Each profile names the account it acts on with each cloud provider: one
/// row per registered provider (ProviderUis), its editor made by the provider.
/// Every field is checked as it is typed, with a message saying what is wrong and what is
/// expected. The private key goes to the keychain, or — when the user chooses, or no keychain
/// exists — into memory for this session only; never into the settings file.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    void selectProfile(const QString &name);
    /// The row of the provider `providerId` (`aws`, `alibaba`), null when none is registered.
    CloudAccountEditor *accountEditor(const QString &providerId) const;

Q_SIGNALS:
    /// A profile's settings or key changed: if it is the active one, it must be used again.
    void profileUpdated(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadList(const QString &select);
    void showProfile();
    bool validate();
    void newProfile();
    void save();
    void removeProfile();
    void testKey();
    void importTicloud();
    /// The keychain ID of a saved profile (empty for none).
    QString keyIdOf(const QString &name) const;
    void setStatus(const QString &text, bool error);
    QString selectedName() const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QListWidget *m_list;
    QLabel *m_sandboxNote;
    QLabel *m_nameLabel, *m_apiUrlLabel, *m_publicKeyLabel, *m_privateKeyLabel;
    QLineEdit *m_name, *m_apiUrl, *m_publicKey, *m_privateKey;
    QLabel *m_nameError, *m_apiUrlError, *m_publicKeyError, *m_privateKeyError;
    QRadioButton *m_keychain, *m_sessionOnly;
    /// One row per registered cloud provider, in the registry's order.
    struct ProviderRow
    {
        QString providerId;
        QLabel *label;
        CloudAccountEditor *editor;
    };
    QList<ProviderRow> m_providerRows;
    QLabel *m_status;
    QPushButton *m_new, *m_remove, *m_save, *m_test, *m_import, *m_close;
    QPointer<Job> m_check;
    QString m_editing; ///< the name being edited; empty for a new profile
};

} // namespace plc
