#include "providers/aws/AwsSideJob.h"

#include "providers/ProviderConsole.h"
#include "providers/SideRequests.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsLinkChecks.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

AwsSideJob::AwsSideJob(AwsAccount *account, ProviderAccount::SideQuestion question, QObject *parent)
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
                     tr("The endpoint service's name cannot be read as an AWS endpoint service "
                        "(%1), so its side was not read.")
                         .arg(m_question.connection.endpointService.name));
        });
        return;
    }
    start<AwsTarget>(
        m_account->target("ec2", m_region),
        [this](const AwsTarget &target) {
            m_target = target;
            readService();
        },
        [this](const ApiError &error) {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("AWS could not be read with %1: %2")
                         .arg(m_account->description(), error.userMessage()),
                     true);
        });
}

QString AwsSideJob::notOurs() const
{
    return tr("Endpoint service %1 is not one of %2's: its owner allows TiDB Cloud's account and "
              "accepts its requests.")
        .arg(m_serviceId, m_account->description());
}

void AwsSideJob::readService()
{
    start<QList<AwsServiceConfiguration>>(
        m_account->ec2().serviceConfigurations(m_target, {m_serviceId}),
        [this](const QList<AwsServiceConfiguration> &services) {
            if (services.isEmpty())
                finishAs(ProviderSide::Finding::OthersService, notOurs());
            else if (m_question.connection.state.value == ConnectionState::Failed)
                readPrincipals();
            else
                readRequest();
        },
        [this](const ApiError &error) {
            if (error.providerCode == "InvalidVpcEndpointServiceId.NotFound"_L1) {
                finishAs(ProviderSide::Finding::OthersService, notOurs());
                return;
            }
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("AWS could not be read with %1: %2")
                         .arg(m_account->description(), error.userMessage()));
        });
}

void AwsSideJob::readPrincipals()
{
    const QString tidb = m_question.tidbAccount;
    if (tidb.isEmpty()) {
        finishAs(ProviderSide::Finding::Unreadable,
                 tr("Endpoint service %1 is %2's; TiDB Cloud's account for this cluster is not "
                    "known yet, so its Allow principals were not judged.")
                     .arg(m_serviceId, m_account->description()));
        return;
    }
    start<QList<AwsAllowedPrincipal>>(
        m_account->ec2().allowedPrincipals(m_target, m_serviceId),
        [this, tidb](const QList<AwsAllowedPrincipal> &principals) {
            QStringList list;
            for (const AwsAllowedPrincipal &p : principals)
                list.append(p.principal);
            if (AwsLinkChecks::allows(list, tidb)) {
                finishAs(ProviderSide::Finding::Clear,
                         tr("TiDB Cloud's account %1 is among the Allow principals of endpoint "
                            "service %2: the failure has another cause.")
                             .arg(tidb, m_serviceId));
                return;
            }
            finishAs(ProviderSide::Finding::PrincipalMissing,
                     tr("TiDB Cloud's account %1 is not among the Allow principals of your "
                        "endpoint service %2: add %3 (Diagnose on AWS… adds it), then create "
                        "the connection again.")
                         .arg(tidb, m_serviceId, AwsLinkChecks::rootPrincipal(tidb)));
        },
        [this](const ApiError &error) {
            finishAs(ProviderSide::Finding::Unreadable,
                     tr("The Allow principals of endpoint service %1 could not be read with "
                        "%2: %3")
                         .arg(m_serviceId, m_account->description(), error.userMessage()));
        });
}

void AwsSideJob::readRequest()
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
    start<QList<AwsEndpointConnection>>(
        m_account->ec2().endpointConnections(m_target, m_serviceId, endpoint),
        [this, endpoint, tidb](const QList<AwsEndpointConnection> &requests) {
            const std::optional<AwsEndpointConnection> found = tidbCloudsRequest(
                requests, endpoint, tidb,
                [](const AwsEndpointConnection &r) { return r.endpointId; },
                [](const AwsEndpointConnection &r) { return r.owner; },
                [](const AwsEndpointConnection &r) { return r.state == "pendingAcceptance"_L1; });
            if (found) {
                const AwsEndpointConnection &request = *found;
                if (request.state == "pendingAcceptance"_L1) {
                    finishAs(ProviderSide::Finding::AwaitingYou,
                             tr("TiDB Cloud's endpoint %1 waits for your acceptance on endpoint "
                                "service %2 (%3): accept it (Accept on AWS…) and the connection "
                                "becomes ACTIVE.")
                                 .arg(request.endpointId, m_serviceId, m_account->description()));
                    return;
                }
                finishAs(ProviderSide::Finding::Clear,
                         tr("TiDB Cloud's endpoint %1 is %2 on endpoint service %3: nothing waits "
                            "on you; TiDB Cloud will see it at its next check.")
                             .arg(request.endpointId, request.state, m_serviceId));
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

void AwsSideJob::finishAs(ProviderSide::Finding finding, const QString &sentence,
                          bool accountProblem)
{
    finishWithValue(ProviderSide::of(m_question.connection, finding, sentence,
                                     m_account->description(), accountProblem));
}

} // namespace plc
