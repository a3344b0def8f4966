#include "ui/ConnectionDetailsPane.h"

#include "domain/RuleSentences.h"

#include "domain/DisplayNames.h"
#include "models/ConnectionTableModel.h"
#include "models/DomainTableModel.h"
#include "models/TextFilterProxy.h"

#include "ui/ChangefeedUsageView.h"
#include "ui/widgets/ColumnChooser.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/NoteLabel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
enum Field {
    Name,
    Id,
    Type,
    State,
    Service,
    Region,
    Endpoint,
    Zones,
    CreatedBy,
    Created,
    Updated,
    FieldCount
};
}

ConnectionDetailsPane::ConnectionDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_acceptRequest(new QToolButton(this))
    , m_diagnoseSide(new QToolButton(this))
    , m_domainsTitle(new QLabel(this))
    , m_domainTable(new QTableView(this))
    , m_domains(new DomainTableModel(this))
    , m_domainProxy(new TextFilterProxy(this))
    , m_copyDomain(new QAction(this))
    , m_usage(new ChangefeedUsageView(this))
{
    setObjectName(u"connectionDetails"_s);
    // Names, IDs and messages from the server: text, never markup.
    m_title->setObjectName(u"connectionDetailsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_domainsTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_domainsTitle->setFont(bold);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(u"detailValue%1"_s.arg(i));
        label->setTextFormat(Qt::PlainText);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        label->setBuddy(value);
        m_fieldLabels.append(label);
        m_values.append(value);
        m_form->addRow(label, value);
    }
    m_problem->setObjectName(u"connectionProblem"_s);
    m_nextStep->setObjectName(u"connectionNextStep"_s);
    NoteLabel::setUp(m_problem, NoteLabel::Kind::Problem);
    NoteLabel::setUp(m_nextStep, NoteLabel::Kind::Attention);

    m_domainTable->setObjectName(u"domainTable"_s);
    m_domainProxy->setSourceModel(m_domains);
    m_domainTable->setModel(m_domainProxy);
    m_domainTable->setTabKeyNavigation(false); // Tab leaves the table
    m_domainTable->setSortingEnabled(true);
    m_domainTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_domainTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domainTable->verticalHeader()->hide();
    m_domainTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The domain's name is what the user came for: its column takes the room the others leave,
    // a name too long for it loses its middle (both ends tell domains apart), and the tooltip
    // and Copy Domain give it whole. The group's ID, unique name and author are a click away
    // in the Columns menu, and so is when the group was attached.
    m_domainTable->setTextElideMode(Qt::ElideMiddle);
    m_domainTable->setWordWrap(false);
    m_domainTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_domainTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *domainHeader = m_domainTable->horizontalHeader();
    domainHeader->setStretchLastSection(false);
    domainHeader->setSectionResizeMode(QHeaderView::Interactive);
    domainHeader->setSectionResizeMode(DomainTableModel::DomainColumn, QHeaderView::Stretch);
    domainHeader->setSectionHidden(DomainTableModel::AttachDomainIdColumn, true);
    domainHeader->setSectionHidden(DomainTableModel::UniqueNameColumn, true);
    domainHeader->setSectionHidden(DomainTableModel::CreatedByColumn, true);
    domainHeader->setSectionHidden(DomainTableModel::CreatedColumn, true);
    domainHeader->resizeSection(DomainTableModel::StateColumn, 110);
    domainHeader->resizeSection(DomainTableModel::MessageColumn, 130);
    domainHeader->resizeSection(DomainTableModel::TypeColumn, 110);
    domainHeader->resizeSection(DomainTableModel::CreatedColumn, 150);
    m_columns = new ColumnChooser(m_domainTable, domainHeader);
    m_copyDomain->setObjectName(u"actionCopyDomain"_s);
    // No Ctrl+C of its own: the panel's Copy ID holds it for the whole panel (two would be
    // ambiguous and neither would fire). The context menu (Menu key, Shift+F10) reaches it.
    m_domainTable->addAction(m_copyDomain);
    m_domainTable->addAction(m_columns->menuAction());
    m_domainTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyDomain, &QAction::triggered, this, &ConnectionDetailsPane::copySelectedDomains);
    // Every row shows: the pane scrolls as a whole, the table never scrolls inside it.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_domainProxy, signal, this, &ConnectionDetailsPane::fitDomainTable);
    connect(m_domainProxy, &QAbstractItemModel::modelReset, this,
            &ConnectionDetailsPane::fitDomainTable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(m_nextStep);
    auto *sideRow = new QHBoxLayout;
    sideRow->addWidget(m_acceptRequest);
    sideRow->addWidget(m_diagnoseSide);
    sideRow->addStretch();
    layout->addLayout(sideRow);
    m_acceptRequest->setObjectName(u"detailsAcceptRequest"_s);
    m_diagnoseSide->setObjectName(u"detailsDiagnoseSide"_s);
    m_acceptRequest->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_diagnoseSide->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acceptRequest->hide();
    m_diagnoseSide->hide();
    layout->addLayout(m_form);
    layout->addWidget(m_domainsTitle);
    layout->addWidget(m_domainTable);
    layout->addSpacing(6);
    layout->addWidget(m_usage);
    layout->addStretch(1);
    connect(m_usage, &ChangefeedUsageView::told, this, &ConnectionDetailsPane::told);
    retranslate();
    clear();
    fitDomainTable();
}

