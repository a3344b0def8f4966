#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QList>
#include <QString>

namespace plc {

/// Which actions the API allows on a cluster or a private link connection in its current
/// state. Each rule returns a Refusal — None when the action is allowed — and no sentence:
/// RuleSentences says it in the user's language. The console disables an action that is
/// refused and shows the sentence as its tooltip; the wizards check the same rules again
/// before anything is sent.
namespace ConnectionRules {

enum class Refusal {
    None,
    NoCluster,             ///< no cluster selected
    UnsupportedProvider,   ///< the cluster is on a provider without private link connections
    ClusterNotActive,      ///< connections are created only for an Active cluster
    ConfluentNeedsAws,     ///< Confluent Cloud is reached through an AWS endpoint service
    NoConnection,          ///< no connection selected
    ConnectionNotActive,   ///< domains are attached only to an Active connection
    UnknownConnectionType, ///< a type the console cannot attach domains for
    BeingDeleted,          ///< the connection is being deleted
    AlreadyBeingDeleted,   ///< a delete of a connection being deleted
    DomainsLoading,        ///< its attached domains are not read yet
    NoDomainsAttached,
    UnreadableServiceName, ///< the endpoint service name is not one the console can read
};

/// What a FAILED connection's message most likely means.
enum class FailureCause {
    Unrecognised,
    AccountNotAllowed, ///< TiDB Cloud's account is not in Allow principals / Service Whitelist
    NoCommonZone,      ///< no availability zone in common with the cluster
    ServiceNotFound,   ///< a wrong name, or a deleted service
    OtherRegion,       ///< the service is in another region than the cluster
};

/// The connection type that fits the cluster's cloud provider (Unknown: none does).
ConnectionType connectionTypeFor(CloudProvider provider);
/// The domain types a connection of this type can attach.
QList<DomainType> domainTypesFor(ConnectionType type);

Refusal create(const Cluster *cluster);
/// The Confluent Cloud flow: Active, on AWS.
Refusal confluent(const Cluster *cluster);
/// Copying a connection's ID or command needs only a selection.
Refusal selected(const PrivateLinkConnection *connection);
Refusal attach(const PrivateLinkConnection *connection);
Refusal detach(const PrivateLinkConnection *connection);
Refusal remove(const PrivateLinkConnection *connection);
Refusal openProviderConsole(const PrivateLinkConnection *connection);
/// A sink test through the connection: any connection not being deleted (one that is not
/// Active can be tested; the test then says why nothing goes through it).
Refusal testSink(const PrivateLinkConnection *connection);

FailureCause causeOf(const QString &failureMessage);

} // namespace ConnectionRules

} // namespace plc
