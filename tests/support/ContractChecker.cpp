#include "ContractChecker.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

using namespace Qt::StringLiterals;

namespace plc::test {

struct ContractChecker::Private
{
    QJsonObject clusterSpec;
    QJsonObject privateLinkSpec;
    QJsonObject cdcSpec;
    QHash<QString, std::shared_ptr<valijson::Schema>> schemas;

    std::shared_ptr<valijson::Schema> schema(const QString &definition)
    {
        if (auto found = schemas.value(definition))
            return found;
        // "cluster:Name" or "privatelink:Name": the whole spec as the root document, so
        // "#/definitions/…" references resolve, with a root $ref to the definition.
        const qsizetype colon = definition.indexOf(u':');
        QJsonObject root = definition.startsWith("cluster:"_L1) ? clusterSpec
                           : definition.startsWith("cdc:"_L1)   ? cdcSpec
                                                                : privateLinkSpec;
        root.insert(u"$ref"_s, u"#/definitions/"_s + definition.mid(colon + 1));
        auto compiled = std::make_shared<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, *compiled);
        schemas.insert(definition, compiled);
        return compiled;
    }
};

namespace {
QJsonObject load(const QString &name)
{
    QFile file(QStringLiteral(PLC_CONTRACT_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the API contract %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

ContractChecker &ContractChecker::instance()
{
    static ContractChecker checker;
    return checker;
}

ContractChecker::ContractChecker()
    : d(std::make_unique<Private>())
{
    d->clusterSpec = load(u"cluster.swagger.json"_s);
    d->privateLinkSpec = load(u"privatelink.swagger.json"_s);
    d->cdcSpec = load(u"cdc.swagger.json"_s);
    // `changefeeds:test` answers with a schema written inline in its path: give it a name.
    QJsonObject cdcDefinitions = d->cdcSpec.value("definitions"_L1).toObject();
    cdcDefinitions.insert(u"TestChangefeedResponse"_s,
                          d->cdcSpec.value("paths"_L1)
                              .toObject()
                              .value("/v1beta1/clusters/{clusterId}/changefeeds:test"_L1)
                              .toObject()
                              .value("post"_L1)
                              .toObject()
                              .value("responses"_L1)
                              .toObject()
                              .value("200"_L1)
                              .toObject()
                              .value("schema"_L1));
    d->cdcSpec.insert(u"definitions"_s, cdcDefinitions);
    // Known gap in the contract: Region.name's pattern lists aws|gcp|azure only, while
    // regionId (and the real service) also use alicloud. Widen it the same way.
    QJsonObject definitions = d->clusterSpec.value("definitions"_L1).toObject();
    QJsonObject region = definitions.value("commonv1beta1Region"_L1).toObject();
    QJsonObject properties = region.value("properties"_L1).toObject();
    QJsonObject name = properties.value("name"_L1).toObject();
    name.insert(u"pattern"_s, u"^regions/(aws|gcp|azure|alicloud)-(.+)$"_s);
    properties.insert(u"name"_s, name);
    region.insert(u"properties"_s, properties);
    definitions.insert(u"commonv1beta1Region"_s, region);
    d->clusterSpec.insert(u"definitions"_s, definitions);
}

ContractChecker::~ContractChecker() = default;

QString ContractChecker::definitionFor(const QByteArray &method, const QString &path, int status)
{
    static const QRegularExpression clusters(u"^/v1beta1/clusters/?$"_s);
    static const QRegularExpression cluster(u"^/v1beta1/clusters/[^/:]+$"_s);
    static const QRegularExpression connections(
        u"^/v1beta1/clusters/[^/]+/privateLinkConnections$"_s);
    static const QRegularExpression zones(
        u"^/v1beta1/clusters/[^/]+/privateLinkConnections:getAvailabilityZones$"_s);
    static const QRegularExpression connection(
        u"^/v1beta1/clusters/[^/]+/privateLinkConnections/[^/:]+$"_s);
    static const QRegularExpression domains(
        u"^/v1beta1/clusters/[^/]+/privateLinkConnections/[^/:]+:(attach|detach)Domains$"_s);
    static const QRegularExpression changefeeds(u"^/v1beta1/clusters/[^/]+/changefeeds$"_s);
    static const QRegularExpression changefeedTest(u"^/v1beta1/clusters/[^/]+/changefeeds:test$"_s);
    static const QRegularExpression changefeed(u"^/v1beta1/clusters/[^/]+/changefeeds/[^/:]+$"_s);
    if (!path.startsWith("/v1beta1/"_L1))
        return {};
    const bool isCdcApi = changefeeds.match(path).hasMatch() ||
                          changefeedTest.match(path).hasMatch() ||
                          changefeed.match(path).hasMatch();
    if (isCdcApi) {
        if (status != 200)
            return u"cdc:Status"_s;
        if (changefeedTest.match(path).hasMatch())
            return u"cdc:TestChangefeedResponse"_s;
        if (changefeeds.match(path).hasMatch() && method == "GET")
            return u"cdc:Changefeeds"_s;
        return u"cdc:Changefeed"_s;
    }
    const bool isClusterApi = clusters.match(path).hasMatch() || cluster.match(path).hasMatch();
    if (status != 200)
        return isClusterApi ? u"cluster:googlerpcStatus"_s : u"privatelink:Status"_s;
    if (method == "GET" && clusters.match(path).hasMatch())
        return u"cluster:tidb_cloud_open_apiserverlessv1beta1ListClustersResponse"_s;
    if (method == "GET" && cluster.match(path).hasMatch())
        return u"cluster:tidb_cloud_open_apiserverlessv1beta1Cluster"_s;
    if (zones.match(path).hasMatch())
        return u"privatelink:GetAvailabilityZonesResponse"_s;
    if (connections.match(path).hasMatch())
        return method == "GET" ? u"privatelink:ListPrivateLinkConnectionsResponse"_s
                               : u"privatelink:PrivateLinkConnection"_s;
    if (connection.match(path).hasMatch())
        return u"privatelink:PrivateLinkConnection"_s;
    if (domains.match(path).hasMatch())
        return u"privatelink:AttachDomain"_s;
    return u"unknown"_s;
}

QString ContractChecker::check(const QByteArray &method, const QString &path, int status,
                               const QByteArray &body)
{
    const QString definition = definitionFor(method, path, status);
    if (definition.isEmpty())
        return {};
    const QString where = u"%1 %2 → %3"_s.arg(QString::fromLatin1(method), path).arg(status);
    if (definition == "unknown"_L1)
        return where + u": the contract has no such operation"_s;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return where + u": the body is not a JSON object"_s;

    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target(document.object());
    if (validator.validate(*d->schema(definition), target, &results))
        return {};
    QStringList problems;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        QStringList context;
        for (const std::string &part : e.context)
            context.append(QString::fromStdString(part));
        problems.append(context.join(QString()) + u": "_s + QString::fromStdString(e.description));
    }
    return where + u" does not match "_s + definition + u": "_s + problems.join(u"; "_s);
}

} // namespace plc::test
