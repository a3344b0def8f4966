#pragma once

#include "domain/Changefeed.h"
#include "domain/ClusterCodec.h"

#include <QJsonObject>

namespace plc {

struct ChangefeedPage
{
    QList<Changefeed> changefeeds;
    QString nextPageToken;
    std::optional<qint64> totalSize;
};

/// JSON ↔ changefeed types as in api/cdc.swagger.json. Only what the console shows is read;
/// the sink's credentials never are.
namespace ChangefeedCodec {
Decoded<Changefeed> decodeChangefeed(const QJsonObject &json);
Decoded<ChangefeedPage> decodePage(const QJsonObject &json);

/// The body of `changefeeds:test` (`ChangefeedService.TestChangefeedBody`).
QJsonObject encodeTest(const SinkTest &test);
/// The same with every password replaced by `maskedPassword`: what the console shows.
QJsonObject encodeTestForDisplay(const SinkTest &test, const QString &maskedPassword);
} // namespace ChangefeedCodec

} // namespace plc
