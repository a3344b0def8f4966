#include "domain/DisplayNames.h"

#include <algorithm>

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

QString DisplayNames::connectionState(const EnumValue<ConnectionState> &state)
{
    switch (state.value) {
    case ConnectionState::Creating:
        return tr("Creating");
    case ConnectionState::Active:
        return tr("Active");
    case ConnectionState::Failed:
        return tr("Failed");
    case ConnectionState::PendingAcceptance:
        return tr("Pending acceptance");
    case ConnectionState::Deleting:
        return tr("Deleting");
    case ConnectionState::Unknown:
        break;
    }
    return state.raw;
}

QString DisplayNames::connectionType(const EnumValue<ConnectionType> &type)
{
    switch (type.value) {
    case ConnectionType::AwsEndpointService:
        return tr("AWS Endpoint Service");
    case ConnectionType::AlibabaCloudEndpointService:
        return tr("Alibaba Cloud Endpoint Service");
    case ConnectionType::Unknown:
        break;
    }
    return type.raw;
}

QString DisplayNames::domainType(const EnumValue<DomainType> &type)
{
    switch (type.value) {
    case DomainType::TidbCloudManaged:
        return tr("TiDB Cloud Managed");
    case DomainType::Confluent:
        return tr("Confluent Cloud");
    case DomainType::Unknown:
        break;
    }
    return type.raw;
}

QString DisplayNames::changefeedState(const EnumValue<ChangefeedState> &state)
{
    switch (state.value) {
    case ChangefeedState::Running:
        return tr("Running");
    case ChangefeedState::CreateFailed:
        return tr("Create failed");
    case ChangefeedState::RunningFailed:
        return tr("Running failed");
    case ChangefeedState::Creating:
        return tr("Creating");
    case ChangefeedState::Paused:
        return tr("Paused");
    case ChangefeedState::Deleted:
        return tr("Deleted");
    case ChangefeedState::Warning:
        return tr("Warning");
    case ChangefeedState::Unknown:
        break;
    }
    return state.raw;
}

QString DisplayNames::sinkType(const EnumValue<SinkType> &type)
{
    switch (type.value) {
    case SinkType::Kafka:
        return tr("Kafka");
    case SinkType::Mysql:
        return tr("MySQL");
    case SinkType::Unknown:
        break;
    }
    return type.raw;
}

QString DisplayNames::lag(const QDateTime &checkpoint, const QDateTime &now)
{
    if (!checkpoint.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, checkpoint.secsTo(now));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString DisplayNames::domainState(const QString &state)
{
    if (state == QLatin1StringView("CREATING"))
        return tr("Creating");
    if (state == QLatin1StringView("ACTIVE"))
        return tr("Active");
    if (state == QLatin1StringView("DELETING"))
        return tr("Deleting");
    if (state == QLatin1StringView("FAILED"))
        return tr("Failed");
    return state;
}

QString DisplayNames::alibabaConnectionStatus(const QString &status)
{
    // The contexts say what each word means: zh_CN and ja_JP follow Alibaba Cloud's own
    // documents (修改中 for Pending, 未连接 for Disconnected), not a literal reading.
    if (status == QLatin1StringView("Pending"))
        return tr("Pending",
                  "Alibaba Cloud endpoint connection: waiting for the owner to allow it");
    if (status == QLatin1StringView("Connecting"))
        return tr("Connecting", "Alibaba Cloud endpoint connection");
    if (status == QLatin1StringView("Connected"))
        return tr("Connected", "Alibaba Cloud endpoint connection");
    if (status == QLatin1StringView("Disconnecting"))
        return tr("Disconnecting", "Alibaba Cloud endpoint connection");
    if (status == QLatin1StringView("Disconnected"))
        return tr("Disconnected", "Alibaba Cloud endpoint connection: rejected or not connected");
    if (status == QLatin1StringView("Deleting"))
        return tr("Deleting", "Alibaba Cloud endpoint connection");
    if (status == QLatin1StringView("ServiceDeleted"))
        return tr("Service Deleted",
                  "Alibaba Cloud endpoint connection: its endpoint service is gone");
    return status;
}

QString DisplayNames::dateTime(const QDateTime &time, QLocale::FormatType format,
                               const QLocale &locale)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), format) : QString();
}

} // namespace plc
