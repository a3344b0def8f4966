#include "ui/providers/alibaba/AlibabaAccountEditor.h"

#include "base/OutsideText.h"

using namespace Qt::StringLiterals;

namespace plc {

AlibabaAccountEditor::AlibabaAccountEditor(QWidget *parent)
    : CloudAccountEditor(u"alibaba"_s, parent)
{
    retranslate();
}

AlibabaAccountEditor::~AlibabaAccountEditor() = default;

CloudAccountEditor::Texts AlibabaAccountEditor::texts() const
{
    Texts t;
    t.label = tr("Alibaba &Cloud account:");
    t.verify = tr("Verify Alibaba Clou&d");
    t.account = tr("Alibaba Cloud account");
    t.keyIdName = tr("Alibaba Cloud AccessKey ID");
    t.secretName = tr("Alibaba Cloud AccessKey secret");
    t.keyIdPlaceholder = tr("AccessKey ID (LTAI…)");
    t.secretPlaceholder = tr("AccessKey secret");
    t.keyIdKept = tr("kept in the keychain; type a new AccessKey to replace it");
    t.secretKept = tr("kept in the keychain");
    t.help = tr("With an Alibaba Cloud account, the console checks the endpoint service, adds "
                "TiDB Cloud's account to its Service Whitelist and allows endpoint connection "
                "requests for you. Keys stay in ~/.aliyun/config.json or the environment.");
    t.sandboxHelp = tr("The sandbox has an Alibaba Cloud account of its own, with an AccessKey "
                       "made for each start.");
    t.sandboxItem = tr("The sandbox's Alibaba Cloud account");
    t.noneItem = tr("None: check the Alibaba Cloud side by hand");
    t.defaultItem = tr("Default credentials (environment, current aliyun CLI profile)");
    t.keychainItem = tr("An AccessKey kept in the keychain");
    t.profileItem = tr("aliyun CLI profile %1");
    t.typeKeyToTest = tr("Type the AccessKey to verify it.");
    t.asking = tr("Asking Alibaba Cloud who these credentials are…");
    return t;
}

QStringList AlibabaAccountEditor::profileNames(const QHash<QString, QString> &environment) const
{
    return AlibabaAccount::profileNames(environment);
}

QString AlibabaAccountEditor::checkKeyId(const QString &id) const
{
    return AlibabaAccount::checkAccessKeyId(id);
}

QString AlibabaAccountEditor::checkSecret(const QString &secret) const
{
    return AlibabaAccount::checkAccessKeySecret(secret);
}

QString AlibabaAccountEditor::keychainEntry(const QString &profileKeyId) const
{
    return AlibabaAccount::keychainEntry(profileKeyId);
}

QString AlibabaAccountEditor::packKey(const QString &id, const QString &secret) const
{
    return AlibabaAccount::packKey(id, secret);
}

Job *AlibabaAccountEditor::startVerify(const CloudAccountChoice &choice, const QString &keyId,
                                       const QString &secret,
                                       const QHash<QString, QString> &environment)
{
    m_account = std::make_unique<AlibabaAccount>(nullptr);
    if (choice.kind == CloudAccountChoice::Kind::KeychainKey)
        m_account->useKeys({keyId, secret, {}, {}}, {}, environment);
    else
        m_account->choose(choice, environment);
    auto *job = m_account->identity();
    job->onFinished(
        this,
        [this](const AlibabaCallerIdentity &identity) {
            QString text = tr("✓ Alibaba Cloud account %1, as %2 (%3).")
                               .arg(identity.accountId, identity.arn, m_account->description());
            if (const QString note = m_account->keysNote(); !note.isEmpty())
                text += u' ' + note;
            showVerified(text);
        },
        [this](const ApiError &error) { showNotVerified(error); });
    return job;
}

} // namespace plc
