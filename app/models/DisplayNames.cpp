#include "DisplayNames.h"

namespace plc {

QString DisplayNames::cloudProvider(const EnumValue<CloudProvider> &provider)
{
    switch (provider.value) {
    case CloudProvider::Aws:
        return tr("AWS");
    case CloudProvider::Gcp:
        return tr("Google Cloud");
    case CloudProvider::Azure:
        return tr("Microsoft Azure");
    case CloudProvider::AlibabaCloud:
        return tr("Alibaba Cloud");
    case CloudProvider::Unknown:
        break;
    }
    return provider.raw;
}

QString DisplayNames::clusterState(const EnumValue<ClusterState> &state)
{
    switch (state.value) {
    case ClusterState::Creating:
        return tr("Creating");
    case ClusterState::Deleting:
        return tr("Deleting");
    case ClusterState::Active:
        return tr("Active");
    case ClusterState::Restoring:
        return tr("Restoring");
    case ClusterState::Maintenance:
        return tr("Maintenance");
    case ClusterState::Deleted:
        return tr("Deleted");
    case ClusterState::Inactive:
        return tr("Inactive");
    case ClusterState::Upgrading:
        return tr("Upgrading");
    case ClusterState::Importing:
        return tr("Importing");
    case ClusterState::Modifying:
        return tr("Modifying");
    case ClusterState::Pausing:
        return tr("Pausing");
    case ClusterState::Paused:
        return tr("Paused");
    case ClusterState::Resuming:
        return tr("Resuming");
    case ClusterState::Unknown:
        break;
    }
    return state.raw;
}

QString DisplayNames::servicePlan(const EnumValue<ServicePlan> &plan)
{
    switch (plan.value) {
    case ServicePlan::Starter:
        return tr("Starter");
    case ServicePlan::Essential:
        return tr("Essential");
    case ServicePlan::Premium:
        return tr("Premium");
    case ServicePlan::Byoc:
        return tr("BYOC");
    case ServicePlan::Unknown:
        break;
    }
    return plan.raw;
}

} // namespace plc
