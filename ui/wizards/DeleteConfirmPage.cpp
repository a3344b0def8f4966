#include "ui/wizards/DeleteConfirmPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/DeleteConnectionWizard.h"

#include "domain/CliCommands.h"
#include "domain/ConnectionInput.h"
#include "domain/DisplayNames.h"
#include "services/ChangefeedService.h"
#include "services/PrivateLinkService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

DeleteConfirmPage::DeleteConfirmPage(DeleteContext *context, QWidget *parent)
    : CommitPage(tr("Delete"), ChangeMessages::Change::Delete, u"deleteMessageBar"_s, parent)
    , m_context(context)
    , m_dependents(WizardParts::textLabel(u"deleteDependents"_s, this))
    , m_confirm(new QLineEdit(this))
    , m_confirmProblem(WizardParts::problemLabel(u"confirmProblem"_s, this))
    , m_acknowledge(new QCheckBox(this))
    , m_command(new CommandBox(u"deleteCommand"_s, tr("Equivalent ticloud command"), 3, this))
{
    setObjectName(u"deleteConfirmPage"_s);
    setTitle(tr("Delete %1").arg(context->connection.displayName));
    setSubTitle(tr("Deleting cannot be undone. Check what depends on the connection first."));
    m_dependents->setTextFormat(Qt::RichText);
    m_confirm->setObjectName(u"deleteConfirmEdit"_s);
    m_confirm->setAccessibleName(tr("Type the connection's name to confirm"));
    // The name comes from the server: shown as text, its "&" not taken for a mnemonic.
    auto *confirmLabel =
        new QLabel(tr("Type %1 to confirm:")
                       .arg(WizardParts::literalAmpersands(context->connection.displayName)),
                   this);
    confirmLabel->setObjectName(u"deleteConfirmLabel"_s);
    confirmLabel->setTextFormat(Qt::PlainText);
    confirmLabel->setBuddy(m_confirm);
    auto *form = new QFormLayout;
    form->addRow(confirmLabel, m_confirm);
    form->addRow(QString(), m_confirmProblem);
    m_acknowledge->setObjectName(u"deleteAcknowledgeChangefeeds"_s);
    m_acknowledge->hide();
    form->addRow(QString(), m_acknowledge);
    connect(m_acknowledge, &QCheckBox::toggled, this, &DeleteConfirmPage::completeChanged);
    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_dependents);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The same with the ticloud CLI:"), this));
    layout->addWidget(m_command);
    layout->addStretch();
    connect(m_confirm, &QLineEdit::textChanged, this, [this] {
        WizardParts::showProblem(
            m_confirmProblem, m_confirm,
            ConnectionInput::confirms(m_confirm->text(), m_context->connection.displayName)
                ? QString()
                : tr("Type the name exactly as shown: %1").arg(m_context->connection.displayName));
        Q_EMIT completeChanged();
    });

    const QString clusterId = context->cluster.clusterId;
    const QString id = context->connection.privateLinkConnectionId;
    setSender(SendOnce::make(
        [this, clusterId, id] { return m_context->service->deleteConnection(clusterId, id); },
        [this](const ConnectionJob &) { Q_EMIT deleted(); },
        [this, clusterId, id] { return m_context->service->getConnection(clusterId, id); },
        [this](const ConnectionJob &job) {
            const ApiError &error = job.error();
            const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
            if (!job.succeeded() && !gone)
                return SendOnce::Outcome::Unknown;
            if (!gone && job.value().state.value != ConnectionState::Deleting)
                return SendOnce::Outcome::NotDone;
            Q_EMIT deleted();
            return SendOnce::Outcome::Done;
        },
        this));
}

void DeleteConfirmPage::initializePage()
{
    showDependents();
    m_command->setCommand(CliCommands::deleteConnection(
        m_context->cluster.clusterId, m_context->connection.privateLinkConnectionId));
    // The attached domains are read again: the list row the wizard was opened from has none.
    auto *job = m_context->service->getConnection(m_context->cluster.clusterId,
                                                  m_context->connection.privateLinkConnectionId);
    job->onFinished(this, [this](const PrivateLinkConnection &connection) {
        m_context->connection = connection;
        showDependents();
    });
    // So are the changefeeds: one may have started since the table was read.
    if (!m_context->changefeeds)
        return;
    auto *list = m_context->changefeeds->listChangefeeds(m_context->cluster.clusterId);
    list->onFinished(
        this,
        [this](const QList<Changefeed> &all) {
            QList<Changefeed> through;
            for (const Changefeed &c : all) {
                if (c.runsThrough(m_context->connection.privateLinkConnectionId))
                    through.append(c);
            }
            m_context->through = through;
            m_context->changefeedsKnown = true;
            m_changefeedError.clear();
            showDependents();
        },
        [this](const ApiError &error) {
            if (!m_context->changefeedsKnown)
                m_changefeedError = error.userMessage();
            showDependents();
        });
}

