#pragma once

#include "providers/alibaba/AlibabaCredentials.h"
#include "providers/alibaba/AliyunConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace plc {

/// The Alibaba Cloud products the console calls in a region, each at its own host.
enum class AlibabaProduct { PrivateLink, Vpc, Ecs };

/// One RAM role a profile assumes (`ram_role_arn`), with the keys of the step before it.
struct AlibabaRoleStep
{
    QString profileName; ///< the aliyun CLI profile that names the role
    QString roleArn;
    QString sessionName;     ///< empty: one is made when the role is assumed
    int durationSeconds = 0; ///< 0: STS's default (one hour)
    QString externalId;
};

/// Where an Alibaba Cloud profile's keys and region come from.
struct AlibabaResolvedProfile
{
    enum class Source { None, Environment, ConfigFile };
    Source source = Source::None;
    QString profileName;            ///< the aliyun CLI profile used (empty: environment only)
    AlibabaCredentials credentials; ///< Environment and ConfigFile
    QString region;                 ///< ALIBABA_CLOUD_REGION_ID, then the profile's region_id
    /// ALIBABA_CLOUD_ENDPOINT: one endpoint for every API (a host, or a URL such as a
    /// sandbox's `http://127.0.0.1:8080/alibaba/`); empty: each API's own in the region.
    QUrl endpoint;
    QString problem; ///< Source::None: why, for the user
    /// The RAM roles assumed, in order, from `credentials` (RamRoleArn: the profile's own
    /// AccessKey; ChainableRamRoleArn: its source_profile's keys, roles first).
    QList<AlibabaRoleStep> roles;
};

/// Finds Alibaba Cloud credentials the way Alibaba Cloud's own tools find them.
class AlibabaProfileResolver final
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaProfileResolver)

public:
    /// `profile` empty: the ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (and
    /// ALIBABA_CLOUD_SECURITY_TOKEN) variables first, then the aliyun CLI profile that
    /// ALIBABA_CLOUD_PROFILE names, else the file's current profile, else `default`. A named
    /// profile is read from the file only, as `aliyun --profile` does. Profiles in the AK and
    /// StsToken modes give keys; any other mode is named with what to do instead.
    static AlibabaResolvedProfile resolve(const QString &profile,
                                          const QHash<QString, QString> &environment,
                                          const AliyunConfig &config);

    /// `https://privatelink.<region>.aliyuncs.com/` (`vpc.`, `ecs.` for the other products);
    /// empty when `region` does not have an Alibaba Cloud region's shape
    /// (RegionNames::isAlibabaRegion): the one place an Alibaba Cloud host is made from a region.
    static QUrl defaultEndpoint(const QString &region,
                                AlibabaProduct product = AlibabaProduct::PrivateLink);
    /// ALIBABA_CLOUD_ENDPOINT as the aliyun CLI takes it: `metrics.cn-qingdao.aliyuncs.com`
    /// means https to that host; a value with a scheme is a URL. Empty when unset.
    static QUrl endpointFrom(const QHash<QString, QString> &environment);

private:
    /// The keys of aliyun CLI profile `name` into `resolved` (its AccessKey or STS token, and
    /// the roles before them); false with `resolved->problem` set.
    static bool findKeys(AlibabaResolvedProfile *resolved, const AliyunConfig &config,
                         const QString &name, QStringList *visited);
    /// The RAM role `profile` assumes, checked; false with `resolved->problem` set.
    static bool roleStep(AlibabaResolvedProfile *resolved, const AliyunProfile &profile,
                         AlibabaRoleStep *step);
};

} // namespace plc
