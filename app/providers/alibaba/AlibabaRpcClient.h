#pragma once

#include "providers/ProviderCall.h"
#include "providers/alibaba/AlibabaRpcSigner.h"

#include <QJsonObject>
#include <QUrl>

namespace plc {

class AlibabaRpcClient;

/// Where one Alibaba Cloud RPC-style call goes and with which keys.
struct AlibabaTarget
{
    QUrl endpoint;  ///< `https://privatelink.cn-hangzhou.aliyuncs.com/`, or a sandbox's `/alibaba/`
    QString region; ///< sent as `RegionId`
    QString version; ///< `2020-04-15`
    AlibabaCredentials credentials;
};

/// One RPC-style call: every parameter in a form body, signed anew (a fresh nonce and
/// timestamp) for every attempt, the JSON answer in value(). An error answer — `{"Code",
/// "Message", "RequestId"}`, whatever its HTTP status — becomes ApiError::Kind::Provider with
/// Alibaba Cloud's code and a sentence for the user (AlibabaErrorText). Retries, limits and
/// the request log are ProviderCall's; `Throttling…` codes are retried for reads.
class AlibabaRpcCall final : public ProviderCall
{
    Q_OBJECT

private:
    friend class AlibabaRpcClient;
    AlibabaRpcCall(AlibabaRpcClient *client, const AlibabaTarget &target, const QString &action,
                   const AlibabaParams &params, bool read);
    AlibabaRpcCall(const ApiError &error, QObject *parent)
        : ProviderCall(error, parent)
    {}

    QNetworkReply *send(ProviderClient *client) override;
    ApiError providerError(int status, const QByteArray &body) const override;
    bool isThrottling(const QString &code) const override;
    /// An answer with a `Code` is an error whatever its status: PrivateLink and STS answers
    /// carry one only when they refuse.
    bool isErrorAnswer(const QByteArray &body) const override;
    QString logPath() const override;

    AlibabaTarget m_target;
    AlibabaParams m_params;
};

/// The door to Alibaba Cloud's RPC-style APIs with the user's own AccessKey: https only
/// (plain http to loopback, for the sandbox), and what every provider's client does.
class AlibabaRpcClient final : public ProviderClient
{
    Q_OBJECT

public:
    using Target = AlibabaTarget;
    using Params = AlibabaParams;

    explicit AlibabaRpcClient(RequestLog *log, QObject *parent = nullptr);

    /// `read`: the call changes nothing, so it may be sent again after a failure.
    AlibabaRpcCall *call(const AlibabaTarget &target, const QString &action,
                         const AlibabaParams &params, bool read);

    /// Alibaba Cloud's error document, when `body` is one: its Code, Message and RequestId.
    static bool readError(const QByteArray &body, QString *code, QString *message,
                          QString *requestId);
};

} // namespace plc
