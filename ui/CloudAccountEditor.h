#pragma once

#include "NoteLabel.h"
#include "services/AwsAccount.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace plc {

/// The AWS part of a TiDB Cloud profile: which AWS account it acts on — none, the AWS CLI's
/// default credentials, or one of the profiles in ~/.aws — and a Test that asks STS who those
/// credentials are (account and ARN). Nothing AWS is written anywhere: the choice is a name.
class AwsAccountEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccountEditor)

public:
    explicit AwsAccountEditor(QWidget *parent = nullptr);

    /// The process environment by default; tests give their own (AWS_CONFIG_FILE…).
    void setEnvironment(const QHash<QString, QString> &environment);
    void setChoice(const AwsAccountChoice &choice);
    AwsAccountChoice choice() const;
    /// The sandbox profile: its own AWS account, nothing to choose.
    void setSandbox(bool sandbox);
    QComboBox *combo() const { return m_combo; }

    /// The access key typed for the keychain (empty when none was typed).
    QString typedKeyId() const;
    QString typedSecret() const;
    void clearTypedKey();
    /// Whether the profile already has a key in the keychain: then the fields may stay empty.
    void setKeyStored(bool stored);
    /// Checks the typed key and shows what is wrong under it; true when it may be saved.
    bool validateKey();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const AwsAccountChoice &select);
    void test();
    void showResult(NoteLabel::Kind kind, const QString &text);

    QHash<QString, QString> m_environment;
    QComboBox *m_combo;
    QWidget *m_keyBox;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLabel *m_keyError;
    bool m_keyStored = false;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_help;
    std::unique_ptr<AwsAccount> m_testAccount;
    QPointer<Job> m_testJob;
    bool m_sandbox = false;
};

} // namespace plc
