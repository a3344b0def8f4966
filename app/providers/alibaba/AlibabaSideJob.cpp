#include "providers/alibaba/AlibabaSideJob.h"

#include "providers/ProviderConsole.h"
#include "providers/SideRequests.h"
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
    // The keys first (a RAM role assumed when there are none): the target they sign with.
    AlibabaAccount *keyed = m_account;
    start<AlibabaTarget>(
        m_account->run<AlibabaTarget>(
            m_account->privateLinkTarget(m_region),
            [keyed](const AlibabaTarget &t) { return new ReadyJob<AlibabaTarget>(t, {}, keyed); }),
        [this](const AlibabaTarget &target) {
            m_target = target;
            readService();
        },
        [this](const ApiError &error) {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("Alibaba Cloud could not be read with %1: %2")
                         .arg(m_account->description(), error.userMessage()),
                     true);
        });
}

QString AlibabaSideJob::notOurs() const
{
    return tr("Endpoint service %1 is not one of %2's: its owner adds TiDB Cloud's account to "
              "its Service Whitelist and allows its requests.")
        .arg(m_serviceId, m_account->description());
}

void AlibabaSideJob::readService()
{
    start<QList<AlibabaService>>(
        m_account->privateLink().services(m_target, m_serviceId),
        [this](const QList<AlibabaService> &services) {
            if (services.isEmpty())
                finishAs(ProviderSide::Finding::OthersService, notOurs());
            else if (m_question.connection.state.value == ConnectionState::Failed)
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
    start<QStringList>(
        m_account->privateLink().serviceUsers(m_target, m_serviceId),
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
    const QString endpoint = m_question.connection.endpointService.endpointId;
    const QString tidb = m_question.tidbAccount;
    if (endpoint.isEmpty() && tidb.isEmpty()) {
        finishAs(ProviderSide::Finding::Unreadable,
                 tr("TiDB Cloud has not named its endpoint and its account for this cluster is "
                    "not known yet: which request on endpoint service %1 is TiDB Cloud's cannot "
                    "be told.")
                     .arg(m_serviceId));
        return;
    }
    start<QList<AlibabaEndpointConnection>>(
        m_account->privateLink().connections(m_target, m_serviceId, endpoint),
        [this, endpoint, tidb](const QList<AlibabaEndpointConnection> &requests) {
            const std::optional<AlibabaEndpointConnection> found = tidbCloudsRequest(
                requests, endpoint, tidb,
                [](const AlibabaEndpointConnection &r) { return r.endpointId; },
                [](const AlibabaEndpointConnection &r) { return r.endpointOwnerId; },
                [](const AlibabaEndpointConnection &r) { return r.status == "Pending"_L1; });
            if (found) {
                const AlibabaEndpointConnection &request = *found;
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

void AlibabaSideJob::finishAs(ProviderSide::Finding finding, const QString &sentence,
                              bool accountProblem)
{
    finishWithValue(ProviderSide::of(m_question.connection, finding, sentence,
                                     m_account->description(), accountProblem));
}

} // namespace plc
