// The rules return reasons and no text; RuleSentences is the one place that words them.
#include "domain/ConnectionRules.h"
#include "domain/RuleSentences.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Refusal = ConnectionRules::Refusal;
using Cause = ConnectionRules::FailureCause;

namespace {
Cluster cluster(CloudProvider provider, ClusterState state)
{
    Cluster c;
    c.clusterId = u"10289543321198765432"_s;
    c.displayName = u"orders-prod"_s;
    c.region.cloudProvider = {provider, {}};
    c.state = {state, {}};
    return c;
}

PrivateLinkConnection connection(ConnectionState state,
                                 std::optional<QList<AttachDomain>> domains = std::nullopt)
{
    PrivateLinkConnection c;
    c.privateLinkConnectionId = u"plc-1"_s;
    c.displayName = u"orders-rds"_s;
    c.state = {state, {}};
    c.type = {ConnectionType::AwsEndpointService, u"AWS_ENDPOINT_SERVICE"_s};
    c.endpointService.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s;
    c.attachedDomains = std::move(domains);
    return c;
}
} // namespace

class TestConnectionRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterRules()
    {
        const Cluster active = cluster(CloudProvider::Aws, ClusterState::Active);
        const Cluster creating = cluster(CloudProvider::Aws, ClusterState::Creating);
        const Cluster alibaba = cluster(CloudProvider::AlibabaCloud, ClusterState::Active);
        const Cluster other = cluster(CloudProvider::Unknown, ClusterState::Active);
        QCOMPARE(ConnectionRules::create(nullptr), Refusal::NoCluster);
        QCOMPARE(ConnectionRules::create(&active), Refusal::None);
        QCOMPARE(ConnectionRules::create(&creating), Refusal::ClusterNotActive);
        QCOMPARE(ConnectionRules::create(&other), Refusal::UnsupportedProvider);
        QCOMPARE(ConnectionRules::create(&alibaba), Refusal::None);
        QCOMPARE(ConnectionRules::confluent(&alibaba), Refusal::ConfluentNeedsAws);
        QCOMPARE(ConnectionRules::confluent(&creating), Refusal::ClusterNotActive);
        QCOMPARE(ConnectionRules::confluent(&active), Refusal::None);
    }

    void connectionRules()
    {
        const auto active = connection(ConnectionState::Active, QList<AttachDomain>{});
        const auto pending = connection(ConnectionState::PendingAcceptance);
        const auto deleting = connection(ConnectionState::Deleting, QList<AttachDomain>{{}});
        QCOMPARE(ConnectionRules::selected(nullptr), Refusal::NoConnection);
        QCOMPARE(ConnectionRules::attach(&active), Refusal::None);
        QCOMPARE(ConnectionRules::attach(&pending), Refusal::ConnectionNotActive);
        QCOMPARE(ConnectionRules::detach(&pending), Refusal::DomainsLoading);
        QCOMPARE(ConnectionRules::detach(&active), Refusal::NoDomainsAttached);
        QCOMPARE(ConnectionRules::detach(&deleting), Refusal::BeingDeleted);
        QCOMPARE(ConnectionRules::remove(&deleting), Refusal::AlreadyBeingDeleted);
        QCOMPARE(ConnectionRules::remove(&active), Refusal::None);
        auto unreadable = active;
        unreadable.endpointService.name = u"vpce-svc-x"_s;
        QCOMPARE(ConnectionRules::openProviderConsole(&unreadable), Refusal::UnreadableServiceName);
        QCOMPARE(ConnectionRules::openProviderConsole(&active), Refusal::None);
    }

    void failureCauses()
    {
        QCOMPARE(ConnectionRules::causeOf(u"The principal is not allowed"_s),
                 Cause::AccountNotAllowed);
        QCOMPARE(ConnectionRules::causeOf(u"no common availability zone"_s), Cause::NoCommonZone);
        QCOMPARE(ConnectionRules::causeOf(u"endpoint service does not exist"_s),
                 Cause::ServiceNotFound);
        QCOMPARE(ConnectionRules::causeOf(u"wrong region"_s), Cause::OtherRegion);
        QCOMPARE(ConnectionRules::causeOf(u"quota exceeded"_s), Cause::Unrecognised);
        QVERIFY(RuleSentences::likelyCause(u"quota exceeded"_s).isEmpty());
        QVERIFY(!RuleSentences::likelyCause(u"wrong region"_s).isEmpty());
    }

    // Every refusal has its own sentence, naming what it is about.
    void everyRefusalIsWorded()
    {
        const Cluster c = cluster(CloudProvider::Unknown, ClusterState::Creating);
        auto p = connection(ConnectionState::Failed);
        p.endpointService.name = u"vpce-svc-x"_s;
        QSet<QString> seen;
        for (int r = int(Refusal::NoCluster); r <= int(Refusal::UnreadableServiceName); ++r) {
            const QString sentence = RuleSentences::refusal(Refusal(r), &c, &p);
            QVERIFY2(!sentence.isEmpty(), qPrintable(QString::number(r)));
            QVERIFY2(!seen.contains(sentence), qPrintable(sentence));
            seen.insert(sentence);
        }
        QVERIFY(RuleSentences::refusal(Refusal::None, &c, &p).isEmpty());
        QVERIFY(RuleSentences::refusal(ConnectionRules::create(&c), &c, nullptr)
                    .contains(u"orders-prod"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionRules)
#include "tst_connectionrules.moc"
