#include "ConnectionPages.h"

#include "ConnectionDetailsPane.h"
#include "ConnectionPicturePane.h"

#include <QEvent>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace plc {

ConnectionPages::ConnectionPages(QWidget *parent)
    : QTabWidget(parent)
    , m_detailsScroll(new QScrollArea(this))
    , m_details(new ConnectionDetailsPane(this))
    , m_picture(new ConnectionPicturePane(this))
{
    setObjectName(u"connectionTabs"_s);
    // The details scroll inside their tab instead of taking the table's rows.
    m_detailsScroll->setObjectName(u"connectionDetailsScroll"_s);
    m_detailsScroll->setWidget(m_details);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addTab(m_detailsScroll, QString());
    addTab(m_picture, QString());
    retranslate();
}

void ConnectionPages::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ConnectionPages::retranslate()
{
    setTabText(indexOf(m_detailsScroll), tr("Details"));
    setTabText(indexOf(m_picture), tr("Picture"));
}

void ConnectionPages::addPage(QWidget *page)
{
    const int index = addTab(page, page->windowTitle());
    if (index == m_wanted)
        setCurrentIndex(index);
}

void ConnectionPages::setPageTitle(QWidget *page, const QString &title)
{
    const int index = indexOf(page);
    if (index >= 0)
        setTabText(index, title);
}

void ConnectionPages::setPageVisible(QWidget *page, bool visible)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    if (!visible && currentIndex() == index)
        setCurrentIndex(0);
    setTabVisible(index, visible);
}

void ConnectionPages::showPage(QWidget *page)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    setTabVisible(index, true);
    setCurrentIndex(index);
}

void ConnectionPages::restoreCurrent(int index)
{
    m_wanted = index;
    if (index >= 0 && index < count())
        setCurrentIndex(index);
}

} // namespace plc
