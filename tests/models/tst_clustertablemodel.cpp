#include "models/ClusterTableModel.h"
#include "models/TextFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
Cluster cluster(const QString &id, const QString &name, CloudProvider provider,
                const QString &regionId, ClusterState state, int day)
{
    Cluster c;
    c.clusterId = id;
    c.displayName = name;
    c.region.cloudProvider = {provider, provider == CloudProvider::Aws ? u"aws"_s : u"alicloud"_s};
    c.region.regionId = regionId;
    c.region.displayName = regionId;
    c.state = enumFromApi<ClusterState>(enumToApi(state));
    c.servicePlan = enumFromApi<ServicePlan>(u"Starter"_s);
    c.createTime = QDateTime(QDate(2025, 1, day), QTime(12, 0), Qt::UTC);
    return c;
}

QList<Cluster> three()
{
    return {
        cluster(u"1"_s, u"beta"_s, CloudProvider::Aws, u"aws-us-east-1"_s, ClusterState::Active, 3),
        cluster(u"2"_s, u"alpha"_s, CloudProvider::AlibabaCloud, u"alicloud-cn-hangzhou"_s,
                ClusterState::Creating, 1),
        cluster(u"3"_s, u"gamma"_s, CloudProvider::Aws, u"aws-ap-northeast-1"_s,
                ClusterState::Active, 2)};
}
} // namespace

class TestClusterTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        ClusterTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusters(three());
        QList<Cluster> next = three();
        next.removeAt(1);
        next[0].state = enumFromApi<ClusterState>(u"DELETING"_s);
        next.append(cluster(u"4"_s, u"delta"_s, CloudProvider::Aws, u"aws-us-east-1"_s,
                            ClusterState::Creating, 4));
        model.apply(next);
        model.apply({});
        model.apply(three());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClusterTableModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void applyMergesByIdWithoutAReset()
    {
        ClusterTableModel model;
        model.setClusters(three());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<Cluster> next = three();
        next.removeAt(1);                                         // id 2 gone
        next[1].state = enumFromApi<ClusterState>(u"DELETING"_s); // id 3 changed
        next.append(cluster(u"4"_s, u"delta"_s, CloudProvider::Aws, u"aws-us-east-1"_s,
                            ClusterState::Creating, 4)); // id 4 new
        model.apply(next);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(changed.size(), 1); // only the state cell of id 3
        const QModelIndex cell = changed.at(0).at(0).toModelIndex();
        QCOMPARE(cell.row(), model.rowOf(u"3"_s));
        QCOMPARE(cell.column(), int(ClusterTableModel::StateColumn));
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(ClusterTableModel::SortRole));
        QCOMPARE(model.index(model.rowOf(u"3"_s), ClusterTableModel::StateColumn).data().toString(),
                 u"Deleting"_s);

        // The same list again changes nothing.
        changed.clear();
        model.apply(next);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
    }

    void displayAndSortValuesAreKeptApart()
    {
        ClusterTableModel model;
        model.setClusters(three());
        const QModelIndex created = model.index(0, ClusterTableModel::CreatedColumn);
        QCOMPARE(created.data(ClusterTableModel::SortRole).toLongLong(),
                 QDateTime(QDate(2025, 1, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!created.data().toString().isEmpty());
        QCOMPARE(model.index(1, ClusterTableModel::ProviderColumn).data().toString(),
                 u"Alibaba Cloud"_s);
        QCOMPARE(model.index(1, ClusterTableModel::ProviderColumn)
                     .data(ClusterTableModel::SortRole)
                     .toString(),
                 u"alicloud"_s);
        QCOMPARE(model.index(0, 0).data(ClusterTableModel::IdRole).toString(), u"1"_s);
    }

    void anUnknownStateIsShownRaw()
    {
        ClusterTableModel model;
        QList<Cluster> list = three();
        list[0].state = enumFromApi<ClusterState>(u"HIBERNATING"_s);
        model.setClusters(list);
        QCOMPARE(model.index(0, ClusterTableModel::StateColumn).data().toString(),
                 u"HIBERNATING"_s);
    }

    void headersNameEveryColumn()
    {
        ClusterTableModel model;
        QStringList headers;
        for (int c = 0; c < ClusterTableModel::ColumnCount; ++c)
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, QStringList({u"Name"_s, u"Cluster ID"_s, u"Cloud Provider"_s, u"Region"_s,
                                       u"State"_s, u"Service Plan"_s, u"Created"_s}));
    }

    void proxyFiltersByEveryWord()
    {
        ClusterTableModel model;
        model.setClusters(three());
        TextFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(u"aws"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"  AWS   northeast "_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"gamma"_s);
        proxy.setFilterText(u"creating"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
        proxy.setFilterText(u"nothing-matches"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxySortsByRawValues()
    {
        ClusterTableModel model;
        model.setClusters(three());
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ClusterTableModel::CreatedColumn, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names.append(proxy.index(r, ClusterTableModel::NameColumn).data().toString());
        QCOMPARE(names, QStringList({u"alpha"_s, u"gamma"_s, u"beta"_s}));
        proxy.sort(ClusterTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"gamma"_s);

        // A new row lands in its sorted place.
        QList<Cluster> next = three();
        next.append(cluster(u"9"_s, u"zeta"_s, CloudProvider::Aws, u"aws-us-east-1"_s,
                            ClusterState::Active, 9));
        model.apply(next);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"zeta"_s);
    }
};

QTEST_GUILESS_MAIN(TestClusterTableModel)
#include "tst_clustertablemodel.moc"
