#pragma once

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
class PrivateEndpointWizard;

/// The Private Endpoints menu: Connect via Private Endpoint… for the selected cluster (disabled,
/// with the reason as tooltip, when it has none), Private Endpoint to Another Service… for
/// custom targets kept per profile, and Check Endpoint…. Opens the wizard and the doctor,
/// parented to the main window.
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

    void setCluster(const std::optional<Cluster> &cluster);
    /// The profile whose custom targets are offered ("" for a run with --api-url).
    void setProfile(const QString &profile) { m_profile = profile; }
    /// The profile's cloud provider accounts: with one configured, the wizard makes the
    /// endpoint itself.
    void setAccounts(const ProviderAccounts &accounts) { m_accounts = accounts; }
    void retranslate();

    PrivateEndpointWizard *openForCluster();
    PrivateEndpointWizard *openForOtherService();
    EndpointDoctorDialog *openDoctor();

private:
    void update();

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_connect;
    QAction *m_other;
    QAction *m_check;
    std::optional<Cluster> m_cluster;
    QString m_profile;
    ProviderAccounts m_accounts;
    QPointer<EndpointDoctorDialog> m_doctor;
};

} // namespace plc
