#include "ui/wizards/DetachConfirmPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/DetachDomainsWizard.h"

#include "domain/CliCommands.h"
#include "domain/DisplayNames.h"
#include "services/PrivateLinkService.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

DetachConfirmPage::DetachConfirmPage(DetachContext *context, QWidget *parent)
    : CommitPage(tr("Detach Domains"), ChangeMessages::Change::Detach, u"detachMessageBar"_s,
                 parent)
    , m_context(context)
    , m_consequence(WizardParts::textLabel(u"detachConsequence"_s, this))
    , m_command(new CommandBox(u"detachCommand"_s, tr("Equivalent ticloud command"), 3, this))
{
    setObjectName(u"detachConfirmPage"_s);
    setTitle(tr("Confirm"));
    setSubTitle(tr("Check what stops working. Detach Domains sends the request to TiDB Cloud."));
    m_consequence->setTextFormat(Qt::RichText);
    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_consequence);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addWidget(m_command);
    layout->addStretch();

    setSender(SendOnce::make(
        [this] {
            return m_context->service->detachDomains(m_context->cluster.clusterId,
                                                     m_context->connection.privateLinkConnectionId,
                                                     m_context->group->attachDomainId);
        },
        [this](const AttachDomainJob &) { Q_EMIT detached(); },
        [this] {
            return m_context->service->getConnection(m_context->cluster.clusterId,
                                                     m_context->connection.privateLinkConnectionId);
        },
        [this](const ConnectionJob &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            const auto &groups = job.value().attachedDomains;
            for (const AttachDomain &group : groups.value_or(QList<AttachDomain>{})) {
                if (group.attachDomainId != m_context->group->attachDomainId)
                    continue;
                const bool going =
                    std::any_of(group.domains.begin(), group.domains.end(),
                                [](const Domain &d) { return d.state == "DELETING"_L1; });
                if (!going)
                    return SendOnce::Outcome::NotDone;
            }
            Q_EMIT detached();
            return SendOnce::Outcome::Done;
        },
        this));
}

QString DetachConfirmPage::kafkaChangefeeds() const
{
    if (!m_context->changefeedsKnown) {
        return u"<p>"_s +
               tr("The cluster's changefeeds could not be read: check in the TiDB Cloud console "
                  "which Kafka changefeeds use this connection before you detach.")
                   .toHtmlEscaped() +
               u"</p>"_s;
    }
    QString list;
    for (const Changefeed &c : m_context->changefeeds) {
        if (c.sinkType.value != SinkType::Kafka)
            continue;
        list += u"<li>"_s +
                tr("%1 (%2), port %3")
                    .arg(c.displayName.isEmpty() ? c.changefeedId : c.displayName,
                         DisplayNames::changefeedState(c.state),
                         c.port ? QString::number(*c.port) : u"?"_s)
                    .toHtmlEscaped() +
                u"</li>"_s;
    }
    if (list.isEmpty()) {
        return u"<p>"_s + tr("No Kafka changefeed runs through this connection.").toHtmlEscaped() +
               u"</p>"_s;
    }
    return u"<p><b>"_s +
           tr("These Kafka changefeeds run through this connection; their brokers are found "
              "through the attached domains:")
               .toHtmlEscaped() +
           u"</b></p><ul>"_s + list + u"</ul>"_s;
}

void DetachConfirmPage::initializePage()
{
    const AttachDomain &group = *m_context->group;
    QString list;
    for (const Domain &domain : group.domains)
        list += u"<li><code>%1</code></li>"_s.arg(domain.name.toHtmlEscaped());
    m_consequence->setText(
        u"<p>"_s +
        tr("These %n domain(s) will no longer resolve through %1:", nullptr,
           int(group.domains.size()))
            .arg(m_context->connection.displayName)
            .toHtmlEscaped() +
        u"</p><ul>"_s + list + u"</ul><p>"_s +
        tr("Dataflow that reaches the service by these names — for example a changefeed to a "
           "Kafka cluster whose advertised listeners use them — stops working until the "
           "domains are attached again. The connection itself stays Active.")
            .toHtmlEscaped() +
        u"</p>"_s + kafkaChangefeeds());
    m_command->setCommand(CliCommands::detachDomains(m_context->cluster.clusterId,
                                                     m_context->connection.privateLinkConnectionId,
                                                     group.attachDomainId));
}

} // namespace plc
