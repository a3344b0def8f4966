#pragma once

#include "domain/PrivateLink.h"
#include "providers/ProviderAccounts.h"

#include <functional>

class QDialog;
class QWidget;

namespace plc {

/// The windows that act on a link's cloud provider side, made by the connection's provider
/// (ProviderUis): Accept on AWS… / Allow on Alibaba Cloud… (and Reject), Diagnose on AWS…,
/// with their words. Each returns null when no registered provider has the connection's type
/// or the profile has no account with it; the dialog is window-modal, shown, and deleted when
/// closed.
namespace ProviderSideDialogs {
/// For a connection in Pending Acceptance; `decided` runs when the provider took it.
QDialog *decision(const ProviderAccounts &accounts, const PrivateLinkConnection &connection,
                  bool accept, const std::function<void()> &decided, QWidget *parent);
QDialog *diagnosis(const ProviderAccounts &accounts, const PrivateLinkConnection &connection,
                   const QString &clusterRegion, const AvailabilityZones &zones, QWidget *parent);
} // namespace ProviderSideDialogs

} // namespace plc
