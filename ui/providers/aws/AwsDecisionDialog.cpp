#include "ui/providers/aws/AwsDecisionDialog.h"

#include "domain/EndpointServiceName.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsLinkService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plc {

AwsDecisionDialog::AwsDecisionDialog(AwsAccount *account, const PrivateLinkConnection &connection,
                                     bool accept, QWidget *parent)
    : LinkDecisionDialog(connection, accept, parent)
    , m_account(account)
{
    const QString name = connection.endpointService.name;
    m_region = connection.endpointService.region.isEmpty() ? EndpointServiceName::parse(name).region
                                                           : connection.endpointService.region;
    m_serviceId = name.section(u'.', -1);
    const QString endpointId = connection.endpointService.endpointId;
    const CliAccount cli = account->cliAccount();
    setUp({u"aws"_s, accept ? tr("Accept on AWS") : tr("Reject on AWS"),
           accept ? tr("Accept the request of connection %1 to endpoint service %2 (%3), with %4.")
                        .arg(connection.displayName, m_serviceId, m_region, account->description())
                  : tr("Reject the request of connection %1 to endpoint service %2 (%3), with %4. "
                       "TiDB Cloud then shows the connection as Failed; it has to be deleted and "
                       "created again to connect later.")
                        .arg(connection.displayName, m_serviceId, m_region, account->description()),
           accept ? tr("&Accept Request") : tr("&Reject Request…"),
           tr("Equivalent AWS CLI command:"), tr("Equivalent AWS CLI command"),
           AwsCommands::script(
               cli, {AwsCommands::decide(cli, m_region, m_serviceId, endpointId, accept)}),
           tr("Reject the request?"),
           tr("Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and "
              "it cannot be accepted afterwards.")
               .arg(endpointId, connection.displayName),
           tr("&Reject Request")});
}

QString AwsDecisionDialog::lookingText() const
{
    return tr("Looking for the request of endpoint %1 on AWS…")
        .arg(connection().endpointService.endpointId);
}

Job *AwsDecisionDialog::startFind()
{
    AwsLinkService service(m_account);
    auto *job = service.request(m_region, m_serviceId, connection().endpointService.endpointId);
    job->onFinished(
        this,
        [this](const QList<AwsEndpointConnection> &requests) {
            if (requests.isEmpty()) {
                requestNotFound(tr("AWS shows no request from endpoint %1 on service %2 in this "
                                   "account. Check that the AWS profile belongs to the service's "
                                   "owner.")
                                    .arg(connection().endpointService.endpointId, m_serviceId));
                return;
            }
            const AwsEndpointConnection &request = requests.first();
            foundRequest(
                {tr("Request from endpoint %1 of AWS account %2, made %3. State on AWS: %4.")
                     .arg(request.endpointId, request.owner,
                          QLocale().toString(request.created.toLocalTime(), QLocale::ShortFormat),
                          request.state),
                 request.state == "pendingAcceptance"_L1, request.state});
        },
        [this](const ApiError &error) { requestNotFound(error.userMessage()); });
    return job;
}

SendOnce *AwsDecisionDialog::makeDecision()
{
    AwsLinkService service(m_account);
    return service.decide(
        m_region, m_serviceId, connection().endpointService.endpointId, accepts(),
        [this](const AwsUnsuccessfulItem &item) { m_refusal = item; }, this);
}

QString AwsDecisionDialog::sendingText() const
{
    return accepts() ? tr("Accepting on AWS…") : tr("Rejecting on AWS…");
}

QString AwsDecisionDialog::decidedText() const
{
    return accepts() ? tr("Accepted on AWS. TiDB Cloud shows the connection as Active within a "
                          "minute; the table follows it.")
                     : tr("Rejected on AWS. TiDB Cloud shows the connection as Failed within a "
                          "minute.");
}

QString AwsDecisionDialog::refusalInAnswer() const
{
    return m_refusal ? tr("AWS did not take the decision (%1): %2")
                           .arg(m_refusal->code, m_refusal->message)
                     : QString();
}

QString AwsDecisionDialog::unknownText(const ApiError &error) const
{
    return tr("It is not known whether AWS took the decision: %1 Choose the button again to "
              "find out; it is not sent twice.")
        .arg(error.userMessage());
}

QString AwsDecisionDialog::nothingToDecide(const QString &state) const
{
    return tr("There is nothing to decide: the request is %1 on AWS.").arg(state);
}

} // namespace plc
