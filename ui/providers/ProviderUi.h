#pragma once

#include "domain/PrivateLink.h"

#include <QString>

#include <memory>

class QDialog;
class QWidget;
class QWizardPage;

namespace plc {

class CloudAccountEditor;
class LinkDecisionDialog;
class Provider;
class ProviderAccount;
struct CreateContext;
struct EndpointContext;

/// A cloud provider's words in the windows, read anew on each change of language.
struct ProviderWords
{
    QString accept;          ///< "Accept on AWS…", "Allow on Alibaba Cloud…"
    QString reject;          ///< "Reject on AWS…"
    QString diagnose;        ///< "Diagnose on AWS…"
    QString acceptToolTip;   ///< what Accept does, for its tooltip
    QString rejectToolTip;   ///< what Reject does
    QString diagnoseToolTip; ///< what Diagnose does
    QString noAccount;       ///< why the provider side cannot be acted on: no account chosen
    QString openConsole;     ///< "Open in AWS Console"
    QString openConsoleToolTip;
    QString openedConsole;  ///< said once the console page opened
    QString runCommand;     ///< before the CLI command that accepts a pending request
    QString allowListItem;  ///< the prerequisite "TiDB Cloud's account is in the allow list"
    QString checkedLive;    ///< `%1`: the account; the prerequisites are checked on the provider
    QString connectionType; ///< why the cluster's connections go to this provider's services
    QString serviceNameExample; ///< `%1`: the region; an endpoint service name's shape

    // The private endpoint wizard (into a cluster, or another service).
    QString endpointSubTitle; ///< "Over AWS PrivateLink, never the public internet."
    QString zoneIdLabel;      ///< "Availability Zone ID:"
    QString
        endpointNote; ///< what to have ready before the endpoint; `%1`, when present: the region
    QString securityGroupWhere; ///< where the endpoint's security group is changed
    QString endpointTrouble;    ///< the provider's own commonest failure, and what to do
};

/// One cloud provider in the windows: its words, its part of the profile dialog, its page in
/// the create wizard and its dialogs on a connection. Registered once (ProviderUis); code
/// outside the provider's folder reaches the provider only through here and through Provider.
class ProviderUi
{
public:
    virtual ~ProviderUi() = default;

    /// The provider's core: its name, its clusters and connections, its account.
    virtual const Provider &core() const = 0;
    virtual ProviderWords words() const = 0;

    /// The profile dialog's row for the account a profile acts on with this provider.
    virtual CloudAccountEditor *newEditor(QWidget *parent) const = 0;
    /// The create wizard's live checks of the provider side, with `context->accounts`'s
    /// account for this provider (configured).
    virtual QWizardPage *newChecksPage(CreateContext *context, QWidget *parent) const = 0;
    /// Accept (allow) or reject the connection's pending request, with `account`.
    virtual LinkDecisionDialog *newDecisionDialog(ProviderAccount *account,
                                                  const PrivateLinkConnection &connection,
                                                  bool accept, QWidget *parent) const = 0;
    /// The private endpoint wizard's page that makes the endpoint on this provider.
    virtual QWizardPage *newEndpointPage(EndpointContext *context, QWidget *parent) const = 0;
    /// What the provider side of the connection looks like, and why it fails.
    virtual QDialog *newDiagnosisDialog(ProviderAccount *account,
                                        const PrivateLinkConnection &connection,
                                        const QString &clusterRegion,
                                        const AvailabilityZones &zones, QWidget *parent) const = 0;
};

} // namespace plc
