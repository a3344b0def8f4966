#include "ui/providers/alibaba/AlibabaDecisionDialog.h"

#include "domain/DisplayNames.h"
#include "domain/EndpointServiceName.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/alibaba/AlibabaLinkService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaDecisionDialog::AlibabaDecisionDialog(AlibabaAccount *account,
                                             const PrivateLinkConnection &connection, bool allow,
                                             QWidget *parent)
    : LinkDecisionDialog(connection, allow, parent)
    , m_account(account)
{
    const QString name = connection.endpointService.name;
    m_region = EndpointServiceName::parse(name).region;
    m_serviceId = name.section(u'.', -1);
    const QString endpointId = connection.endpointService.endpointId;
    const CliAccount cli = account->cliAccount();
    setUp({u"alibaba"_s, allow ? tr("Allow on Alibaba Cloud") : tr("Reject on Alibaba Cloud"),
           allow ? tr("Allow the endpoint connection request of connection %1 to endpoint "
                      "service %2 (%3), with %4.")
                       .arg(connection.displayName, m_serviceId, m_region, account->description())
                 : tr("Reject the endpoint connection request of connection %1 to endpoint "
                      "service %2 (%3), with %4. TiDB Cloud then shows the connection as Failed; "
                      "it has to be deleted and created again to connect later.")
                       .arg(connection.displayName, m_serviceId, m_region, account->description()),
           allow ? tr("&Allow Request") : tr("&Reject Request…"),
           tr("Equivalent aliyun CLI command:"), tr("Equivalent aliyun CLI command"),
           AlibabaCommands::script(
               cli, {AlibabaCommands::decide(cli, m_region, m_serviceId, endpointId, allow)}),
           tr("Reject the request?"),
           tr("Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and "
              "it cannot be allowed afterwards.")
               .arg(endpointId, connection.displayName),
           tr("&Reject Request")});
}

QString AlibabaDecisionDialog::lookingText() const
{
    return tr("Looking for the request of endpoint %1 on Alibaba Cloud…")
        .arg(connection().endpointService.endpointId);
}

Job *AlibabaDecisionDialog::startFind()
{
    AlibabaLinkService service(m_account);
    auto *job = service.request(m_region, m_serviceId, connection().endpointService.endpointId);
    job->onFinished(
        this,
        [this](const QList<AlibabaEndpointConnection> &requests) {
            if (requests.isEmpty()) {
                requestNotFound(tr("Alibaba Cloud shows no request from endpoint %1 on service "
                                   "%2 in this account. Check that the Alibaba Cloud account is "
                                   "the service's owner.")
                                    .arg(connection().endpointService.endpointId, m_serviceId));
                return;
            }
            const AlibabaEndpointConnection &request = requests.first();
            const QString zones = request.zoneIds.isEmpty()
                                      ? tr("none")
                                      : QLocale().createSeparatedList(request.zoneIds);
            const QString status = DisplayNames::alibabaConnectionStatus(request.status);
            foundRequest({tr("Request from endpoint %1 of Alibaba Cloud account %2, zones %3. "
                             "Status on Alibaba Cloud: %4.")
                              .arg(request.endpointId, request.endpointOwnerId, zones, status),
                          request.status == "Pending"_L1, status});
        },
        [this](const ApiError &error) { requestNotFound(error.userMessage()); });
    return job;
}

SendOnce *AlibabaDecisionDialog::makeDecision()
{
    AlibabaLinkService service(m_account);
    return service.decide(m_region, m_serviceId, connection().endpointService.endpointId, accepts(),
                          this);
}

QString AlibabaDecisionDialog::sendingText() const
{
    return accepts() ? tr("Allowing on Alibaba Cloud…") : tr("Rejecting on Alibaba Cloud…");
}

QString AlibabaDecisionDialog::decidedText() const
{
    return accepts() ? tr("Allowed on Alibaba Cloud. TiDB Cloud shows the connection as Active "
                          "within a minute; the table follows it.")
                     : tr("Rejected on Alibaba Cloud. TiDB Cloud shows the connection as Failed "
                          "within a minute.");
}

QString AlibabaDecisionDialog::unknownText(const ApiError &error) const
{
    return tr("It is not known whether Alibaba Cloud took the decision: %1 Choose the button "
              "again to find out; it is not sent twice.")
        .arg(error.userMessage());
}

QString AlibabaDecisionDialog::nothingToDecide(const QString &state) const
{
    return tr("There is nothing to decide: the request is %1 on Alibaba Cloud.").arg(state);
}

} // namespace plc
