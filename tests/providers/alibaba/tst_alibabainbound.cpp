// A private endpoint into a cluster on Alibaba Cloud: the rules that judge the user's VPC and
// choice, the reads that gather their facts from the sandbox, the dry run, and the changes —
// port 4000 opened, the endpoint made and deleted — each sent once, also when the answer is
// lost. Then what was made as Terraform text, against hostile values.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "providers/alibaba/AlibabaInboundChecks.h"
#include "providers/alibaba/AlibabaInboundService.h"
#include "providers/alibaba/AlibabaNetworkCodec.h"
#include "providers/alibaba/AlibabaTerraform.h"
#include "services/LanguageManager.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using S = LinkCheck::Status;
using K = LinkCheck::Kind;

namespace {
const QString HzProd = QStringLiteral("vpc-bp1h2k3m4n5p6q7r8s9t0");
const QString HzStaging = QStringLiteral("vpc-bp1s7t6a5g4i3n2g1x0y9");
const QString VswJ = QStringLiteral("vsw-bp1j0a1b2c3d4e5f6g7h8");
const QString VswK = QStringLiteral("vsw-bp1k9b8c7d6e5f4g3h2i1");
const QString VswH = QStringLiteral("vsw-bp1h5c4d3e2f1g0h9i8j7");
const QString VswJ2 = QStringLiteral("vsw-bp1j2222222222222222");
const QString SgTidb = QStringLiteral("sg-bp1t1d2b3c4l5i6e7n8t9");
const QString SgDefault = QStringLiteral("sg-bp1d2e3f4a5u6l7t8g9r0");
const QString SgManaged = QStringLiteral("sg-bp1m2a3n4a5g6e7d8n9l0");
const QString TidbService =
    QStringLiteral("com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l");

AlibabaInboundFacts factsFor(const QString &vpc)
{
    AlibabaInboundFacts facts;
    facts.region = u"cn-hangzhou"_s;
    facts.serviceName = TidbService;
    facts.serviceZoneIds = {u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s};
    facts.port = 4000;
    facts.vpc.vpcId = vpc;
    return facts;
}

/// The VPC as a rule test describes it, without any read.
AlibabaInboundFacts offline()
{
    AlibabaInboundFacts facts = factsFor(HzProd);
    facts.vpc.cidrBlock = u"192.168.0.0/16"_s;
    facts.vSwitches = {{VswJ, HzProd, u"cn-hangzhou-j"_s, {}, {}, {}, 100},
                       {VswK, HzProd, u"cn-hangzhou-k"_s, {}, {}, {}, 100},
                       {VswH, HzProd, u"cn-hangzhou-h"_s, {}, {}, {}, 100},
                       {VswJ2, HzProd, u"cn-hangzhou-j"_s, {}, {}, {}, 900}};
    AlibabaSecurityGroup clients{SgTidb, u"tidb-clients"_s, {}, HzProd, false, {}};
    clients.rules.append({u"sgr-1"_s,
                          u"ingress"_s,
                          u"TCP"_s,
                          3000,
                          5000,
                          u"192.168.0.0/16"_s,
                          {},
                          u"Accept"_s,
                          {},
                          {},
                          {}});
    AlibabaSecurityGroup fallback{SgDefault, u"default"_s, {}, HzProd, false, {}};
    fallback.rules.append({u"sgr-2"_s,
                           u"ingress"_s,
                           u"TCP"_s,
                           22,
                           22,
                           u"192.168.0.0/16"_s,
                           {},
                           u"Accept"_s,
                           {},
                           {},
                           {}});
    AlibabaSecurityGroup managed{SgManaged, u"nlb-managed"_s, {}, HzProd, true, {}};
    managed.rules.append(
        {u"sgr-3"_s, u"ingress"_s, u"ALL"_s, -1, -1, u"0.0.0.0/0"_s, {}, u"Accept"_s, {}, {}, {}});
    facts.groups = {fallback, clients, managed};
    return facts;
}

/// The endpoint the console made, with its zones, as "Copy as Terraform" is given it.
AlibabaVpcEndpoint endpointMade()
{
    AlibabaVpcEndpoint endpoint;
    endpoint.endpointId = u"ep-bp1exampleexample01"_s;
    endpoint.name = u"tidb"_s;
    endpoint.vpcId = HzProd;
    endpoint.serviceId = u"epsrv-bp1u7h3ct43g5ph2l"_s;
    endpoint.serviceName = TidbService;
    endpoint.zones = {{u"cn-hangzhou-j"_s, VswJ, {}, {}, {}, {}},
                      {u"cn-hangzhou-k"_s, VswK, {}, {}, {}, {}}};
    return endpoint;
}

AlibabaVpcEndpoint endpointIn(const QString &status)
{
    AlibabaVpcEndpoint endpoint;
    endpoint.endpointId = u"ep-bp1exampleexample01"_s;
    endpoint.vpcId = HzProd;
    endpoint.serviceName = TidbService;
    endpoint.status = status;
    return endpoint;
}

/// The worst status of the checks of `kind`: a failure, then one not checked, then a note.
S worstOf(const QList<LinkCheck> &checks, K kind)
{
    const auto rank = [](S status) {
        return status == S::Fail ? 3 : status == S::Unknown ? 2 : status == S::Info ? 1 : 0;
    };
    std::optional<S> worst;
    for (const LinkCheck &check : checks) {
        if (check.kind == kind && (!worst || rank(check.status) > rank(*worst)))
            worst = check.status;
    }
    return worst.value_or(S::Info);
}
} // namespace

