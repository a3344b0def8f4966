#include "ui/wizards/ConfluentNameEditor.h"

#include "ui/widgets/WizardParts.h"

#include "domain/ConnectionInput.h"
#include "domain/DomainNames.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentNameEditor::ConfluentNameEditor(QString clusterRegion, QStringList attached,
                                         QWidget *parent)
    : QWidget(parent)
    , m_clusterRegion(std::move(clusterRegion))
    , m_attached(std::move(attached))
    , m_subdomain(new QLineEdit(this))
    , m_subdomainProblem(WizardParts::problemLabel(u"subdomainProblem"_s, this))
    , m_uniqueName(new QLineEdit(this))
    , m_uniqueNameProblem(WizardParts::problemLabel(u"uniqueNameProblem"_s, this))
{
    m_subdomain->setObjectName(u"confluentSubdomainEdit"_s);
    m_subdomain->setPlaceholderText(
        u"use1-az1.domnprzqrog.%1.aws.confluent.cloud"_s.arg(m_clusterRegion));
    m_subdomain->setAccessibleName(tr("DNS subdomain of the Confluent Cloud network"));
    m_uniqueName->setObjectName(u"uniqueNameEdit"_s);
    m_uniqueName->setPlaceholderText(u"domnprzqrog.%1"_s.arg(m_clusterRegion));
    m_uniqueName->setAccessibleName(tr("Unique name"));
    auto *hint = WizardParts::textLabel(u"subdomainHint"_s, this);
    hint->setText(tr("In Confluent Cloud: Environments › your environment › Network management › "
                     "For dedicated clusters › Network overview shows the DNS subdomain."));
    // The hint spans the width above the form: a word-wrapped label inside a form row gets
    // far more height than its text needs.
    auto *form = new QFormLayout;
    form->addRow(tr("DNS subdomain:"), m_subdomain);
    form->addRow(QString(), m_subdomainProblem);
    form->addRow(tr("Unique name:"), m_uniqueName);
    form->addRow(QString(), m_uniqueNameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(form);
    connect(m_subdomain, &QLineEdit::textEdited, this, &ConfluentNameEditor::onSubdomainEdited);
    connect(m_uniqueName, &QLineEdit::textChanged, this, &ConfluentNameEditor::check);
}

void ConfluentNameEditor::onSubdomainEdited()
{
    const QString name =
        DomainNames::confluentUniqueNameFromSubdomain(m_subdomain->text().trimmed());
    if (!name.isEmpty()) {
        m_uniqueName->setText(name);
        m_uniqueName->setModified(true);
    }
    check();
}

QString ConfluentNameEditor::uniqueName() const
{
    return m_uniqueName->text();
}

QString ConfluentNameEditor::problem() const
{
    return ConnectionInput::confluentNetworkProblem(m_uniqueName->text(), m_clusterRegion,
                                                    m_attached);
}

void ConfluentNameEditor::check()
{
    WizardParts::showProblem(m_subdomainProblem, m_subdomain,
                             ConnectionInput::confluentSubdomainProblem(m_subdomain->text()));
    WizardParts::showProblem(m_uniqueNameProblem, m_uniqueName, problem());
    Q_EMIT changed();
}

} // namespace plc
