#include "AwsDecisionDialog.h"

#include "NoteLabel.h"

#include "domain/AwsCommands.h"
#include "domain/EndpointServiceName.h"
#include "services/AwsLinkService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AwsDecisionDialog::AwsDecisionDialog(AwsAccount *account, const PrivateLinkConnection &connection,
                                     bool accept, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_connection(connection)
    , m_accept(accept)
    , m_request(new QLabel(this))
    , m_status(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_decide(new QPushButton(this))
{
    setObjectName(accept ? u"awsAcceptDialog"_s : u"awsRejectDialog"_s);
    setWindowTitle(accept ? tr("Accept on AWS") : tr("Reject on AWS"));
    const QString name = connection.endpointService.name;
    m_region = connection.endpointService.region.isEmpty() ? EndpointServiceName::parse(name).region
                                                           : connection.endpointService.region;
    m_serviceId = name.section(u'.', -1);

    auto *intro = new QLabel(
        accept ? tr("Accept the request of connection %1 to endpoint service %2 (%3), with %4.")
                     .arg(connection.displayName, m_serviceId, m_region, account->description())
               : tr("Reject the request of connection %1 to endpoint service %2 (%3), with %4. "
                    "TiDB Cloud then shows the connection as Failed; it has to be deleted and "
                    "created again to connect later.")
                     .arg(connection.displayName, m_serviceId, m_region, account->description()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_request->setObjectName(u"awsRequest"_s);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"awsDecisionStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_command->setObjectName(u"awsDecisionCommand"_s);
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(70);
    m_command->setAccessibleName(tr("Equivalent AWS CLI command"));
    m_command->setPlainText(
        AwsCommands::decide(m_region, m_serviceId, connection.endpointService.endpointId, accept));
    m_decide->setObjectName(u"awsDecideButton"_s);
    m_decide->setText(accept ? tr("&Accept Request") : tr("&Reject Request"));
    m_decide->setEnabled(false);
    m_decide->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_decide, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_request);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Equivalent AWS CLI command:"), this));
    layout->addWidget(m_command);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decide, &QPushButton::clicked, this, &AwsDecisionDialog::send);
    resize(640, 360);
    findRequest();
}

int AwsDecisionDialog::sendCount() const
{
    return m_sender ? m_sender->sendCount() : 0;
}

void AwsDecisionDialog::setStatus(const QString &text, int kind)
{
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setText(text);
    m_status->show();
}

void AwsDecisionDialog::findRequest()
{
    m_request->setText(tr("Looking for the request of endpoint %1 on AWS…")
                           .arg(m_connection.endpointService.endpointId));
    AwsLinkService service(m_account);
    auto *job = service.request(m_region, m_serviceId, m_connection.endpointService.endpointId);
    m_find = job;
    job->onFinished(
        this,
        [this](const QList<AwsEndpointConnection> &requests) {
            if (requests.isEmpty()) {
                m_request->clear();
                setStatus(tr("AWS shows no request from endpoint %1 on service %2 in this "
                             "account. Check that the AWS profile belongs to the service's "
                             "owner.")
                              .arg(m_connection.endpointService.endpointId, m_serviceId),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            const AwsEndpointConnection &request = requests.first();
            m_request->setText(
                tr("Request from endpoint %1 of AWS account %2, made %3. State on AWS: %4.")
                    .arg(request.endpointId, request.owner,
                         QLocale().toString(request.created.toLocalTime(), QLocale::ShortFormat),
                         request.state));
            if (request.state == "pendingAcceptance"_L1) {
                m_decide->setEnabled(true);
                if (m_accept)
                    m_decide->setDefault(true);
            } else {
                setStatus(
                    tr("There is nothing to decide: the request is %1 on AWS.").arg(request.state),
                    int(NoteLabel::Kind::Attention));
            }
        },
        [this](const ApiError &error) {
            m_request->clear();
            setStatus(error.userMessage(), int(NoteLabel::Kind::Problem));
        });
}

void AwsDecisionDialog::send()
{
    if (!m_sender) {
        AwsLinkService service(m_account);
        m_sender = service.decide(
            m_region, m_serviceId, m_connection.endpointService.endpointId, m_accept,
            [this](const AwsUnsuccessfulItem &item) { m_refusal = item; }, this);
        connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
            m_decide->setEnabled(!running && !m_sender->isDone());
            if (running)
                setStatus(m_accept ? tr("Accepting on AWS…") : tr("Rejecting on AWS…"),
                          int(NoteLabel::Kind::Attention));
        });
        connect(m_sender, &SendOnce::done, this, [this] {
            m_decide->setEnabled(false);
            if (m_refusal) {
                setStatus(tr("AWS did not take the decision (%1): %2")
                              .arg(m_refusal->code, m_refusal->message),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            setStatus(m_accept ? tr("Accepted on AWS. TiDB Cloud shows the connection as Active "
                                    "within a minute; the table follows it.")
                               : tr("Rejected on AWS. TiDB Cloud shows the connection as Failed "
                                    "within a minute."),
                      int(NoteLabel::Kind::Success));
            Q_EMIT decided();
        });
        connect(m_sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
            setStatus(unknown ? tr("It is not known whether AWS took the decision: %1 Choose the "
                                   "button again to find out; it is not sent twice.")
                                    .arg(error.userMessage())
                              : error.userMessage(),
                      int(NoteLabel::Kind::Problem));
        });
    }
    m_sender->run();
}

} // namespace plc
