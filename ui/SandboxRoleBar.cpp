#include "ui/SandboxRoleBar.h"

#include "ui/widgets/NoteLabel.h"

#include "models/TextFilterProxy.h"
#include "providers/Provider.h"
#include "services/Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

SandboxRoleBar::SandboxRoleBar(SandboxAdminService *admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
{
    setObjectName(u"sandboxRoleBar"_s);
    m_problem->setObjectName(u"sandboxRoleProblem"_s);
    NoteLabel::setUp(m_problem, NoteLabel::Kind::Problem);
    m_problem->hide();
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
}

SandboxRoleBar::~SandboxRoleBar()
{
    if (m_read)
        m_read->cancel();
}

void SandboxRoleBar::setAccounts(const ProviderAccounts &accounts)
{
    m_accounts = accounts;
    build();
}

void SandboxRoleBar::reload()
{
    if (m_read)
        m_read->cancel();
    auto *job = m_admin->roles();
    m_read = job;
    job->onFinished(
        this,
        [this](const QList<SandboxRoleInfo> &roles) {
            m_problem->hide();
            if (roles == m_roles)
                return; // the same list: the choices stay as they are
            m_roles = roles;
            build();
        },
        [this](const ApiError &error) {
            // The last list read stays; the sentence says why it is not current.
            m_problem->setText(
                tr("The sandbox's roles could not be read: %1").arg(error.userMessage()));
            m_problem->show();
        });
}

void SandboxRoleBar::build()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    const QList<ProviderAccount *> accounts = m_accounts.all();
    for (ProviderAccount *account : accounts) {
        const QString id = account->provider().id();
        Row row;
        for (const SandboxRoleInfo &role : std::as_const(m_roles)) {
            if (role.provider == id)
                row.roles.append(role);
        }
        if (row.roles.isEmpty())
            continue; // this provider's emulation has no roles
        row.account = account;
        row.combo = new QComboBox(this);
        row.combo->setObjectName(id + u"SandboxRole"_s);
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.combo->setMinimumContentsLength(24);
        row.line = new QLabel(this);
        row.line->setObjectName(id + u"SandboxAccountLine"_s);
        row.line->setTextFormat(Qt::PlainText);
        row.line->setWordWrap(true);
        row.line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.assume = new QPushButton(this);
        row.assume->setObjectName(id + u"AssumeNow"_s);
        auto *choice = new QHBoxLayout;
        choice->addWidget(row.combo, 1);
        choice->addWidget(row.assume);
        auto *box = new QVBoxLayout;
        box->addLayout(choice);
        box->addWidget(row.line);
        m_form->addRow(tr("Act on %1 as:").arg(account->provider().name()), box);
        m_rows.append(row);
    }
    for (Row &row : m_rows) {
        fill(row);
        ProviderAccount *account = row.account;
        const auto refresh = [this, account] {
            for (Row &each : m_rows) {
                if (each.account == account)
                    showLine(each);
            }
        };
        connect(account, &ProviderAccount::changed, row.line, refresh);
        connect(account, &ProviderAccount::keysRenewed, row.line, refresh);
        connect(row.combo, &QComboBox::activated, row.line, [this, account] {
            for (Row &each : m_rows) {
                if (each.account == account)
                    choose(each);
            }
        });
        connect(row.assume, &QPushButton::clicked, row.line, [this, account] {
            for (Row &each : m_rows) {
                if (each.account == account)
                    assumeNow(each);
            }
        });
        showLine(row);
    }
    retranslate();
}

void SandboxRoleBar::fill(Row &row)
{
    const QString chosen = QJsonDocument::fromJson(
                               Settings::sandboxRole(row.account->provider().id()).value().toUtf8())
                               .object()
                               .value("arn"_L1)
                               .toString();
    row.combo->clear();
    row.combo->addItem(tr("The sandbox's key pair"), QString());
    for (const SandboxRoleInfo &role : std::as_const(row.roles)) {
        QString text = tr("Role %1").arg(role.name);
        if (!role.userMayAssume)
            text = tr("Role %1 (does not trust the key pair)").arg(role.name);
        else if (!role.mfaDevice.isEmpty())
            text = tr("Role %1 (MFA code)").arg(role.name);
        else if (!role.externalId.isEmpty())
            text = tr("Role %1 (external ID)").arg(role.name);
        row.combo->addItem(text, role.arn);
        row.combo->setItemData(row.combo->count() - 1, TextFilterProxy::plainToolTip(role.arn),
                               Qt::ToolTipRole);
    }
    const int index = row.combo->findData(chosen);
    row.combo->setCurrentIndex(index < 0 ? 0 : index);
}

void SandboxRoleBar::choose(Row &row)
{
    const QString arn = row.combo->currentData().toString();
    const QString id = row.account->provider().id();
    const QString before = QJsonDocument::fromJson(Settings::sandboxRole(id).value().toUtf8())
                               .object()
                               .value("arn"_L1)
                               .toString();
    if (arn == before)
        return; // the same choice again: the keys in hand stay
    QJsonObject kept;
    for (const SandboxRoleInfo &role : std::as_const(row.roles)) {
        if (role.arn == arn)
            kept = {{u"arn"_s, role.arn},
                    {u"mfaDevice"_s, role.mfaDevice},
                    {u"externalId"_s, role.externalId}};
    }
    const auto setting = Settings::sandboxRole(id);
    const bool written = kept.isEmpty() ? (setting.remove(), true)
                                        : setting.setValue(QString::fromUtf8(
                                              QJsonDocument(kept).toJson(QJsonDocument::Compact)));
    if (!written) {
        showLine(row, tr("The choice could not be kept in the settings file; it holds until "
                         "the console closes."));
    }
    Q_EMIT roleChosen(id);
}

void SandboxRoleBar::assumeNow(Row &row)
{
    ProviderAccount *account = row.account;
    if (!account)
        return;
    row.assume->setEnabled(false);
    Job *job = account->prepareForChange(ProviderAccount::ChangeMinutes);
    connect(job, &Job::finished, row.line, [this, job, account] {
        for (Row &each : m_rows) {
            if (each.account != account)
                continue;
            each.assume->setEnabled(true);
            showLine(each, job->succeeded() || job->isCancelled() ? QString()
                                                                  : job->error().userMessage());
        }
    });
}

void SandboxRoleBar::showLine(Row &row, const QString &problem)
{
    if (!row.account)
        return;
    QString text = tr("Acting as %1.").arg(row.account->description());
    const QString note = row.account->keysNote();
    if (!note.isEmpty())
        text += u' ' + note;
    if (!problem.isEmpty())
        text += u'\n' + problem;
    row.line->setText(text);
    NoteLabel::setKind(row.line,
                       problem.isEmpty() ? NoteLabel::Kind::Success : NoteLabel::Kind::Problem);
    row.assume->setVisible(!row.combo->currentData().toString().isEmpty());
}

void SandboxRoleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        build();
    QWidget::changeEvent(event);
}

void SandboxRoleBar::retranslate()
{
    for (Row &row : m_rows) {
        row.assume->setText(tr("Assume &Now"));
        row.assume->setToolTip(tr("Assume the role now, rather than at the next call to the "
                                  "provider, and show who its keys are."));
        row.combo->setAccessibleName(
            tr("Act on %1 as").arg(row.account ? row.account->provider().name() : QString()));
    }
}

} // namespace plc
