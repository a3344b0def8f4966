#include "ui/SandboxProviderPanel.h"

#include "ui/SandboxRoleBar.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/MessageBar.h"

#include "models/ProviderSideModels.h"
#include "models/TextFilterProxy.h"
#include "services/SandboxAdminService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setTabKeyNavigation(false); // Tab leaves the table
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

SandboxProviderPanel::SandboxProviderPanel(SandboxAdminService *admin,
                                           const ProviderAccounts &accounts, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_services(new EndpointServiceTableModel(this))
    , m_requests(new ConnectionRequestTableModel(this))
    , m_serviceProxy(new TextFilterProxy(this))
    , m_requestProxy(new TextFilterProxy(this))
    , m_intro(new QLabel(this))
    , m_roleBar(new SandboxRoleBar(admin, this))
    , m_messageBar(new MessageBar(this))
    , m_serviceTable(new QTableView(this))
    , m_requestTable(new QTableView(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(u"sandboxProviderPanel"_s);
    m_serviceTable->setObjectName(u"endpointServiceTable"_s);
    m_requestTable->setObjectName(u"connectionRequestTable"_s);
    // Service names and IDs differ at their end: keep both ends when they are cut.
    // (Without word wrap: a wrapped name would be cut at its last visible line's end.)
    for (QTableView *table : {m_serviceTable, m_requestTable}) {
        table->setTextElideMode(Qt::ElideMiddle);
        table->setWordWrap(false);
    }
    m_accept->setObjectName(u"acceptRequestButton"_s);
    m_reject->setObjectName(u"rejectRequestButton"_s);
    m_messageBar->setObjectName(u"providerMessageBar"_s);
    m_intro->setWordWrap(true);
    m_serviceProxy->setSourceModel(m_services);
    m_requestProxy->setSourceModel(m_requests);
    setUpTable(m_serviceTable, m_serviceProxy);
    setUpTable(m_requestTable, m_requestProxy);
    m_serviceTable->horizontalHeader()->resizeSection(EndpointServiceTableModel::NameColumn, 380);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_serviceTable, 3);
    tables->addWidget(m_requestTable, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_roleBar);
    layout->addWidget(m_messageBar);
    layout->addLayout(tables, 1);
    layout->addLayout(buttons);

    connect(m_serviceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxProviderPanel::loadRequests);
    connect(m_requestTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxProviderPanel::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_refresh, &QPushButton::clicked, this, &SandboxProviderPanel::reload);
    connect(m_messageBar, &MessageBar::retryRequested, this, &SandboxProviderPanel::reload);
    connect(m_roleBar, &SandboxRoleBar::roleChosen, this, &SandboxProviderPanel::roleChosen);
    m_roleBar->setAccounts(accounts);
    retranslate();
    updateButtons();
}

SandboxProviderPanel::~SandboxProviderPanel()
{
    for (Job *job : {m_servicesJob.data(), m_requestsJob.data(), m_decideJob.data()}) {
        if (job)
            job->cancel();
    }
}

void SandboxProviderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_services->retranslateRows();
        m_requests->retranslateRows();
    }
    QWidget::changeEvent(event);
}

void SandboxProviderPanel::retranslate()
{
    m_intro->setText(tr("The cloud provider's side, simulated by the sandbox: the endpoint "
                        "services and the endpoint connection requests they received from "
                        "TiDB Cloud. Accept (AWS) or allow (Alibaba Cloud) a pending request "
                        "here, as you would on the endpoint service's Endpoint Connections tab."));
    m_serviceTable->setAccessibleName(tr("Simulated endpoint services"));
    m_requestTable->setAccessibleName(tr("Endpoint connection requests"));
    m_accept->setText(tr("&Accept / Allow"));
    m_reject->setText(tr("Re&ject"));
    m_refresh->setText(tr("Refresh"));
    fitHeaderTexts(m_serviceTable->horizontalHeader());
    fitHeaderTexts(m_requestTable->horizontalHeader());
}

