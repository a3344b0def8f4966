#include "ui/wizards/CreateSummaryPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include "domain/CliCommands.h"
#include "domain/DisplayNames.h"
#include "services/ChangeSenders.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CreateSummaryPage::CreateSummaryPage(CreateContext *context, QWidget *parent)
    : CommitPage(tr("Create"), ChangeMessages::Change::Create, u"createMessageBar"_s, parent)
    , m_context(context)
    , m_summary(WizardParts::textLabel(u"createSummary"_s, this))
    , m_command(new CommandBox(u"createCommand"_s, tr("Equivalent ticloud command"), 4, this))
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be created. Create sends the request to TiDB Cloud."));
    m_summary->setTextFormat(Qt::RichText);
    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addWidget(m_command);
    layout->addStretch();

    setSender(ChangeSenders::create(
        m_context->service, m_context->cluster.clusterId, [this] { return m_context->request(); },
        [this](const PrivateLinkConnection &connection) { take(connection); }, this));
}

void CreateSummaryPage::initializePage()
{
    const NewPrivateLinkConnection request = m_context->request();
    const Cluster &cluster = m_context->cluster;
    using WizardParts::summaryRow;
    QString html = u"<table>"_s;
    html += summaryRow(tr("Cluster"), u"%1 (%2)"_s.arg(cluster.displayName, cluster.clusterId));
    html += summaryRow(tr("Private Link Connection Name"), request.displayName);
    html += summaryRow(tr("Connection Type"),
                       DisplayNames::connectionType({request.type, enumToApi(request.type)}));
    html += summaryRow(tr("Endpoint Service Name"), request.endpointServiceName);
    if (!request.endpointServiceRegion.isEmpty())
        html += summaryRow(tr("Endpoint service region"), request.endpointServiceRegion);
    html += u"</table><p>"_s +
            tr("TiDB Cloud creates an endpoint in its account %1 and sends a connection "
               "request to the endpoint service. Unless the service accepts requests "
               "automatically, you then accept (AWS) or allow (Alibaba Cloud) it on the "
               "provider's side; this wizard shows how.")
                .arg(m_context->zones.accountId.isEmpty() ? tr("(account ID not loaded)")
                                                          : m_context->zones.accountId)
                .toHtmlEscaped() +
            u"</p>"_s;
    m_summary->setText(html);
    m_command->setCommand(CliCommands::create(cluster.clusterId, request));
}

void CreateSummaryPage::take(const PrivateLinkConnection &connection)
{
    m_context->created = connection;
    Q_EMIT created(connection.privateLinkConnectionId);
}

} // namespace plc
