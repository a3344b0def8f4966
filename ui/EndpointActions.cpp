#include "ui/EndpointActions.h"

#include "ui/EndpointDoctorDialog.h"
#include "ui/providers/InboundEndpointsDialog.h"
#include "ui/widgets/EndpointDoctorWidget.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/PrivateEndpointTarget.h"
#include "models/TextFilterProxy.h"
#include "providers/ProviderAccount.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace plc {

EndpointActions::EndpointActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_connect(new QAction(this))
    , m_other(new QAction(this))
    , m_check(new QAction(this))
    , m_yours(new QAction(this))
{
    m_menu->setObjectName(u"menuEndpoints"_s);
    m_connect->setObjectName(u"actionConnectPrivateEndpoint"_s);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_other->setObjectName(u"actionOtherServiceEndpoint"_s);
    m_check->setObjectName(u"actionCheckEndpoint"_s);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_yours->setObjectName(u"actionYourEndpoints"_s);
    m_menu->addAction(m_connect);
    m_menu->addAction(m_yours);
    m_menu->addAction(m_other);
    m_menu->addSeparator();
    m_menu->addAction(m_check);
    m_menu->setToolTipsVisible(true);
    connect(m_connect, &QAction::triggered, this, &EndpointActions::openForCluster);
    connect(m_yours, &QAction::triggered, this, &EndpointActions::openYourEndpoints);
    connect(m_other, &QAction::triggered, this, &EndpointActions::openForOtherService);
    connect(m_check, &QAction::triggered, this, &EndpointActions::openDoctor);
    retranslate();
}

void EndpointActions::setCluster(const std::optional<Cluster> &cluster)
{
    m_cluster = cluster;
    update();
}

void EndpointActions::setAccounts(const ProviderAccounts &accounts)
{
    m_accounts = accounts;
    // An account chosen or changed in the profile dialog enables the list, or disables it.
    for (ProviderAccount *account : accounts.all())
        connect(account, &ProviderAccount::changed, this, &EndpointActions::update,
                Qt::UniqueConnection);
    update();
}

void EndpointActions::update()
{
    const QString why =
        !m_cluster ? tr("Select a cluster first.") : PrivateEndpointTarget::whyNot(*m_cluster);
    m_connect->setEnabled(why.isEmpty());
    // Both name the cluster as the server calls it: shown as text, never as markup.
    m_connect->setToolTip(TextFilterProxy::plainToolTip(
        why.isEmpty() ? tr("Set up a private endpoint from your VPC to %1 and check that it "
                           "answers.")
                            .arg(m_cluster->displayName)
                      : why));
    // The list needs the profile's account with the cluster's provider as well.
    const auto target = m_cluster ? PrivateEndpointTarget::fromCluster(*m_cluster) : std::nullopt;
    ProviderAccount *account = target ? m_accounts.forCloud(target->provider) : nullptr;
    const bool listable =
        why.isEmpty() && account && account->isConfigured() && account->makesInboundEndpoints();
    m_yours->setEnabled(listable);
    m_yours->setToolTip(
        !why.isEmpty() ? TextFilterProxy::plainToolTip(why)
        : listable     ? TextFilterProxy::plainToolTip(
                             tr("The interface endpoints of %1 that reach this cluster, in every "
                                    "VPC.")
                                 .arg(account->description()))
                   : tr("Choose the profile's account with the cluster's cloud provider "
                        "first (Profiles…)."));
}

void EndpointActions::retranslate()
{
    m_menu->setTitle(tr("Private &Endpoints"));
    m_connect->setText(tr("Connect via &Private Endpoint…"));
    m_other->setText(tr("Private Endpoint to &Another Service…"));
    m_other->setToolTip(tr("For a service the API does not list, such as a MatrixOne Cloud "
                           "instance; kept in this profile."));
    m_yours->setText(tr("&Your Endpoints to This Cluster…"));
    m_check->setText(tr("&Check Endpoint…"));
    m_check->setToolTip(tr("Check whether a database answers at a host and port."));
    update();
}

PrivateEndpointWizard *EndpointActions::openForCluster()
{
    const auto target = m_cluster ? PrivateEndpointTarget::fromCluster(*m_cluster) : std::nullopt;
    if (!target)
        return nullptr;
    return showWizard(new PrivateEndpointWizard(*target, m_accounts, m_window));
}

PrivateEndpointWizard *EndpointActions::showWizard(PrivateEndpointWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setStandInLookup(m_standIns);
    wizard->show();
    return wizard;
}

void EndpointActions::setStandInLookup(StandInLookup lookup)
{
    m_standIns = std::move(lookup);
    if (m_doctor)
        m_doctor->doctor()->doctor()->setStandInLookup(m_standIns);
}

InboundEndpointsDialog *EndpointActions::openYourEndpoints()
{
    const auto target = m_cluster ? PrivateEndpointTarget::fromCluster(*m_cluster) : std::nullopt;
    ProviderAccount *account = target ? m_accounts.forCloud(target->provider) : nullptr;
    if (!account || !account->isConfigured() || !account->makesInboundEndpoints())
        return nullptr;
    // One list at a time: two could each send the same change.
    if (m_yourEndpoints && m_yourEndpoints->target() == *target) {
        m_yourEndpoints->raise();
        m_yourEndpoints->activateWindow();
        return m_yourEndpoints;
    }
    if (m_yourEndpoints) {
        m_yourEndpoints->reject(); // stays while a change of its own is open
        if (m_yourEndpoints->isVisible())
            return m_yourEndpoints;
    }
    auto *dialog = new InboundEndpointsDialog(account, *target, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InboundEndpointsDialog::connectWithRequested, this,
            [this](const PrivateEndpointTarget &endpointTarget) {
                auto *wizard = new PrivateEndpointWizard(endpointTarget, m_accounts, m_window);
                wizard->setStartId(PrivateEndpointWizard::ConnectPage);
                showWizard(wizard);
            });
    m_yourEndpoints = dialog;
    dialog->show();
    return dialog;
}

PrivateEndpointWizard *EndpointActions::openForOtherService()
{
    return showWizard(new PrivateEndpointWizard(m_profile, m_accounts, m_window));
}

EndpointDoctorDialog *EndpointActions::openDoctor()
{
    if (!m_doctor) {
        m_doctor = new EndpointDoctorDialog(m_window);
        m_doctor->setAttribute(Qt::WA_DeleteOnClose);
        m_doctor->doctor()->doctor()->setStandInLookup(m_standIns);
    }
    m_doctor->show();
    m_doctor->raise();
    m_doctor->activateWindow();
    return m_doctor;
}

} // namespace plc