void ConnectionDetailsPane::fitDomainTable()
{
    const int rows = qMax(1, m_domainProxy->rowCount());
    const int height = m_domainTable->horizontalHeader()->sizeHint().height() +
                       rows * m_domainTable->verticalHeader()->defaultSectionSize() +
                       2 * m_domainTable->frameWidth();
    m_domainTable->setFixedHeight(height);
}

QStringList ConnectionDetailsPane::selectedDomains() const
{
    QStringList names;
    const QModelIndexList rows =
        m_domainTable->selectionModel()->selectedRows(DomainTableModel::DomainColumn);
    for (const QModelIndex &row : rows)
        names.append(row.data().toString());
    if (names.isEmpty() && m_domainTable->currentIndex().isValid())
        names.append(m_domainTable->currentIndex()
                         .siblingAtColumn(DomainTableModel::DomainColumn)
                         .data()
                         .toString());
    return names;
}

void ConnectionDetailsPane::copySelectedDomains()
{
    const QStringList names = selectedDomains();
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(u'\n'));
    Q_EMIT told(tr("Copied %n domain name(s).", nullptr, int(names.size())));
}

void ConnectionDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_domains->retranslateRows();
    }
    QWidget::changeEvent(event);
}

void ConnectionDetailsPane::retranslate()
{
    const QStringList names{tr("Private Link Connection Name:"),
                            tr("Private Link Connection ID:"),
                            tr("Connection Type:"),
                            tr("State:"),
                            tr("Endpoint Service Name:"),
                            tr("Endpoint service region:"),
                            tr("Endpoint ID:"),
                            tr("Availability zones:"),
                            tr("Created by:"),
                            tr("Created:"),
                            tr("Updated:")};
    for (int i = 0; i < FieldCount; ++i)
        m_fieldLabels[i]->setText(names.at(i));
    m_domainsTitle->setText(tr("Attached domains"));
    m_domainTable->setAccessibleName(tr("Attached domains"));
    m_copyDomain->setText(tr("Copy &Domain"));
    m_copyDomain->setToolTip(tr("Copy the selected domain names, whole"));
    fitHeaderTexts(m_domainTable->horizontalHeader());
    refreshTexts();
}

void ConnectionDetailsPane::clear()
{
    m_connection.reset();
    m_domains->setRows({});
    refreshTexts();
}

void ConnectionDetailsPane::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    refreshTexts();
}

