#include "ui/providers/InboundModifyDialog.h"

#include "models/TextFilterProxy.h"
#include "ui/providers/ConfirmedChanges.h"
#include "ui/widgets/NoteLabel.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QStringList modifyChecked(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}
} // namespace

InboundModifyDialog::InboundModifyDialog(InboundSession *session, const InboundEndpoint &endpoint,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_endpoint(endpoint)
    , m_status(new QLabel(this))
    , m_places(new QListWidget(this))
    , m_groups(new QListWidget(this))
    , m_privateDns(new QCheckBox(tr("Enable private DNS name (the cluster's host resolves to "
                                    "the endpoint in this VPC)"),
                                 this))
    , m_modify(new QPushButton(tr("Modify…"), this))
    , m_changes(new ConfirmedChanges(this, this))
{
    setObjectName(u"inboundModifyDialog"_s);
    setWindowTitle(tr("Modify Endpoint %1").arg(endpoint.id));
    m_changes->setProvider(session->account()->provider().name());
    m_status->setObjectName(u"inboundModifyStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_places->setObjectName(u"inboundModifyPlaces"_s);
    m_places->setAccessibleName(session->placesName());
    m_groups->setObjectName(u"inboundModifyGroups"_s);
    m_groups->setAccessibleName(tr("Security groups"));
    m_privateDns->setObjectName(u"inboundModifyPrivateDns"_s);
    m_privateDns->setVisible(session->offersPrivateDns());
    m_privateDns->setChecked(endpoint.privateDns);
    m_modify->setObjectName(u"inboundModify"_s);
    m_modify->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(session->placesLabel(), m_places);
    form->addRow(tr("Security groups:"), m_groups);
    form->addRow(QString(), m_privateDns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_modify, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Endpoint %1 in VPC %2.").arg(endpoint.id, endpoint.networkId), this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modify, &QPushButton::clicked, this, &InboundModifyDialog::modify);
    connect(m_changes, &ConfirmedChanges::status, this, &InboundModifyDialog::setStatus);
    connect(m_changes, &ConfirmedChanges::busyChanged, this,
            [this] { m_modify->setEnabled(m_complete && !m_changes->changing() && !m_read); });
    // Another account: nothing asked or sent here goes on with it.
    connect(session->account(), &ProviderAccount::changed, this, [this] {
        m_changes->abandonAll();
        QDialog::reject();
    });
    resize(760, 420);
    read();
}

void InboundModifyDialog::reject()
{
    if (m_changes->holdsOpen()) {
        setStatus(tr("The change is on its way, or it is not known yet whether it was made: "
                     "wait for it, or press Modify again to read whether it was made, then "
                     "close."),
                  int(NoteLabel::Kind::Problem));
        return;
    }
    QDialog::reject();
}

InboundModifyDialog::~InboundModifyDialog()
{
    if (m_read)
        m_read->cancel();
    m_changes->abandonAll();
}

void InboundModifyDialog::setStatus(const QString &text, int kind)
{
    m_status->setText(text);
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setVisible(!text.isEmpty());
}

void InboundModifyDialog::read()
{
    if (!m_session)
        return;
    // The session knows a VPC once it has listed the region's: the list first, then the VPC.
    setStatus(tr("Reading VPC %1…").arg(m_endpoint.networkId), int(NoteLabel::Kind::Attention));
    auto *networks = m_session->readNetworks();
    m_read = networks;
    const auto failed = [this](const ApiError &error) {
        m_read.clear();
        setStatus(tr("The VPC or the endpoint could not be read: %1").arg(error.userMessage()),
                  int(NoteLabel::Kind::Problem));
    };
    networks->onFinished(
        this,
        [this, failed](const QList<InboundNetwork> &) {
            auto *network = m_session->readNetwork(m_endpoint.networkId);
            m_read = network;
            network->onFinished(
                this,
                [this, failed](const QString &readError) {
                    // The endpoint itself read again too: ticked from the list's older read,
                    // a subnet added since would show unticked, and be removed.
                    auto *endpoint = m_session->readEndpoint(m_endpoint.id);
                    m_read = endpoint;
                    endpoint->onFinished(
                        this,
                        [this, readError](const InboundEndpoint &fresh) {
                            m_read.clear();
                            if (fresh.phase == InboundEndpoint::Phase::Gone ||
                                fresh.phase == InboundEndpoint::Phase::Deleting) {
                                setStatus(tr("Endpoint %1 no longer exists, or is being "
                                             "deleted: there is nothing to change.")
                                              .arg(m_endpoint.id),
                                          int(NoteLabel::Kind::Problem));
                                return;
                            }
                            m_endpoint = fresh;
                            display();
                            // Part of the VPC unread (its groups, say): no change is offered
                            // from it, or what was not read would be taken for unticked.
                            m_complete = readError.isEmpty();
                            m_modify->setEnabled(m_complete && !m_changes->changing());
                            setStatus(readError, int(NoteLabel::Kind::Problem));
                        },
                        failed);
                },
                failed);
        },
        failed);
}

void InboundModifyDialog::display()
{
    m_places->clear();
    m_groups->clear();
    const QString zones = m_session->target().zoneIds.join(u", "_s);
    for (const InboundPlace &place : m_session->places()) {
        auto *item = new QListWidgetItem(place.label, m_places);
        item->setData(Qt::UserRole, place.id);
        const bool chosen = m_endpoint.placeIds.contains(place.id);
        // A place outside the service's zones cannot be added; one the endpoint has can go.
        item->setFlags(place.inServiceZones || chosen ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                                      : Qt::NoItemFlags);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (!place.inServiceZones)
            item->setToolTip(
                TextFilterProxy::plainToolTip(tr("Not in the service's zones (%1).").arg(zones)));
    }
    for (const InboundGroup &group : m_session->groups()) {
        auto *item = new QListWidgetItem(group.label, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_endpoint.groupIds.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_modify->setEnabled(m_complete && !m_changes->changing());
}

InboundChoice InboundModifyDialog::choice() const
{
    // What the endpoint has that the lists do not show stays: only what was shown and
    // unticked is removed.
    const auto keepUnshown = [](const QListWidget *list, const QStringList &had) {
        QStringList ids = modifyChecked(list);
        for (const QString &id : had) {
            bool shown = false;
            for (int i = 0; i < list->count(); ++i)
                shown = shown || list->item(i)->data(Qt::UserRole).toString() == id;
            if (!shown && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    };
    return {keepUnshown(m_places, m_endpoint.placeIds),
            keepUnshown(m_groups, m_endpoint.groupIds),
            m_session && m_session->offersPrivateDns() ? m_privateDns->isChecked()
                                                       : m_endpoint.privateDns,
            {}};
}

void InboundModifyDialog::modify()
{
    if (!m_session || m_changes->settle(u"inboundModify"_s) || !m_complete)
        return;
    const InboundChoice chosen = choice();
    if (chosen.placeIds.isEmpty()) {
        setStatus(tr("Keep at least one subnet or vSwitch: an endpoint needs an address in a "
                     "zone of the service."),
                  int(NoteLabel::Kind::Problem));
        return;
    }
    const QString question = m_session->modifyQuestion(m_endpoint, chosen);
    if (question.isEmpty()) {
        setStatus(tr("Nothing would change: tick or untick something first."),
                  int(NoteLabel::Kind::Attention));
        return;
    }
    m_changes->confirm(u"inboundModify"_s, question,
                       m_session->confirmationDetail(m_session->modifyCommand(m_endpoint, chosen)),
                       [this, chosen] {
                           if (!m_session)
                               return;
                           m_changes->run(
                               u"inboundModify"_s, m_session->modify(m_endpoint, chosen, this),
                               tr("Changing endpoint %1…").arg(m_endpoint.id),
                               tr("Endpoint %1 changed.").arg(m_endpoint.id), [this] { accept(); });
                       });
}

} // namespace plc
