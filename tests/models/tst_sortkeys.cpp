// Issue 19: the proxy sorts by the model's cached sort keys (SortKeyCache). The order must be
// the one QSortFilterProxyModel gives by the SortRole values (locale-aware, case-insensitive),
// on every column and in both directions, and stay so as rows are appended, changed and
// removed while the proxy keeps the table sorted.
#include "models/ConnectionTableModel.h"
#include "models/TextFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
const QStringList Names{u"orders-rds"_s, u"Orders-RDS-2"_s, u"analytics"_s, u"Ärger"_s,
                        u"zeta"_s,       u"注文"_s,         u"カフカ"_s,    u"kafka-10"_s,
                        u"kafka-9"_s,    u"_internal"_s,    u""_s,          u"Zeta"_s};
const QStringList States{u"CREATING"_s,           u"ACTIVE"_s,   u"FAILED"_s,
                         u"PENDING_ACCEPTANCE"_s, u"DELETING"_s, u"SOMETHING_NEW"_s};
const QStringList Zones{u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s, u"use1-az6"_s};

PrivateLinkConnection make(QRandomGenerator &random, int i)
{
    PrivateLinkConnection c;
    c.privateLinkConnectionId = u"plc-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
    c.clusterId = u"1"_s;
    c.displayName = Names.at(random.bounded(int(Names.size()))) + u"-%1"_s.arg(random.bounded(50));
    c.state = enumFromApi<ConnectionState>(States.at(random.bounded(int(States.size()))));
    c.type = enumFromApi<ConnectionType>(random.bounded(2) ? u"AWS_ENDPOINT_SERVICE"_s
                                                           : u"ALICLOUD_ENDPOINT_SERVICE"_s);
    c.endpointService.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-%1"_s.arg(random.bounded(90));
    for (const QString &zone : Zones) {
        if (random.bounded(2))
            c.endpointService.availabilityZoneIds.append(zone);
    }
    c.createdBy = random.bounded(2) ? u"dba@example.com"_s : u"Ops@Example.com"_s;
    c.createTime = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
                       .addSecs(qint64(random.bounded(100'000)) * 60);
    return c;
}

/// The proxy's rows as the sort values of `column`, top to bottom.
QVariantList sortedValues(const QSortFilterProxyModel &proxy, int column)
{
    QVariantList values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, column).data(Qt::UserRole));
    return values;
}

/// A plain QSortFilterProxyModel set up as TextFilterProxy's sort was before the keys.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(QAbstractItemModel *model)
    {
        setSortRole(Qt::UserRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
        setDynamicSortFilter(true);
        setSourceModel(model);
    }
};

/// Same order, compared by sort values (rows with equal values may be in any order).
bool sameOrder(const TextFilterProxy &proxy, const ReferenceProxy &reference, int column,
               QString *why)
{
    const QVariantList mine = sortedValues(proxy, column);
    const QVariantList theirs = sortedValues(reference, column);
    if (mine.size() != theirs.size()) {
        *why = u"%1 rows against %2"_s.arg(mine.size()).arg(theirs.size());
        return false;
    }
    for (int i = 0; i < mine.size(); ++i) {
        if (mine.at(i) != theirs.at(i)) {
            *why = u"column %1, row %2: %3 against %4"_s.arg(column).arg(i).arg(
                mine.at(i).toString(), theirs.at(i).toString());
            return false;
        }
    }
    return true;
}
} // namespace

class TestSortKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsAsTheProxyWouldOnEveryColumn()
    {
        QRandomGenerator random(19);
        ConnectionTableModel model;
        model.setClusterRegion(u"us-east-1"_s);
        QList<PrivateLinkConnection> rows;
        for (int i = 0; i < 600; ++i)
            rows.append(make(random, i));
        model.setRows(rows);
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        ReferenceProxy reference(&model);
        QString why;
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                reference.sort(column, order);
                QVERIFY2(sameOrder(proxy, reference, column, &why), qPrintable(why));
            }
        }
    }

    void staysSortedAsRowsComeChangeAndGo()
    {
        QRandomGenerator random(7);
        ConnectionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        ReferenceProxy reference(&model);
        const int column = ConnectionTableModel::NameColumn;
        proxy.sort(column);
        reference.sort(column);
        QList<PrivateLinkConnection> all;
        QString why;
        // Pages arrive (appended), as a paged load does.
        for (int page = 0; page < 5; ++page) {
            QList<PrivateLinkConnection> rows;
            for (int i = 0; i < 100; ++i)
                rows.append(make(random, page * 100 + i));
            all += rows;
            model.upsert(rows);
            QVERIFY2(sameOrder(proxy, reference, column, &why), qPrintable(why));
        }
        // Rows change so that they move (a rename), in place.
        for (int i = 0; i < all.size(); i += 7)
            all[i].displayName = u"aaa-renamed-%1"_s.arg(i);
        model.apply(all);
        QVERIFY2(sameOrder(proxy, reference, column, &why), qPrintable(why));
        // The renamed rows moved together.
        QList<int> renamed;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, column).data().toString().startsWith(u"aaa-renamed"_s))
                renamed.append(row);
        }
        QVERIFY(renamed.size() > 10);
        QCOMPARE(renamed.last() - renamed.first() + 1, int(renamed.size()));
        // Rows vanish from the middle, and the keys after them move up.
        QList<PrivateLinkConnection> fewer;
        for (int i = 0; i < all.size(); ++i) {
            if (i % 5 != 2)
                fewer.append(all.at(i));
        }
        model.apply(fewer);
        QCOMPARE(model.rowCount(), int(fewer.size()));
        for (int c :
             {int(ConnectionTableModel::NameColumn), int(ConnectionTableModel::ZonesColumn),
              int(ConnectionTableModel::StateColumn), int(ConnectionTableModel::CreatedColumn)}) {
            proxy.sort(c, Qt::DescendingOrder);
            reference.sort(c, Qt::DescendingOrder);
            QVERIFY2(sameOrder(proxy, reference, c, &why), qPrintable(why));
        }
    }

    /// A model destroyed before its proxy while the proxy's idle warm-up is due: the proxy
    /// must not call into it (under ASan a use after free; in a release build it corrupted
    /// the heap now and then, in tst_sessiontrust).
    void aDestroyedSourceIsNotWarmedUp()
    {
        QRandomGenerator random(5);
        auto model = std::make_unique<ConnectionTableModel>();
        QList<PrivateLinkConnection> rows;
        for (int i = 0; i < 300; ++i)
            rows.append(make(random, i));
        model->setRows(rows);
        TextFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(ConnectionTableModel::NameColumn);
        QCOMPARE(proxy.rowCount(), 300);
        model.reset(); // the warm-up timer (250 ms after the rows) is still due
        QTest::qWait(400);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(u"kafka"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void warmingMakesEveryKeyAhead()
    {
        QRandomGenerator random(3);
        ConnectionTableModel model;
        QList<PrivateLinkConnection> rows;
        for (int i = 0; i < 2000; ++i)
            rows.append(make(random, i));
        model.setRows(rows);
        // A budget of nothing makes a little and says it is not done; enough makes them all.
        QVERIFY(!model.warmSortKeys(0));
        QTRY_VERIFY_WITH_TIMEOUT(model.warmSortKeys(4), 10'000);
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        ReferenceProxy reference(&model);
        proxy.sort(ConnectionTableModel::ZonesColumn);
        reference.sort(ConnectionTableModel::ZonesColumn);
        QString why;
        QVERIFY2(sameOrder(proxy, reference, ConnectionTableModel::ZonesColumn, &why),
                 qPrintable(why));
    }
};

QTEST_MAIN(TestSortKeys)
#include "tst_sortkeys.moc"
