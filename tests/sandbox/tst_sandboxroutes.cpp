// The sandbox's request pipeline: the route table's matching, and the mounted routes against
// the API contracts (every private link operation is there, nothing outside the contracts).
#include "sandbox/RouteTable.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc::sandbox;

namespace {
SandboxRequest requestFor(const QByteArray &method, const QString &path)
{
    SandboxRequest request;
    request.method = method;
    request.path = path;
    request.segments = path.split(u'/', Qt::SkipEmptyParts);
    return request;
}

/// "GET /v1beta1/clusters/{}/…": parameter names left out, as they differ between documents.
QString normalized(const QString &line)
{
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    return QString(line).replace(parameter, u"{}"_s);
}

QStringList contractRoutes(const QString &file)
{
    QFile f(QStringLiteral(PLC_CONTRACT_DIR) + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject spec = QJsonDocument::fromJson(f.readAll()).object();
    const QString base = spec.value("basePath"_L1).toString();
    QStringList routes;
    const QJsonObject paths = spec.value("paths"_L1).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject operations = it.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op)
            routes.append(normalized(op.key().toUpper() + u' ' + base + it.key()));
    }
    return routes;
}
} // namespace

class TestSandboxRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableMatchesLiteralsParametersAndActions()
    {
        RouteTable table;
        table.add("GET", u"things/{thingId}"_s, [](const SandboxRequest &, const RouteParams &p) {
            return SandboxResponse::ok({{u"got"_s, p.value(u"thingId"_s)}});
        });
        table.add("POST", u"things/{thingId}:poke"_s,
                  [](const SandboxRequest &, const RouteParams &p) {
                      return SandboxResponse::ok({{u"poked"_s, p.value(u"thingId"_s)}});
                  });
        table.add("GET", u"things:count"_s, [](const SandboxRequest &, const RouteParams &) {
            return SandboxResponse::ok({{u"count"_s, 2}});
        });
        const QString notFound = u"nothing at %1"_s;
        auto run = [&](const QByteArray &method, const QString &path) {
            const SandboxRequest request = requestFor(method, path);
            return table.dispatch(request, request.segments, notFound);
        };

        QCOMPARE(run("GET", u"/things/a1"_s).body.value("got"_L1).toString(), u"a1"_s);
        QCOMPARE(run("POST", u"/things/a1:poke"_s).body.value("poked"_L1).toString(), u"a1"_s);
        QCOMPARE(run("GET", u"/things:count"_s).body.value("count"_L1).toInt(), 2);
        // The path is known, the method is not: 405.
        const SandboxResponse wrongMethod = run("DELETE", u"/things/a1"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.body.value("code"_L1).toInt(), RpcCode::Unimplemented);
        // An unknown action, an extra segment, an empty parameter: no route, 404.
        for (const QString &path :
             {u"/things/a1:explode"_s, u"/things/a1/more"_s, u"/things"_s, u"/things/:poke"_s}) {
            const SandboxResponse response = run("POST", path);
            QCOMPARE(response.status, 404);
            QCOMPARE(response.body.value("message"_L1).toString(), notFound.arg(path));
        }
    }

    void everyPrivateLinkOperationIsMounted()
    {
        SandboxStore store;
        QVERIFY(store.open(u":memory:"_s, nullptr));
        SandboxServer server(&store, SandboxSettings{});
        QStringList mounted;
        for (const QString &line : server.routes())
            mounted.append(normalized(line));
        const QStringList privateLink = contractRoutes(u"privatelink.swagger.json"_s);
        QCOMPARE(privateLink.size(), 7);
        for (const QString &operation : privateLink)
            QVERIFY2(mounted.contains(operation), qPrintable(operation));
    }

    void nothingOutsideTheContractsIsMountedUnderTheApi()
    {
        SandboxStore store;
        QVERIFY(store.open(u":memory:"_s, nullptr));
        SandboxServer server(&store, SandboxSettings{});
        const QStringList contract = contractRoutes(u"privatelink.swagger.json"_s) +
                                     contractRoutes(u"cluster.swagger.json"_s) +
                                     contractRoutes(u"cdc.swagger.json"_s);
        int api = 0;
        for (const QString &line : server.routes()) {
            if (!line.contains(u" /v1beta1/"_s))
                continue; // the sandbox's own admin API
            ++api;
            QVERIFY2(contract.contains(normalized(line)), qPrintable(line));
        }
        QCOMPARE(api, 13);
    }

    void theChangefeedOperationsTheConsoleNeedsAreMounted()
    {
        SandboxStore store;
        QVERIFY(store.open(u":memory:"_s, nullptr));
        SandboxServer server(&store, SandboxSettings{});
        QStringList mounted;
        for (const QString &line : server.routes())
            mounted.append(normalized(line));
        const QStringList cdc = contractRoutes(u"cdc.swagger.json"_s);
        QCOMPARE(cdc.size(), 12);
        int found = 0;
        for (const QString &operation : cdc)
            found += mounted.contains(operation) ? 1 : 0;
        // List, Get, Create and Test; the console edits, starts, stops and deletes nothing.
        QCOMPARE(found, 4);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRoutes)
#include "tst_sandboxroutes.moc"
