#include "ui/wizards/AttachPreviewPage.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/AttachDomainsWizard.h"

#include "domain/CliCommands.h"
#include "domain/DisplayNames.h"
#include "services/ChangeSenders.h"
#include "services/PrivateLinkService.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AttachPreviewPage::AttachPreviewPage(AttachContext *context, QWidget *parent)
    : CommitPage(tr("Attach Domains"), ChangeMessages::Change::Attach, u"attachMessageBar"_s,
                 parent)
    , m_context(context)
    , m_previewBar(new MessageBar(this))
    , m_summary(WizardParts::textLabel(u"attachSummary"_s, this))
    , m_domains(new QListWidget(this))
    , m_command(new CommandBox(u"attachCommand"_s, tr("Equivalent ticloud command"), 6, this))
{
    setObjectName(u"attachPreviewPage"_s);
    setTitle(tr("Preview (dry run)"));
    setSubTitle(tr("A dry run shows what will be attached; nothing changes until you click "
                   "Attach Domains."));
    m_previewBar->setObjectName(u"previewMessageBar"_s);
    m_previewBar->hide();
    m_summary->setTextFormat(Qt::RichText);
    m_domains->setObjectName(u"previewDomains"_s);
    m_domains->setAccessibleName(tr("Domains that will be attached"));
    m_domains->setSelectionMode(QAbstractItemView::NoSelection);
    m_domains->setMaximumHeight(m_domains->fontMetrics().lineSpacing() * 6 + 8);
    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_previewBar);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Domains that will be attached:"), this));
    layout->addWidget(m_domains);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addWidget(m_command);
    layout->addStretch();
    connect(m_previewBar, &MessageBar::retryRequested, this, &AttachPreviewPage::runDryRun);

    setSender(ChangeSenders::attach(
        m_context->service,
        [this] {
            return ChangeSenders::Attach{m_context->cluster.clusterId,
                                         m_context->connection.privateLinkConnectionId,
                                         m_context->type, m_context->preview->uniqueName};
        },
        [this](const AttachDomain &group) { take(group); }, this));
}

void AttachPreviewPage::initializePage()
{
    runDryRun();
}

void AttachPreviewPage::runDryRun()
{
    if (m_dryRun)
        m_dryRun->cancel();
    m_context->preview.reset();
    showPreview();
    m_previewBar->showMessage(MessageBar::Kind::Information, tr("Running the dry run…"), false);
    auto *job = m_context->service->attachDomains(m_context->cluster.clusterId,
                                                  m_context->connection.privateLinkConnectionId,
                                                  m_context->type, m_context->uniqueName, true);
    m_dryRun = job;
    job->onFinished(
        this,
        [this](const AttachDomain &preview) {
            m_dryRun = nullptr;
            m_previewBar->hide();
            m_context->preview = preview;
            showPreview();
        },
        [this](const ApiError &error) {
            m_dryRun = nullptr;
            m_previewBar->showMessage(
                MessageBar::Kind::Error,
                tr("The dry run did not succeed, so nothing can be attached yet. %1")
                    .arg(error.userMessage()),
                true);
            showPreview();
        });
    Q_EMIT completeChanged();
}

void AttachPreviewPage::showPreview()
{
    const AttachContext &c = *m_context;
    using WizardParts::summaryRow;
    QString html = u"<table>"_s;
    html += summaryRow(tr("Private link connection"), c.connection.displayName);
    html += summaryRow(tr("Domain type"), DisplayNames::domainType({c.type, enumToApi(c.type)}));
    html += summaryRow(tr("Unique name"), c.preview ? c.preview->uniqueName : tr("(dry run…)"));
    html += u"</table>"_s;
    m_summary->setText(html);
    m_domains->clear();
    if (c.preview) {
        for (const Domain &domain : c.preview->domains)
            m_domains->addItem(domain.name);
    }
    const QString id = c.connection.privateLinkConnectionId;
    QString command =
        CliCommands::attachDomains(c.cluster.clusterId, id, c.type, c.uniqueName, true);
    if (c.preview) {
        command += u"\n"_s + CliCommands::attachDomains(c.cluster.clusterId, id, c.type,
                                                        c.preview->uniqueName, false);
    }
    m_command->setCommand(command);
    Q_EMIT completeChanged();
}

void AttachPreviewPage::take(const AttachDomain &group)
{
    m_context->attached = group;
    Q_EMIT attached(group);
}

bool AttachPreviewPage::readyToSend() const
{
    return m_context->preview.has_value() && !m_dryRun;
}

} // namespace plc
