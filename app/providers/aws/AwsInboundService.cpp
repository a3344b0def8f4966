#include "providers/aws/AwsInboundService.h"

#include "base/ReadTwiceJob.h"
#include "providers/DryRunJob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// How long after a first read that shows nothing of a lost ModifyVpcEndpoint the second read
/// comes: EC2 shows such a change within seconds.
constexpr int SecondReadDelayMs = 4000;

/// EC2's `<return>` for a change: true, the change is made; false, EC2 declined it — a refusal,
/// said in a sentence, not a lost answer (it answered, so nothing is read to settle it).
class AwsReturnedJob final : public ValueJob<bool>
{
public:
    explicit AwsReturnedJob(ValueJob<bool> *job)
        : ValueJob(nullptr)
        , m_job(job)
    {
        QObject::connect(job, &Job::finished, this, [this, job] {
            if (isFinished())
                return;
            if (!job->succeeded())
                finishWithError(job->error()); // a cancel keeps whether it may have arrived
            else if (job->value())
                finishWithValue(true);
            else
                finishWithError(ApiError::provider(
                    u"ReturnFalse"_s,
                    QCoreApplication::translate("AwsInboundService",
                                                "EC2 answered that it did not make the change. "
                                                "Read again, then try once more.")));
        });
    }
    ~AwsReturnedJob() override
    {
        if (m_job && !m_job->isFinished()) {
            QObject::disconnect(m_job, nullptr, this, nullptr);
            m_job->cancel();
        }
    }
    bool changeMayHaveLeft() const override { return m_job && m_job->changeMayHaveLeft(); }

protected:
    void abortWork() override
    {
        if (m_job)
            m_job->cancel();
    }

private:
    QPointer<ValueJob<bool>> m_job;
};

} // namespace

AwsInboundReadJob::AwsInboundReadJob(AwsAccount *account, AwsInboundFacts facts, QObject *parent)
    : StepwiseJob<AwsInboundFacts>(parent)
    , m_account(account)
    , m_facts(std::move(facts))
{
    readAttribute(u"enableDnsSupport"_s);
}

void AwsInboundReadJob::failed(const ApiError &error)
{
    m_facts.readError = error.userMessage();
    finishWithValue(m_facts);
}

void AwsInboundReadJob::readAttribute(const QString &attribute)
{
    const QString vpc = m_facts.vpc.vpcId;
    start<bool>(
        m_account->run<bool>("ec2", m_facts.region,
                             [this, vpc, attribute](const AwsTarget &t) {
                                 return m_account->network().vpcAttribute(t, vpc, attribute);
                             }),
        [this, attribute](bool on) {
            if (attribute == "enableDnsSupport"_L1) {
                m_facts.dnsSupport = on;
                readAttribute(u"enableDnsHostnames"_s);
            } else {
                m_facts.dnsHostnames = on;
                readSubnets();
            }
        },
        [this](const ApiError &error) { failed(error); });
}

void AwsInboundReadJob::readSubnets()
{
    const QString vpc = m_facts.vpc.vpcId;
    start<QList<AwsSubnet>>(
        m_account->run<QList<AwsSubnet>>(
            "ec2", m_facts.region,
            [this, vpc](const AwsTarget &t) { return m_account->network().subnets(t, vpc); }),
        [this](const QList<AwsSubnet> &subnets) {
            m_facts.subnets = subnets;
            readGroups();
        },
        [this](const ApiError &error) { failed(error); });
}

void AwsInboundReadJob::readGroups()
{
    const QString vpc = m_facts.vpc.vpcId;
    start<QList<AwsSecurityGroup>>(
        m_account->run<QList<AwsSecurityGroup>>("ec2", m_facts.region,
                                                [this, vpc](const AwsTarget &t) {
                                                    return m_account->network().securityGroups(t,
                                                                                               vpc);
                                                }),
        [this](const QList<AwsSecurityGroup> &groups) {
            m_facts.groups = groups;
            readEndpoints();
        },
        [this](const ApiError &error) { failed(error); });
}

void AwsInboundReadJob::readEndpoints()
{
    const QString vpc = m_facts.vpc.vpcId;
    const QString service = m_facts.serviceName;
    start<QList<AwsVpcEndpoint>>(
        m_account->run<QList<AwsVpcEndpoint>>("ec2", m_facts.region,
                                              [this, vpc, service](const AwsTarget &t) {
                                                  return m_account->network().endpoints(t, vpc,
                                                                                        service);
                                              }),
        [this](const QList<AwsVpcEndpoint> &endpoints) {
            m_facts.existing = endpoints;
            finishWithValue(m_facts);
        },
        [this](const ApiError &error) { failed(error); });
}

AwsTargetedJob<QList<AwsVpc>> *AwsInboundService::vpcs(const QString &region)
{
    AwsAccount *account = m_account;
    return account->run<QList<AwsVpc>>(
        "ec2", region, [account](const AwsTarget &t) { return account->network().vpcs(t); });
}