Q_DECLARE_METATYPE(plc::AlibabaInboundFacts)
Q_DECLARE_METATYPE(plc::AlibabaGroupRule)

class TestAlibabaInbound final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AlibabaAccount> m_account;
    LanguageManager m_languages;

    AlibabaEndpointRequest request(const QString &token) const
    {
        return {HzProd,   TidbService, {{u"cn-hangzhou-j"_s, VswJ}, {u"cn-hangzhou-k"_s, VswK}},
                {SgTidb}, u"tidb"_s,   token};
    }

    /// Runs a change to its end: an unknown outcome is settled by run() again, which reads.
    static bool finish(SendOnce *sender)
    {
        QSignalSpy done(sender, &SendOnce::done);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10'000))
            return false;
        if (done.isEmpty() && sender->isOutcomeUnknown()) {
            failed.clear();
            sender->run();
            if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10'000))
                return false;
        }
        return !done.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_account = std::make_unique<AlibabaAccount>(nullptr);
        m_account->useSandbox(m_sandbox->url().resolved(QUrl(u"/alibaba/"_s)),
                              {m_sandbox->config().alibabaAccessKeyId,
                               m_sandbox->config().alibabaAccessKeySecret,
                               {},
                               u"sandbox"_s});
    }

    void cleanup()
    {
        m_account.reset();
        m_sandbox.reset();
    }

    void theRulesSuggestOneVSwitchPerZoneAndTheGroupThatOpensThePort()
    {
        const AlibabaInboundFacts facts = offline();
        // The fuller of the two j vSwitches is passed over; h is not the service's.
        QCOMPARE(AlibabaInboundChecks::suggestedVSwitches(facts), (QStringList{VswJ2, VswK}));
        // The managed group lets everything in but can never be the endpoint's choice.
        QCOMPARE(AlibabaInboundChecks::suggestedGroups(facts), QStringList{SgTidb});
        QCOMPARE(AlibabaInboundChecks::openedFrom(facts.groups.at(1), 4000),
                 QStringList{u"192.168.0.0/16"_s});
        QVERIFY(AlibabaInboundChecks::openedFrom(facts.groups.at(1), 22).isEmpty());
        AlibabaInboundFacts closed = facts;
        closed.groups.removeAt(1);
        QCOMPARE(AlibabaInboundChecks::suggestedGroups(closed), QStringList{SgDefault});
        const auto zones = AlibabaInboundChecks::zonesOf(facts, {VswK, u"vsw-unknown"_s});
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.first().zoneId, u"cn-hangzhou-k"_s);
        QCOMPARE(zones.first().vSwitchId, VswK);
        // A Drop rule lets nothing in.
        AlibabaGroupRule drop{{}, u"ingress"_s, u"TCP"_s, 4000, 4000, u"0.0.0.0/0"_s,
                              {}, u"Drop"_s,    {},       {},   {}};
        QVERIFY(!drop.opensInbound(4000));
    }

    void theRules_data()
    {
        QTest::addColumn<AlibabaInboundFacts>("facts");
        QTest::addColumn<QStringList>("vswitches");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        const AlibabaInboundFacts ok = offline();
        const QStringList two{VswJ, VswK};
        const QStringList clients{SgTidb};
        QTest::newRow("all clear: VPC") << ok << two << clients << int(K::Network) << int(S::Pass);
        QTest::newRow("all clear: zones") << ok << two << clients << int(K::Zones) << int(S::Pass);
        QTest::newRow("all clear: port") << ok << two << clients << int(K::Port) << int(S::Pass);
        QTest::newRow("all clear: no endpoint yet")
            << ok << two << clients << int(K::Existing) << int(S::Pass);
        QTest::newRow("one of two shared zones")
            << ok << QStringList{VswJ} << clients << int(K::Zones) << int(S::Info);
        QTest::newRow("a vSwitch outside the zones")
            << ok << QStringList{VswJ, VswH} << clients << int(K::Zones) << int(S::Fail);
        QTest::newRow("two vSwitches in a zone")
            << ok << QStringList{VswJ, VswJ2} << clients << int(K::Zones) << int(S::Fail);
        QTest::newRow("no vSwitch")
            << ok << QStringList{} << clients << int(K::Zones) << int(S::Fail);
        AlibabaInboundFacts noShared = ok;
        noShared.vSwitches = {{VswH, HzProd, u"cn-hangzhou-h"_s, {}, {}, {}, 100}};
        QTest::newRow("no vSwitch in the service's zones")
            << noShared << QStringList{} << clients << int(K::Zones) << int(S::Fail);
        QTest::newRow("no group opens 4000")
            << ok << two << QStringList{SgDefault} << int(K::Port) << int(S::Fail);
        QTest::newRow("no group") << ok << two << QStringList{} << int(K::Port) << int(S::Fail);
        AlibabaInboundFacts existing = ok;
        existing.existing = {endpointIn(u"Active"_s)};
        QTest::newRow("an endpoint to the service already")
            << existing << two << clients << int(K::Existing) << int(S::Fail);
        AlibabaInboundFacts deleting = ok;
        deleting.existing = {endpointIn(u"Deleting"_s)};
        QTest::newRow("one being deleted does not count")
            << deleting << two << clients << int(K::Existing) << int(S::Pass);
        AlibabaInboundFacts unread = ok;
        unread.readError = u"Alibaba Cloud refused DescribeVSwitches (Forbidden.RAM)."_s;
        QTest::newRow("a read that failed")
            << unread << two << clients << int(K::Network) << int(S::Unknown);
        AlibabaInboundFacts noVpc = ok;
        noVpc.vpc = {};
        QTest::newRow("no VPC") << noVpc << two << clients << int(K::Network) << int(S::Fail);
    }

    void theRules()
    {
        QFETCH(AlibabaInboundFacts, facts);
        QFETCH(QStringList, vswitches);
        QFETCH(QStringList, groups);
        QFETCH(int, kind);
        QFETCH(int, status);
        const QList<LinkCheck> checks = AlibabaInboundChecks::evaluate(facts, {vswitches, groups});
        QCOMPARE(int(worstOf(checks, K(kind))), status);
        for (const LinkCheck &check : checks) {
            QVERIFY(!check.sentence.isEmpty());
            if (check.status == S::Fail)
                QVERIFY2(!check.fix.isEmpty(), qPrintable(check.sentence));
        }
    }

    void theFactsAreReadFromTheVpc()
    {
        AlibabaInboundService service(m_account.get());
        const auto [vpcs, vpcError] = await(service.vpcs(u"cn-hangzhou"_s));
        QVERIFY2(!vpcError.isError(), qPrintable(vpcError.userMessage()));
        QCOMPARE(vpcs.size(), 2);
        AlibabaInboundFacts asked = factsFor(HzProd);
        asked.vpc = vpcs.first();
        const auto [facts, error] = await(service.read(asked, nullptr));
        QVERIFY(!error.isError());
        QVERIFY2(facts.readError.isEmpty(), qPrintable(facts.readError));
        QCOMPARE(facts.vSwitches.size(), 3);
        QCOMPARE(facts.groups.size(), 3);
        QVERIFY(facts.existing.isEmpty());
        const AlibabaInboundChoice choice{AlibabaInboundChecks::suggestedVSwitches(facts),
                                          AlibabaInboundChecks::suggestedGroups(facts)};
        QCOMPARE(choice.vSwitchIds, (QStringList{VswJ, VswK}));
        QCOMPARE(choice.groupIds, QStringList{SgTidb});
        QVERIFY(LinkCheck::verdict(AlibabaInboundChecks::evaluate(facts, choice)) ==
                LinkCheck::Verdict::Passes);

        // The staging VPC: a vSwitch in j only, and a default group that opens nothing.
        const auto [staging, stagingError] = await(service.read(factsFor(HzStaging), nullptr));
        QVERIFY2(staging.readError.isEmpty(), qPrintable(staging.readError));
        const QList<LinkCheck> checks = AlibabaInboundChecks::evaluate(
            staging, {AlibabaInboundChecks::suggestedVSwitches(staging),
                      AlibabaInboundChecks::suggestedGroups(staging)});
        QCOMPARE(worstOf(checks, K::Zones), S::Pass); // every zone it shares: j
        QCOMPARE(AlibabaInboundChecks::suggestedVSwitches(staging).size(), 1);
        QCOMPARE(worstOf(checks, K::Port), S::Fail);

        // A group that vanished between the reads: a sentence, not an empty list taken for
        // "none".
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 403},
                                          {u"pathPrefix"_s, u"/alibaba/"_s},
                                          {u"remaining"_s, 1}})
                    .ok());
        const auto [refused, refusedError] = await(service.read(factsFor(HzProd), nullptr));
        QVERIFY(!refused.readError.isEmpty());
        QCOMPARE(worstOf(AlibabaInboundChecks::evaluate(refused, choice), K::Network), S::Unknown);
    }

    void theDryRunSaysWhetherTheCreateWouldPass()
    {
        AlibabaInboundService service(m_account.get());
        const auto [yes, yesError] =
            await(service.dryRunCreate(u"cn-hangzhou"_s, request({}), nullptr));
        QVERIFY2(!yesError.isError(), qPrintable(yesError.userMessage()));
        QVERIFY(yes);
        AlibabaEndpointRequest outside = request({});
        outside.zones = {{u"cn-hangzhou-h"_s, VswH}};
        const auto [no, noError] = await(service.dryRunCreate(u"cn-hangzhou"_s, outside, nullptr));
        QCOMPARE(noError.providerCode, u"EndpointServiceNotSupportedZone"_s);
        QVERIFY(noError.userMessage().contains(u"cn-hangzhou-h"_s));
        const auto [facts, factsError] = await(service.read(factsFor(HzProd), nullptr));
        QVERIFY(facts.readError.isEmpty());
        QVERIFY(facts.existing.isEmpty()); // nothing was made
    }

    void theChangesAreSentOnceEvenWhenTheAnswerIsLost_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("answered") << QString();
        QTest::newRow("answer dropped") << u"dropAnswer"_s;
        QTest::newRow("answer broke off") << u"closeMidResponse"_s;
    }

    void theChangesAreSentOnceEvenWhenTheAnswerIsLost()
    {
        QFETCH(QString, fault);
        AlibabaInboundService service(m_account.get());
        const auto lose = [&] {
            if (!fault.isEmpty())
                QVERIFY(m_sandbox
                            ->request("PUT", u"/sandbox/v1/faults"_s,
                                      QJsonObject{{fault, true},
                                                  {u"pathPrefix"_s, u"/alibaba/"_s},
                                                  {u"remaining"_s, 1}})
                            .ok());
        };

        lose();
        SendOnce *port =
            service.openPort(u"cn-hangzhou"_s, SgDefault, 4000, u"192.168.0.0/16"_s, {}, this);
        QVERIFY(finish(port));
        QCOMPARE(port->sendCount(), 1);
        const auto [opened, openedError] = await(service.read(factsFor(HzProd), nullptr));
        const auto fallback =
            std::find_if(opened.groups.cbegin(), opened.groups.cend(),
                         [](const AlibabaSecurityGroup &g) { return g.groupId == SgDefault; });
        QVERIFY(fallback != opened.groups.cend());
        QCOMPARE(AlibabaInboundChecks::openedFrom(*fallback, 4000),
                 QStringList{u"192.168.0.0/16"_s});

        lose();
        std::optional<AlibabaVpcEndpoint> made;
        SendOnce *create = service.createEndpoint(
            u"cn-hangzhou"_s, request(u"token-"_s + QString::fromLatin1(QTest::currentDataTag())),
            {}, [&](const AlibabaVpcEndpoint &e) { made = e; }, this);
        QVERIFY(finish(create));
        QCOMPARE(create->sendCount(), 1);
        QVERIFY(made);
        QVERIFY(made->endpointId.startsWith(u"ep-"_s));
        // The host to connect to.
        QVERIFY(made->domain.endsWith(u".privatelink.aliyuncs.com"_s));

        const auto [facts, error] = await(service.read(factsFor(HzProd), nullptr));
        QCOMPARE(facts.existing.size(), 1); // one endpoint, however the answer went
        QCOMPARE(facts.existing.first().endpointId, made->endpointId);
        QCOMPARE(
            worstOf(AlibabaInboundChecks::evaluate(facts, {{VswJ, VswK}, {SgTidb}}), K::Existing),
            S::Fail);
        const auto [zones, zonesError] =
            await(service.endpointZones(u"cn-hangzhou"_s, made->endpointId));
        QCOMPARE(zones.size(), 2);
        // "Copy as Terraform" names what was made by its real IDs.
        AlibabaVpcEndpoint withZones = *made;
        withZones.zones = zones;
        const QString terraform =
            AlibabaTerraform::configuration(u"cn-hangzhou"_s, withZones, {SgTidb});
        QVERIFY(terraform.contains(u"  id = \""_s + made->endpointId + u"\"\n"_s));
        QVERIFY(terraform.contains(u"  id = \""_s + made->endpointId + u':' + zones.first().zoneId +
                                   u"\"\n"_s));

        lose();
        SendOnce *remove = service.deleteEndpoint(u"cn-hangzhou"_s, made->endpointId, this);
        QVERIFY(finish(remove));
        QCOMPARE(remove->sendCount(), 1);
        const auto [gone, goneError] = await(service.endpoint(u"cn-hangzhou"_s, made->endpointId));
        QVERIFY(goneError.providerCode == u"EndpointNotFound"_s || gone.status == u"Deleting"_s);
    }

    void terraformOfTheEndpointItsZonesAndItsRule()
    {
        const AlibabaGroupRule rule{u"sgr-bp1a2b3c4d5e6f7g8h9"_s,
                                    u"ingress"_s,
                                    u"TCP"_s,
                                    4000,
                                    4000,
                                    u"192.168.0.0/16"_s,
                                    {},
                                    u"Accept"_s,
                                    u"TiDB 4000"_s,
                                    {},
                                    {}};
        QCOMPARE(
            AlibabaTerraform::configuration(u"cn-hangzhou"_s, endpointMade(), {SgTidb}, SgTidb,
                                            {rule}),
            uR"hcl(# Generated by Private Link Console for Alibaba Cloud region cn-hangzhou: the endpoint it made,
# its zones and the ingress rules it added. Nothing here has been applied.
# With Terraform 1.5 or later, applying it with the import blocks adopts the existing
# resources instead of making them again.

resource "alicloud_privatelink_vpc_endpoint" "ep_bp1exampleexample01" {
  vpc_id             = "vpc-bp1h2k3m4n5p6q7r8s9t0"
  service_id         = "epsrv-bp1u7h3ct43g5ph2l"
  service_name       = "com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"
  security_group_ids = ["sg-bp1t1d2b3c4l5i6e7n8t9"]
  vpc_endpoint_name  = "tidb"
}

import {
  to = alicloud_privatelink_vpc_endpoint.ep_bp1exampleexample01
  id = "ep-bp1exampleexample01"
}

resource "alicloud_privatelink_vpc_endpoint_zone" "ep_bp1exampleexample01_cn_hangzhou_j" {
  endpoint_id = alicloud_privatelink_vpc_endpoint.ep_bp1exampleexample01.id
  vswitch_id  = "vsw-bp1j0a1b2c3d4e5f6g7h8"
  zone_id     = "cn-hangzhou-j"
}

import {
  to = alicloud_privatelink_vpc_endpoint_zone.ep_bp1exampleexample01_cn_hangzhou_j
  id = "ep-bp1exampleexample01:cn-hangzhou-j"
}

resource "alicloud_privatelink_vpc_endpoint_zone" "ep_bp1exampleexample01_cn_hangzhou_k" {
  endpoint_id = alicloud_privatelink_vpc_endpoint.ep_bp1exampleexample01.id
  vswitch_id  = "vsw-bp1k9b8c7d6e5f4g3h2i1"
  zone_id     = "cn-hangzhou-k"
}

import {
  to = alicloud_privatelink_vpc_endpoint_zone.ep_bp1exampleexample01_cn_hangzhou_k
  id = "ep-bp1exampleexample01:cn-hangzhou-k"
}

resource "alicloud_security_group_rule" "sgr_bp1a2b3c4d5e6f7g8h9" {
  security_group_id = "sg-bp1t1d2b3c4l5i6e7n8t9"
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "4000/4000"
  nic_type          = "intranet"
  policy            = "accept"
  priority          = 1
  cidr_ip           = "192.168.0.0/16"
  description       = "TiDB 4000"
}

import {
  to = alicloud_security_group_rule.sgr_bp1a2b3c4d5e6f7g8h9
  id = "sg-bp1t1d2b3c4l5i6e7n8t9:ingress:tcp:4000/4000:intranet:192.168.0.0/16:accept:1"
}
)hcl"_s);
    }

    void terraformOfTheRules_data()
    {
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<AlibabaGroupRule>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("from a group")
            << SgDefault << AlibabaGroupRule{u"sgr-bp1x"_s, u"ingress"_s, {}, 4000, 4000, {},
                                             SgTidb,        {},           {}, {},   {}}
            << uR"hcl(resource "alicloud_security_group_rule" "sgr_bp1x" {
  security_group_id        = "sg-bp1d2e3f4a5u6l7t8g9r0"
  type                     = "ingress"
  ip_protocol              = "tcp"
  port_range               = "4000/4000"
  nic_type                 = "intranet"
  policy                   = "accept"
  priority                 = 1
  source_security_group_id = "sg-bp1t1d2b3c4l5i6e7n8t9"
}

