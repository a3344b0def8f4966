#include "AlibabaChecksPage.h"

#include "CreateConnectionWizard.h"
#include "LinkCheckList.h"
#include "NoteLabel.h"
#include "WizardParts.h"

#include "domain/AlibabaCommands.h"
#include "domain/EndpointServiceName.h"
#include "services/AlibabaLinkService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaChecksPage::AlibabaChecksPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_list(new LinkCheckList(this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_addUser(new QPushButton(tr("Add TiDB Cloud's Account to the Service &Whitelist…"), this))
    , m_commands(
          new CommandBox(u"alibabaCommands"_s, tr("Equivalent aliyun CLI commands"), 6, this))
{
    setObjectName(u"alibabaChecksPage"_s);
    setTitle(tr("Check the Alibaba Cloud side"));
    setSubTitle(tr("Read on Alibaba Cloud with %1. Nothing changes on Alibaba Cloud unless you "
                   "choose it.")
                    .arg(context->alibaba ? context->alibaba->description() : QString()));
    m_status->setObjectName(u"alibabaCheckStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_list->setObjectName(u"alibabaCheckList"_s);
    m_again->setObjectName(u"alibabaCheckAgain"_s);
    m_addUser->setObjectName(u"alibabaAddUser"_s);
    m_addUser->hide();
    m_commands->setCopyText(tr("&Copy Commands"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_addUser);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Equivalent aliyun CLI commands:"), this));
    layout->addWidget(m_commands);

    connect(m_again, &QPushButton::clicked, this, &AlibabaChecksPage::check);
    connect(m_addUser, &QPushButton::clicked, this, &AlibabaChecksPage::addToWhitelist);
}

AlibabaLinkFacts AlibabaChecksPage::factsFromFields() const
{
    AlibabaLinkFacts facts;
    facts.serviceName = field(u"endpointServiceName"_s).toString().trimmed();
    facts.serviceId = facts.serviceName.section(u'.', -1);
    facts.serviceRegion = EndpointServiceName::parse(facts.serviceName).region;
    facts.clusterRegion = m_context->cluster.region.providerRegionCode();
    facts.tidbAccount = m_context->zones.accountId;
    facts.clusterZoneIds = m_context->zones.azIds;
    return facts;
}

int AlibabaChecksPage::sendCount() const
{
    return m_sent + (m_sender ? m_sender->sendCount() : 0);
}

void AlibabaChecksPage::setStatus(const QString &text, int kind)
{
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setText(text);
    m_status->show();
}

void AlibabaChecksPage::initializePage()
{
    check();
}

void AlibabaChecksPage::cleanupPage()
{
    if (m_job)
        m_job->cancel();
}

bool AlibabaChecksPage::isComplete() const
{
    return m_checked && !m_job && LinkCheck::passes(m_list->checks());
}

void AlibabaChecksPage::check()
{
    if (m_job)
        m_job->cancel();
    m_checked = false;
    m_list->clear();
    m_addUser->hide();
    m_facts = factsFromFields();
    showCommands();
    setStatus(tr("Checking endpoint service %1 on Alibaba Cloud…").arg(m_facts.serviceId),
              int(NoteLabel::Kind::Attention));
    m_again->setEnabled(false);
    AlibabaLinkService service(m_context->alibaba);
    auto *job = service.check(m_facts, this);
    m_job = job;
    Q_EMIT completeChanged();
    job->onFinished(this, [this](const AlibabaLinkFacts &facts) {
        m_job.clear(); // finished: it goes away on its own
        m_facts = facts;
        m_checked = true;
        showChecks();
    });
}

void AlibabaChecksPage::showChecks()
{
    m_again->setEnabled(true);
    const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(m_facts);
    m_list->setChecks(checks);
    const bool passes = LinkCheck::passes(checks);
    const bool userMissing = m_facts.visibility == AlibabaLinkFacts::Visibility::Owned &&
                             m_facts.whitelist &&
                             !AlibabaLinkChecks::allows(*m_facts.whitelist, m_facts.tidbAccount);
    m_addUser->setVisible(userMissing && !m_facts.tidbAccount.isEmpty());
    setStatus(passes ? tr("The Alibaba Cloud side is ready for TiDB Cloud to connect.")
                     : tr("TiDB Cloud cannot connect yet: fix the items marked ✗, then check "
                          "again."),
              int(passes ? NoteLabel::Kind::Success : NoteLabel::Kind::Problem));
    showCommands();
    Q_EMIT completeChanged();
}

void AlibabaChecksPage::showCommands()
{
    const QString region = m_facts.serviceRegion;
    const QString id = m_facts.serviceId;
    QStringList lines{AlibabaCommands::callerIdentity(), AlibabaCommands::listServices(region, id),
                      AlibabaCommands::serviceUsers(region, id),
                      AlibabaCommands::serviceResources(region, id)};
    if (m_facts.visibility != AlibabaLinkFacts::Visibility::Owned)
        lines.insert(2, AlibabaCommands::servicesByEndUser(region, m_facts.serviceName));
    if (m_addUser->isVisible())
        lines.append(AlibabaCommands::addUser(region, id, m_facts.tidbAccount));
    m_commands->setCommand(lines.join(u'\n'));
}

void AlibabaChecksPage::addToWhitelist()
{
    if (m_sender && m_sender->isRunning())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Change the Alibaba Cloud account?"),
        tr("Add Alibaba Cloud account %1 (TiDB Cloud's) to the Service Whitelist of endpoint "
           "service %2 in %3?")
            .arg(m_facts.tidbAccount, m_facts.serviceId, m_facts.serviceRegion),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"alibabaWhitelistConfirm"_s);
    box->setInformativeText(
        tr("This changes %1: TiDB Cloud's account may then connect to the service. The same "
           "change with the aliyun CLI:\n%2")
            .arg(m_context->alibaba->description(),
                 AlibabaCommands::addUser(m_facts.serviceRegion, m_facts.serviceId,
                                          m_facts.tidbAccount)));
    box->button(QMessageBox::Yes)->setText(tr("&Add to Service Whitelist"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            sendWhitelist();
    });
    box->open();
}

void AlibabaChecksPage::sendWhitelist()
{
    if (!m_sender) {
        AlibabaLinkService service(m_context->alibaba);
        m_sender =
            service.addUser(m_facts.serviceRegion, m_facts.serviceId, m_facts.tidbAccount, this);
        connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
            m_addUser->setEnabled(!running);
            m_again->setEnabled(!running);
            if (running)
                setStatus(tr("Adding TiDB Cloud's account to the Service Whitelist…"),
                          int(NoteLabel::Kind::Attention));
        });
        connect(m_sender, &SendOnce::done, this, [this] {
            m_sent += m_sender->sendCount();
            delete std::exchange(m_sender, nullptr);
            check();
        });
        connect(m_sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
            setStatus(unknown ? tr("It is not known whether the account was added: %1 Choose "
                                   "Add again to find out; it is not sent twice.")
                                    .arg(error.userMessage())
                              : tr("The account was not added to the Service Whitelist: %1")
                                    .arg(error.userMessage()),
                      int(NoteLabel::Kind::Problem));
        });
    }
    m_sender->run();
}

} // namespace plc
