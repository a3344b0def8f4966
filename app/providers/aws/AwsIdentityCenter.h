#pragma once

#include "providers/ProviderCall.h"
#include "providers/aws/AwsProfileResolver.h"
#include "providers/aws/AwsResources.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace plc {

class AwsQueryClient;

/// IAM Identity Center, as the AWS CLI uses it once `aws sso login` has signed in: the token
/// the CLI wrote under `~/.aws/sso/cache/` (read, never written, never refreshed), and the
/// portal's GetRoleCredentials for the profile's account and role.
class AwsIdentityCenter final
{
    Q_DECLARE_TR_FUNCTIONS(AwsIdentityCenter)

public:
    static constexpr qint64 MaxTokenFileBytes = 64 * 1024;

    /// The sign-in's token, when it is there and has not expired at `now`; otherwise
    /// nothing, and `problem` says so with the exact `aws sso login` command to run.
    static std::optional<QString> token(const AwsSsoSettings &sso, const QDateTime &now,
                                        QString *problem);
    /// `aws sso login --profile <name>` (or `--sso-session <name>`), each value quoted by
    /// position.
    static QString loginCommand(const AwsSsoSettings &sso);
    /// The portal's answer to GetRoleCredentials: keys shaped as keys, or nothing.
    static std::optional<AwsAssumedRole> roleCredentials(const QByteArray &json, QString *error);
};

/// One GetRoleCredentials call: a GET to the portal's `federation/credentials` with the token
/// in `x-amz-sso_bearer_token` (https only; plain http to loopback, for the sandbox), unsigned,
/// retried as a read. The token is in no log: the request log names the action.
class AwsPortalCall final : public ProviderCall
{
    Q_OBJECT

public:
    AwsPortalCall(AwsQueryClient *client, const AwsSsoSettings &sso, const QString &token);
    AwsPortalCall(const ApiError &error, QObject *parent)
        : ProviderCall(error, parent)
    {}

private:
    QNetworkReply *send(ProviderClient *client) override;
    ApiError providerError(int status, const QByteArray &body) const override;
    bool isThrottling(const QString &code) const override;
    bool isErrorAnswer(const QByteArray &body) const override;
    QString logPath() const override;
    QByteArray logMethod() const override { return QByteArrayLiteral("GET"); }

    AwsSsoSettings m_sso;
    QString m_token;
};

/// The keys of the profile's Identity Center role: the token read, the portal asked.
class AwsRoleCredentialsJob final : public ValueJob<AwsAssumedRole>
{
public:
    AwsRoleCredentialsJob(AwsQueryClient *client, const AwsSsoSettings &sso, QObject *parent);

private:
    void abortWork() override;
    QPointer<ProviderCall> m_call;
};

} // namespace plc
