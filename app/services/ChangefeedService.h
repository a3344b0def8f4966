#pragma once

#include "domain/Changefeed.h"
#include "services/DecodingJob.h"

#include <QObject>

namespace plc {

class ApiClient;

using ListChangefeedsJob = ApiListJob<Changefeed>;
using ChangefeedJob = ValueJob<Changefeed>;
/// `changefeeds:test` answers with an empty object: success carries nothing.
using SinkTestJob = ValueJob<bool>;

/// The changefeed operations of the changefeed API v1beta1 the console uses
/// (`/v1beta1/clusters/{clusterId}/changefeeds…`, same base URL and key as the private link
/// API): list, get, and the sink test. The console reads changefeeds and tests sinks; it never
/// creates, edits, starts, stops or deletes one.
class ChangefeedService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangefeedService)

public:
    explicit ChangefeedService(ApiClient *client, QObject *parent = nullptr);

    /// Every changefeed of the cluster, all pages; `type` filters (Unknown: all).
    ListChangefeedsJob *listChangefeeds(const QString &clusterId,
                                        SinkType type = SinkType::Unknown);
    ChangefeedJob *getChangefeed(const QString &clusterId, const QString &changefeedId);
    /// Sends `changefeeds:test` once (never re-sent: a test may reach the sink).
    SinkTestJob *testSink(const QString &clusterId, const SinkTest &test);

    /// The path a test is sent to, for showing the equivalent request.
    static QString testPath(const QString &clusterId);

private:
    ApiClient *m_client;
};

} // namespace plc
