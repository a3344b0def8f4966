#pragma once

#include "providers/InboundSession.h"
#include "providers/alibaba/AlibabaInboundChecks.h"

#include <QHash>

namespace plc {

class AlibabaAccount;

/// A private endpoint into a target on Alibaba Cloud (InboundSession): VPCs and their
/// vSwitches by zone, ECS security groups and their rules, PrivateLink's interface endpoints
/// (AlibabaInboundService), judged by AlibabaInboundChecks. Its fix: the port opened from the
/// VPC's addresses (`openPort`) in a group no cloud product manages. The endpoint's domain is
/// the host to connect to; private DNS is the service's, not a choice.
class AlibabaInboundSession final : public InboundSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaInboundSession)

public:
    AlibabaInboundSession(AlibabaAccount *account, const PrivateEndpointTarget &target,
                          QObject *parent);

    ProviderAccount *account() const override;
    QString placesName() const override;
    QString placesLabel() const override;
    QString commandName() const override;
    QString confirmationDetail(const QString &command) const override;
    bool offersPrivateDns() const override { return false; }

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
    ValueJob<InboundEndpoint> *readEndpoint(const QString &endpointId) override;
    QString terraform(const InboundEndpoint &endpoint) const override;

    /// EC2's endpoint in the shape the windows share.
    static InboundEndpoint shared(const AlibabaVpcEndpoint &endpoint);
    const AlibabaInboundFacts &facts() const { return m_facts; }

private:
    AlibabaEndpointRequest request(const InboundChoice &choice, const QString &clientToken) const;

    AlibabaAccount *m_account;
    QList<AlibabaVpc> m_vpcs;
    AlibabaInboundFacts m_facts;
    QHash<QString, AlibabaVpcEndpoint> m_seen; ///< the endpoints made or read, by ID
    QHash<QString, QStringList> m_groupsOf;    ///< the groups of the endpoints made here
};

} // namespace plc
