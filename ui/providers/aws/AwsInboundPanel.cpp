#include "ui/providers/aws/AwsInboundPanel.h"

#include "ui/providers/LinkCheckList.h"
#include "ui/providers/aws/AwsEndpointView.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/SendOnce.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsInboundService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QListWidget *checkList(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(64);
    list->setMaximumHeight(110);
    return list;
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}
} // namespace

AwsInboundPanel::AwsInboundPanel(QWidget *parent)
    : QWidget(parent)
    , m_accountLabel(WizardParts::textLabel(u"awsInboundAccount"_s, this))
    , m_choiceBox(new QWidget(this))
    , m_vpc(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Read Again"), this))
    , m_subnets(checkList(u"awsInboundSubnets"_s, tr("Subnets"), this))
    , m_groups(checkList(u"awsInboundGroups"_s, tr("Security groups"), this))
    , m_privateDns(new QCheckBox(tr("Enable private DNS name (the cluster's host resolves to "
                                    "the endpoint in this VPC)"),
                                 this))
    , m_checks(new LinkCheckList(this))
    , m_fixDns(new QPushButton(tr("Turn On DNS Hostnames…"), this))
    , m_openPort(new QPushButton(this))
    , m_create(new QPushButton(tr("Create Endpoint…"), this))
    , m_reuse(new QPushButton(tr("Use This Endpoint"), this))
    , m_command(new CommandBox(u"awsInboundCommand"_s, tr("AWS CLI command"), 3, this))
    , m_status(new QLabel(this))
    , m_result(new AwsEndpointView(this))
{
    setObjectName(u"awsInboundPanel"_s);
    m_vpc->setObjectName(u"awsInboundVpc"_s);
    m_vpc->setAccessibleName(tr("VPC"));
    m_refresh->setObjectName(u"awsInboundRefresh"_s);
    m_privateDns->setObjectName(u"awsInboundPrivateDns"_s);
    m_checks->setObjectName(u"awsInboundChecks"_s);
    m_fixDns->setObjectName(u"awsFixDns"_s);
    m_openPort->setObjectName(u"awsOpenPort"_s);
    m_create->setObjectName(u"awsCreateEndpoint"_s);
    m_reuse->setObjectName(u"awsUseEndpoint"_s);
    m_status->setObjectName(u"awsInboundStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);

    auto *vpcRow = new QHBoxLayout;
    vpcRow->addWidget(m_vpc, 1);
    vpcRow->addWidget(m_refresh);
    auto *form = new QFormLayout;
    form->addRow(tr("VPC:"), vpcRow);
    form->addRow(tr("Subnets:"), m_subnets);
    form->addRow(tr("Security groups:"), m_groups);
    form->addRow(QString(), m_privateDns);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fixDns);
    buttons->addWidget(m_openPort);
    buttons->addStretch();
    buttons->addWidget(m_reuse);
    buttons->addWidget(m_create);
    auto *choice = new QVBoxLayout(m_choiceBox);
    choice->setContentsMargins(0, 0, 0, 0);
    choice->addLayout(form);
    choice->addWidget(m_checks);
    choice->addLayout(buttons);
    choice->addWidget(m_command);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_result, &AwsEndpointView::changed, this, &AwsInboundPanel::endpointChanged);
    connect(m_refresh, &QPushButton::clicked, this, &AwsInboundPanel::readVpcs);
    connect(m_vpc, &QComboBox::activated, this, &AwsInboundPanel::readVpc);
    connect(m_subnets, &QListWidget::itemChanged, this, &AwsInboundPanel::choiceChanged);
    connect(m_groups, &QListWidget::itemChanged, this, &AwsInboundPanel::choiceChanged);
    connect(m_privateDns, &QCheckBox::toggled, this, &AwsInboundPanel::choiceChanged);
    connect(m_fixDns, &QPushButton::clicked, this, &AwsInboundPanel::fixDns);
    connect(m_openPort, &QPushButton::clicked, this, &AwsInboundPanel::openPort);
    connect(m_create, &QPushButton::clicked, this, &AwsInboundPanel::create);
    connect(m_reuse, &QPushButton::clicked, this, &AwsInboundPanel::useExisting);
}

