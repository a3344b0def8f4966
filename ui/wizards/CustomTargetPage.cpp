#include "ui/wizards/CustomTargetPage.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/EndpointAddress.h"
#include "domain/EndpointInput.h"
#include "domain/EndpointServiceName.h"
#include "services/EndpointTargetStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CustomTargetPage::CustomTargetPage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_savedCombo(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_zones(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(QString::number(PrivateEndpointTarget::MatrixOnePort), this))
    , m_user(new QLineEdit(this))
    , m_saveError(WizardParts::problemLabel(u"saveProblem"_s, this))
{
    setObjectName(u"customPage"_s);
    setTitle(tr("Service to connect to"));
    setSubTitle(tr("For a service the TiDB Cloud API does not list, such as a MatrixOne Cloud "
                   "instance."));
    auto *intro = WizardParts::textLabel(u"customIntro"_s, this);
    intro->setText(tr("Enter what the service's console shows for a private link connection "
                      "(for MatrixOne Cloud: Connect > Connect with third-party tools > Private "
                      "Link). Next saves it in this profile; no password is asked for or kept."));
    m_savedCombo->setObjectName(u"savedTargetsCombo"_s);
    m_savedCombo->setAccessibleName(tr("Saved targets"));
    m_remove->setObjectName(u"removeTargetButton"_s);
    m_provider->setObjectName(u"providerCombo"_s);
    for (const auto &provider : ProviderUis::all())
        m_provider->addItem(provider->core().name(), int(provider->core().cloud()));
    // A new target starts on the wizard's provider (MatrixOne Cloud's, Alibaba Cloud).
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(int(context->target.provider))));
    m_provider->setAccessibleName(tr("Cloud provider"));
    const QList<std::tuple<QLineEdit *, QString, QString, QString>> fields{
        {m_name, u"targetNameEdit"_s, tr("Name"), tr("MatrixOne orders")},
        {m_service, u"targetServiceEdit"_s, tr("Service Name"),
         u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-xxxxxxxxxxxxxxxxx"_s},
        {m_zones, u"targetZonesEdit"_s, tr("Zone IDs"), u"cn-hangzhou-i"_s},
        {m_region, u"targetRegionEdit"_s, tr("Region ID"), u"cn-hangzhou"_s},
        {m_host, u"targetHostEdit"_s, tr("Host"), tr("empty: the service name")},
        {m_port, u"targetPortEdit"_s, tr("Port"), QString()},
        {m_user, u"targetUserEdit"_s, tr("User"), u"account:admin:accountadmin"_s},
    };
    auto *form = new QFormLayout;
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedCombo, 1);
    savedRow->addWidget(m_remove);
    form->addRow(tr("Saved targets:"), savedRow);
    form->addRow(tr("Cloud provider:"), m_provider);
    for (const auto &[edit, objectName, label, placeholder] : fields) {
        edit->setObjectName(objectName);
        edit->setAccessibleName(label);
        edit->setPlaceholderText(placeholder);
        auto *problem = WizardParts::problemLabel(objectName + u"Problem"_s, this);
        form->addRow(label + tr(":"), edit);
        form->addRow(QString(), problem);
        m_fields.append(edit);
        m_problems.append(problem);
        connect(edit, &QLineEdit::textChanged, this, &CustomTargetPage::check);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &CustomTargetPage::check);
    connect(m_savedCombo, &QComboBox::activated, this, &CustomTargetPage::pickSaved);
    connect(m_remove, &QPushButton::clicked, this, &CustomTargetPage::removeSaved);
    // The Region ID is in the service name: fill it in unless the user typed one.
    connect(m_service, &QLineEdit::textChanged, this, [this](const QString &text) {
        const EndpointServiceName parsed = EndpointServiceName::parse(text);
        if (parsed.isValid() && !m_region->isModified())
            m_region->setText(parsed.region);
    });
    reloadSaved({});
    check();
}

void CustomTargetPage::reloadSaved(const QString &select)
{
    m_saved = EndpointTargetStore::targets(m_context->profile);
    m_savedCombo->clear();
    m_savedCombo->addItem(tr("New target"));
    for (const PrivateEndpointTarget &t : std::as_const(m_saved))
        m_savedCombo->addItem(t.name, t.name);
    const int index = m_savedCombo->findData(select);
    m_savedCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_remove->setEnabled(index > 0);
}