void SandboxProviderPanel::reload()
{
    m_roleBar->reload();
    if (m_servicesJob)
        m_servicesJob->cancel();
    auto *job = m_admin->endpointServices();
    m_servicesJob = job;
    job->onFinished(
        this,
        [this](const QList<SimulatedEndpointService> &services) {
            m_messageBar->hide();
            m_services->apply(services);
            if (!m_serviceTable->currentIndex().isValid() && m_serviceProxy->rowCount() > 0)
                m_serviceTable->selectRow(0);
            else
                loadRequests();
        },
        [this](const ApiError &error) { showError(error, true); });
}

QString SandboxProviderPanel::selectedService() const
{
    return m_serviceTable->currentIndex()
        .siblingAtColumn(EndpointServiceTableModel::NameColumn)
        .data()
        .toString();
}

QString SandboxProviderPanel::selectedEndpoint() const
{
    return m_requestTable->currentIndex()
        .siblingAtColumn(ConnectionRequestTableModel::EndpointColumn)
        .data()
        .toString();
}

void SandboxProviderPanel::selectService(const QString &name)
{
    const int row = m_services->rowOf(name);
    if (row >= 0)
        m_serviceTable->setCurrentIndex(m_serviceProxy->mapFromSource(m_services->index(row, 0)));
}

void SandboxProviderPanel::selectRequest(const QString &endpointId)
{
    const int row = m_requests->rowOf(endpointId);
    if (row >= 0)
        m_requestTable->setCurrentIndex(m_requestProxy->mapFromSource(m_requests->index(row, 0)));
}

void SandboxProviderPanel::loadRequests()
{
    const QString service = selectedService();
    if (m_requestsJob)
        m_requestsJob->cancel();
    if (service.isEmpty()) {
        m_requests->setRows({});
        updateButtons();
        return;
    }
    auto *job = m_admin->connectionRequests(service);
    m_requestsJob = job;
    job->onFinished(
        this,
        [this, service](const QList<EndpointConnectionRequest> &requests) {
            if (service != selectedService())
                return;
            if (service == m_requestsService) {
                m_requests->apply(requests); // the same service again: merge, keep selection
            } else {
                m_requestsService = service;
                m_requests->setRows(requests);
            }
            updateButtons();
        },
        [this, service](const ApiError &error) {
            if (service == selectedService())
                showError(error, true);
        });
}

void SandboxProviderPanel::showError(const ApiError &error, bool retryable)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(), retryable);
}

void SandboxProviderPanel::updateButtons()
{
    const QModelIndex current = m_requestTable->currentIndex();
    const int row = current.isValid() ? m_requestProxy->mapToSource(current).row() : -1;
    const EndpointConnectionRequest *request = m_requests->rowAt(row);
    const bool pending = request && request->state == "pendingAcceptance"_L1 && !m_decideJob;
    m_accept->setEnabled(pending);
    m_reject->setEnabled(pending);
    const QString why = request ? tr("Only a pending request can be accepted or rejected.")
                                : tr("Select an endpoint connection request.");
    m_accept->setToolTip(pending ? QString() : why);
    m_reject->setToolTip(pending ? QString() : why);
}

void SandboxProviderPanel::decide(bool accept)
{
    const QString service = selectedService();
    const QString endpoint = selectedEndpoint();
    if (service.isEmpty() || endpoint.isEmpty() || m_decideJob)
        return; // never sent twice
    auto *job = m_admin->decide(service, endpoint, accept);
    m_decideJob = job;
    updateButtons();
    job->onFinished(
        this,
        [this](const EndpointConnectionRequest &) {
            m_decideJob.clear();
            m_messageBar->hide();
            Q_EMIT requestDecided();
            loadRequests();
        },
        [this](const ApiError &error) {
            m_decideJob.clear();
            showError(error, false);
            loadRequests();
        });
}

} // namespace plc
