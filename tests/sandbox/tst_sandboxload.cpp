// The sandbox serves many clients at once: 20 concurrent loopback clients, 10,000 requests,
// every answer checked. Prints requests/second and latency percentiles (figures for the
// issue note; no timed assertion).
#include "SandboxFixture.h"

#include "api/ApiCall.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
constexpr int Clients = 20;
constexpr int RequestsPerClient = 500;
const QStringList ClusterIds{u"10289543321198765432"_s, u"10289543321198765434"_s,
                             u"10289543321198765435"_s, u"10289543321198765436"_s};

/// One client issuing its requests one after another, checking each answer.
class LoadClient final : public QObject
{
public:
    LoadClient(const test::SandboxFixture &sandbox, int index)
        : m_index(index)
    {
        m_client.setEndpoint(sandbox.url(),
                             {sandbox.config().publicKey, sandbox.config().privateKey});
    }

    void start() { next(); }
    bool done() const { return m_sent == RequestsPerClient && m_inFlight == 0; }

    QList<qint64> latenciesUs;
    QStringList errors;

private:
    void next()
    {
        if (m_sent == RequestsPerClient)
            return;
        const int n = m_sent++;
        const QString cluster = ClusterIds.at((n + m_index) % ClusterIds.size());
        QString path;
        int kind = n % 4;
        switch (kind) {
        case 0:
            path = u"/v1beta1/clusters"_s;
            break;
        case 1:
            path = u"/v1beta1/clusters/"_s + cluster;
            break;
        case 2:
            path = u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(cluster);
            break;
        default:
            path =
                u"/v1beta1/clusters/%1/privateLinkConnections:getAvailabilityZones"_s.arg(cluster);
            break;
        }
        ++m_inFlight;
        ApiCall *call = m_client.get(path);
        m_timer.start();
        connect(call, &Job::finished, this, [this, call, kind, cluster, path] {
            latenciesUs.append(m_timer.nsecsElapsed() / 1000);
            --m_inFlight;
            const QJsonObject json = call->json();
            bool right = call->succeeded();
            if (right) {
                switch (kind) {
                case 0:
                    right = json.value("totalSize"_L1).toInt() == 6;
                    break;
                case 1:
                    right = json.value("clusterId"_L1).toString() == cluster;
                    break;
                case 2:
                    right = json.value("privateLinkConnections"_L1).toArray().size() ==
                            json.value("totalSize"_L1).toInt();
                    break;
                default:
                    right = !json.value("azIds"_L1).toArray().isEmpty();
                    break;
                }
            }
            if (!right)
                errors.append(path + u": "_s + call->error().userMessage());
            next();
        });
    }

    ApiClient m_client;
    QElapsedTimer m_timer;
    int m_index;
    int m_sent = 0;
    int m_inFlight = 0;
};
} // namespace

class TestSandboxLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentyClientsTenThousandRequests()
    {
        test::SandboxFixture sandbox;
        sandbox.config().settings = test::fastSettings();
        sandbox.setContractChecks(false); // the other suites check the contract
        QVERIFY(sandbox.start());

        std::vector<std::unique_ptr<LoadClient>> clients;
        for (int i = 0; i < Clients; ++i)
            clients.push_back(std::make_unique<LoadClient>(sandbox, i));
        QElapsedTimer wall;
        wall.start();
        for (auto &client : clients)
            client->start();
        const auto allDone = [&] {
            return std::all_of(clients.begin(), clients.end(),
                               [](const auto &c) { return c->done(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 240'000);
        const double seconds = wall.nsecsElapsed() / 1e9;

        QList<qint64> latencies;
        QStringList errors;
        for (const auto &client : clients) {
            latencies.append(client->latenciesUs);
            errors.append(client->errors);
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u"\n"_s)));
        QCOMPARE(latencies.size(), Clients * RequestsPerClient);
        std::sort(latencies.begin(), latencies.end());
        const auto percentile = [&](double p) {
            return latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size()))) /
                   1000.0;
        };
        std::printf(
            "{\"clients\": %d, \"requests\": %lld, \"seconds\": %.2f, \"requestsPerSecond\": %.0f, "
            "\"p50Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f, \"errors\": %lld}\n",
            Clients, qlonglong(latencies.size()), seconds, latencies.size() / seconds,
            percentile(0.50), percentile(0.99), latencies.last() / 1000.0,
            qlonglong(errors.size()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLoad)
#include "tst_sandboxload.moc"