void ConnectionDetailsPane::showConnection(const PrivateLinkConnection &connection)
{
    const bool other = !m_connection ||
                       m_connection->privateLinkConnectionId != connection.privateLinkConnectionId;
    m_connection = connection;
    if (other)
        m_domains->setRows({}); // another connection: its domains come with the next Get
    if (connection.attachedDomains)
        m_domains->applyGroups(*connection.attachedDomains);
    refreshTexts();
}

void ConnectionDetailsPane::showDomains(const QList<AttachDomain> &groups)
{
    m_domains->applyGroups(groups);
}

QString ConnectionDetailsPane::nextStepText() const
{
    return m_nextStep->isHidden() ? QString() : m_nextStep->text();
}

void ConnectionDetailsPane::refreshTexts()
{
    const bool shown = m_connection.has_value();
    for (QWidget *w : std::as_const(m_values))
        w->setVisible(shown);
    for (QWidget *w : std::as_const(m_fieldLabels))
        w->setVisible(shown);
    m_domainsTitle->setVisible(shown);
    m_domainTable->setVisible(shown);
    m_usage->setVisible(shown);
    m_problem->hide();
    m_nextStep->hide();
    if (!shown) {
        m_title->setText(tr("Select a private link connection to see its details."));
        return;
    }
    const PrivateLinkConnection &c = *m_connection;
    m_title->setText(tr("Private link connection “%1”").arg(c.displayName));
    const auto time = [](const QDateTime &t) {
        return DisplayNames::dateTime(t, QLocale::LongFormat);
    };
    const QString values[FieldCount] = {
        c.displayName,
        c.privateLinkConnectionId,
        DisplayNames::connectionType(c.type),
        DisplayNames::connectionState(c.state),
        c.endpointService.name,
        c.endpointService.region.isEmpty() ? tr("the cluster's region") : c.endpointService.region,
        c.endpointService.endpointId.isEmpty() ? tr("not yet assigned")
                                               : c.endpointService.endpointId,
        c.endpointService.availabilityZoneIds.isEmpty()
            ? tr("not yet assigned")
            : c.endpointService.availabilityZoneIds.join(u", "_s),
        c.createdBy,
        time(c.createTime),
        time(c.updateTime)};
    for (int i = 0; i < FieldCount; ++i)
        m_values[i]->setText(values[i]);
    QPalette state = m_values[State]->palette();
    state.setColor(QPalette::WindowText, ConnectionTableModel::stateColor(c.state.value));
    m_values[State]->setPalette(state);

    if (c.state.value == ConnectionState::Failed) {
        m_problem->setText(RuleSentences::failure(c, u"\n"_s));
        m_problem->show();
    } else if (c.state.value == ConnectionState::PendingAcceptance) {
        m_nextStep->setText(RuleSentences::nextStep(c, m_accountId));
        m_nextStep->show();
    }
    updateSideButtons();
}

void ConnectionDetailsPane::setSideActions(QAction *accept, QAction *diagnose)
{
    m_acceptRequest->setDefaultAction(accept);
    m_diagnoseSide->setDefaultAction(diagnose);
    connect(accept, &QAction::changed, this, &ConnectionDetailsPane::updateSideButtons);
    connect(diagnose, &QAction::changed, this, &ConnectionDetailsPane::updateSideButtons);
    updateSideButtons();
}

void ConnectionDetailsPane::updateSideButtons()
{
    const auto state = m_connection ? m_connection->state.value : ConnectionState::Unknown;
    const QAction *accept = m_acceptRequest->defaultAction();
    const QAction *diagnose = m_diagnoseSide->defaultAction();
    m_acceptRequest->setVisible(accept && accept->isEnabled() &&
                                state == ConnectionState::PendingAcceptance);
    m_diagnoseSide->setVisible(diagnose && diagnose->isEnabled() &&
                               state == ConnectionState::Failed);
}

} // namespace plc
