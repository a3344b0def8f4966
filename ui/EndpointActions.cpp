#include "ui/EndpointActions.h"

#include "ui/EndpointDoctorDialog.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/PrivateEndpointTarget.h"
#include "models/TextFilterProxy.h"

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
{
    m_menu->setObjectName(u"menuEndpoints"_s);
    m_connect->setObjectName(u"actionConnectPrivateEndpoint"_s);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_other->setObjectName(u"actionOtherServiceEndpoint"_s);
    m_check->setObjectName(u"actionCheckEndpoint"_s);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_menu->addAction(m_connect);
    m_menu->addAction(m_other);
    m_menu->addSeparator();
    m_menu->addAction(m_check);
    m_menu->setToolTipsVisible(true);
    connect(m_connect, &QAction::triggered, this, &EndpointActions::openForCluster);
    connect(m_other, &QAction::triggered, this, &EndpointActions::openForOtherService);
    connect(m_check, &QAction::triggered, this, &EndpointActions::openDoctor);
    retranslate();
}

void EndpointActions::setCluster(const std::optional<Cluster> &cluster)
{
    m_cluster = cluster;
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
}

void EndpointActions::retranslate()
{
    m_menu->setTitle(tr("Private &Endpoints"));
    m_connect->setText(tr("Connect via &Private Endpoint…"));
    m_other->setText(tr("Private Endpoint to &Another Service…"));
    m_other->setToolTip(tr("For a service the API does not list, such as a MatrixOne Cloud "
                           "instance; kept in this profile."));
    m_check->setText(tr("&Check Endpoint…"));
    m_check->setToolTip(tr("Check whether a database answers at a host and port."));
    update();
}

PrivateEndpointWizard *EndpointActions::openForCluster()
{
    const auto target = m_cluster ? PrivateEndpointTarget::fromCluster(*m_cluster) : std::nullopt;
    if (!target)
        return nullptr;
    auto *wizard = new PrivateEndpointWizard(*target, m_accounts, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

PrivateEndpointWizard *EndpointActions::openForOtherService()
{
    auto *wizard = new PrivateEndpointWizard(m_profile, m_accounts, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

EndpointDoctorDialog *EndpointActions::openDoctor()
{
    if (!m_doctor) {
        m_doctor = new EndpointDoctorDialog(m_window);
        m_doctor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_doctor->show();
    m_doctor->raise();
    m_doctor->activateWindow();
    return m_doctor;
}

} // namespace plc
