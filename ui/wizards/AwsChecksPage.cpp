#include "AwsChecksPage.h"

#include "CreateConnectionWizard.h"
#include "LinkCheckList.h"
#include "NoteLabel.h"
#include "WizardParts.h"

#include "domain/AwsCommands.h"
#include "domain/EndpointServiceName.h"
#include "services/AwsLinkService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AwsChecksPage::AwsChecksPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_list(new LinkCheckList(this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_addPrincipal(new QPushButton(tr("Add TiDB Cloud's Account to Allow &Principals…"), this))
    , m_commands(new CommandBox(u"awsCommands"_s, tr("Equivalent AWS CLI commands"), 6, this))
{
    setObjectName(u"awsChecksPage"_s);
    setTitle(tr("Check the AWS side"));
    setSubTitle(tr("Read on AWS with %1. Nothing changes on AWS unless you choose it.")
                    .arg(context->aws ? context->aws->description() : QString()));
    m_status->setObjectName(u"awsCheckStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_list->setObjectName(u"awsCheckList"_s);
    m_again->setObjectName(u"awsCheckAgain"_s);
    m_addPrincipal->setObjectName(u"awsAddPrincipal"_s);
    m_addPrincipal->hide();
    m_commands->setCopyText(tr("&Copy Commands"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_addPrincipal);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Equivalent AWS CLI commands:"), this));
    layout->addWidget(m_commands);

    connect(m_again, &QPushButton::clicked, this, &AwsChecksPage::check);
    connect(m_addPrincipal, &QPushButton::clicked, this, &AwsChecksPage::addPrincipal);
}

AwsLinkFacts AwsChecksPage::factsFromFields() const
{
    AwsLinkFacts facts;
    facts.serviceName = field(u"endpointServiceName"_s).toString().trimmed();
    facts.serviceId = facts.serviceName.section(u'.', -1);
    facts.clusterRegion = m_context->cluster.region.providerRegionCode();
    facts.crossRegion = field(u"serviceRegion"_s).toString().trimmed();
    facts.serviceRegion = EndpointServiceName::parse(facts.serviceName).region;
    facts.tidbAccount = m_context->zones.accountId;
    facts.clusterZoneIds = m_context->zones.azIds;
    return facts;
}

void AwsChecksPage::initializePage()
{
    check();
}

void AwsChecksPage::cleanupPage()
{
    if (m_job)
        m_job->cancel();
}

bool AwsChecksPage::isComplete() const
{
    return m_checked && !m_job && AwsLinkChecks::passes(m_list->checks());
}

void AwsChecksPage::check()
{
    if (m_job)
        m_job->cancel();
    m_checked = false;
    m_list->clear();
    m_addPrincipal->hide();
    m_facts = factsFromFields();
    showCommands();
    NoteLabel::setKind(m_status, NoteLabel::Kind::Attention);
    m_status->setText(tr("Checking endpoint service %1 on AWS…").arg(m_facts.serviceId));
    m_status->show();
    m_again->setEnabled(false);
    AwsLinkService service(m_context->aws);
    auto *job = service.check(m_facts, this);
    m_job = job;
    Q_EMIT completeChanged();
    job->onFinished(this, [this](const AwsLinkFacts &facts) {
        m_job.clear(); // finished: it goes away on its own
        m_facts = facts;
        m_checked = true;
        showChecks();
    });
}

void AwsChecksPage::showChecks()
{
    m_again->setEnabled(true);
    const QList<AwsCheck> checks = AwsLinkChecks::evaluate(m_facts);
    m_list->setChecks(checks);
    const bool passes = AwsLinkChecks::passes(checks);
    const bool principalMissing = m_facts.visibility == AwsLinkFacts::Visibility::Owned &&
                                  m_facts.principals &&
                                  !AwsLinkChecks::allows(*m_facts.principals, m_facts.tidbAccount);
    m_addPrincipal->setVisible(principalMissing && !m_facts.tidbAccount.isEmpty());
    NoteLabel::setKind(m_status, passes ? NoteLabel::Kind::Success : NoteLabel::Kind::Problem);
    m_status->setText(passes ? tr("The AWS side is ready for TiDB Cloud to connect.")
                             : tr("TiDB Cloud cannot connect yet: fix the items marked ✗, then "
                                  "check again."));
    m_status->show();
    showCommands();
    Q_EMIT completeChanged();
}

void AwsChecksPage::showCommands()
{
    const QString region = m_facts.serviceRegion;
    QStringList lines{AwsCommands::callerIdentity(),
                      AwsCommands::describeServiceConfigurations(region, m_facts.serviceId),
                      AwsCommands::describeServicePermissions(region, m_facts.serviceId),
                      AwsCommands::describeAvailabilityZones(region)};
    if (m_facts.visibility != AwsLinkFacts::Visibility::Owned)
        lines.insert(2, AwsCommands::describeServices(region, m_facts.serviceName));
    if (m_addPrincipal->isVisible())
        lines.append(AwsCommands::addAllowedPrincipal(
            region, m_facts.serviceId, AwsLinkChecks::rootPrincipal(m_facts.tidbAccount)));
    m_commands->setCommand(lines.join(u'\n'));
}

void AwsChecksPage::addPrincipal()
{
    if (m_principalSender && m_principalSender->isRunning())
        return;
    const QString principal = AwsLinkChecks::rootPrincipal(m_facts.tidbAccount);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change the AWS account?"),
                                tr("Add %1 to the Allow principals of endpoint service %2 in %3?")
                                    .arg(principal, m_facts.serviceId, m_facts.serviceRegion),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"awsPrincipalConfirm"_s);
    box->setInformativeText(
        tr("This changes %1: TiDB Cloud's account may then connect to the service. The same "
           "change with the AWS CLI:\n%2")
            .arg(m_context->aws->description(),
                 AwsCommands::addAllowedPrincipal(m_facts.serviceRegion, m_facts.serviceId,
                                                  principal)));
    box->button(QMessageBox::Yes)->setText(tr("&Add to Allow Principals"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            sendPrincipal();
    });
    box->open();
}

void AwsChecksPage::sendPrincipal()
{
    if (!m_principalSender) {
        AwsLinkService service(m_context->aws);
        m_principalSender =
            service.addPrincipal(m_facts.serviceRegion, m_facts.serviceId,
                                 AwsLinkChecks::rootPrincipal(m_facts.tidbAccount), this);
        connect(m_principalSender, &SendOnce::runningChanged, this, [this](bool running) {
            m_addPrincipal->setEnabled(!running);
            m_again->setEnabled(!running);
            if (running) {
                NoteLabel::setKind(m_status, NoteLabel::Kind::Attention);
                m_status->setText(tr("Adding TiDB Cloud's account to the Allow principals…"));
                m_status->show();
            }
        });
        connect(m_principalSender, &SendOnce::done, this, [this] {
            delete std::exchange(m_principalSender, nullptr);
            check();
        });
        connect(m_principalSender, &SendOnce::failed, this,
                [this](const ApiError &error, bool unknown) {
                    NoteLabel::setKind(m_status, NoteLabel::Kind::Problem);
                    m_status->setText(
                        unknown ? tr("It is not known whether the principal was added: %1 "
                                     "Choose Add again to find out; it is not sent twice.")
                                      .arg(error.userMessage())
                                : tr("The principal was not added: %1").arg(error.userMessage()));
                    m_status->show();
                });
    }
    m_principalSender->run();
}

} // namespace plc
