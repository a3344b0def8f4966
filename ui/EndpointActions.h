#pragma once

#include "diagnostics/EndpointDoctor.h"
#include "domain/Cluster.h"

#include "providers/ProviderAccounts.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace plc {

class EndpointDoctorDialog;
class InboundEndpointsDialog;
class PrivateEndpointWizard;

/// The Private Endpoints menu: Connect via Private Endpoint… for the selected cluster (disabled,
/// with the reason as tooltip, when it has none), Your Endpoints to This Cluster… (the profile's
/// account's endpoints that reach it), Private Endpoint to Another Service… for custom targets
/// kept per profile, and Check Endpoint…. Opens the wizard, the list and the doctor, parented
/// to the main window.
class EndpointActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointActions)

public:
    explicit EndpointActions(QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *connectAction() const { return m_connect; }
    QAction *otherServiceAction() const { return m_other; }
    QAction *checkAction() const { return m_check; }
    QAction *yourEndpointsAction() const { return m_yours; }

    void setCluster(const std::optional<Cluster> &cluster);
    /// The profile whose custom targets are offered ("" for a run with --api-url).
    void setProfile(const QString &profile) { m_profile = profile; }
    /// The profile's cloud provider accounts: with one configured, the wizard makes the
    /// endpoint itself.
    void setAccounts(const ProviderAccounts &accounts);
    /// In sandbox mode, the sandbox's answer for the names it made, for every doctor opened
    /// from here (see EndpointDoctor::setStandInLookup); none otherwise.
    void setStandInLookup(StandInLookup lookup);
    void retranslate();

    /// The wizard for the selected cluster.
    PrivateEndpointWizard *openForCluster();
    /// The endpoints of the profile's account with the cluster's provider that reach it.
    InboundEndpointsDialog *openYourEndpoints();
    PrivateEndpointWizard *openForOtherService();
    EndpointDoctorDialog *openDoctor();

private:
    void update();
    PrivateEndpointWizard *showWizard(PrivateEndpointWizard *wizard);

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_connect;
    QAction *m_other;
    QAction *m_check;
    QAction *m_yours;
    std::optional<Cluster> m_cluster;
    QString m_profile;
    ProviderAccounts m_accounts;
    StandInLookup m_standIns;
    QPointer<EndpointDoctorDialog> m_doctor;
    QPointer<InboundEndpointsDialog> m_yourEndpoints;
};

} // namespace plc
