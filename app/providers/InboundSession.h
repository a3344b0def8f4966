#pragma once

#include "base/Job.h"
#include "domain/LinkCheck.h"
#include "domain/PrivateEndpointTarget.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace plc {

class ProviderAccount;
class SendOnce;

/// A network of the user's in the target's region (a VPC), as a list shows it.
struct InboundNetwork
{
    QString id;
    QString label; ///< its ID, name and addresses in one line
};

/// Where an endpoint can have an address: a subnet (AWS) or a vSwitch (Alibaba Cloud), in one
/// zone.
struct InboundPlace
{
    QString id;
    QString label;
    bool inServiceZones = false; ///< only these can be chosen
    bool suggested = false;      ///< one per zone the network shares with the service
};

/// A security group of the network, with whether it lets the target's port in.
struct InboundGroup
{
    QString id;
    QString label; ///< its ID, name, and from where it lets the port in
    bool suggested = false;
};

/// An interface endpoint of the user's account, in the phase every provider has, with the
/// provider's own word for its state.
struct InboundEndpoint
{
    enum class Phase { Making, Usable, Failed, Deleting, Gone };
    QString id;
    QString networkId;
    QString serviceName;
    Phase phase = Phase::Making;
    QString state;  ///< the provider's word(s): `pending`, `Active / Connected`
    QString reason; ///< why it failed, as the provider says it
    QString host;   ///< what applications connect to through it
    QStringList dnsNames;
    /// Its private IP addresses, one per place, where the provider names them with the
    /// endpoint (Alibaba Cloud's zones); empty otherwise.
    QStringList addresses;
    QStringList placeIds;
    QStringList groupIds;
    bool privateDns = false; ///< the service's own name resolves to the endpoint in its VPC
    /// Its groups that let the target's port in (none: nothing can reach the database through
    /// it); nothing when their rules were not read.
    std::optional<QStringList> openingGroups;
    QDateTime created;
};

/// What the user chose in the network.
struct InboundChoice
{
    QStringList placeIds;
    QStringList groupIds;
    bool privateDns = true;
    /// Whom a fix that opens the port lets in: the members of this security group; empty: the
    /// network's addresses.
    QString portFrom;
};

/// A change the console can make so that a check passes (DNS hostnames on, the port opened),
/// described for its button and its confirmation.
struct InboundFix
{
    QString id;       ///< stable: the button's object name
    QString button;   ///< "Open Port 4000…"
    QString question; ///< the confirmation's sentence, naming what changes
    QString command;  ///< the same with the provider's CLI, quoted by position
    QString sending;  ///< while it is sent
    QString done;     ///< once it is made
    /// It opens the port, to whom InboundChoice::portFrom says: the window offers the choice.
    bool opensPort = false;
};

/// A private endpoint into a target, made from the console with a profile's account on one
/// cloud: the window's one way to every provider (AwsInboundSession, AlibabaInboundSession).
/// It keeps what it last read of the chosen network; the checks, the fixes and the create
/// judge that. Reads are retried by the provider's client; every change is a SendOnce.
class InboundSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundSession)

