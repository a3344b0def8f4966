#pragma once

#include "domain/PrivateLink.h"
#include "providers/ProviderAccounts.h"

#include <QCoreApplication>

#include <functional>

class QDialog;
class QWidget;

namespace plc {

/// The windows that act on a link's cloud provider side, chosen by the connection's provider:
/// Accept on AWS… / Allow on Alibaba Cloud… (and Reject), Diagnose on AWS… / Diagnose on
/// Alibaba Cloud…, with their words. Each returns null when the profile has no account for
/// that provider; the dialog is window-modal, shown, and deleted when closed.
class ProviderSideDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSideDialogs)

public:
    /// For a connection in Pending Acceptance; `decided` runs when the provider took it.
    static QDialog *decision(const ProviderAccounts &accounts,
                             const PrivateLinkConnection &connection, bool accept,
                             const std::function<void()> &decided, QWidget *parent);
    static QDialog *diagnosis(const ProviderAccounts &accounts,
                              const PrivateLinkConnection &connection, const QString &clusterRegion,
                              const AvailabilityZones &zones, QWidget *parent);

    /// "Accept on AWS…" / "Allow on Alibaba Cloud…", "Reject on …".
    static QString decisionText(ConnectionType type, bool accept);
    static QString diagnosisText(ConnectionType type);
};

} // namespace plc
