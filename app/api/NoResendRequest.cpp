#include "api/NoResendRequest.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace plc {

namespace {

/// A body that can be read once and never rewound.
class OneWayBody final : public QIODevice
{
public:
    explicit OneWayBody(const QByteArray &body)
        : m_body(body)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_body.size(); }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_position);
        if (count <= 0)
            return m_position >= m_body.size() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_body;
    qint64 m_position = 0;
};

} // namespace

QNetworkReply *sendWithoutResend(QNetworkAccessManager *manager, QNetworkRequest request,
                                 const QByteArray &method, const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneWayBody(body);
    QNetworkReply *reply = manager->sendCustomRequest(request, method, device);
    device->setParent(reply);
    return reply;
}

} // namespace plc