AwsInboundPanel::~AwsInboundPanel()
{
    stopWork();
}

void AwsInboundPanel::stopWork()
{
    ++m_generation;
    if (m_read)
        m_read->cancel();
    for (QPointer<SendOnce> *slot : {&m_dnsChange, &m_portChange, &m_createChange}) {
        if (*slot)
            (*slot)->abandon();
        *slot = nullptr;
    }
    m_busy = false;
}

bool AwsInboundPanel::changing() const
{
    for (const SendOnce *change :
         {m_dnsChange.data(), m_portChange.data(), m_createChange.data()}) {
        if (change && change->isRunning())
            return true;
    }
    return false;
}

void AwsInboundPanel::choiceChanged()
{
    ++m_generation; // a question open on the old choice no longer acts
    updateChecks();
}

std::optional<AwsVpcEndpoint> AwsInboundPanel::endpoint() const
{
    return m_result->endpoint();
}

void AwsInboundPanel::start(AwsAccount *account, const PrivateEndpointTarget &target)
{
    // Another account or target: nothing under way goes on for the old one.
    stopWork();
    m_account = account;
    m_target = target;
    disconnect(m_accountWatch);
    m_accountWatch = connect(account, &ProviderAccount::changed, this, [this] {
        stopWork();
        m_vpc->clear();
        m_facts = {};
        showFacts();
        setStatus(tr("The AWS account changed: read again to continue with it."),
                  int(NoteLabel::Kind::Attention));
    });
    m_accountLabel->setText(
        tr("Read and made on AWS with %1, in %2. Nothing changes on AWS unless you confirm it.")
            .arg(account->description(), target.regionId));
    {
        const QSignalBlocker quiet(m_privateDns);
        m_privateDns->setChecked(true);
    }
    m_openPort->setText(tr("Open Port %1…").arg(target.port));
    m_choiceBox->show();
    m_result->clear();
    readVpcs();
}

void AwsInboundPanel::setStatus(const QString &text, int kind)
{
    m_status->setText(text);
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setVisible(!text.isEmpty());
}

void AwsInboundPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_vpc->setEnabled(!busy && m_vpc->count() > 0);
    updateChecks();
}

