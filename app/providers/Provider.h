#pragma once

#include "domain/CliAccount.h"
#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"

#include <QString>
#include <QUrl>

class QObject;

namespace plc {

class ProviderAccount;
class RequestLog;

/// One cloud provider, as the console's core sees it: what it is called, which clusters and
/// which private link connections are its, the account a profile acts on there, and where the
/// user goes on its side of a link (its console, its CLI). Everything else that differs by
/// cloud is in the provider's own folder (app/providers/<id>/, ui/providers/<id>/); the
/// windows reach a provider through its ProviderUi, registered once (ProviderUis).
class Provider
{
public:
    virtual ~Provider() = default;

    /// Short, stable and lower case (`aws`, `alibaba`): the provider's folder, the settings key
    /// of a profile's account there, the suffix of its keychain entry, the sandbox's mount
    /// (`/aws/`) and the prefix of its widgets' object names. Never translated.
    virtual QString id() const = 0;
    /// Its name for people, translated: "AWS", "Alibaba Cloud".
    virtual QString name() const = 0;
    /// The clusters it hosts, as the cluster API names their cloud.
    virtual CloudProvider cloud() const = 0;
    /// The private link connections that go to its endpoint services.
    virtual ConnectionType connectionType() const = 0;
    /// Whether a connection may go to one of its endpoint services in another region than the
    /// cluster's (the create request's endpoint service region).
    virtual bool crossRegionServices() const { return false; }

    /// A profile's account with the provider (none chosen yet).
    virtual ProviderAccount *newAccount(RequestLog *log, QObject *parent) const = 0;

    /// The endpoint service's page in the provider's console; invalid when its name or region
    /// cannot be read (nothing from a server becomes a host unless it is a region code).
    virtual QUrl endpointServicePage(const EndpointService &service) const = 0;
    /// The provider CLI's command that accepts the service's pending request, acting with
    /// `account`, after the comment lines its keys need; empty before TiDB Cloud has made its
    /// endpoint, or when the service's name, region or endpoint ID cannot be read.
    virtual QString acceptCommand(const EndpointService &service,
                                  const CliAccount &account) const = 0;
    /// What the user copies to find the service in the console, when the console page cannot
    /// open the service itself (empty: the page shows the service).
    virtual QString serviceSearchText(const EndpointService &) const { return {}; }

    /// The keychain entry that keeps the key a profile typed for this provider.
    QString keychainEntry(const QString &profileKeyId) const { return profileKeyId + u'/' + id(); }
};

} // namespace plc
