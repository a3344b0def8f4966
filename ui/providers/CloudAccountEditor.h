#pragma once

#include "providers/CloudAccountChoice.h"
#include "ui/widgets/NoteLabel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace plc {

class ApiError;
class Job;

/// A cloud provider's part of a TiDB Cloud profile: which account it acts on — none, the
/// provider's default credentials, an access key kept in the keychain, or one of the profiles
/// of the provider's CLI — and a Verify that asks the provider who those credentials are.
/// Nothing of the provider's is written anywhere but a typed key, to the keychain: the choice
/// is a name. What differs per provider (its words, its profiles, its key rules, how it is
/// asked) is the subclass's: AwsAccountEditor, AlibabaAccountEditor.
class CloudAccountEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudAccountEditor)

public:
    /// The process environment by default; tests give their own (AWS_CONFIG_FILE, HOME…).
    void setEnvironment(const QHash<QString, QString> &environment);
    void setChoice(const CloudAccountChoice &choice);
    /// The profile dialog's label of this row ("A&WS account:"), in the current language.
    QString rowLabel() const { return texts().label; }

    CloudAccountChoice choice() const;
    /// The sandbox profile: its own account, nothing to choose.
    void setSandbox(bool sandbox);
    QComboBox *combo() const { return m_combo; }

    /// The key typed for the keychain (empty when none was typed).
    QString typedKeyId() const;
    QString typedSecret() const;
    void clearTypedKey();
    /// Whether the profile already has a key in the keychain: then the fields may stay empty.
    void setKeyStored(bool stored);
    /// Checks the typed key and shows what is wrong under it; true when it may be saved.
    bool validateKey();
    /// The typed key as the provider keeps it in the keychain (its entry is
    /// `<profile keyId>/<provider id>`), when the keychain is chosen and a key was typed;
    /// empty otherwise. The profile's save (ProfileSaveJob) writes it.
    QString typedKeyToKeep() const;

Q_SIGNALS:
    void changed();

protected:
    /// The provider's words, read anew on each change of language.
    struct Texts
    {
        QString label;     ///< the profile dialog's row, with its mnemonic
        QString verify;    ///< the button, with its mnemonic
        QString account;   ///< the combo's accessible name
        QString keyIdName; ///< the fields' accessible names
        QString secretName;
        QString keyIdPlaceholder; ///< when no key is kept
        QString secretPlaceholder;
        QString keyIdKept; ///< when a key is kept
        QString secretKept;
        QString help;
        QString sandboxHelp;
        QString sandboxItem;
        QString noneItem;
        QString defaultItem;
        QString keychainItem;
        QString profileItem; ///< `%1`: a profile of the provider's CLI
        QString typeKeyToTest;
        QString asking;
    };

    /// `objectPrefix` names the widgets for tests and accessibility tools (`awsAccountCombo`).
    CloudAccountEditor(const QString &objectPrefix, QWidget *parent);

    virtual Texts texts() const = 0;
    virtual QStringList profileNames(const QHash<QString, QString> &environment) const = 0;
    /// What is wrong with a typed key ID / secret (empty: nothing).
    virtual QString checkKeyId(const QString &id) const = 0;
    virtual QString checkSecret(const QString &secret) const = 0;
    virtual QString keychainEntry(const QString &profileKeyId) const = 0;
    virtual QString packKey(const QString &id, const QString &secret) const = 0;
    /// Asks the provider who the credentials are (`keyId`/`secret` for the keychain choice)
    /// and ends with showVerified() or showNotVerified().
    virtual Job *startVerify(const CloudAccountChoice &choice, const QString &keyId,
                             const QString &secret, const QHash<QString, QString> &environment) = 0;
    void showVerified(const QString &text);
    void showNotVerified(const ApiError &error);

    /// Subclasses call it at the end of their constructor, and it runs on a change of language.
    void retranslate();
    void changeEvent(QEvent *event) override;

private:
    void fill(const CloudAccountChoice &select);
    void verify();
    void showResult(NoteLabel::Kind kind, const QString &text);

    QHash<QString, QString> m_environment;
    std::optional<QStringList> m_profileNames; ///< the CLI's profiles, read at the first fill
    QComboBox *m_combo;
    QWidget *m_keyBox;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLabel *m_keyError;
    bool m_keyStored = false;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_help;
    QPointer<Job> m_testJob;
    bool m_sandbox = false;
    bool m_ready = false;
};

} // namespace plc