void AwsInboundPanel::readVpcs()
{
    if (!m_account || m_busy || changing())
        return;
    if (m_read)
        m_read->cancel();
    ++m_generation;
    AwsInboundService service(m_account);
    auto *job = service.vpcs(m_target.regionId);
    m_read = job;
    setBusy(true);
    setStatus(tr("Reading the VPCs in %1…").arg(m_target.regionId),
              int(NoteLabel::Kind::Attention));
    job->onFinished(
        this,
        [this](const QList<AwsVpc> &vpcs) {
            setBusy(false);
            const QString before = m_vpc->currentData().toString();
            m_vpcs = vpcs;
            m_vpc->clear();
            for (const AwsVpc &vpc : vpcs) {
                const QString name = vpc.name.isEmpty() ? QString() : u" · "_s + vpc.name;
                m_vpc->addItem(u"%1%2 · %3"_s.arg(vpc.vpcId, name, vpc.cidrBlock), vpc.vpcId);
            }
            m_vpc->setEnabled(!vpcs.isEmpty());
            if (vpcs.isEmpty()) {
                m_facts = {};
                m_facts.region = m_target.regionId;
                showFacts();
                setStatus(tr("There is no VPC in %1 for this account. Create one where your "
                             "applications run, then read again.")
                              .arg(m_target.regionId),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            const int keep = m_vpc->findData(before);
            m_vpc->setCurrentIndex(keep >= 0 ? keep : 0);
            readVpc();
        },
        [this](const ApiError &error) {
            setBusy(false);
            setStatus(tr("The VPCs could not be read: %1").arg(error.userMessage()),
                      int(NoteLabel::Kind::Problem));
        });
    job->onCancelled(this, [this] { setBusy(false); });
}

void AwsInboundPanel::readVpc()
{
    if (!m_account || m_vpc->currentIndex() < 0 || m_vpc->currentIndex() >= m_vpcs.size())
        return;
    if (m_read)
        m_read->cancel();
    ++m_generation;
    AwsInboundFacts asked;
    asked.region = m_target.regionId;
    asked.serviceName = m_target.serviceName;
    asked.serviceZoneIds = m_target.zoneIds;
    asked.port = m_target.port;
    asked.vpc = m_vpcs.at(m_vpc->currentIndex());
    AwsInboundService service(m_account);
    auto *job = service.read(asked, this);
    m_read = job;
    setBusy(true);
    setStatus(tr("Reading VPC %1…").arg(asked.vpc.vpcId), int(NoteLabel::Kind::Attention));
    job->onFinished(this, [this](const AwsInboundFacts &facts) {
        m_facts = facts;
        setBusy(false);
        setStatus({}, int(NoteLabel::Kind::Attention));
        showFacts();
    });
    job->onCancelled(this, [this] { setBusy(false); });
}

void AwsInboundPanel::showFacts()
{
    const QSignalBlocker subnetsQuiet(m_subnets);
    const QSignalBlocker groupsQuiet(m_groups);
    m_subnets->clear();
    m_groups->clear();
    const QStringList suggested = AwsInboundChecks::suggestedSubnets(m_facts);
    for (const AwsSubnet &subnet : std::as_const(m_facts.subnets)) {
        const bool inZones = m_facts.serviceZoneIds.contains(subnet.zoneId);
        const QString name = subnet.name.isEmpty() ? QString() : u" · "_s + subnet.name;
        auto *item = new QListWidgetItem(
            u"%1 · %2 (%3) · %4%5"_s.arg(subnet.subnetId, subnet.zoneId, subnet.zoneName,
                                         subnet.cidrBlock, name),
            m_subnets);
        item->setData(Qt::UserRole, subnet.subnetId);
        item->setFlags(inZones ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(suggested.contains(subnet.subnetId) ? Qt::Checked : Qt::Unchecked);
        if (!inZones)
            item->setToolTip(
                tr("Not in the service's zones (%1).").arg(m_facts.serviceZoneIds.join(u", "_s)));
    }
    const QStringList groups = AwsInboundChecks::suggestedGroups(m_facts);
    for (const AwsSecurityGroup &group : std::as_const(m_facts.groups)) {
        const QStringList from = AwsInboundChecks::openedFrom(group, m_facts.port);
        const QString opens =
            from.isEmpty() ? tr("does not let TCP %1 in").arg(m_facts.port)
                           : tr("lets TCP %1 in from %2").arg(m_facts.port).arg(from.join(u", "_s));
        auto *item =
            new QListWidgetItem(u"%1 · %2 — %3"_s.arg(group.groupId, group.name, opens), m_groups);
        item->setData(Qt::UserRole, group.groupId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(groups.contains(group.groupId) ? Qt::Checked : Qt::Unchecked);
    }
    updateChecks();
}

AwsInboundChoice AwsInboundPanel::choice() const
{
    return {checkedIds(m_subnets), checkedIds(m_groups), m_privateDns->isChecked()};
}

AwsEndpointRequest AwsInboundPanel::request() const
{
    const AwsInboundChoice chosen = choice();
    return {m_facts.vpc.vpcId, m_target.serviceName, chosen.subnetIds,
            chosen.groupIds,   chosen.privateDns,    {}};
}

void AwsInboundPanel::updateChecks()
{
    const bool read = !m_facts.vpc.vpcId.isEmpty() && !m_busy;
    const QList<LinkCheck> checks =
        read ? AwsInboundChecks::evaluate(m_facts, choice()) : QList<LinkCheck>();
    m_checks->setChecks(checks);
    const auto failed = [&](LinkCheck::Kind kind) {
        return std::any_of(checks.cbegin(), checks.cend(), [kind](const LinkCheck &c) {
            return c.kind == kind && c.status == LinkCheck::Status::Fail;
        });
    };
    const bool busy = changing();
    const bool made = m_result->endpoint().has_value();
    const bool complete = read && m_facts.readError.isEmpty();
    const auto existing = AwsInboundChecks::reusable(m_facts);
    const bool dnsOff = m_facts.dnsSupport && m_facts.dnsHostnames &&
                        !(*m_facts.dnsSupport && *m_facts.dnsHostnames);
    m_fixDns->setText(m_facts.dnsSupport && !*m_facts.dnsSupport ? tr("Turn On DNS Resolution…")
                                                                 : tr("Turn On DNS Hostnames…"));
    m_fixDns->setVisible(complete && !made && dnsOff && m_privateDns->isChecked() &&
                         failed(LinkCheck::Kind::Network));
    m_openPort->setVisible(complete && !made && failed(LinkCheck::Kind::Port) &&
                           !choice().groupIds.isEmpty());
    m_reuse->setVisible(complete && !made && existing.has_value());
    // Create needs every read done (an unread list of endpoints is no "none yet").
    m_create->setEnabled(complete && !made && !busy && LinkCheck::passes(checks));
    m_fixDns->setEnabled(!busy);
    m_openPort->setEnabled(!busy);
    m_refresh->setEnabled(!m_busy && !busy);
    const CliAccount cli = m_account ? m_account->cliAccount() : CliAccount();
    m_command->setCommand(read ? AwsCommands::script(cli, {AwsCommands::createVpcEndpoint(
                                                              cli, m_target.regionId, request())})
                               : QString());
    m_command->setCopyEnabled(complete && LinkCheck::passes(checks),
                              tr("Choose a VPC, subnets and groups that pass the checks first."));
}

void AwsInboundPanel::confirm(const QString &name, const QString &what, const QString &command,
                              std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change on AWS"), what,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(name + u"Confirm"_s);
    box->setInformativeText(
        tr("Acting as %1. The same with the AWS CLI:\n%2").arg(m_account->description(), command));
    WizardParts::showPlainText(box); // the account and the IDs are outside text
    box->button(QMessageBox::Yes)->setText(tr("Make the Change"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // The answer acts on what the question showed, and on nothing read or chosen since.
    connect(box, &QMessageBox::finished, this,
            [this, generation = m_generation, yes = std::move(yes)](int result) {
                if (result == QMessageBox::Yes && generation == m_generation && !m_busy &&
                    !changing())
                    yes();
            });
    box->open();
}

bool AwsInboundPanel::settleOpenChange(QPointer<SendOnce> &slot)
{
    if (!slot || !slot->isOutcomeUnknown())
        return false;
    setStatus(tr("Reading on AWS whether the change was made…"), int(NoteLabel::Kind::Attention));
    slot->run(); // a read: the change itself is not sent again
    return true;
}

void AwsInboundPanel::runChange(QPointer<SendOnce> &slot, SendOnce *sender, const QString &sending,
                                const QString &done, std::function<void()> after)
{
    if (slot)
        slot->deleteLater(); // settled: done, or not made
    slot = sender;
    connect(sender, &SendOnce::runningChanged, this, [this](bool) { updateChecks(); });
    connect(sender, &SendOnce::done, this, [this, done, after](bool) {
        setStatus(done, int(NoteLabel::Kind::Success));
        after();
    });
    connect(sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
        setStatus(unknown ? tr("It is not known whether AWS made the change: %1 Press the same "
                               "button again: the console reads first and never sends it twice.")
                                .arg(error.userMessage())
                          : tr("AWS did not make the change: %1").arg(error.userMessage()),
                  int(NoteLabel::Kind::Problem));
        updateChecks();
    });
    setStatus(sending, int(NoteLabel::Kind::Attention));
    sender->run();
}

void AwsInboundPanel::fixDns()
{
    if (settleOpenChange(m_dnsChange))
        return;
    const QString attribute = m_facts.dnsSupport && !*m_facts.dnsSupport ? u"enableDnsSupport"_s
                                                                         : u"enableDnsHostnames"_s;
    const QString vpc = m_facts.vpc.vpcId;
    const QString region = m_target.regionId;
    const CliAccount cli = m_account->cliAccount();
    confirm(u"awsFixDns"_s,
            attribute == "enableDnsSupport"_L1
                ? tr("Turn on DNS resolution for VPC %1?").arg(vpc)
                : tr("Turn on DNS hostnames for VPC %1? Instances in it get public DNS names "
                     "when they have public addresses.")
                      .arg(vpc),
            AwsCommands::enableVpcAttribute(cli, region, vpc, attribute),
            [this, attribute, vpc, region] {
                AwsInboundService service(m_account);
                runChange(m_dnsChange, service.enableDnsAttribute(region, vpc, attribute, this),
                          tr("Changing VPC %1 on AWS…").arg(vpc),
                          tr("VPC %1 changed on AWS.").arg(vpc), [this] { readVpc(); });
            });
}

void AwsInboundPanel::openPort()
{
    if (settleOpenChange(m_portChange))
        return;
    const QStringList groups = choice().groupIds;
    if (groups.isEmpty())
        return;
    const QString group = groups.first();
    const QString cidr = m_facts.vpc.cidrBlock;
    const QString vpc = m_facts.vpc.vpcId;
    const QString region = m_target.regionId;
    const int port = m_facts.port;
    const CliAccount cli = m_account->cliAccount();
    confirm(u"awsOpenPort"_s,
            tr("Let TCP %1 into security group %2 from the VPC's addresses (%3)?")
                .arg(QString::number(port), group, cidr),
            AwsCommands::openPort(cli, region, group, port, cidr, {}),
            [this, group, cidr, vpc, region, port] {
                AwsInboundService service(m_account);
                runChange(
                    m_portChange, service.openPort(region, vpc, group, port, cidr, {}, this),
                    tr("Changing security group %1 on AWS…").arg(group),
                    tr("Security group %1 lets TCP %2 in now.").arg(group, QString::number(port)),
                    [this] { readVpc(); });
            });
}

void AwsInboundPanel::create()
{
    if (settleOpenChange(m_createChange))
        return;
    AwsEndpointRequest asked = request();
    // One token for every attempt of this create: AWS makes the endpoint once.
    asked.clientToken = u"plc-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString region = m_target.regionId;
    const CliAccount cli = m_account->cliAccount();
    confirm(u"awsCreateEndpoint"_s,
            (asked.privateDns ? tr("Create an interface endpoint in VPC %1 to %2, in subnets %3, "
                                   "with security groups %4, and private DNS on?")
                              : tr("Create an interface endpoint in VPC %1 to %2, in subnets %3, "
                                   "with security groups %4, and private DNS off?"))
                .arg(asked.vpcId, asked.serviceName, asked.subnetIds.join(u", "_s),
                     asked.groupIds.join(u", "_s)),
            AwsCommands::createVpcEndpoint(cli, region, asked), [this, asked, region] {
                AwsInboundService service(m_account);
                setBusy(true);
                setStatus(tr("Asking AWS whether the endpoint can be made (dry run)…"),
                          int(NoteLabel::Kind::Attention));
                auto *dry = service.dryRunCreate(region, asked, this);
                m_read = dry;
                dry->onFinished(
                    this,
                    [this, asked, region, generation = m_generation](bool) {
                        setBusy(false);
                        if (generation != m_generation)
                            return; // the account, target or choice changed meanwhile
                        QStringList existing;
                        for (const AwsVpcEndpoint &e : std::as_const(m_facts.existing))
                            existing.append(e.endpointId);
                        AwsInboundService again(m_account);
                        runChange(m_createChange,
                                  again.createEndpoint(
                                      region, asked, existing,
                                      [this](const AwsVpcEndpoint &made) { showEndpoint(made); },
                                      this),
                                  tr("Creating the endpoint on AWS…"), tr("AWS made the endpoint."),
                                  [] {});
                    },
                    [this](const ApiError &error) {
                        setBusy(false);
                        setStatus(tr("The dry run did not pass, so nothing was made: %1")
                                      .arg(error.userMessage()),
                                  int(NoteLabel::Kind::Problem));
                    });
                dry->onCancelled(this, [this] { setBusy(false); });
            });
}

void AwsInboundPanel::useExisting()
{
    if (const auto existing = AwsInboundChecks::reusable(m_facts))
        showEndpoint(*existing);
}

void AwsInboundPanel::showEndpoint(const AwsVpcEndpoint &endpoint)
{
    // The choice made it (or found it); the endpoint takes its place.
    m_choiceBox->hide();
    setStatus({}, int(NoteLabel::Kind::Attention));
    m_result->track(m_account, m_target, endpoint);
    updateChecks();
}

} // namespace plc
