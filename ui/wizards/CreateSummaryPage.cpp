#include "CreateSummaryPage.h"

#include "CreateConnectionWizard.h"
#include "MessageBar.h"

#include "domain/CliCommands.h"
#include "models/DisplayNames.h"
#include "services/PrivateLinkService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CreateSummaryPage::CreateSummaryPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be created. Create sends the request to TiDB Cloud."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create"));
    m_summary->setObjectName(u"createSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setObjectName(u"createCommand"_s);
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(m_command->fontMetrics().lineSpacing() * 4 + 12);
    m_command->setAccessibleName(tr("Equivalent ticloud command"));
    auto *copy = new QPushButton(tr("Copy Command"), this);
    copy->setObjectName(u"copyCreateCommand"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    m_messageBar->setObjectName(u"createMessageBar"_s);
    connect(m_messageBar, &MessageBar::retryRequested, this, [this] { wizard()->next(); });

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addLayout(commandRow);
    layout->addStretch();
}

void CreateSummaryPage::initializePage()
{
    const auto *owner = static_cast<CreateConnectionWizard *>(wizard());
    const NewPrivateLinkConnection request = owner->request();
    const Cluster &cluster = m_context->cluster;
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Cluster"), u"%1 (%2)"_s.arg(cluster.displayName, cluster.clusterId));
    html += row(tr("Private Link Connection Name"), request.displayName);
    html += row(tr("Connection Type"),
                DisplayNames::connectionType({request.type, enumToApi(request.type)}));
    html += row(tr("Endpoint Service Name"), request.endpointServiceName);
    if (!request.endpointServiceRegion.isEmpty())
        html += row(tr("Endpoint service region"), request.endpointServiceRegion);
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
    m_command->setPlainText(CliCommands::create(cluster.clusterId, request));
    m_messageBar->hide();
}

bool CreateSummaryPage::isComplete() const
{
    return !m_job; // no second click while the first create is on its way
}

bool CreateSummaryPage::validatePage()
{
    if (m_context->created)
        return true;
    if (m_job)
        return false;
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("Creating…"), false);
    const auto *owner = static_cast<CreateConnectionWizard *>(wizard());
    auto *job =
        m_context->service->createConnection(m_context->cluster.clusterId, owner->request());
    m_job = job;
    Q_EMIT completeChanged();
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        Q_EMIT completeChanged();
        if (!job->succeeded()) {
            // The input stays; the user decides whether to try again.
            m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("The connection was not created. %1").arg(job->error().userMessage()), true);
            return;
        }
        m_messageBar->hide();
        m_context->created = job->value();
        Q_EMIT created(job->value().privateLinkConnectionId);
        wizard()->next();
    });
    return false;
}

} // namespace plc
