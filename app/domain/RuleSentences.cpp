#include "domain/RuleSentences.h"

#include "domain/DisplayNames.h"
#include "domain/EndpointServiceName.h"

using namespace Qt::StringLiterals;

namespace plc {

using Refusal = ConnectionRules::Refusal;

QString RuleSentences::refusal(Refusal refusal, const Cluster *cluster,
                               const PrivateLinkConnection *connection)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoCluster:
        return tr("Select a cluster first.");
    case Refusal::UnsupportedProvider:
        return tr("Private link connections for dataflow are available for clusters on AWS and "
                  "Alibaba Cloud; %1 is on %2.")
            .arg(cluster->displayName, DisplayNames::cloudProvider(cluster->region.cloudProvider));
    case Refusal::ClusterNotActive:
        return tr("The cluster is %1; private link connections can be created only while it is "
                  "Active.")
            .arg(DisplayNames::clusterState(cluster->state));
    case Refusal::ConfluentNeedsAws:
        return tr("Confluent Cloud Dedicated clusters are reached through an AWS endpoint "
                  "service; %1 is on %2.")
            .arg(cluster->displayName, DisplayNames::cloudProvider(cluster->region.cloudProvider));
    case Refusal::NoConnection:
        return tr("Select a private link connection first.");
    case Refusal::ConnectionNotActive:
        return tr("Domains can be attached only to an Active private link connection; this one "
                  "is %1.")
            .arg(DisplayNames::connectionState(connection->state));
    case Refusal::UnknownConnectionType:
        return tr("The console does not know this connection type: %1.").arg(connection->type.raw);
    case Refusal::BeingDeleted:
        return tr("The private link connection is being deleted.");
    case Refusal::AlreadyBeingDeleted:
        return tr("The private link connection is already being deleted.");
    case Refusal::DomainsLoading:
        return tr("The attached domains are still loading.");
    case Refusal::NoDomainsAttached:
        return tr("No domains are attached to this private link connection.");
    case Refusal::UnreadableServiceName:
        return tr("The endpoint service name cannot be read: %1")
            .arg(EndpointServiceName::parse(connection->endpointService.name).problemText());
    }
    return {};
}

QString RuleSentences::nextStep(const PrivateLinkConnection &c, const QString &accountId)
{
    const QString account = accountId.isEmpty() ? tr("TiDB Cloud's account") : accountId;
    if (c.type.value == ConnectionType::AwsEndpointService)
        return tr("Next step: in the AWS console, open the detail page of the endpoint service "
                  "%1, go to the Endpoint Connections tab and accept the endpoint connection "
                  "request from TiDB Cloud (endpoint %2, account %3).")
            .arg(c.endpointService.name, c.endpointService.endpointId, account);
    return tr("Next step: in the Alibaba Cloud console, open the detail page of the endpoint "
              "service %1, go to the Endpoint Connections tab and allow the endpoint connection "
              "request from TiDB Cloud (endpoint %2, account %3).")
        .arg(c.endpointService.name, c.endpointService.endpointId, account);
}

QString RuleSentences::failure(const PrivateLinkConnection &connection, const QString &separator)
{
    const QString cause = likelyCause(connection.message);
    return tr("The connection failed: %1")
               .arg(connection.message.isEmpty() ? tr("no reason was given") : connection.message) +
           (cause.isEmpty() ? QString() : separator + cause);
}

QString RuleSentences::likelyCause(const QString &failureMessage)
{
    using Cause = ConnectionRules::FailureCause;
    switch (ConnectionRules::causeOf(failureMessage)) {
    case Cause::AccountNotAllowed:
        return tr("Most likely TiDB Cloud's account ID is not in the endpoint service's Allow "
                  "principals list (AWS) or Service Whitelist (Alibaba Cloud). Add it, then "
                  "create the connection again.");
    case Cause::NoCommonZone:
        return tr("Most likely the endpoint service has no availability zone in common with the "
                  "cluster. Add a load balancer subnet in one of the cluster's zones, then create "
                  "the connection again.");
    case Cause::ServiceNotFound:
        return tr("Most likely the endpoint service name is wrong or the service was deleted. "
                  "Copy the name again from the provider's console.");
    case Cause::OtherRegion:
        return tr("Most likely the endpoint service is in another region than the cluster. Use a "
                  "service in the cluster's region, or give its region for a cross-region AWS "
                  "service.");
    case Cause::Unrecognised:
        break;
    }
    return {};
}

} // namespace plc
