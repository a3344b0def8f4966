#include "ui/widgets/AccountZonesBar.h"

#include "services/PrivateLinkService.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace plc {

AccountZonesBar::AccountZonesBar(QWidget *parent)
    : QWidget(parent)
    , m_account(new QLabel(this))
    , m_copyAccount(new QToolButton(this))
    , m_zonesLabel(new QLabel(this))
    , m_copyZones(new QToolButton(this))
{
    m_account->setObjectName(u"accountIdLabel"_s);
    m_zonesLabel->setObjectName(u"zonesLabel"_s);
    m_copyAccount->setObjectName(u"copyAccountButton"_s);
    m_copyZones->setObjectName(u"copyZonesButton"_s);
    for (QLabel *label : {m_account, m_zonesLabel}) {
        label->setTextFormat(Qt::PlainText); // the server's account ID and zone IDs
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_account);
    layout->addWidget(m_copyAccount);
    layout->addSpacing(16);
    layout->addWidget(m_zonesLabel);
    layout->addWidget(m_copyZones);
    layout->addStretch();
    connect(m_copyAccount, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_zones.accountId); });
    connect(m_copyZones, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_zones.azIds.join(u", "_s)); });
    retranslate();
}

void AccountZonesBar::setZones(const AvailabilityZones &zones)
{
    m_zones = zones;
    retranslate();
}

void AccountZonesBar::load(PrivateLinkService *service, const QString &clusterId)
{
    auto *job = service->availabilityZones(clusterId);
    job->onFinished(
        this,
        [this](const AvailabilityZones &zones) {
            setZones(zones);
            Q_EMIT loaded(m_zones);
        },
        [this](const ApiError &error) { Q_EMIT loadFailed(error.userMessage()); });
}

void AccountZonesBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountZonesBar::retranslate()
{
    m_copyAccount->setText(tr("Copy"));
    m_copyAccount->setToolTip(tr("Copy the account ID"));
    m_copyZones->setText(tr("Copy"));
    m_copyZones->setToolTip(tr("Copy the availability zones"));
    m_copyAccount->setEnabled(!m_zones.accountId.isEmpty());
    m_copyZones->setEnabled(!m_zones.azIds.isEmpty());
    m_account->setText(tr("TiDB Cloud account ID: %1")
                           .arg(m_zones.accountId.isEmpty() ? u"…"_s : m_zones.accountId));
    m_zonesLabel->setText(tr("Availability zones: %1")
                              .arg(m_zones.azIds.isEmpty() ? u"…"_s : m_zones.azIds.join(u", "_s)));
}

} // namespace plc
