#include "ui/providers/aws/AwsEndpointView.h"

#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "providers/aws/AwsInboundService.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int FirstFollowMs = 2000;
constexpr int LongestFollowMs = 30'000;
constexpr qint64 FollowForMs = 20 * 60 * 1000;

bool settled(const QString &state)
{
    return state == "available"_L1 || state == "failed"_L1 || state == "rejected"_L1;
}
} // namespace

AwsEndpointView::AwsEndpointView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_id(new CopyField(u"awsEndpointId"_s, tr("Endpoint ID"), this))
    , m_dnsNames(WizardParts::textLabel(u"awsEndpointDnsNames"_s, this))
    , m_allowlist(new QLabel(this))
{
    setObjectName(u"awsEndpointView"_s);
    m_status->setObjectName(u"awsEndpointStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_allowlist->setObjectName(u"awsEndpointAllowlist"_s);
    NoteLabel::setUp(m_allowlist, NoteLabel::Kind::Attention);
    m_dnsNames->setTextFormat(Qt::PlainText);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_status);
    layout->addRow(tr("Endpoint ID:"), m_id);
    layout->addRow(QString(), m_dnsNames);
    layout->addRow(QString(), m_allowlist);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AwsEndpointView::follow);
    hide();
}

void AwsEndpointView::clear()
{
    m_timer.stop();
    if (m_read)
        m_read->cancel(); // a late answer must not bring the endpoint back
    m_endpoint.reset();
    hide();
    emit changed();
}

void AwsEndpointView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_endpoint && !settled(m_endpoint->state) && !m_timer.isActive() && !m_read)
        m_timer.start(m_delayMs);
}

void AwsEndpointView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop(); // nothing is read for a page nobody sees
}

void AwsEndpointView::track(AwsAccount *account, const PrivateEndpointTarget &target,
                            const AwsVpcEndpoint &endpoint)
{
    if (m_read)
        m_read->cancel();
    m_account = account;
    m_target = target;
    if (!m_endpoint || m_endpoint->endpointId != endpoint.endpointId) {
        m_delayMs = FirstFollowMs;
        m_clock.start();
    }
    display(endpoint);
    show();
    if (!settled(endpoint.state))
        m_timer.start(m_delayMs);
}

void AwsEndpointView::display(const AwsVpcEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_id->setValue(endpoint.endpointId);
    const QString state = endpoint.state;
    if (state == "available"_L1) {
        m_status->setText(tr("Endpoint %1 is available: connect to %2, port %3, from VPC %4.")
                              .arg(endpoint.endpointId, m_target.host,
                                   QString::number(m_target.port), endpoint.vpcId));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Success);
    } else if (state == "failed"_L1 || state == "rejected"_L1) {
        m_status->setText(tr("Endpoint %1 is %2 on AWS: %3")
                              .arg(endpoint.endpointId, state,
                                   endpoint.lastError.isEmpty() ? tr("AWS gives no reason.")
                                                                : endpoint.lastError));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
    } else {
        m_status->setText(tr("Endpoint %1 is %2 on AWS; the console checks again shortly.")
                              .arg(endpoint.endpointId, state));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Attention);
    }
    m_status->show();
    m_dnsNames->setText(tr("DNS names:\n%1").arg(endpoint.dnsNames.join(u'\n')));
    m_allowlist->setText(
        tr("If the cluster allows only some private endpoints (an Essential cluster's allowlist, "
           "set in the TiDB Cloud console), add %1 to it.")
            .arg(endpoint.endpointId));
    m_allowlist->show();
    emit changed();
}

void AwsEndpointView::again()
{
    m_timer.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, LongestFollowMs);
}

void AwsEndpointView::follow()
{
    if (!m_endpoint || !m_account || settled(m_endpoint->state))
        return;
    if (m_clock.elapsed() > FollowForMs) {
        m_status->setText(
            tr("Endpoint %1 is still %2 after 20 minutes. Check it in the VPC console.")
                .arg(m_endpoint->endpointId, m_endpoint->state));
        NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
        return;
    }
    AwsInboundService service(m_account);
    auto *job = service.endpoints(m_target.regionId, {m_endpoint->endpointId});
    m_read = job;
    job->onFinished(
        this,
        [this](const QList<AwsVpcEndpoint> &found) {
            if (!found.isEmpty())
                display(found.first());
            if (m_endpoint && !settled(m_endpoint->state))
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
