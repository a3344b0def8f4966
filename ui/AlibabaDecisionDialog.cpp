#include "AlibabaDecisionDialog.h"

#include "NoteLabel.h"
#include "wizards/WizardParts.h"

#include "domain/AlibabaCommands.h"
#include "domain/DisplayNames.h"
#include "domain/EndpointServiceName.h"
#include "services/AlibabaLinkService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaDecisionDialog::AlibabaDecisionDialog(AlibabaAccount *account,
                                             const PrivateLinkConnection &connection, bool allow,
                                             QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_connection(connection)
    , m_allow(allow)
    , m_request(new QLabel(this))
    , m_status(new QLabel(this))
    , m_command(
          new CommandBox(u"alibabaDecisionCommand"_s, tr("Equivalent aliyun CLI command"), 3, this))
    , m_decide(new QPushButton(this))
{
    setObjectName(allow ? u"alibabaAllowDialog"_s : u"alibabaRejectDialog"_s);
    setWindowTitle(allow ? tr("Allow on Alibaba Cloud") : tr("Reject on Alibaba Cloud"));
    const QString name = connection.endpointService.name;
    m_region = EndpointServiceName::parse(name).region;
    m_serviceId = name.section(u'.', -1);
    const QString endpointId = connection.endpointService.endpointId;

    auto *intro = new QLabel(
        allow ? tr("Allow the endpoint connection request of connection %1 to endpoint service "
                   "%2 (%3), with %4.")
                    .arg(connection.displayName, m_serviceId, m_region, account->description())
              : tr("Reject the endpoint connection request of connection %1 to endpoint service "
                   "%2 (%3), with %4. TiDB Cloud then shows the connection as Failed; it has to "
                   "be deleted and created again to connect later.")
                    .arg(connection.displayName, m_serviceId, m_region, account->description()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_request->setObjectName(u"alibabaRequest"_s);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"alibabaDecisionStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);
    m_command->setCommand(AlibabaCommands::decide(m_region, m_serviceId, endpointId, allow));
    m_decide->setObjectName(u"alibabaDecideButton"_s);
    m_decide->setText(allow ? tr("&Allow Request") : tr("&Reject Request…"));
    m_decide->setEnabled(false);
    m_decide->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_decide, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_request);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Equivalent aliyun CLI command:"), this));
    layout->addWidget(m_command);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decide, &QPushButton::clicked, this, [this] { m_allow ? send() : confirm(); });
    resize(680, 380);
    findRequest();
}

int AlibabaDecisionDialog::sendCount() const
{
    return m_sender ? m_sender->sendCount() : 0;
}

void AlibabaDecisionDialog::setStatus(const QString &text, int kind)
{
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setText(text);
    m_status->show();
}

void AlibabaDecisionDialog::findRequest()
{
    const QString endpointId = m_connection.endpointService.endpointId;
    m_decide->setEnabled(false);
    m_request->setText(
        tr("Looking for the request of endpoint %1 on Alibaba Cloud…").arg(endpointId));
    AlibabaLinkService service(m_account);
    auto *job = service.request(m_region, m_serviceId, endpointId);
    m_find = job;
    job->onFinished(
        this,
        [this, endpointId](const QList<AlibabaEndpointConnection> &requests) {
            if (requests.isEmpty()) {
                m_request->clear();
                setStatus(tr("Alibaba Cloud shows no request from endpoint %1 on service %2 in "
                             "this account. Check that the Alibaba Cloud account is the "
                             "service's owner.")
                              .arg(endpointId, m_serviceId),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            const AlibabaEndpointConnection &request = requests.first();
            const QString zones = request.zoneIds.isEmpty()
                                      ? tr("none")
                                      : QLocale().createSeparatedList(request.zoneIds);
            m_request->setText(
                tr("Request from endpoint %1 of Alibaba Cloud account %2, zones %3. Status on "
                   "Alibaba Cloud: %4.")
                    .arg(request.endpointId, request.endpointOwnerId, zones,
                         DisplayNames::alibabaConnectionStatus(request.status)));
            if (request.status == "Pending"_L1) {
                m_decide->setEnabled(!m_sender || !m_sender->isDone());
                if (m_allow)
                    m_decide->setDefault(true);
            } else {
                // After a refusal, the refusal first, then what the request is now.
                const QString now =
                    tr("There is nothing to decide: the request is %1 on Alibaba Cloud.")
                        .arg(DisplayNames::alibabaConnectionStatus(request.status));
                setStatus(m_refusal.isEmpty() ? now : m_refusal + u' ' + now,
                          int(m_refusal.isEmpty() ? NoteLabel::Kind::Attention
                                                  : NoteLabel::Kind::Problem));
            }
        },
        [this](const ApiError &error) {
            m_request->clear();
            setStatus(error.userMessage(), int(NoteLabel::Kind::Problem));
        });
}

void AlibabaDecisionDialog::confirm()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Reject the request?"),
        tr("Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and it "
           "cannot be allowed afterwards.")
            .arg(m_connection.endpointService.endpointId, m_connection.displayName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"alibabaRejectConfirm"_s);
    box->button(QMessageBox::Yes)->setText(tr("&Reject Request"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            send();
    });
    box->open();
}

void AlibabaDecisionDialog::send()
{
    if (!m_sender) {
        AlibabaLinkService service(m_account);
        m_sender = service.decide(m_region, m_serviceId, m_connection.endpointService.endpointId,
                                  m_allow, this);
        connect(m_sender, &SendOnce::runningChanged, this, [this](bool running) {
            m_decide->setEnabled(!running && !m_sender->isDone() && !m_find);
            if (running)
                setStatus(m_allow ? tr("Allowing on Alibaba Cloud…")
                                  : tr("Rejecting on Alibaba Cloud…"),
                          int(NoteLabel::Kind::Attention));
        });
        connect(m_sender, &SendOnce::done, this, [this] {
            m_decide->setEnabled(false);
            setStatus(m_allow ? tr("Allowed on Alibaba Cloud. TiDB Cloud shows the connection "
                                   "as Active within a minute; the table follows it.")
                              : tr("Rejected on Alibaba Cloud. TiDB Cloud shows the connection "
                                   "as Failed within a minute."),
                      int(NoteLabel::Kind::Success));
            Q_EMIT decided();
        });
        connect(m_sender, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
            if (unknown) {
                setStatus(tr("It is not known whether Alibaba Cloud took the decision: %1 Choose "
                             "the button again to find out; it is not sent twice.")
                              .arg(error.userMessage()),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            // Refused (someone decided first, or the AccessKey may not): read the request
            // again, so that the window says what it is now.
            m_refusal = error.userMessage();
            setStatus(m_refusal, int(NoteLabel::Kind::Problem));
            findRequest();
        });
    }
    m_sender->run();
}

} // namespace plc
