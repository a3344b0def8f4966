#pragma once

#include "domain/Changefeed.h"
#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace plc {

/// The translated words for API enum values, in one place for every model and view. An
/// unknown value is shown as the raw text the server sent.
class DisplayNames final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString cloudProvider(const EnumValue<CloudProvider> &provider);
    static QString clusterState(const EnumValue<ClusterState> &state);
    static QString servicePlan(const EnumValue<ServicePlan> &plan);
    static QString connectionState(const EnumValue<ConnectionState> &state);
    static QString connectionType(const EnumValue<ConnectionType> &type);
    static QString domainType(const EnumValue<DomainType> &type);
    /// A domain's state (a free string in the API): CREATING, ACTIVE, DELETING, FAILED.
    static QString domainState(const QString &state);
    /// An Alibaba Cloud endpoint connection's status (PrivateLink 2020-04-15: Pending,
    /// Connecting, Connected, Disconnecting, Disconnected, Deleting, ServiceDeleted) in the
    /// words Alibaba Cloud's own documents give it; an unknown one as Alibaba Cloud sent it.
    static QString alibabaConnectionStatus(const QString &status);
    static QString changefeedState(const EnumValue<ChangefeedState> &state);
    /// Kafka, MySQL.
    static QString sinkType(const EnumValue<SinkType> &type);
    /// How far behind `now` a checkpoint is, in the largest fitting units ("4 s", "12 min",
    /// "3 h 5 min", "2 d 4 h"); empty for an invalid time.
    static QString lag(const QDateTime &checkpoint, const QDateTime &now);
    /// A time in the user's locale and time zone; empty when the server sent none.
    /// In `locale`; pass a copy taken on the UI thread when formatting on another one.
    static QString dateTime(const QDateTime &time, QLocale::FormatType format,
                            const QLocale &locale = QLocale());
};

} // namespace plc