AwsTargetedJob<QList<AwsVpcEndpoint>> *AwsInboundService::endpointsTo(const QString &region,
                                                                      const QString &serviceName)
{
    AwsAccount *account = m_account;
    return account->run<QList<AwsVpcEndpoint>>(
        "ec2", region, [account, serviceName](const AwsTarget &t) {
            return account->network().endpoints(t, {}, serviceName);
        });
}

AwsTargetedJob<QList<AwsSecurityGroup>> *AwsInboundService::groups(const QString &region,
                                                                   const QString &vpcId)
{
    AwsAccount *account = m_account;
    return account->run<QList<AwsSecurityGroup>>(
        "ec2", region, [account, vpcId](const AwsTarget &t) {
            return account->network().securityGroups(t, vpcId);
        });
}

AwsEndpointsToServiceJob::AwsEndpointsToServiceJob(AwsAccount *account, const QString &region,
                                                   const QString &serviceName, QObject *parent)
    : StepwiseJob(parent)
    , m_account(account)
    , m_region(region)
{
    start<QList<AwsVpcEndpoint>>(
        AwsInboundService(account).endpointsTo(region, serviceName),
        [this](const QList<AwsVpcEndpoint> &endpoints) {
            m_found.endpoints = endpoints;
            for (const AwsVpcEndpoint &endpoint : endpoints) {
                if (!m_vpcIds.contains(endpoint.vpcId))
                    m_vpcIds.append(endpoint.vpcId);
            }
            readNextVpc();
        },
        [this](const ApiError &error) { finishWithError(error); });
}

void AwsEndpointsToServiceJob::readNextVpc()
{
    if (m_vpcIds.isEmpty()) {
        finishWithValue(m_found);
        return;
    }
    start<QList<AwsSecurityGroup>>(
        AwsInboundService(m_account).groups(m_region, m_vpcIds.takeFirst()),
        [this](const QList<AwsSecurityGroup> &groups) {
            m_found.groups += groups;
            readNextVpc();
        },
        [this](const ApiError &) {
            m_found.groupsRead = false;
            finishWithValue(m_found);
        });
}

AwsInboundReadJob *AwsInboundService::read(const AwsInboundFacts &facts, QObject *parent)
{
    return new AwsInboundReadJob(m_account, facts, parent);
}

AwsTargetedJob<QList<AwsVpcEndpoint>> *AwsInboundService::endpoints(const QString &region,
                                                                    const QStringList &ids)
{
    AwsAccount *account = m_account;
    return account->run<QList<AwsVpcEndpoint>>("ec2", region, [account, ids](const AwsTarget &t) {
        return account->network().endpointsById(t, ids);
    });
}

ValueJob<bool> *AwsInboundService::dryRunCreate(const QString &region,
                                                const AwsEndpointRequest &request, QObject *parent)
{
    AwsAccount *account = m_account;
    // Without the client token: a dry run makes nothing that a token should name.
    AwsEndpointRequest dry = request;
    dry.clientToken.clear();
    auto *call = account->run<AwsVpcEndpoint>("ec2", region, [account, dry](const AwsTarget &t) {
        return account->network().createEndpoint(t, dry, true);
    });
    return new DryRunJob<AwsVpcEndpoint>(call, parent);
}

