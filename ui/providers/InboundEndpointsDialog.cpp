#include "ui/providers/InboundEndpointsDialog.h"

#include "models/TextFilterProxy.h"
#include "ui/providers/ConfirmedChanges.h"
#include "ui/providers/InboundModifyDialog.h"
#include "ui/providers/TerraformCopy.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/SendOnce.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
// Whether the port is open beside the state: both say whether the endpoint can serve.
enum Column {
    IdColumn,
    StateColumn,
    PortColumn,
    VpcColumn,
    PlacesColumn,
    GroupsColumn,
    DnsColumn,
    Created
};

QString phaseWord(InboundEndpoint::Phase phase)
{
    using P = InboundEndpoint::Phase;
    switch (phase) {
    case P::Making:
        return InboundEndpointsDialog::tr("Being made");
    case P::Usable:
        return InboundEndpointsDialog::tr("Usable");
    case P::Failed:
        return InboundEndpointsDialog::tr("Cannot be used");
    case P::Deleting:
        return InboundEndpointsDialog::tr("Being deleted");
    case P::Gone:
        return InboundEndpointsDialog::tr("Gone");
    }
    return {};
}
} // namespace

InboundEndpointsDialog::InboundEndpointsDialog(ProviderAccount *account,
                                               const PrivateEndpointTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_session(account->newInboundSession(target, this))
    , m_account(WizardParts::textLabel(u"inboundEndpointsAccount"_s, this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Read Again"), this))
    , m_modify(new QPushButton(tr("Modify…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_terraform(new QPushButton(tr("Copy as Terraform"), this))
    , m_connectWith(new QPushButton(tr("Connect With…"), this))
    , m_changes(new ConfirmedChanges(this, this))
{
    setObjectName(u"inboundEndpointsDialog"_s);
    setWindowTitle(tr("Your Endpoints to %1").arg(target.name));
    const QString provider = account->provider().name();
    m_changes->setProvider(provider);
    m_account->setText(tr("The interface endpoints of %1 to %2, in every VPC of %3.")
                           .arg(account->description(), target.serviceName, target.regionId));
    m_list->setObjectName(u"inboundEndpointsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Endpoint ID"), tr("State"), tr("Port %1").arg(target.port),
                             tr("VPC"), m_session ? m_session->placesName() : QString(),
                             tr("Security groups"), tr("DNS names"), tr("Created")});
    // The IDs and states as wide as they are; the lists of places, groups and names share the
    // rest, whole in their tooltips.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {PlacesColumn, GroupsColumn, DnsColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 170);
    }
    m_status->setObjectName(u"inboundEndpointsStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_status->hide();
    m_refresh->setObjectName(u"inboundEndpointsRefresh"_s);
    m_modify->setObjectName(u"inboundModifyOpen"_s);
    m_modify->setVisible(m_session && m_session->modifiable());
    m_delete->setObjectName(u"inboundDelete"_s);
    m_terraform->setObjectName(u"inboundEndpointsTerraform"_s);
    m_connectWith->setObjectName(u"inboundConnectWith"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_modify);
    actions->addWidget(m_delete);
    actions->addWidget(m_terraform);
    actions->addStretch();
    actions->addWidget(m_connectWith);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_account);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &InboundEndpointsDialog::readAgain);
    connect(m_delete, &QPushButton::clicked, this, &InboundEndpointsDialog::remove);
    connect(m_modify, &QPushButton::clicked, this, &InboundEndpointsDialog::openModify);
    connect(m_terraform, &QPushButton::clicked, this, &InboundEndpointsDialog::copyTerraform);
    connect(m_connectWith, &QPushButton::clicked, this,
            [this] { Q_EMIT connectWithRequested(m_target); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &InboundEndpointsDialog::updateButtons);
    connect(m_changes, &ConfirmedChanges::status, this, &InboundEndpointsDialog::setStatus);
    connect(m_changes, &ConfirmedChanges::busyChanged, this,
            &InboundEndpointsDialog::updateButtons);
    // Another account: what is listed was read with the old one, and nothing more is done.
    connect(account, &ProviderAccount::changed, this, [this, provider] {
        if (m_read)
            m_read->cancel();
        m_changes->abandonAll();
        m_session.clear();
        setStatus(tr("The %1 account changed: close this window and open it again.").arg(provider),
                  int(NoteLabel::Kind::Problem));
        updateButtons();
    });
    resize(900, 420);
    updateButtons();
    readAgain();
}

InboundEndpointsDialog::~InboundEndpointsDialog()
{
    if (m_read)
        m_read->cancel();
    m_changes->abandonAll();
}

void InboundEndpointsDialog::reject()
{
    if (m_changes->holdsOpen()) {
        setStatus(tr("A change is on its way, or it is not known yet whether it was made: wait "
                     "for it, or press its button again to read whether it was made, then "
                     "close."),
                  int(NoteLabel::Kind::Problem));
        return;
    }
    QDialog::reject();
}

void InboundEndpointsDialog::setStatus(const QString &text, int kind)
{
    m_status->setText(text);
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setVisible(!text.isEmpty());
}

void InboundEndpointsDialog::readAgain()
{
    if (!m_session || m_read)
        return;
    auto *job = m_session->readEndpointsToService();
    m_read = job;
    setStatus(tr("Reading the endpoints…"), int(NoteLabel::Kind::Attention));
    updateButtons();
    job->onFinished(
        this,
        [this](const QList<InboundEndpoint> &endpoints) {
            m_read.clear(); // done: the job goes a moment later
            setStatus(endpoints.isEmpty()
                          ? tr("This account has no endpoint to the cluster's service in %1.")
                                .arg(m_target.regionId)
                          : QString(),
                      int(NoteLabel::Kind::Attention));
            display(endpoints);
        },
        [this](const ApiError &error) {
            m_read.clear();
            // The last list stays; the sentence says the read failed.
            setStatus(tr("The endpoints could not be read: %1").arg(error.userMessage()),
                      int(NoteLabel::Kind::Problem));
            updateButtons();
        });
    job->onCancelled(this, [this] {
        m_read.clear();
        updateButtons();
    });
}

void InboundEndpointsDialog::display(const QList<InboundEndpoint> &endpoints)
{
    const std::optional<InboundEndpoint> before = selected();
    m_endpoints = endpoints;
    m_list->clear();
    for (const InboundEndpoint &endpoint : endpoints) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(IdColumn, endpoint.id);
        item->setText(StateColumn, u"%1 (%2)"_s.arg(phaseWord(endpoint.phase), endpoint.state));
        item->setText(VpcColumn, endpoint.networkId);
        item->setText(PlacesColumn,
                      endpoint.placeIds.isEmpty() ? u"—"_s : endpoint.placeIds.join(u", "_s));
        item->setToolTip(PlacesColumn,
                         TextFilterProxy::plainToolTip(endpoint.placeIds.join(u'\n')));
        item->setText(GroupsColumn,
                      endpoint.groupIds.isEmpty() ? u"—"_s : endpoint.groupIds.join(u", "_s));
        item->setToolTip(GroupsColumn,
                         TextFilterProxy::plainToolTip(endpoint.groupIds.join(u'\n')));
        const QString port = QString::number(m_target.port);
        if (!endpoint.openingGroups) {
            item->setText(PortColumn, u"—"_s);
            item->setToolTip(PortColumn, tr("Its security groups' rules were not read."));
        } else if (endpoint.openingGroups->isEmpty()) {
            item->setText(PortColumn, tr("Not open"));
            item->setToolTip(PortColumn, tr("None of its security groups lets TCP %1 in: nothing "
                                            "reaches the database through it.")
                                             .arg(port));
        } else {
            item->setText(PortColumn, tr("Open"));
            item->setToolTip(PortColumn,
                             TextFilterProxy::plainToolTip(
                                 tr("TCP %1 is let in by %2.")
                                     .arg(port, endpoint.openingGroups->join(u", "_s))));
        }
        item->setText(DnsColumn, endpoint.dnsNames.value(0));
        item->setToolTip(DnsColumn, TextFilterProxy::plainToolTip(endpoint.dnsNames.join(u'\n')));
        item->setText(Created,
                      QLocale().toString(endpoint.created.toLocalTime(), QLocale::ShortFormat));
        if (!endpoint.reason.isEmpty())
            item->setToolTip(StateColumn, TextFilterProxy::plainToolTip(endpoint.reason));
        if (before && before->id == endpoint.id)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

std::optional<InboundEndpoint> InboundEndpointsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    for (const InboundEndpoint &endpoint : m_endpoints) {
        if (endpoint.id == item->text(IdColumn))
            return endpoint;
    }
    return std::nullopt;
}

void InboundEndpointsDialog::updateButtons()
{
    using P = InboundEndpoint::Phase;
    const auto endpoint = selected();
    const bool live = m_session && !m_read && !m_changes->changing();
    const bool there = endpoint && endpoint->phase != P::Deleting && endpoint->phase != P::Gone;
    m_refresh->setEnabled(live);
    m_delete->setEnabled(live && there);
    m_modify->setEnabled(live && there);
    m_terraform->setEnabled(m_session && there && !m_copy);
    m_connectWith->setEnabled(endpoint && endpoint->phase == P::Usable);
}

void InboundEndpointsDialog::remove()
{
    const auto endpoint = selected();
    // Each endpoint's delete is kept apart: an open outcome is settled by its own endpoint's
    // Delete, never taken for another's.
    const QString key = u"inboundDelete/"_s + (endpoint ? endpoint->id : QString());
    if (!m_session || !endpoint || m_changes->settle(key))
        return;
    const QString provider = m_session->account()->provider().name();
    const QString id = endpoint->id;
    m_changes->confirm(
        u"inboundDelete"_s, m_session->deleteQuestion(*endpoint),
        m_session->confirmationDetail(m_session->deleteCommand(*endpoint)),
        [this, id, provider, key] {
            if (!m_session)
                return;
            auto refusal = std::make_shared<QString>();
            SendOnce *change = m_session->remove(
                id, [refusal](const QString &sentence) { *refusal = sentence; }, this);
            m_changes->run(
                key, change, tr("Deleting endpoint %1 on %2…").arg(id, provider),
                tr("%1 is deleting endpoint %2.").arg(provider, id), [this, refusal, id, provider] {
                    if (!refusal->isEmpty())
                        setStatus(
                            tr("%1 did not delete endpoint %2: %3").arg(provider, id, *refusal),
                            int(NoteLabel::Kind::Problem));
                    readAgain();
                });
        });
}

void InboundEndpointsDialog::openModify()
{
    const auto endpoint = selected();
    if (!m_session || !endpoint)
        return;
    auto *dialog = new InboundModifyDialog(m_session, *endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &InboundEndpointsDialog::readAgain);
    dialog->open();
}

void InboundEndpointsDialog::copyTerraform()
{
    const auto endpoint = selected();
    if (!m_session || !endpoint)
        return;
    m_copy =
        TerraformCopy::copy(m_session, endpoint->id, m_terraform, [this](const QString &problem) {
            setStatus(problem.isEmpty()
                          ? tr("Copied as Terraform: the endpoint and the rules known "
                               "to let the port in, with import blocks.")
                          : problem,
                      int(problem.isEmpty() ? NoteLabel::Kind::Success : NoteLabel::Kind::Problem));
            updateButtons();
        });
}

} // namespace plc
