#include "ui/wizards/ConfluentEndpointPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConfluentWizard.h"

#include "domain/CliCommands.h"
#include "domain/ConnectionInput.h"
#include "services/ChangeSenders.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentEndpointPage::ConfluentEndpointPage(ConfluentContext *context, QWidget *parent)
    : CommitPage(tr("Create and Attach"), ChangeMessages::Change::Create, u"confluentMessageBar"_s,
                 parent)
    , m_context(context)
    , m_service(new QLineEdit(this))
    , m_serviceProblem(WizardParts::problemLabel(u"serviceProblem"_s, this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(WizardParts::problemLabel(u"nameProblem"_s, this))
    , m_plan(WizardParts::textLabel(u"confluentPlan"_s, this))
    , m_commands(new CommandBox(u"confluentCommands"_s, tr("Equivalent ticloud commands"), 6, this))
{
    setObjectName(u"confluentEndpointPage"_s);
    setTitle(tr("Step 4. Create a private link connection in TiDB Cloud"));
    setSubTitle(tr("Enter the VPC Service Endpoint from the PrivateLink Access. Confluent Cloud "
                   "accepts the connection request by itself."));
    m_service->setObjectName(u"vpcServiceEndpointEdit"_s);
    m_service->setAccessibleName(tr("VPC Service Endpoint"));
    m_service->setPlaceholderText(u"com.amazonaws.vpce.%1.vpce-svc-xxxxxxxxxxxxxxxxx"_s.arg(
        context->cluster.region.providerRegionCode()));
    m_name->setObjectName(u"displayNameEdit"_s);
    m_name->setAccessibleName(tr("Private Link Connection Name"));
    m_name->setMaxLength(ConnectionInput::MaxDisplayNameLength + 16);
    auto *form = new QFormLayout;
    form->addRow(tr("VPC Service Endpoint:"), m_service);
    form->addRow(QString(), m_serviceProblem);
    form->addRow(tr("Private Link Connection Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    QVBoxLayout *layout = pageLayout();
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addWidget(m_commands);
    layout->addStretch();
    for (QLineEdit *edit : {m_service, m_name})
        connect(edit, &QLineEdit::textChanged, this, &ConfluentEndpointPage::check);

    setSender(ChangeSenders::create(
        m_context->service, m_context->cluster.clusterId, [this] { return request(); },
        [this](const PrivateLinkConnection &connection) { take(connection); }, this));
}

void ConfluentEndpointPage::initializePage()
{
    if (m_name->text().isEmpty()) {
        // A name that says what it is for: the Confluent network ID.
        const QString network = m_context->uniqueName.section(u'.', 0, 0);
        QString name = u"confluent-"_s + network;
        for (int n = 2; m_context->takenNames.contains(name); ++n)
            name = u"confluent-%1-%2"_s.arg(network).arg(n);
        m_name->setText(name);
    }
    check();
}

NewPrivateLinkConnection ConfluentEndpointPage::request() const
{
    NewPrivateLinkConnection r;
    r.displayName = m_name->text();
    r.type = ConnectionType::AwsEndpointService;
    r.endpointServiceName = m_service->text().trimmed();
    return r;
}

QString ConfluentEndpointPage::nameProblem() const
{
    return ConnectionInput::displayNameProblem(m_name->text(), m_context->takenNames);
}

QString ConfluentEndpointPage::serviceProblem() const
{
    return ConnectionInput::endpointServiceProblem(m_service->text().trimmed(), CloudProvider::Aws,
                                                   m_context->cluster.region.providerRegionCode(),
                                                   {});
}

void ConfluentEndpointPage::check()
{
    WizardParts::showProblem(m_serviceProblem, m_service, serviceProblem());
    WizardParts::showProblem(m_nameProblem, m_name, nameProblem());
    const NewPrivateLinkConnection r = request();
    m_plan->setText(
        tr("Create and Attach creates the private link connection %1 to the VPC Service "
           "Endpoint, waits until Confluent Cloud has accepted it (it becomes Active), then "
           "attaches the Confluent domains of network %2 and follows them until they are "
           "Active.")
            .arg(r.displayName, m_context->uniqueName));
    m_commands->setCommand(
        CliCommands::create(m_context->cluster.clusterId, r) + u"\n"_s +
        CliCommands::attachDomains(m_context->cluster.clusterId, u"<private-link-connection-id>"_s,
                                   DomainType::Confluent, m_context->uniqueName, false));
    Q_EMIT completeChanged();
}

void ConfluentEndpointPage::take(const PrivateLinkConnection &connection)
{
    m_context->created = connection;
    Q_EMIT created(connection.privateLinkConnectionId);
}

bool ConfluentEndpointPage::readyToSend() const
{
    return nameProblem().isEmpty() && serviceProblem().isEmpty();
}

} // namespace plc