bool DeleteConfirmPage::needsAcknowledgement() const
{
    if (!m_context->changefeedsKnown)
        return true;
    return std::any_of(m_context->through.begin(), m_context->through.end(),
                       [](const Changefeed &c) {
                           const ChangefeedState s = c.state.value;
                           return s == ChangefeedState::Running || s == ChangefeedState::Warning ||
                                  s == ChangefeedState::Creating;
                       });
}

QString DeleteConfirmPage::changefeedItems() const
{
    if (!m_context->changefeedsKnown) {
        return u"<li>"_s +
               (m_changefeedError.isEmpty()
                    ? tr("the changefeeds through it could not be read; any changefeed or Data "
                         "Migration task that uses it fails;")
                    : tr("the changefeeds through it could not be read (%1); any changefeed or "
                         "Data Migration task that uses it fails;")
                          .arg(m_changefeedError))
                   .toHtmlEscaped() +
               u"</li>"_s;
    }
    if (m_context->through.isEmpty()) {
        return u"<li>"_s +
               tr("no changefeed runs through it (Data Migration tasks are not listed here);")
                   .toHtmlEscaped() +
               u"</li>"_s;
    }
    QString items;
    for (const Changefeed &c : m_context->through) {
        items +=
            u"<li>"_s +
            tr("%1 — %2, %3 on port %4")
                .arg(c.displayName.isEmpty() ? c.changefeedId : c.displayName,
                     DisplayNames::changefeedState(c.state), DisplayNames::sinkType(c.sinkType),
                     c.port ? QString::number(*c.port) : u"?"_s)
                .toHtmlEscaped() +
            u"</li>"_s;
    }
    return u"<li>"_s +
           tr("%n changefeed(s) run through it and fail:", nullptr, int(m_context->through.size()))
               .toHtmlEscaped() +
           u"<ul>"_s + items + u"</ul></li>"_s;
}

void DeleteConfirmPage::showDependents()
{
    const PrivateLinkConnection &c = m_context->connection;
    QString html = u"<p>"_s +
                   tr("TiDB Cloud removes its endpoint for %1 (%2). Anything in TiDB Cloud that "
                      "reaches a service through this connection stops:")
                       .arg(c.displayName, c.endpointService.name)
                       .toHtmlEscaped() +
                   u"</p><ul>"_s;
    html += changefeedItems();
    if (!c.attachedDomains) {
        html += u"<li>"_s + tr("reading its attached domains…").toHtmlEscaped() + u"</li>"_s;
    } else {
        qsizetype domains = 0;
        for (const AttachDomain &group : *c.attachedDomains)
            domains += group.domains.size();
        html += u"<li>"_s +
                (c.attachedDomains->isEmpty()
                     ? tr("no domains are attached to it.")
                     : tr("its %n attached domain group(s) are removed with it; their "
                          "domains stop resolving (%1 in all).",
                          nullptr, int(c.attachedDomains->size()))
                           .arg(domains))
                    .toHtmlEscaped() +
                u"</li>"_s;
    }
    html += u"</ul><p>"_s +
            tr("The endpoint service on the provider's side is not changed.").toHtmlEscaped() +
            u"</p>"_s;
    m_dependents->setText(html);
    const bool acknowledge = needsAcknowledgement();
    // A tick acknowledges what was shown when it was given: "may be running" is not "two are
    // running". Other facts need a tick of their own.
    if (const QString facts = acknowledgedFacts(); facts != m_acknowledgedFacts) {
        m_acknowledgedFacts = facts;
        m_acknowledge->setChecked(false);
    }
    const QString name = WizardParts::literalAmpersands(c.displayName);
    m_acknowledge->setText(
        m_context->changefeedsKnown
            ? tr("I understand that the running changefeeds through %1 will fail.").arg(name)
            : tr("I understand that changefeeds through %1 may be running and will fail.")
                  .arg(name));
    m_acknowledge->setVisible(acknowledge);
    Q_EMIT completeChanged();
}

QString DeleteConfirmPage::acknowledgedFacts() const
{
    if (!m_context->changefeedsKnown)
        return u"unknown"_s;
    QStringList through;
    for (const Changefeed &c : m_context->through)
        through.append(c.changefeedId + u' ' + c.state.raw);
    through.sort();
    return u"known: "_s + through.join(u", "_s);
}

bool DeleteConfirmPage::readyToSend() const
{
    return ConnectionInput::confirms(m_confirm->text(), m_context->connection.displayName) &&
           (!needsAcknowledgement() || m_acknowledge->isChecked());
}

} // namespace plc
