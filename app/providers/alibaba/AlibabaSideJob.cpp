#include "providers/alibaba/AlibabaSideJob.h"

#include "providers/ProviderConsole.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaLinkChecks.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaSideJob::AlibabaSideJob(AlibabaAccount *account, ProviderAccount::SideQuestion question,
                               QObject *parent)
    : StepwiseJob<ProviderSide>(parent)
    , m_account(account)
    , m_question(std::move(question))
    , m_region(ProviderConsole::serviceRegion(m_question.connection.endpointService))
    , m_serviceId(ProviderConsole::serviceId(m_question.connection.endpointService.name))
{
    if (m_region.isEmpty() || m_serviceId.isEmpty()) {
        // Said once the caller listens: a job finishes after it is returned.
        QTimer::singleShot(0, this, [this] {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("The endpoint service's name cannot be read as an Alibaba Cloud endpoint "
                        "service (%1), so its side was not read.")
                         .arg(m_question.connection.endpointService.name));
        });
        return;
    }
    const QString id = m_serviceId;
    start<QList<AlibabaService>>(
        m_account->run<QList<AlibabaService>>(m_account->privateLinkTarget(m_region),
                                              [this, id](const AlibabaTarget &t) {
                                                  return m_account->privateLink().services(t, id);
                                              }),
        [this](const QList<AlibabaService> &services) {
            if (services.isEmpty()) {
                finishAs(ProviderSide::Finding::OthersService, notOurs());
                return;
            }
            if (m_question.connection.state.value == ConnectionState::Failed)
                readWhitelist();
            else
                readRequest();
        },
        [this](const ApiError &error) {
            if (error.providerCode == "EndpointServiceNotFound"_L1) {
                finishAs(ProviderSide::Finding::OthersService, notOurs());
                return;
            }
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("Alibaba Cloud could not be read with %1: %2")
                         .arg(m_account->description(), error.userMessage()));
        });
}

QString AlibabaSideJob::notOurs() const
{
    return tr("Endpoint service %1 is not one of %2's: its owner adds TiDB Cloud's account to "
              "its Service Whitelist and allows its requests.")
        .arg(m_serviceId, m_account->description());
}

void AlibabaSideJob::readWhitelist()
{
    const QString tidb = m_question.tidbAccount;
    if (tidb.isEmpty()) {
        finishAs(ProviderSide::Finding::Unreadable,
                 tr("Endpoint service %1 is %2's; TiDB Cloud's account for this cluster is not "
                    "known yet, so its Service Whitelist was not judged.")
                     .arg(m_serviceId, m_account->description()));
        return;
    }
    const QString id = m_serviceId;
    start<QStringList>(
        m_account->run<QStringList>(m_account->privateLinkTarget(m_region),
                                    [this, id](const AlibabaTarget &t) {
                                        return m_account->privateLink().serviceUsers(t, id);
                                    }),
        [this, tidb](const QStringList &users) {
            if (AlibabaLinkChecks::allows(users, tidb)) {
                finishAs(ProviderSide::Finding::Clear,
                         tr("TiDB Cloud's account %1 is in the Service Whitelist of endpoint "
                            "service %2: the failure has another cause.")
                             .arg(tidb, m_serviceId));
                return;
            }
            finishAs(ProviderSide::Finding::PrincipalMissing,
                     tr("TiDB Cloud's account %1 is not in the Service Whitelist of your endpoint "
                        "service %2: add it (Diagnose on Alibaba Cloud… adds it), then create "
                        "the connection again.")
                         .arg(tidb, m_serviceId));
        },
        [this](const ApiError &error) {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("The Service Whitelist of endpoint service %1 could not be read with %2: "
                        "%3")
                         .arg(m_serviceId, m_account->description(), error.userMessage()));
        });
}

void AlibabaSideJob::readRequest()
{
    const QString id = m_serviceId;
    const QString endpoint = m_question.connection.endpointService.endpointId;
    start<QList<AlibabaEndpointConnection>>(
        m_account->run<QList<AlibabaEndpointConnection>>(
            m_account->privateLinkTarget(m_region),
            [this, id, endpoint](const AlibabaTarget &t) {
                return m_account->privateLink().connections(t, id, endpoint);
            }),
        [this, endpoint](const QList<AlibabaEndpointConnection> &requests) {
            // TiDB Cloud's endpoint, when TiDB Cloud named it; else any request waiting.
            const auto ours = [&](const AlibabaEndpointConnection &request) {
                return endpoint.isEmpty() ? request.status == "Pending"_L1
                                          : request.endpointId == endpoint;
            };
            for (const AlibabaEndpointConnection &request : requests) {
                if (!ours(request))
                    continue;
                if (request.status == "Pending"_L1) {
                    finishAs(ProviderSide::Finding::AwaitingYou,
                             tr("TiDB Cloud's endpoint %1 waits for you to allow it on endpoint "
                                "service %2 (%3): allow it (Allow on Alibaba Cloud…) and the "
                                "connection becomes ACTIVE.")
                                 .arg(request.endpointId, m_serviceId, m_account->description()));
                    return;
                }
                finishAs(ProviderSide::Finding::Clear,
                         tr("TiDB Cloud's endpoint %1 is %2 on endpoint service %3: nothing waits "
                            "on you; TiDB Cloud will see it at its next check.")
                             .arg(request.endpointId, request.status, m_serviceId));
                return;
            }
            finishAs(ProviderSide::Finding::Clear,
                     tr("Endpoint service %1 has no request from TiDB Cloud's endpoint yet: "
                        "nothing waits on you.")
                         .arg(m_serviceId));
        },
        [this](const ApiError &error) {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("The requests of endpoint service %1 could not be read with %2: %3")
                         .arg(m_serviceId, m_account->description(), error.userMessage()));
        });
}

void AlibabaSideJob::finishAs(ProviderSide::Finding finding, const QString &sentence)
{
    ProviderSide side;
    side.finding = finding;
    side.sentence = sentence;
    side.account = m_account->description();
    side.readAt = QDateTime::currentDateTimeUtc();
    side.readFor = ProviderSide::readingOf(m_question.connection);
    finishWithValue(side);
}

} // namespace plc
