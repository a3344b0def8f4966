// libFuzzer target: arbitrary bytes as the JSON body of every request the sandbox accepts
// (create, attach/detach domains, changefeed create and test, the admin API's endpoint
// services, settings and faults), and as the form body of an EC2 Query request (with the
// bytes also as a SigV4 Authorization header, which the verifier must refuse or accept sanely),
// and as the form of an Alibaba Cloud PrivateLink request (signed or not: the signature check
// must refuse it, and every action must answer it).
// The sandbox must answer each with a status and never crash or leave its data inconsistent.
#include "sandbox/AdminRoutes.h"
#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/DomainRoutes.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/PrivateLinkRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/RequestBody.h"
#include "sandbox/RouteTable.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/alibaba/AlibabaApi.h"
#include "sandbox/alibaba/AlibabaSignatureCheck.h"
#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/AwsQuery.h"
#include "sandbox/aws/Ec2Api.h"
#include "sandbox/aws/SigV4Verifier.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace plc::sandbox;

namespace {
struct World
{
    SandboxStore store;
    SandboxSettings settings;
    FaultInjector faults;
    RequestStats stats;
    ProviderSimulation simulation{&store};
    PrivateLinkRoutes privateLinks{&store, &settings};
    DomainRoutes domains{&store, &settings};
    ChangefeedRoutes changefeeds{&store, &settings};
    AdminRoutes admin{&store, &simulation, &settings, &faults, &stats};
    RouteTable adminRoutes; ///< the admin API's routes, as the server mounts them
    Ec2Api ec2{&store, &simulation, &settings};
    AwsAccounts accounts;
    AlibabaApi alibaba{&store, &simulation, &settings};
    AlibabaSignatureCheck alibabaSignatures;
};

World *world = nullptr;

void expectAnswer(const SandboxResponse &response)
{
    if (response.status < 200 || response.status > 599)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    world = new World;
    world->admin.addTo(world->adminRoutes);
    QString error;
    if (!world->store.open(u":memory:"_s, &error) || !SandboxSeed::seedIfEmpty(world->store) ||
        !SandboxSeed::seedNetworks(world->store, SandboxServer::networkSeeds()))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Every input starts from the seed: its writes are rolled back.
    StoreTransaction transaction(world->store);
    const int before = world->store.connectionCount(u"10289543321198765432"_s, {});
    const int feedsBefore = world->store.changefeedCount(u"10289543321198765432"_s, {});

    SandboxRequest request;
    request.body = bytes;
    request.publicKey = u"FUZZ"_s;
    request.method = "POST";
    expectAnswer(world->privateLinks.create(u"10289543321198765432"_s, request));
    expectAnswer(world->privateLinks.create(u"10289543321198765435"_s, request));
    expectAnswer(
        world->domains.attach(u"10289543321198765432"_s, u"plc-9m3v7x1c5z2b8n4q6wke"_s, request));
    expectAnswer(
        world->domains.detach(u"10289543321198765432"_s, u"plc-9m3v7x1c5z2b8n4q6wke"_s, request));
    expectAnswer(world->changefeeds.create(u"10289543321198765432"_s, request));
    expectAnswer(world->changefeeds.test(u"10289543321198765432"_s, request));
    expectAnswer(world->changefeeds.test(u"10289543321198765435"_s, request));
    const auto admin = [&request](const QString &path) {
        request.path = u"/sandbox/v1/"_s + path;
        expectAnswer(world->adminRoutes.dispatch(request, {path}, u"no admin API at %1"_s));
    };
    admin(u"endpointServices"_s);
    admin(u"endpointServices/com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718:setPorts"_s);
    request.method = "PUT";
    admin(u"settings"_s);
    admin(u"faults"_s);

    // EC2: the bytes as the form of every action, asked by the user's account.
    AwsQuery query;
    query.account = QString::fromLatin1(AwsAccounts::UserAccount);
    query.region = u"us-east-1"_s;
    query.requestId = u"fuzz"_s;
    if (AwsQuery::parseForm(bytes, &query.fields)) {
        expectAnswer(world->ec2.handle(query));
        for (const char *action :
             {"DescribeVpcEndpointServiceConfigurations", "ModifyVpcEndpointServicePermissions",
              "DescribeVpcEndpointConnections", "AcceptVpcEndpointConnections",
              "DescribeAvailabilityZones", "DescribeVpcEndpointServices", "DescribeVpcs",
              "ModifyVpcAttribute", "DescribeSubnets", "DescribeSecurityGroups",
              "AuthorizeSecurityGroupIngress", "CreateVpcEndpoint", "DescribeVpcEndpoints",
              "ModifyVpcEndpoint", "DeleteVpcEndpoints"}) {
            query.fields.insert(u"Action"_s, QString::fromLatin1(action));
            query.fields.insert(u"Version"_s, u"2016-11-15"_s);
            expectAnswer(world->ec2.handle(query));
        }
    }
    const SigV4Verifier verifier(&world->accounts);
    SigV4Verifier::Request signedRequest{
        "POST",
        "/aws/",
        bytes,
        {{"Authorization", bytes}, {"Host", "127.0.0.1"}, {"X-Amz-Date", bytes}},
        bytes};
    if (verifier.verify(signedRequest, QDateTime::currentDateTimeUtc()).outcome ==
        SigV4Verifier::Outcome::Ok)
        std::abort(); // no key is known: nothing can pass

    // Alibaba Cloud: the bytes as a form, to the signature check (no key is known: nothing
    // passes) and, as if it had passed, to every action.
    AlibabaSignatureCheck::Params params;
    if (AlibabaSignatureCheck::parseForm(bytes, &params)) {
        if (world->alibabaSignatures.verify("POST", params, QDateTime::currentDateTimeUtc())
                .outcome == AlibabaSignatureCheck::Outcome::Ok)
            std::abort();
        SandboxRequest rpc;
        rpc.method = "POST";
        rpc.segments = {u"alibaba"_s};
        rpc.providerAccount = u"1432156789012345"_s;
        rpc.providerRegion = u"cn-hangzhou"_s;
        rpc.rpcParams = params;
        expectAnswer(world->alibaba.handle(rpc));
        for (const char *action :
             {"ListVpcEndpointServices", "ListVpcEndpointServiceUsers",
              "AddUserToVpcEndpointService", "ListVpcEndpointConnections",
              "EnableVpcEndpointConnection", "ListVpcEndpointServicesByEndUser"}) {
            AlibabaSignatureCheck::Params asked = params;
            asked.append({u"Action"_s, QString::fromLatin1(action)});
            asked.append({u"Version"_s, u"2020-04-15"_s});
            asked.append({u"ServiceId"_s, u"epsrv-bp1c2d3e4f5g6h7i8"_s});
            rpc.rpcParams = asked;
            expectAnswer(world->alibaba.handle(rpc));
        }
        // The user's network: VPC, ECS and PrivateLink's endpoint side, by their versions.
        const std::pair<const char *, const char *> network[] = {
            {"DescribeVpcs", "2016-04-28"},
            {"DescribeVSwitches", "2016-04-28"},
            {"DescribeSecurityGroups", "2014-05-26"},
            {"DescribeSecurityGroupAttribute", "2014-05-26"},
            {"AuthorizeSecurityGroup", "2014-05-26"},
            {"CreateVpcEndpoint", "2020-04-15"},
            {"ListVpcEndpoints", "2020-04-15"},
            {"GetVpcEndpointAttribute", "2020-04-15"},
            {"DeleteVpcEndpoint", "2020-04-15"}};
        for (const auto &[action, version] : network) {
            AlibabaSignatureCheck::Params asked = params;
            asked.append({u"Action"_s, QString::fromLatin1(action)});
            asked.append({u"Version"_s, QString::fromLatin1(version)});
            rpc.rpcParams = asked;
            expectAnswer(world->alibaba.handle(rpc));
        }
    }

    // At most one connection more than before (a valid create); never fewer.
    const int after = world->store.connectionCount(u"10289543321198765432"_s, {});
    if (after < before || after > before + 1)
        std::abort();
    // A test creates nothing; a create at most one changefeed, which never holds a password.
    const int feedsAfter = world->store.changefeedCount(u"10289543321198765432"_s, {});
    if (feedsAfter < feedsBefore || feedsAfter > feedsBefore + 1)
        std::abort();
    if (feedsAfter > feedsBefore) {
        const QJsonObject sink = world->store.changefeeds(u"10289543321198765432"_s, {}, 0, 1000)
                                     .constLast()
                                     .value("sink"_L1)
                                     .toObject();
        for (const char *type : {"kafka", "mysql"}) {
            const QJsonObject auth = sink.value(QLatin1StringView(type))
                                         .toObject()
                                         .value("authentication"_L1)
                                         .toObject();
            if (!auth.value("password"_L1).toString().isEmpty())
                std::abort();
        }
    }
    world->settings = SandboxSettings();
    world->faults.setRule(std::nullopt);
    return 0;
}
