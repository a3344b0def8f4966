#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QCoreApplication>
#include <QString>

namespace plc {

/// Which actions the API allows on a cluster or a private link connection in its current
/// state, and the sentence that says why not when it does not. The console disables the
/// action and shows the sentence as its tooltip; the wizards check the same rules again
/// before anything is sent.
class ConnectionRules
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRules)

public:
    /// The connection type that fits the cluster's cloud provider (Unknown: none does).
    static ConnectionType connectionTypeFor(CloudProvider provider);
    /// The domain types a connection of this type can attach.
    static QList<DomainType> domainTypesFor(ConnectionType type);

    /// Empty when a connection can be created for the cluster, else why not.
    static QString whyNotCreate(const Cluster *cluster);
    /// Empty when the Confluent Cloud flow can start for the cluster (Active, on AWS).
    static QString whyNotConfluent(const Cluster *cluster);
    /// Empty when a connection is selected (copying its ID or command needs no more).
    static QString whyNotSelected(const PrivateLinkConnection *connection);
    static QString whyNotAttach(const PrivateLinkConnection *connection);
    static QString whyNotDetach(const PrivateLinkConnection *connection);
    static QString whyNotDelete(const PrivateLinkConnection *connection);
    static QString whyNotOpenProviderConsole(const PrivateLinkConnection *connection);

    /// What to do on the provider's side while a connection is PENDING_ACCEPTANCE: which
    /// console and tab, accept (AWS) or allow (Alibaba Cloud), the endpoint and the account.
    static QString nextStep(const PrivateLinkConnection &connection, const QString &accountId);
    /// What a FAILED connection's message most likely means, and what to check; empty when
    /// the message is not one the console recognises.
    static QString likelyCause(const QString &message);
};

} // namespace plc
