#pragma once

#include "Job.h"

#include <QJsonObject>
#include <QPointer>

class QNetworkReply;

namespace plc {

/// One HTTP exchange with the API, made by ApiClient. Ends with finished(): json() holds the
/// response object on success, error() says what went wrong otherwise (HTTP status, the
/// API's google.rpc.Status, trace ID, retry time). Cancelling aborts the request.
class ApiCall final : public Job
{
    Q_OBJECT

public:
    const QJsonObject &json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray rawHeader(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &rawHeaders() const { return m_headers; }
    /// The google.rpc.Status object of an error answer (empty when there was none).
    const QJsonObject &errorBody() const { return m_errorBody; }

private:
    friend class ApiClient;
    ApiCall(QNetworkReply *reply, qint64 maxBodyBytes, QObject *parent);
    /// A call refused before anything was sent (insecure URL); finishes on the next loop turn.
    ApiCall(const ApiError &error, QObject *parent);

    void abortWork() override;
    void onReplyFinished();
    ApiError errorFromReply() const;
    void readRateLimit(ApiError &error) const;

    QPointer<QNetworkReply> m_reply;
    QJsonObject m_json;
    QJsonObject m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_sslErrors;
    qint64 m_maxBodyBytes = 0;
    int m_httpStatus = 0;
    bool m_tooLarge = false;
    bool m_cancelling = false;
};

} // namespace plc
