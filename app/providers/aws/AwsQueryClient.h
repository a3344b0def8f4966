#pragma once

#include "providers/ProviderCall.h"
#include "providers/aws/AwsCredentials.h"

#include <QUrl>

namespace plc {

class AwsQueryClient;

/// Where one AWS Query API call goes and with which keys.
struct AwsTarget
{
    QUrl endpoint;      ///< `https://ec2.us-east-1.amazonaws.com/`, or a sandbox's `/aws/`
    QByteArray region;  ///< signs the request: `us-east-1`
    QByteArray service; ///< `ec2`, `sts`
    QString version;    ///< `2016-11-15`, `2011-06-15`
    AwsCredentials credentials;
};

using AwsParams = QList<QPair<QString, QString>>;

/// One Query API call: signed with Signature Version 4 anew for every attempt, sent as a form
/// POST, its XML answer in value(). An error answer becomes ApiError::Kind::Provider with
/// EC2's or STS's code, message and request ID, and a sentence for the user (AwsErrorText).
/// Retries, limits and the request log are ProviderCall's.
class AwsQueryCall final : public ProviderCall
{
    Q_OBJECT

private:
    friend class AwsQueryClient;
    AwsQueryCall(AwsQueryClient *client, const AwsTarget &target, const QString &action,
                 const AwsParams &params, bool read);
    AwsQueryCall(const ApiError &error, QObject *parent)
        : ProviderCall(error, parent)
    {}

    QNetworkReply *send(ProviderClient *client) override;
    ApiError providerError(int status, const QByteArray &body) const override;
    bool isThrottling(const QString &code) const override;
    QString logPath() const override;

    AwsTarget m_target;
    QByteArray m_body;
};

/// The door to AWS's Query APIs (EC2, STS) with the user's own keys: https only (plain http
/// to loopback, for the sandbox), and what every provider's client does (ProviderClient).
class AwsQueryClient final : public ProviderClient
{
    Q_OBJECT

public:
    using Target = AwsTarget;
    using Params = AwsParams;

    explicit AwsQueryClient(RequestLog *log, QObject *parent = nullptr);

    /// Keeps a call of another shape to the same account (IAM Identity Center's portal) for
    /// cancelAll().
    void keep(ProviderCall *call) { track(call); }
    /// `read`: the call changes nothing, so it may be sent again after a failure.
    AwsQueryCall *call(const AwsTarget &target, const QString &action, const AwsParams &params,
                       bool read);

    /// `Action=…&Version=…&Name=value…`, each name and value encoded as AWS's SDKs do.
    static QByteArray formBody(const QString &action, const QString &version,
                               const AwsParams &params);
};

} // namespace plc
