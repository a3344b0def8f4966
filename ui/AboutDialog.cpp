#include "ui/AboutDialog.h"

#include "base/CommandLineDescription.h"
#include "base/OutsideText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

QLabel *plainLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Private Link Console"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/privatelink-console.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(tr("Private Link Console"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(
        plainLabel(tr("Version %1").arg(QStringLiteral(PLC_VERSION)), u"aboutVersion"_s, this));
    text->addWidget(plainLabel(CommandLineDescription::qtVersionText(), u"aboutQt"_s, this));
    text->addSpacing(8);
    text->addWidget(plainLabel(tr("Set up and run the private link connections of TiDB Cloud "
                                  "clusters, and the cloud provider's side of each link."),
                               u"aboutSummary"_s, this));
    text->addSpacing(8);
    text->addWidget(plainLabel(backendText(), u"aboutBackend"_s, this));
    text->addSpacing(8);
    auto *license = new QLabel(this);
    license->setObjectName(u"aboutLicense"_s);
    license->setWordWrap(true);
    license->setOpenExternalLinks(true);
    license->setTextFormat(Qt::RichText);
    // Our own words and a fixed link: nothing from outside goes into this rich text.
    license->setText(tr("Licensed under the <a href=\"%1\">Apache License, Version 2.0</a>.")
                         .arg(u"https://www.apache.org/licenses/LICENSE-2.0"_s));
    text->addWidget(license);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"aboutCopy"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::backendText() const
{
    if (m_backend.sandbox)
        return tr("Talking to the embedded sandbox at %1: nothing leaves this computer.")
            .arg(m_backend.apiUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (m_backend.apiUrl.isEmpty())
        return tr("Not talking to any API yet.");
    // The URL and the profile's name come from the settings file: shown as text.
    const QString url =
        OutsideText::visible(m_backend.apiUrl.toDisplayString(QUrl::RemoveUserInfo));
    return m_backend.profileName.isEmpty()
               ? tr("Talking to the API at %1.").arg(url)
               : tr("Talking to the API at %1 with the profile “%2”.")
                     .arg(url, OutsideText::visible(m_backend.profileName));
}

QString AboutDialog::details() const
{
    return QStringList{u"Private Link Console "_s + QStringLiteral(PLC_VERSION),
                       CommandLineDescription::qtVersionText(),
                       QSysInfo::prettyProductName() + u' ' + QSysInfo::currentCpuArchitecture() +
                           u' ' + QGuiApplication::platformName(),
                       backendText()}
        .join(u'\n');
}

} // namespace plc
