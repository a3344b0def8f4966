// The generated fleet's transitions when steady (`--fleet-steady`): the number of connections
// stays as it was, whatever the cycle adds, while the default cycle grows the fleet.
#include "sandbox/FleetSeed.h"
#include "sandbox/FleetTransitions.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc::sandbox;

namespace {
int connections(const SandboxStore &store)
{
    return store.rows().count(u"SELECT COUNT(*) FROM connections"_s, {});
}
} // namespace

class TestSandboxFleetSteady final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFleetKeepsItsSize_data()
    {
        QTest::addColumn<bool>("steady");
        QTest::newRow("default") << false;
        QTest::newRow("steady") << true;
    }

    void theFleetKeepsItsSize()
    {
        QFETCH(bool, steady);
        const FleetSize size{20, 200};
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(u":memory:"_s, &error), qPrintable(error));
        QVERIFY(FleetSeed::write(store, size));
        const int start = connections(store);
        QCOMPARE(start, 200);
        ProviderSimulation simulation(&store);
        FleetTransitions transitions(&store, &simulation, size);
        // Ten rounds of the cycle, ten steps at a time, the size seen after each step.
        const int interval = 10;
        transitions.advance(0, interval, steady);
        int smallest = start, largest = start;
        const int steps = 10 * int(FleetTransitions::sequence().size());
        for (int step = 1; step <= steps; ++step) {
            transitions.advance(qint64(step) * interval, interval, steady);
            smallest = qMin(smallest, connections(store));
            largest = qMax(largest, connections(store));
        }
        const QJsonArray log = transitions.toJson(interval).value("transitions"_L1).toArray();
        QCOMPARE(log.size(), steps);
        int added = 0, replaced = 0;
        for (const QJsonValue &entry : log) {
            added += entry["kind"_L1].toString() == "NEW_PENDING_ACCEPTANCE"_L1;
            replaced += entry["replaced"_L1].isString();
        }
        QVERIFY(added >= 10);
        // The cycle is the same, steady or not.
        for (int i = 0; i < int(FleetTransitions::sequence().size()); ++i)
            QCOMPARE(log.at(i)["kind"_L1].toString(), FleetTransitions::sequence().at(i));
        if (steady) {
            // A new connection makes up for a deleted one, or replaces an old one.
            QVERIFY2(largest == start && smallest >= start - 1,
                     qPrintable(u"%1 to %2"_s.arg(smallest).arg(largest)));
            QVERIFY(replaced > 0);
        } else {
            QVERIFY(largest > start + 5);
            QCOMPARE(replaced, 0);
        }
    }

    void theSettingIsReadAndSaid()
    {
        SandboxSettings settings;
        QCOMPARE(settings.toJson().value("fleetSteady"_L1).toBool(true), false);
        QString error;
        QVERIFY(settings.apply({{u"fleetSteady"_s, true}}, &error));
        QVERIFY(settings.fleetSteady);
        QVERIFY(!settings.apply({{u"fleetSteady"_s, 1}}, &error));
        QVERIFY(error.startsWith("fleetSteady"_L1));
        QVERIFY(settings.fleetSteady);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFleetSteady)
#include "tst_sandboxfleetsteady.moc"