QString CustomTargetPage::savedName() const
{
    return m_savedCombo->currentData().toString();
}

void CustomTargetPage::pickSaved()
{
    m_remove->setEnabled(!savedName().isEmpty());
    PrivateEndpointTarget t;
    t.provider = CloudProvider::AlibabaCloud;
    t.port = PrivateEndpointTarget::MatrixOnePort;
    for (const PrivateEndpointTarget &saved : std::as_const(m_saved)) {
        if (saved.name == savedName())
            t = saved;
    }
    m_provider->setCurrentIndex(m_provider->findData(int(t.provider)));
    m_name->setText(t.name);
    m_service->setText(t.serviceName);
    m_zones->setText(t.zoneIds.join(u", "_s));
    m_region->setText(t.regionId);
    m_host->setText(t.host == t.serviceName ? QString() : t.host);
    m_port->setText(QString::number(t.port));
    m_user->setText(t.user);
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setModified(!savedName().isEmpty());
    check();
}

void CustomTargetPage::removeSaved()
{
    const QString name = savedName();
    if (name.isEmpty())
        return;
    // The name is the user's own, kept in the settings: quoted as text, never as markup.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Saved Target"),
                                tr("Remove the saved target “%1” from this profile? The endpoint "
                                   "itself is not changed.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"removeTargetConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    WizardParts::showPlainText(box);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        EndpointTargetStore::remove(m_context->profile, name);
        reloadSaved({});
        pickSaved();
    });
    box->open();
}

PrivateEndpointTarget CustomTargetPage::entered() const
{
    PrivateEndpointTarget t;
    t.kind = PrivateEndpointTarget::Kind::Custom;
    t.name = m_name->text();
    t.provider = CloudProvider(m_provider->currentData().toInt());
    t.serviceName = m_service->text().trimmed();
    t.zoneIds = EndpointInput::splitList(m_zones->text());
    t.regionId = m_region->text().trimmed();
    t.host = m_host->text().trimmed().isEmpty() ? t.serviceName : m_host->text().trimmed();
    t.port = m_port->text().trimmed().toInt();
    t.user = m_user->text().trimmed();
    return t;
}

QStringList CustomTargetPage::problems() const
{
    QStringList taken;
    for (const PrivateEndpointTarget &t : m_saved) {
        if (t.name != savedName())
            taken.append(t.name);
    }
    const auto provider = CloudProvider(m_provider->currentData().toInt());
    const QString service = m_service->text().trimmed();
    const QString host = m_host->text().trimmed();
    return {EndpointInput::targetNameProblem(m_name->text(), taken),
            EndpointInput::serviceNameProblem(service, provider),
            EndpointInput::zoneIdsProblem(m_zones->text(), provider, m_region->text().trimmed()),
            EndpointInput::regionIdProblem(m_region->text().trimmed(), service),
            host.isEmpty() ? QString() : EndpointAddress::hostProblem(host),
            EndpointAddress::portProblem(m_port->text().trimmed()),
            EndpointInput::userProblem(m_user->text().trimmed())};
}

void CustomTargetPage::check()
{
    const QStringList found = problems();
    for (int i = 0; i < found.size(); ++i)
        WizardParts::showProblem(m_problems[i], m_fields[i], found[i]);
    m_saveError->hide();
    Q_EMIT completeChanged();
}

bool CustomTargetPage::isComplete() const
{
    const QStringList found = problems();
    return std::all_of(found.begin(), found.end(), [](const QString &p) { return p.isEmpty(); });
}

bool CustomTargetPage::validatePage()
{
    if (!isComplete())
        return false;
    const PrivateEndpointTarget target = entered();
    // A run with --api-url saves nothing, custom targets included.
    if (m_context->profile.isEmpty()) {
        m_context->target = target;
        return true;
    }
    if (!EndpointTargetStore::save(m_context->profile, target, savedName())) {
        m_saveError->setText(tr("The target could not be saved in the settings file; check "
                                "that it is writable. Nothing else was changed."));
        m_saveError->show();
        return false;
    }
    m_context->target = target;
    reloadSaved(target.name);
    return true;
}

} // namespace plc
