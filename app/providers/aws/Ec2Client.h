#pragma once

#include "providers/aws/AwsCallJob.h"
#include "providers/aws/AwsProfileResolver.h"
#include "providers/aws/AwsResources.h"

namespace plc {

/// The EC2 operations of a private link's AWS side, with the user's own keys. Reads follow
/// every page; the two changes (Allow principals; accept or reject) are sent once, never
/// retried after they may have reached AWS. Each returns a job that ends with finished().
class Ec2Client final
{
public:
    static constexpr auto Version = "2016-11-15";

    explicit Ec2Client(AwsQueryClient *client)
        : m_client(client)
    {}

    /// The caller's endpoint services (all, or those with `serviceIds`).
    AwsCallJob<QList<AwsServiceConfiguration>> *
    serviceConfigurations(const AwsTarget &target, const QStringList &serviceIds = {});
    /// Services of any account the caller may see, by name.
    AwsCallJob<QList<AwsServiceDetail>> *serviceDetails(const AwsTarget &target,
                                                        const QStringList &serviceNames);
    AwsCallJob<QList<AwsAllowedPrincipal>> *allowedPrincipals(const AwsTarget &target,
                                                              const QString &serviceId);
    /// The connection requests to a service; `endpointId` narrows them to one.
    AwsCallJob<QList<AwsEndpointConnection>> *endpointConnections(const AwsTarget &target,
                                                                  const QString &serviceId,
                                                                  const QString &endpointId = {});
    AwsCallJob<QList<AwsZone>> *availabilityZones(const AwsTarget &target);

    /// A change: adds one Allow principal.
    AwsCallJob<bool> *addAllowedPrincipal(const AwsTarget &target, const QString &serviceId,
                                          const QString &principal);
    /// A change: accepts (or rejects) endpoint connection requests; the value lists the
    /// endpoints AWS could not decide.
    AwsCallJob<QList<AwsUnsuccessfulItem>> *decide(const AwsTarget &target,
                                                   const QString &serviceId,
                                                   const QStringList &endpointIds, bool accept);

    /// Items a page of a list asks for (`MaxResults`, 5 to 1000); 0 lets EC2 choose.
    void setPageSize(int size) { m_pageSize = size; }

    /// `Name.1`, `Name.2`… as EC2 takes a list.
    static AwsParams list(const QString &name, const QStringList &values);

private:
    AwsParams paged(AwsParams params) const;

    AwsQueryClient *m_client;
    int m_pageSize = 0;
};

/// STS, for "who am I": the account and ARN of a key.
class StsClient final
{
public:
    static constexpr auto Version = "2011-06-15";

    explicit StsClient(AwsQueryClient *client)
        : m_client(client)
    {}
    AwsCallJob<AwsCallerIdentity> *callerIdentity(const AwsTarget &target);
    /// STS AssumeRole with `target`'s keys: `step`'s role, external ID, session length and MFA
    /// device, with `mfaCode` when the device is named. Sent again after a failure like a read
    /// (it changes nothing on the account), unless it carries a code: STS takes a code once.
    AwsCallJob<AwsAssumedRole> *assumeRole(const AwsTarget &target, const AwsRoleStep &step,
                                           const QString &sessionName, const QString &mfaCode);

private:
    AwsQueryClient *m_client;
};

} // namespace plc
