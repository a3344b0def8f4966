#include "ui/providers/InboundEndpointView.h"

#include "models/TextFilterProxy.h"
#include "ui/providers/TerraformCopy.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "domain/EndpointCommands.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int FirstFollowMs = 2000;
constexpr int LongestFollowMs = 30'000;
constexpr qint64 FollowForMs = 20 * 60 * 1000;
} // namespace

InboundEndpointView::InboundEndpointView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_id(new CopyField(u"inboundEndpointId"_s, tr("Endpoint ID"), this))
    , m_host(new CopyField(u"inboundEndpointHost"_s, tr("Host to connect to"), this))
    , m_dnsNames(WizardParts::textLabel(u"inboundEndpointDnsNames"_s, this))
    , m_allowlist(new QLabel(this))
    , m_doctorIntro(WizardParts::textLabel(u"inboundDoctorIntro"_s, this))
    , m_doctor(new CommandBox(u"inboundDoctorCommand"_s, tr("Connectivity check command"), 1, this))
    , m_hostsIntro(WizardParts::textLabel(u"inboundHostsIntro"_s, this))
    , m_hosts(new CommandBox(u"inboundHostsLines"_s, tr("Hosts file lines"), 2, this))
    , m_terraform(new QPushButton(tr("Copy as Terraform"), this))
{
    setObjectName(u"inboundEndpointView"_s);
    m_status->setObjectName(u"inboundEndpointStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_allowlist->setObjectName(u"inboundEndpointAllowlist"_s);
    NoteLabel::setUp(m_allowlist, NoteLabel::Kind::Attention);
    m_dnsNames->setTextFormat(Qt::PlainText);
    m_terraform->setObjectName(u"inboundCopyTerraform"_s);
    m_terraform->setToolTip(tr("Terraform for what was made, with its real IDs and import "
                               "blocks. The console never applies it."));
    // The notes are outside the form: a form row shares the page's height out to a wrapped
    // label, which then stands taller than its text.
    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint ID:"), m_id);
    form->addRow(tr("Connect to:"), m_host);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_terraform);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_dnsNames);
    layout->addWidget(m_allowlist);
    layout->addWidget(m_doctorIntro);
    layout->addWidget(m_doctor);
    layout->addWidget(m_hostsIntro);
    layout->addWidget(m_hosts);
    layout->addLayout(buttons);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InboundEndpointView::follow);
    connect(m_terraform, &QPushButton::clicked, this, &InboundEndpointView::copyTerraform);
    hide();
}

bool InboundEndpointView::settled() const
{
    using P = InboundEndpoint::Phase;
    return !m_endpoint || m_endpoint->phase == P::Usable || m_endpoint->phase == P::Failed ||
           m_endpoint->phase == P::Gone;
}

void InboundEndpointView::clear()
{
    m_timer.stop();
    if (m_read)
        m_read->cancel(); // a late answer must not bring the endpoint back
    m_endpoint.reset();
    hide();
    Q_EMIT changed();
}

void InboundEndpointView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!settled() && !m_timer.isActive() && !m_read)
        m_timer.start(m_delayMs);
}

void InboundEndpointView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop(); // nothing is read for a page nobody sees
}

void InboundEndpointView::track(InboundSession *session, const InboundEndpoint &endpoint)
{
    if (m_read)
        m_read->cancel();
    m_session = session;
    if (!m_endpoint || m_endpoint->id != endpoint.id) {
        m_notFound = 0;
        m_delayMs = FirstFollowMs;
        m_clock.start();
    }
    display(endpoint);
    show();
    if (!settled())
        m_timer.start(m_delayMs);
}

