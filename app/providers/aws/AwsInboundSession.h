#pragma once

#include "providers/InboundSession.h"
#include "providers/aws/AwsInboundChecks.h"

#include <QHash>

namespace plc {

class AwsAccount;

/// A private endpoint into a target on AWS (InboundSession): VPCs, subnets matched by zone
/// ID, security groups and their rules, the VPC's DNS attributes, interface endpoints
/// (AwsInboundService), judged by AwsInboundChecks. Its fixes: a DNS attribute turned on
/// (`fixDns`), the port opened from the VPC's addresses (`openPort`).
class AwsInboundSession final : public InboundSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsInboundSession)

public:
    AwsInboundSession(AwsAccount *account, const PrivateEndpointTarget &target, QObject *parent);

    ProviderAccount *account() const override;
    QString placesName() const override;
    QString placesLabel() const override;
    QString commandName() const override;
    QString confirmationDetail(const QString &command) const override;
    bool offersPrivateDns() const override { return true; }

    ValueJob<QList<InboundNetwork>> *readNetworks() override;
    ValueJob<QString> *readNetwork(const QString &networkId) override;
    void forget() override;
    bool hasNetwork() const override { return !m_facts.vpc.vpcId.isEmpty(); }
    QString readError() const override { return m_facts.readError; }
    QList<InboundPlace> places() const override;
    QList<InboundGroup> groups() const override;

    QList<LinkCheck> checks(const InboundChoice &choice) const override;
    QList<InboundFix> fixes(const InboundChoice &choice) const override;
    SendOnce *makeFix(const QString &id, const InboundChoice &choice, QObject *parent) override;

    std::optional<InboundEndpoint> reusable() const override;
    QString createQuestion(const InboundChoice &choice) const override;
    QString createCommand(const InboundChoice &choice, const QString &clientToken) const override;
    ValueJob<bool> *dryRunCreate(const InboundChoice &choice, const QString &clientToken,
                                 QObject *parent) override;
    SendOnce *create(const InboundChoice &choice, const QString &clientToken,
                     std::function<void(const InboundEndpoint &)> made, QObject *parent) override;

    ValueJob<QList<InboundEndpoint>> *readEndpointsToService() override;
    QString deleteQuestion(const InboundEndpoint &endpoint) const override;
    QString deleteCommand(const InboundEndpoint &endpoint) const override;
    SendOnce *remove(const QString &endpointId,
                     std::function<void(const QString &sentence)> refused,
                     QObject *parent) override;
    bool modifiable() const override { return true; }
    QString modifyQuestion(const InboundEndpoint &endpoint,
                           const InboundChoice &choice) const override;
    QString modifyCommand(const InboundEndpoint &endpoint,
                          const InboundChoice &choice) const override;
    SendOnce *modify(const InboundEndpoint &endpoint, const InboundChoice &choice,
                     QObject *parent) override;
    ValueJob<InboundEndpoint> *readEndpoint(const QString &endpointId) override;
    QString terraform(const InboundEndpoint &endpoint) const override;

    /// EC2's endpoint in the shape the windows share.
    static InboundEndpoint shared(const AwsVpcEndpoint &endpoint);
    const AwsInboundFacts &facts() const { return m_facts; }

private:
    AwsEndpointRequest request(const InboundChoice &choice, const QString &clientToken) const;
    QString dnsAttributeOff() const;

    AwsAccount *m_account;
    QList<AwsVpc> m_vpcs;
    AwsInboundFacts m_facts;
    QHash<QString, AwsVpcEndpoint> m_seen; ///< the endpoints made or read, by ID
};

} // namespace plc
