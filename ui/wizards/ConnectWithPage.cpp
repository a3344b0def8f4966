#include "ui/wizards/ConnectWithPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/EndpointCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConnectWithPage::ConnectWithPage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_tls(new QCheckBox(tr("Require TLS and verify the server's certificate"), this))
    , m_text(new CommandBox(u"connectionString"_s, tr("Connection string"), 10, this))
    , m_note(WizardParts::textLabel(u"connectNote"_s, this))
{
    setObjectName(u"connectPage"_s);
    setTitle(tr("Connect With"));
    setSubTitle(tr("Connect to the database through the endpoint from a host in your VPC."));
    m_client->setObjectName(u"connectWithCombo"_s);
    m_client->setAccessibleName(tr("Connect With"));
    m_tls->setObjectName(u"tlsCheck"_s);
    for (EndpointCommands::Client client : EndpointCommands::clients())
        m_client->addItem(EndpointCommands::clientName(client), int(client));
    m_text->setCopyText(tr("Copy"));
    auto *form = new QFormLayout;
    form->addRow(tr("Connect With:"), m_client);
    form->addRow(QString(), m_tls);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text);
    layout->addWidget(m_note);
    layout->addStretch();
    connect(m_client, &QComboBox::currentIndexChanged, this, &ConnectWithPage::update);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectWithPage::update);
}

void ConnectWithPage::initializePage()
{
    // TiDB Cloud's gateway offers TLS with a public certificate; a custom service may not.
    m_tls->setChecked(m_context->target.kind == PrivateEndpointTarget::Kind::Cluster);
    update();
}

void ConnectWithPage::update()
{
    const auto client = EndpointCommands::Client(m_client->currentData().toInt());
    m_text->setCommand(
        EndpointCommands::connectionString(client, m_context->target, m_tls->isChecked()));
    m_note->setText(
        tr("The password is never part of the connection string: the MySQL CLI asks for it, "
           "and the code reads it from the DB_PASSWORD environment variable. Run it on a host "
           "in the VPC of the endpoint; the host name resolves only there."));
}

} // namespace plc
