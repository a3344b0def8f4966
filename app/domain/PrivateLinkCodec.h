#pragma once

#include "domain/ClusterCodec.h"
#include "domain/PrivateLink.h"

#include <QJsonObject>

namespace plc {

struct PrivateLinkConnectionPage
{
    QList<PrivateLinkConnection> connections;
    QString nextPageToken;
    std::optional<qint64> totalSize;
};

/// JSON ↔ private link types as in api/privatelink.swagger.json.
namespace PrivateLinkCodec {
Decoded<PrivateLinkConnection> decodeConnection(const QJsonObject &json);
Decoded<PrivateLinkConnectionPage> decodePage(const QJsonObject &json);
Decoded<AttachDomain> decodeAttachDomain(const QJsonObject &json);
Decoded<AvailabilityZones> decodeAvailabilityZones(const QJsonObject &json);

QJsonObject encodeCreate(const NewPrivateLinkConnection &connection);
QJsonObject encodeAttach(DomainType type, const QString &uniqueName, bool validateOnly);
QJsonObject encodeDetach(const QString &attachDomainId);
} // namespace PrivateLinkCodec

} // namespace plc
