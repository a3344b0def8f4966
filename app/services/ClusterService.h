#pragma once

#include "domain/Cluster.h"
#include "services/DecodingJob.h"

#include <QObject>

namespace plc {

class ApiClient;

using ListClustersJob = ApiListJob<Cluster>;
using GetClusterJob = ValueJob<Cluster>;

/// Cluster operations of the Serverless API (`/v1beta1/clusters`). Each call returns a Job
/// owned by the service that ends with finished(); cancel() it to drop the result.
class ClusterService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterService)

public:
    explicit ClusterService(ApiClient *client, QObject *parent = nullptr);

    /// Every cluster, all pages (progress() after each page).
    ListClustersJob *listClusters();
    GetClusterJob *getCluster(const QString &clusterId);

private:
    ApiClient *m_client;
};

} // namespace plc
