#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace plc {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // As tall as its text, never more: the window's content takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    // Every server's error comes through here, quoting names and messages: text, never markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(u"messageRetryButton"_s);
    m_retry->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close->setObjectName(u"messageCloseButton"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QToolButton::clicked, this, [this] {
        hide();
        if (m_actionText.isEmpty())
            Q_EMIT retryRequested();
        else
            Q_EMIT actionRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    showMessage(kind, text, true);
    m_actionText = actionText;
    m_retry->setText(actionText);
}

void MessageBar::showMessage(Kind kind, const QString &text, bool offerRetry)
{
    m_kind = kind;
    m_actionText.clear();
    m_retry->setText(tr("Retry"));
    const bool error = kind == Kind::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf0, 0xfe));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    setPalette(p);
    m_text->setText(text);
    m_retry->setVisible(offerRetry);
    setAccessibleName(error ? tr("Error") : tr("Notice"));
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    if (m_actionText.isEmpty())
        m_retry->setText(tr("Retry"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
}

} // namespace plc
