#include "ui/providers/LinkCheckList.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

LinkCheckList::LinkCheckList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch(); // the rows stay together at the top
}

QString LinkCheckList::mark(LinkCheck::Status status)
{
    switch (status) {
    case LinkCheck::Status::Pass:
        return u"✓"_s;
    case LinkCheck::Status::Fail:
        return u"✗"_s;
    case LinkCheck::Status::Unknown:
        return u"?"_s;
    case LinkCheck::Status::Info:
        return u"ℹ"_s;
    }
    return {};
}

void LinkCheckList::setChecks(const QList<LinkCheck> &checks)
{
    m_checks = checks;
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const LinkCheck &check : checks) {
        QString text = mark(check.status) + u"  "_s + check.sentence;
        if (!check.fix.isEmpty() && check.status != LinkCheck::Status::Pass)
            text += u"\n    → "_s + check.fix;
        auto *row = new QLabel(text, this);
        row->setTextFormat(Qt::PlainText);
        row->setWordWrap(true);
        row->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->setObjectName(u"check%1"_s.arg(int(check.kind)));
        QPalette palette = row->palette();
        if (check.status == LinkCheck::Status::Fail)
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        else if (check.status == LinkCheck::Status::Pass)
            palette.setColor(QPalette::WindowText, QColor(0x1b, 0x6e, 0x2a));
        row->setPalette(palette);
        m_layout->insertWidget(m_layout->count() - 1, row);
        m_rows.append(row);
    }
}

} // namespace plc
