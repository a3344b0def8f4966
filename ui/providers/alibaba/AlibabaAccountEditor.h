#pragma once

#include "providers/alibaba/AlibabaAccount.h"
#include "ui/providers/CloudAccountEditor.h"

#include <memory>

namespace plc {

/// The Alibaba Cloud part of a TiDB Cloud profile: none, the default credentials
/// (ALIBABA_CLOUD_* variables, else the aliyun CLI's current profile), an AccessKey kept in
/// the keychain, or one of the aliyun CLI's profiles; Verify asks STS who those credentials
/// are (account ID and ARN).
class AlibabaAccountEditor final : public CloudAccountEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaAccountEditor)

public:
    explicit AlibabaAccountEditor(QWidget *parent = nullptr);
    ~AlibabaAccountEditor() override;

private:
    Texts texts() const override;
    QStringList profileNames(const QHash<QString, QString> &environment) const override;
    QString checkKeyId(const QString &id) const override;
    QString checkSecret(const QString &secret) const override;
    QString keychainEntry(const QString &profileKeyId) const override;
    QString packKey(const QString &id, const QString &secret) const override;
    Job *startVerify(const CloudAccountChoice &choice, const QString &keyId, const QString &secret,
                     const QHash<QString, QString> &environment) override;

    std::unique_ptr<AlibabaAccount> m_account;
};

} // namespace plc