SendOnce *AwsInboundService::enableDnsAttribute(const QString &region, const QString &vpcId,
                                                const QString &attribute, QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return new AwsReturnedJob(account->run<bool>("ec2", region, [=](const AwsTarget &t) {
                return account->network().setVpcAttribute(t, vpcId, attribute, true);
            }));
        },
        [](const AwsReturnedJob &) {},
        [=] {
            return account->run<bool>("ec2", region, [=](const AwsTarget &t) {
                return account->network().vpcAttribute(t, vpcId, attribute);
            });
        },
        [](const AwsTargetedJob<bool> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            return job.value() ? SendOnce::Outcome::Done : SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *AwsInboundService::openPort(const QString &region, const QString &vpcId,
                                      const QString &groupId, int port, const QString &cidr,
                                      const QString &sourceGroupId, QObject *parent)
{
    AwsAccount *account = m_account;
    const QString description = u"TiDB %1"_s.arg(port);
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QList<AwsGroupRule>>("ec2", region, [=](const AwsTarget &t) {
                return account->network().openPort(t, groupId, port, cidr, sourceGroupId,
                                                   description);
            });
        },
        [](const AwsTargetedJob<QList<AwsGroupRule>> &) {},
        [=] {
            return account->run<QList<AwsSecurityGroup>>("ec2", region, [=](const AwsTarget &t) {
                return account->network().securityGroups(t, vpcId);
            });
        },
        [=](const AwsTargetedJob<QList<AwsSecurityGroup>> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            for (const AwsSecurityGroup &group : job.value()) {
                if (group.groupId != groupId)
                    continue;
                const bool present =
                    std::any_of(group.rules.cbegin(), group.rules.cend(), [&](const auto &r) {
                        return r.opensInbound(port) && r.fromPort == port && r.toPort == port &&
                               (cidr.isEmpty() ? r.sourceGroupId == sourceGroupId : r.cidr == cidr);
                    });
                return present ? SendOnce::Outcome::Done : SendOnce::Outcome::NotDone;
            }
            return SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *AwsInboundService::createEndpoint(const QString &region,
                                            const AwsEndpointRequest &request,
                                            const QStringList &existingIds,
                                            std::function<void(const AwsVpcEndpoint &)> made,
                                            QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<AwsVpcEndpoint>("ec2", region, [=](const AwsTarget &t) {
                return account->network().createEndpoint(t, request);
            });
        },
        [made](const AwsTargetedJob<AwsVpcEndpoint> &job) { made(job.value()); },
        [=] {
            return account->run<QList<AwsVpcEndpoint>>("ec2", region, [=](const AwsTarget &t) {
                return account->network().endpoints(t, request.vpcId, request.serviceName);
            });
        },
        [=](const AwsTargetedJob<QList<AwsVpcEndpoint>> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            // The endpoint this create asked for: new since the page read the VPC, with
            // the same subnets, groups and private DNS, not on its way out. A "not made"
            // lets SendOnce send again with the same client token, which AWS answers with
            // the endpoint it made if it did after all (its reads may lag its changes).
            const auto sorted = [](QStringList list) {
                list.sort();
                return list;
            };
            for (const AwsVpcEndpoint &endpoint : job.value()) {
                if (existingIds.contains(endpoint.endpointId) || endpoint.state == "deleting"_L1 ||
                    endpoint.state == "deleted"_L1 ||
                    sorted(endpoint.subnetIds) != sorted(request.subnetIds) ||
                    sorted(endpoint.groupIds) != sorted(request.groupIds) ||
                    endpoint.privateDnsEnabled != request.privateDns)
                    continue;
                made(endpoint);
                return SendOnce::Outcome::Done;
            }
            return SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *AwsInboundService::modifyEndpoint(const QString &region, const QString &endpointId,
                                            const AwsEndpointChange &change, QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return new AwsReturnedJob(account->run<bool>("ec2", region, [=](const AwsTarget &t) {
                return account->network().modifyEndpoint(t, endpointId, change.addSubnets,
                                                         change.removeSubnets, change.addGroups,
                                                         change.removeGroups, change.privateDns);
            }));
        },
        [](const AwsReturnedJob &) {},
        // A lost answer: EC2 received the change when the endpoint shows any
        // part of it. Showing none may be too early to tell: read once more
        // a moment later before the change may be sent again. Only with the
        // account the change went to: another chosen meanwhile reads nothing
        // (the outcome stays unknown, settled when that account is back).
        [=] {
            const QString sentWith = account->actingKey();
            return new ReadTwiceJob<QList<AwsVpcEndpoint>>(
                [=]() -> ValueJob<QList<AwsVpcEndpoint>> * {
                    if (account->actingKey() != sentWith)
                        return new ReadyJob<QList<AwsVpcEndpoint>>({}, ApiError::cancelled(),
                                                                   nullptr);
                    return account->run<QList<AwsVpcEndpoint>>(
                        "ec2", region, [=](const AwsTarget &t) {
                            return account->network().endpointsById(t, {endpointId});
                        });
                },
                [change](const QList<AwsVpcEndpoint> &endpoints) {
                    return !endpoints.isEmpty() && !change.partlyIn(endpoints.first());
                },
                SecondReadDelayMs, account);
        },
        [change](const ReadTwiceJob<QList<AwsVpcEndpoint>> &job) {
            if (!job.succeeded() || job.value().isEmpty())
                return SendOnce::Outcome::Unknown;
            return change.partlyIn(job.value().first()) ? SendOnce::Outcome::Done
                                                        : SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *
AwsInboundService::deleteEndpoint(const QString &region, const QString &endpointId,
                                  std::function<void(const AwsUnsuccessfulItem &)> refused,
                                  QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QList<AwsUnsuccessfulItem>>("ec2", region, [=](const AwsTarget &t) {
                return account->network().deleteEndpoints(t, {endpointId});
            });
        },
        [refused](const AwsTargetedJob<QList<AwsUnsuccessfulItem>> &job) {
            if (!job.value().isEmpty() && refused)
                refused(job.value().first());
        },
        [=] {
            return account->run<QList<AwsVpcEndpoint>>("ec2", region, [=](const AwsTarget &t) {
                return account->network().endpointsById(t, {endpointId});
            });
        },
        [](const AwsTargetedJob<QList<AwsVpcEndpoint>> &job) {
            // A deleted endpoint is "deleting", then unknown to EC2.
            if (job.error().providerCode == "InvalidVpcEndpointId.NotFound"_L1)
                return SendOnce::Outcome::Done;
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            const bool deleting =
                !job.value().isEmpty() && (job.value().first().state == "deleting"_L1 ||
                                           job.value().first().state == "deleted"_L1);
            return deleting ? SendOnce::Outcome::Done : SendOnce::Outcome::NotDone;
        },
        parent));
}

} // namespace plc