public:
    virtual ProviderAccount *account() const = 0;
    const PrivateEndpointTarget &target() const { return m_target; }

    /// The provider's words, translated: "Subnets", "vSwitches"; "AWS CLI command".
    virtual QString placesName() const = 0;
    /// The same as a form's label, whole for its translators: "Subnets:", "vSwitches:".
    virtual QString placesLabel() const = 0;
    virtual QString commandName() const = 0;
    /// "Acting as %1. The same with the AWS CLI: …" for a confirmation.
    virtual QString confirmationDetail(const QString &command) const = 0;
    /// Whether the user chooses private DNS (AWS); otherwise the provider decides.
    virtual bool offersPrivateDns() const = 0;

    /// The networks of the target's region.
    virtual ValueJob<QList<InboundNetwork>> *readNetworks() = 0;
    /// Reads one network (of those readNetworks gave); on success what the session keeps is
    /// replaced, and the job's value is the sentence of a read that failed (the facts are then
    /// incomplete), or empty.
    virtual ValueJob<QString> *readNetwork(const QString &networkId) = 0;
    /// Forgets the network read.
    virtual void forget() = 0;
    virtual bool hasNetwork() const = 0;
    /// The sentence of the last network read that failed part-way; empty when it was whole.
    virtual QString readError() const = 0;
    virtual QList<InboundPlace> places() const = 0;
    virtual QList<InboundGroup> groups() const = 0;

    virtual QList<LinkCheck> checks(const InboundChoice &choice) const = 0;
    /// The fixes the checks call for that the console can make now.
    virtual QList<InboundFix> fixes(const InboundChoice &choice) const = 0;
    /// Sends the fix `id` (one of fixes()), once.
    virtual SendOnce *makeFix(const QString &id, const InboundChoice &choice, QObject *parent) = 0;

    /// The endpoint to the service already in the network that is or will be usable.
    virtual std::optional<InboundEndpoint> reusable() const = 0;
    /// The create's confirmation sentence and command; `clientToken` makes every attempt of one
    /// create the same create.
    virtual QString createQuestion(const InboundChoice &choice) const = 0;
    virtual QString createCommand(const InboundChoice &choice,
                                  const QString &clientToken) const = 0;
    /// Asks the provider whether the create would pass (true), or its refusal.
    virtual ValueJob<bool> *dryRunCreate(const InboundChoice &choice, const QString &clientToken,
                                         QObject *parent) = 0;
    /// Makes the endpoint once; `made` hears of it, also from the read that settles a lost
    /// answer.
    virtual SendOnce *create(const InboundChoice &choice, const QString &clientToken,
                             std::function<void(const InboundEndpoint &)> made,
                             QObject *parent) = 0;

    /// The account's endpoints to the target's service, in every network of the region, each
    /// with its places and groups.
    virtual ValueJob<QList<InboundEndpoint>> *readEndpointsToService() = 0;
    /// The delete's confirmation sentence and command, and the delete, sent once.
    virtual QString deleteQuestion(const InboundEndpoint &endpoint) const = 0;
    virtual QString deleteCommand(const InboundEndpoint &endpoint) const = 0;
    /// `refused` hears the provider's sentence when it answers that it did not delete it.
    virtual SendOnce *remove(const QString &endpointId,
                             std::function<void(const QString &sentence)> refused,
                             QObject *parent) = 0;

    /// Whether an endpoint's places, groups and private DNS can be changed (AWS: yes).
    virtual bool modifiable() const { return false; }
    /// The change from `endpoint` to `choice` (its places, groups, private DNS), as a question
    /// and as a CLI command; empty when nothing would change.
    virtual QString modifyQuestion(const InboundEndpoint &endpoint,
                                   const InboundChoice &choice) const
    {
        Q_UNUSED(endpoint)
        Q_UNUSED(choice)
        return {};
    }
    virtual QString modifyCommand(const InboundEndpoint &endpoint,
                                  const InboundChoice &choice) const
    {
        Q_UNUSED(endpoint)
        Q_UNUSED(choice)
        return {};
    }
    /// Sends that change once; null when nothing would change.
    virtual SendOnce *modify(const InboundEndpoint &endpoint, const InboundChoice &choice,
                             QObject *parent)
    {
        Q_UNUSED(endpoint)
        Q_UNUSED(choice)
        Q_UNUSED(parent)
        return nullptr;
    }

    /// One endpoint again, to follow it; Phase::Gone when the provider no longer has it.
    virtual ValueJob<InboundEndpoint> *readEndpoint(const QString &endpointId) = 0;
    /// Terraform for the endpoint and the rules the console added, with real IDs and import
    /// blocks; generated, never applied.
    virtual QString terraform(const InboundEndpoint &endpoint) const = 0;

protected:
    InboundSession(const PrivateEndpointTarget &target, QObject *parent)
        : QObject(parent)
        , m_target(target)
    {}

    /// The question of the fix that lets TCP `port` into `group`: from the network's
    /// addresses `cidr`, or from the members of `from` when it names a group. Every provider
    /// asks it in these words.
    static QString openPortQuestion(int port, const QString &group, const QString &cidr,
                                    const QString &from)
    {
        return from.isEmpty()
                   ? tr("Let TCP %1 into security group %2 from the VPC's addresses (%3)?")
                         .arg(QString::number(port), group, cidr)
                   : tr("Let TCP %1 into security group %2 from the members of security group "
                        "%3?")
                         .arg(QString::number(port), group, from);
    }

private:
    PrivateEndpointTarget m_target;
};

} // namespace plc
