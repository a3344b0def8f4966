#include "ui/ConnectionPages.h"

#include "ui/ConnectionDetailsPane.h"
#include "ui/ConnectionPicturePane.h"

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

void ConnectionPages::restoreCurrent(int index)
{
    if (index >= 0 && index < count())
        setCurrentIndex(index);
}

} // namespace plc
