#pragma once

#include "domain/ApiEnum.h"

namespace plc {

enum class CloudProvider { Unknown, Aws, Gcp, Azure, AlibabaCloud };
enum class ClusterState {
    Unknown,
    Creating,
    Deleting,
    Active,
    Restoring,
    Maintenance,
    Deleted,
    Inactive,
    Upgrading,
    Importing,
    Modifying,
    Pausing,
    Paused,
    Resuming
};
enum class ServicePlan { Unknown, Starter, Essential, Premium, Byoc };
enum class ClusterPlan { Unknown, Starter, Essential };
enum class HighAvailabilityType { Unknown, Zonal, Regional };

// Spellings exactly as in api/cluster.swagger.json.
template<> struct EnumNames<CloudProvider>
{
    static constexpr std::array<std::pair<CloudProvider, const char *>, 4> names{{
        {CloudProvider::Aws, "aws"},
        {CloudProvider::Gcp, "gcp"},
        {CloudProvider::Azure, "azure"},
        {CloudProvider::AlibabaCloud, "alicloud"},
    }};
};

template<> struct EnumNames<ClusterState>
{
    static constexpr std::array<std::pair<ClusterState, const char *>, 13> names{{
        {ClusterState::Creating, "CREATING"},
        {ClusterState::Deleting, "DELETING"},
        {ClusterState::Active, "ACTIVE"},
        {ClusterState::Restoring, "RESTORING"},
        {ClusterState::Maintenance, "MAINTENANCE"},
        {ClusterState::Deleted, "DELETED"},
        {ClusterState::Inactive, "INACTIVE"},
        {ClusterState::Upgrading, "UPGRADING"},
        {ClusterState::Importing, "IMPORTING"},
        {ClusterState::Modifying, "MODIFYING"},
        {ClusterState::Pausing, "PAUSING"},
        {ClusterState::Paused, "PAUSED"},
        {ClusterState::Resuming, "RESUMING"},
    }};
};

template<> struct EnumNames<ServicePlan>
{
    static constexpr std::array<std::pair<ServicePlan, const char *>, 4> names{{
        {ServicePlan::Starter, "Starter"},
        {ServicePlan::Essential, "Essential"},
        {ServicePlan::Premium, "Premium"},
        {ServicePlan::Byoc, "BYOC"},
    }};
};

template<> struct EnumNames<ClusterPlan>
{
    static constexpr std::array<std::pair<ClusterPlan, const char *>, 2> names{{
        {ClusterPlan::Starter, "STARTER"},
        {ClusterPlan::Essential, "ESSENTIAL"},
    }};
};

template<> struct EnumNames<HighAvailabilityType>
{
    static constexpr std::array<std::pair<HighAvailabilityType, const char *>, 2> names{{
        {HighAvailabilityType::Zonal, "ZONAL"},
        {HighAvailabilityType::Regional, "REGIONAL"},
    }};
};

} // namespace plc
