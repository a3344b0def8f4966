#include "domain/ChangefeedCodec.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

void readSink(const JsonReader &sink, Changefeed &c)
{
    c.sinkType = sink.enumValue<SinkType>("type"_L1);
    // The sink's own object follows its type; an unknown type has none we could read.
    const QLatin1StringView key = c.sinkType.value == SinkType::Mysql ? "mysql"_L1 : "kafka"_L1;
    if (!sink.has(key))
        return;
    const JsonReader network = sink.object(key).object("network"_L1);
    c.network = network.enumValue<SinkNetwork>("networkType"_L1);
    if (network.has("privateLink"_L1)) {
        const JsonReader link = network.object("privateLink"_L1);
        c.privateLinkConnectionId =
            link.identifier("privateLinkConnectionId"_L1, JsonReader::Presence::Optional);
        if (const auto port = link.integer("port"_L1)) {
            if (*port < 1 || *port > 65535)
                link.fail("port"_L1, u"a TCP port (1–65535)"_s);
            else
                c.port = int(*port);
        }
    }
    c.publicEndpoint = network.string(c.sinkType.value == SinkType::Mysql ? "publicEndpoint"_L1
                                                                          : "publicEndpoints"_L1);
}

Changefeed readChangefeed(const JsonReader &reader)
{
    Changefeed c;
    c.changefeedId = reader.identifier("changefeedId"_L1);
    c.clusterId = reader.identifier("clusterId"_L1, JsonReader::Presence::Optional);
    c.displayName = reader.string("displayName"_L1);
    c.state = reader.enumValue<ChangefeedState>("state"_L1);
    if (reader.has("sink"_L1))
        readSink(reader.object("sink"_L1), c);
    if (reader.has("checkpoint"_L1)) {
        const JsonReader checkpoint = reader.object("checkpoint"_L1);
        c.checkpointTso = checkpoint.string("tso"_L1);
        c.checkpointTime = checkpoint.dateTime("time"_L1);
    }
    c.error = reader.string("error"_L1);
    c.createTime = reader.dateTime("createTime"_L1);
    c.updateTime = reader.dateTime("updateTime"_L1);
    return c;
}

QJsonObject encode(const SinkTest &test, const QString *maskedPassword)
{
    const QString password = maskedPassword ? *maskedPassword : test.password;
    const QJsonObject network{
        {u"networkType"_s, enumToApi(SinkNetwork::PrivateLink)},
        {u"privateLink"_s, QJsonObject{{u"privateLinkConnectionId"_s, test.privateLinkConnectionId},
                                       {u"port"_s, test.port}}}};
    QJsonObject sink{{u"type"_s, enumToApi(test.type)}};
    if (test.type == SinkType::Mysql) {
        sink.insert(u"mysql"_s, QJsonObject{{u"network"_s, network},
                                            {u"authentication"_s,
                                             QJsonObject{{u"userName"_s, test.userName},
                                                         {u"password"_s, password},
                                                         {u"enableTls"_s, test.enableTls}}}});
    } else {
        QJsonObject authentication{{u"authType"_s, enumToApi(test.kafkaAuth)},
                                   {u"enableTls"_s, test.enableTls}};
        if (test.kafkaAuth != KafkaAuth::Disable) {
            authentication.insert(u"username"_s, test.userName);
            authentication.insert(u"password"_s, password);
        }
        sink.insert(u"kafka"_s,
                    QJsonObject{{u"network"_s, network}, {u"authentication"_s, authentication}});
    }
    return {{u"sink"_s, sink}};
}

} // namespace

Decoded<Changefeed> ChangefeedCodec::decodeChangefeed(const QJsonObject &json)
{
    Decoded<Changefeed> result;
    result.value = readChangefeed(JsonReader(json, {}, &result.errors));
    return result;
}

Decoded<ChangefeedPage> ChangefeedCodec::decodePage(const QJsonObject &json)
{
    Decoded<ChangefeedPage> result;
    const JsonReader reader(json, {}, &result.errors);
    const QJsonArray items = reader.array("changefeeds"_L1);
    result.value.changefeeds.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        result.value.changefeeds.append(readChangefeed(reader.element(items, i, "changefeeds"_L1)));
    result.value.nextPageToken = reader.rawString("nextPageToken"_L1);
    result.value.totalSize = reader.integer("totalSize"_L1);
    return result;
}

QJsonObject ChangefeedCodec::encodeTest(const SinkTest &test)
{
    return encode(test, nullptr);
}

QJsonObject ChangefeedCodec::encodeTestForDisplay(const SinkTest &test,
                                                  const QString &maskedPassword)
{
    return encode(test, &maskedPassword);
}

} // namespace plc
