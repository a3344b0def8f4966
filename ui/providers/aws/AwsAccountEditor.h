#pragma once

#include "providers/aws/AwsAccount.h"
#include "ui/providers/CloudAccountEditor.h"

#include <memory>

namespace plc {

/// The AWS part of a TiDB Cloud profile: none, the AWS CLI's default credentials, an access
/// key kept in the keychain, or one of the profiles in ~/.aws; Verify asks STS who those
/// credentials are (account and ARN).
class AwsAccountEditor final : public CloudAccountEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccountEditor)

public:
    explicit AwsAccountEditor(QWidget *parent = nullptr);
    ~AwsAccountEditor() override;

private:
    Texts texts() const override;
    QStringList profileNames(const QHash<QString, QString> &environment) const override;
    QString checkKeyId(const QString &id) const override;
    QString checkSecret(const QString &secret) const override;
    QString keychainEntry(const QString &profileKeyId) const override;
    QString packKey(const QString &id, const QString &secret) const override;
    Job *startVerify(const CloudAccountChoice &choice, const QString &keyId, const QString &secret,
                     const QHash<QString, QString> &environment) override;

    std::unique_ptr<AwsAccount> m_account;
};

} // namespace plc
