#include "ui/providers/aws/AwsAccountEditor.h"

#include "ui/providers/CodeQuestionDialog.h"

using namespace Qt::StringLiterals;

namespace plc {

AwsAccountEditor::AwsAccountEditor(QWidget *parent)
    : CloudAccountEditor(u"aws"_s, parent)
{
    retranslate();
}

AwsAccountEditor::~AwsAccountEditor() = default;

CloudAccountEditor::Texts AwsAccountEditor::texts() const
{
    Texts t;
    t.label = tr("A&WS account:");
    t.verify = tr("&Verify AWS");
    t.account = tr("AWS account");
    t.keyIdName = tr("AWS access key ID");
    t.secretName = tr("AWS secret access key");
    t.keyIdPlaceholder = tr("Access key ID (AKIA…)");
    t.secretPlaceholder = tr("Secret access key");
    t.keyIdKept = tr("kept in the keychain; type a new key to replace it");
    t.secretKept = tr("kept in the keychain");
    t.help = tr("With an AWS account, the console checks the endpoint service, adds TiDB "
                "Cloud's account to its Allow principals and accepts connection requests for "
                "you. Keys stay in ~/.aws, the environment or your credential_process.");
    t.sandboxHelp = tr("The sandbox has an AWS account of its own, with a key pair made for "
                       "each start.");
    t.sandboxItem = tr("The sandbox's AWS account");
    t.noneItem = tr("None: check the AWS side by hand");
    t.defaultItem = tr("Default AWS credentials (environment, AWS_PROFILE)");
    t.keychainItem = tr("An access key kept in the keychain");
    t.profileItem = tr("AWS profile %1");
    t.typeKeyToTest = tr("Type the access key to test it.");
    t.asking = tr("Asking AWS who these credentials are…");
    return t;
}

QStringList AwsAccountEditor::profileNames(const QHash<QString, QString> &environment) const
{
    return AwsAccount::profileNames(environment);
}

QString AwsAccountEditor::checkKeyId(const QString &id) const
{
    return AwsAccount::checkAccessKeyId(id);
}

QString AwsAccountEditor::checkSecret(const QString &secret) const
{
    return AwsAccount::checkSecretAccessKey(secret);
}

QString AwsAccountEditor::keychainEntry(const QString &profileKeyId) const
{
    return AwsAccount::keychainEntry(profileKeyId);
}

QString AwsAccountEditor::packKey(const QString &id, const QString &secret) const
{
    return AwsAccount::packKey(id, secret);
}

Job *AwsAccountEditor::startVerify(const CloudAccountChoice &choice, const QString &keyId,
                                   const QString &secret,
                                   const QHash<QString, QString> &environment)
{
    m_account = std::make_unique<AwsAccount>(nullptr);
    m_account->setCodeAsker(CodeQuestionDialog::asker(window()));
    if (choice.kind == CloudAccountChoice::Kind::KeychainKey)
        m_account->useKeys({keyId, secret, {}, {}, {}}, {}, environment);
    else
        m_account->choose(choice, environment);
    auto *job = m_account->identity();
    job->onFinished(
        this,
        [this](const AwsCallerIdentity &identity) {
            QString text = tr("✓ AWS account %1, as %2 (%3).")
                               .arg(identity.account, identity.arn, m_account->description());
            // Temporary keys: until when, and whether renewing them asks for a code.
            if (const QString note = m_account->keysNote(); !note.isEmpty())
                text += u' ' + note;
            showVerified(text);
        },
        [this](const ApiError &error) { showNotVerified(error); });
    return job;
}

} // namespace plc