import {
  to = alicloud_security_group_rule.sgr_bp1x
  id = "sg-bp1d2e3f4a5u6l7t8g9r0:ingress:tcp:4000/4000:intranet:sg-bp1t1d2b3c4l5i6e7n8t9:accept:1"
}
)hcl"_s;
        // The ID is made of its parts, split at each colon: without the group, or with a colon
        // in a part, none can be formed, and the text says why instead.
        QTest::newRow("the group not known")
            << QString() << AlibabaGroupRule{{}, u"ingress"_s, {}, 4000, 4000, u"10.0.0.0/8"_s,
                                             {}, {},           {}, {},   {}}
            << uR"hcl(resource "alicloud_security_group_rule" "_tcp_4000" {
  security_group_id = ""
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "4000/4000"
  nic_type          = "intranet"
  policy            = "accept"
  priority          = 1
  cidr_ip           = "10.0.0.0/8"
}

# No import block for alicloud_security_group_rule._tcp_4000: its ID is <security_group_id>:ingress:tcp:<port_range>:intranet:<source>:<policy>:1, and a part of it is not known or holds a colon.
)hcl"_s;
        QTest::newRow("a colon in the source")
            << SgDefault << AlibabaGroupRule{u"sgr-bp1y"_s,
                                             u"ingress"_s,
                                             {},
                                             4000,
                                             4000,
                                             u"fd00::/8"_s,
                                             {},
                                             {},
                                             {},
                                             {},
                                             {}}
            << uR"hcl(resource "alicloud_security_group_rule" "sgr_bp1y" {
  security_group_id = "sg-bp1d2e3f4a5u6l7t8g9r0"
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "4000/4000"
  nic_type          = "intranet"
  policy            = "accept"
  priority          = 1
  cidr_ip           = "fd00::/8"
}