void InboundEndpointView::display(const InboundEndpoint &endpoint)
{
    using P = InboundEndpoint::Phase;
    const PrivateEndpointTarget target = m_session ? m_session->target() : PrivateEndpointTarget();
    const QString provider = m_session ? m_session->account()->provider().name() : QString();
    m_endpoint = endpoint;
    // With private DNS the target's own host reaches the endpoint; otherwise its own name.
    const QString host = endpoint.host.isEmpty() ? target.host : endpoint.host;
    m_id->setValue(endpoint.id);
    m_host->setValue(host);
    switch (endpoint.phase) {
    case P::Usable:
        m_status->setText(
            tr("Endpoint %1 can be used: connect to %2, port %3, from VPC %4.")
                .arg(endpoint.id, host, QString::number(target.port), endpoint.networkId));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Success);
        break;
    case P::Failed:
        m_status->setText(
            endpoint.reason.isEmpty()
                ? tr("Endpoint %1 cannot be used (%2: %3). The provider gives no reason.")
                      .arg(endpoint.id, provider, endpoint.state)
                : tr("Endpoint %1 cannot be used (%2: %3). %4")
                      .arg(endpoint.id, provider, endpoint.state, endpoint.reason));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
        break;
    case P::Deleting:
    case P::Gone:
        m_status->setText(
            endpoint.phase == P::Gone
                ? tr("Endpoint %1 no longer exists on %2.").arg(endpoint.id, provider)
                : tr("Endpoint %1 is being deleted on %2.").arg(endpoint.id, provider));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
        break;
    case P::Making:
        m_status->setText(tr("Endpoint %1 is being made (%2: %3); the console checks again "
                             "shortly.")
                              .arg(endpoint.id, provider, endpoint.state));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Attention);
        break;
    }
    m_status->show();
    m_dnsNames->setText(tr("DNS names:\n%1").arg(endpoint.dnsNames.join(u'\n')));
    m_dnsNames->setVisible(!endpoint.dnsNames.isEmpty());
    m_allowlist->setText(
        tr("If the cluster allows only some private endpoints (an Essential cluster's allowlist, "
           "set in the TiDB Cloud console), add %1 to it.")
            .arg(endpoint.id));
    m_allowlist->setVisible(endpoint.phase != P::Gone);
    // Usable: the doctor, run where the applications are, says whether the database answers.
    PrivateEndpointTarget reached = target;
    reached.host = host;
    m_doctorIntro->setText(
        tr("From a machine in VPC %1, check that the database answers through the endpoint:")
            .arg(endpoint.networkId));
    m_doctor->setCommand(EndpointCommands::checkCommand(reached));
    m_doctorIntro->setVisible(endpoint.phase == P::Usable);
    m_doctor->setVisible(endpoint.phase == P::Usable);
    // Reached by a name of its own: the target's name (the one the connection strings and TLS
    // use) is mapped to the endpoint's addresses by hand, as the documents do it.
    QStringList hostsLines;
    if (endpoint.phase == P::Usable && !endpoint.host.isEmpty() && endpoint.host != target.host) {
        for (const QString &address : endpoint.addresses) {
            if (const QString line = EndpointCommands::hostsLine(address, target); !line.isEmpty())
                hostsLines.append(line);
        }
    }
    m_hostsIntro->setText(
        tr("To connect to %1 by its own name, as the connection strings and TLS expect, add "
           "these lines to /etc/hosts on each machine in VPC %2:")
            .arg(target.host, endpoint.networkId));
    m_hosts->setCommand(hostsLines.join(u'\n'));
    m_hostsIntro->setVisible(!hostsLines.isEmpty());
    m_hosts->setVisible(!hostsLines.isEmpty());
    m_terraform->setVisible(endpoint.phase != P::Gone && endpoint.phase != P::Deleting);
    Q_EMIT changed();
}

void InboundEndpointView::copyTerraform()
{
    if (!m_session || !m_endpoint)
        return;
    TerraformCopy::copy(m_session, m_endpoint->id, m_terraform, [this](const QString &problem) {
        m_terraform->setToolTip(
            TextFilterProxy::plainToolTip(problem.isEmpty() ? tr("Copied.") : problem));
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
        }
    });
}

void InboundEndpointView::again()
{
    m_timer.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, LongestFollowMs);
}

void InboundEndpointView::follow()
{
    if (settled() || !m_session)
        return;
    if (m_clock.elapsed() > FollowForMs) {
        m_status->setText(tr("Endpoint %1 is still being made after 20 minutes (%2). Check it in "
                             "the provider's console.")
                              .arg(m_endpoint->id, m_endpoint->state));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
        return;
    }
    auto *job = m_session->readEndpoint(m_endpoint->id);
    m_read = job;
    job->onFinished(
        this,
        [this](const InboundEndpoint &found) {
            using P = InboundEndpoint::Phase;
            // A provider's reads can lag behind its changes: an endpoint just made may not be
            // found yet. Gone only once it was being deleted; until then, read again.
            // Three answers in a row are no lag: it was deleted from elsewhere.
            m_notFound = found.phase == P::Gone ? m_notFound + 1 : 0;
            if (found.phase == P::Gone && m_endpoint && m_endpoint->phase != P::Deleting &&
                m_notFound < 3) {
                again();
                return;
            }
            InboundEndpoint shown = found;
            if (found.phase == P::Gone && m_endpoint)
                shown.networkId = m_endpoint->networkId;
            display(shown);
            if (!settled())
                again();
        },
        [this](const ApiError &error) {
            // The last state stays on screen; the sentence says the read failed.
            m_status->setText(tr("The endpoint could not be read: %1").arg(error.userMessage()));
            NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
            again();
        });
}

} // namespace plc
