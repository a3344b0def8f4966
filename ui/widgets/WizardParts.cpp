#include "ui/widgets/WizardParts.h"

#include "models/TextFilterProxy.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace plc {

QLabel *WizardParts::problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    label->setPalette(palette);
    label->hide();
    return label;
}

void WizardParts::showProblem(QLabel *label, QLineEdit *edit, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty() && edit->isModified());
    edit->setToolTip(TextFilterProxy::plainToolTip(problem));
}

QString WizardParts::literalAmpersands(const QString &text)
{
    return QString(text).replace(u'&', u"&&"_s);
}

QString WizardParts::summaryRow(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString WizardParts::numberedSteps(const QStringList &steps)
{
    QString html = u"<ol style='margin-left:0px'>"_s;
    for (const QString &step : steps)
        html += u"<li>"_s + step + u"</li>"_s;
    return html + u"</ol>"_s;
}

void WizardParts::showPlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

QLabel *WizardParts::textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void WizardParts::setUpWizard(QWizard *wizard, const QString &objectName, const QString &title,
                              const QSize &size)
{
    wizard->setObjectName(objectName);
    wizard->setWindowTitle(title);
    wizard->setWizardStyle(QWizard::ClassicStyle);
    // A page's title or subtitle may name a connection, a cluster or an account: text, never
    // markup (AutoText would render a name that looks like HTML).
    wizard->setTitleFormat(Qt::PlainText);
    wizard->setSubTitleFormat(Qt::PlainText);
    wizard->setOption(QWizard::NoBackButtonOnLastPage);
    wizard->setOption(QWizard::NoCancelButtonOnLastPage);
    wizard->resize(size);
}

CommandBox::CommandBox(const QString &objectName, const QString &accessibleName, int lines,
                       QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy Command"), this))
{
    m_text->setObjectName(objectName);
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * lines + 12);
    m_text->setAccessibleName(accessibleName);
    QPushButton *copy = m_copy;
    copy->setObjectName(u"copy"_s + objectName.left(1).toUpper() + objectName.mid(1));
    copy->setAccessibleDescription(accessibleName);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1, Qt::AlignTop);
    row->addWidget(copy, 0, Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void CommandBox::setCommand(const QString &command)
{
    m_text->setPlainText(command);
}

void CommandBox::setCopyEnabled(bool enabled, const QString &why)
{
    m_copy->setEnabled(enabled);
    m_copy->setToolTip(enabled ? QString() : why);
}

void CommandBox::setCopyText(const QString &text)
{
    m_copy->setText(text);
}

QString CommandBox::command() const
{
    return m_text->toPlainText();
}

CopyField::CopyField(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_value(new QLineEdit(this))
{
    m_value->setObjectName(objectName);
    m_value->setReadOnly(true);
    m_value->setAccessibleName(accessibleName);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"copy"_s + objectName.left(1).toUpper() + objectName.mid(1));
    copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_value->text()); });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_value, 1);
    row->addWidget(copy);
}

void CopyField::setValue(const QString &value)
{
    m_value->setText(value);
    m_value->setCursorPosition(0);
}

QString CopyField::value() const
{
    return m_value->text();
}

void WizardParts::holdBack(QWizard *wizard, QWizardPage *page, bool hold)
{
    if (!hold || !wizard || wizard->currentPage() != page)
        return;
    if (QAbstractButton *back = wizard->button(QWizard::BackButton))
        back->setEnabled(false);
}

void WizardParts::giveLabelsRoom(const QList<QPushButton *> &buttons)
{
    for (QPushButton *button : buttons) {
        QString shown = button->text();
        shown.remove(u'&');
        const QFontMetrics metrics = button->fontMetrics();
        // The label, a character either side, and the frame's own margin.
        const int wanted = metrics.horizontalAdvance(shown) + 2 * metrics.averageCharWidth() + 8;
        button->setMinimumWidth(0);
        button->setMinimumWidth(qMax(wanted, button->sizeHint().width()));
    }
}

} // namespace plc