# No import block for alicloud_security_group_rule.sgr_bp1y: its ID is <security_group_id>:ingress:tcp:<port_range>:intranet:<source>:<policy>:1, and a part of it is not known or holds a colon.
)hcl"_s;
    }

    // A rule that lets the port in from an IPv6 range or a prefix list opens it too (before,
    // only IPv4 ranges and groups were read: such a group looked closed).
    void rulesFromIpv6AndPrefixListsOpenThePort()
    {
        const QByteArray json = R"json({"RequestId":"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
  "SecurityGroupId":"sg-bp1d2e3f4a5u6l7t8g9r0","SecurityGroupName":"v6","VpcId":"vpc-bp1h2k3m4n5p6q7r8s9t0",
  "Permissions":{"Permission":[
    {"SecurityGroupRuleId":"sgr-bp1v6","Direction":"ingress","IpProtocol":"TCP","PortRange":"4000/4000",
     "SourceCidrIp":"","Ipv6SourceCidrIp":"2408:4000::/32","SourceGroupId":"","SourcePrefixListId":"",
     "Policy":"Accept","Description":"v6 apps","Priority":"1","NicType":"intranet"},
    {"SecurityGroupRuleId":"sgr-bp1pl","Direction":"ingress","IpProtocol":"TCP","PortRange":"4000/4000",
     "SourceCidrIp":"","Ipv6SourceCidrIp":"","SourceGroupId":"","SourcePrefixListId":"pl-bp1a2b3c4d",
     "Policy":"Accept","Description":"","Priority":"1","NicType":"intranet"}]}})json";
        QString error;
        const auto group = AlibabaNetworkCodec::groupAttribute(json, &error);
        QVERIFY2(group, qPrintable(error));
        QCOMPARE(group->rules.size(), 2);
        QCOMPARE(group->rules[0].cidrIpv6, u"2408:4000::/32"_s);
        QCOMPARE(group->rules[1].prefixListId, u"pl-bp1a2b3c4d"_s);
        QCOMPARE(AlibabaInboundChecks::openedFrom(*group, 4000),
                 (QStringList{u"2408:4000::/32"_s, u"pl-bp1a2b3c4d"_s}));

        const QString text = AlibabaTerraform::configuration(u"cn-hangzhou"_s, endpointMade(),
                                                             {SgTidb}, SgDefault, group->rules);
        QVERIFY2(text.contains(u"ipv6_cidr_ip      = \"2408:4000::/32\""_s) &&
                     text.contains(u"prefix_list_id    = \"pl-bp1a2b3c4d\""_s),
                 qPrintable(text));
    }

    void terraformOfTheRules()
    {
        QFETCH(QString, groupId);
        QFETCH(AlibabaGroupRule, rule);
        QFETCH(QString, expected);
        const QString text = AlibabaTerraform::configuration(u"cn-hangzhou"_s, endpointMade(),
                                                             {SgTidb}, groupId, {rule});
        QVERIFY2(text.endsWith(u"}\n\n"_s + expected), qPrintable(text));
    }

    void terraformKeepsHostileTextInert()
    {
        // A name from the network that tries to close its string, start a block of its own,
        // and interpolate a file or a directive.
        AlibabaVpcEndpoint endpoint = endpointMade();
        endpoint.name = u"x\" }\nresource \"null_resource\" \"pwned\" {\n"
                        u"  ${file(\"/etc/passwd\")} %{ if true }\\"_s;
        endpoint.zones.last().zoneId.clear(); // a zone whose ID was not read
        const QString text = AlibabaTerraform::configuration(u"cn-hangzhou"_s, endpoint, {SgTidb});
        QVERIFY2(text.contains(
                     u"\n  vpc_endpoint_name  = \"x\\\" }\\nresource \\\"null_resource\\\" "
                     u"\\\"pwned\\\" {\\n  $${file(\\\"/etc/passwd\\\")} %%{ if true }\\\\\"\n"_s),
                 qPrintable(text));
        QVERIFY2(text.endsWith(u"# No import block for alicloud_privatelink_vpc_endpoint_zone."
                               u"ep_bp1exampleexample01_: its ID is <endpoint_id>:<zone_id>, and a "
                               u"part of it is not known or holds a colon.\n"_s),
                 qPrintable(text));
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(line.isEmpty() || line.startsWith(u"# "_s) || line.startsWith(u"  "_s) ||
                         line == u"}"_s || line == u"import {"_s ||
                         line.startsWith(u"resource \"alicloud_"_s),
                     qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlibabaInbound)
#include "tst_alibabainbound.moc"
