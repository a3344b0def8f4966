#include "ui/widgets/StateBadgeDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace plc {

namespace {
constexpr qreal PaddingX = 8;
constexpr qreal PaddingY = 2;
constexpr qreal Dot = 6;
} // namespace

StateBadgeDelegate::StateBadgeDelegate(int colorRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
{}

QSizeF StateBadgeDelegate::badgeSize(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(text) + 2 * PaddingX + Dot + PaddingX / 2,
            metrics.height() + 2 * PaddingY};
}

void StateBadgeDelegate::paintBadge(QPainter *painter, const QRectF &rect, const QString &text,
                                    const QColor &color, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor tint = color;
    tint.setAlphaF(0.14f);
    QPainterPath path;
    path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->fillPath(path, tint);
    painter->setPen(QPen(color, 1));
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QPointF dotCentre(rect.left() + PaddingX + Dot / 2, rect.center().y());
    painter->drawEllipse(dotCentre, Dot / 2, Dot / 2);
    painter->setPen(color.darker(115));
    painter->setFont(font);
    const QRectF textRect = rect.adjusted(PaddingX + Dot + PaddingX / 2, 0, -PaddingX, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The background, selection and focus as the style draws them, then the badge.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QColor color = index.data(m_colorRole).value<QColor>();
    if (text.isEmpty() || !color.isValid())
        return;
    const QSizeF size = badgeSize(text, opt.font);
    const QRectF cell = QRectF(opt.rect).adjusted(4, 2, -4, -2);
    QRectF badge(cell.left(), cell.center().y() - size.height() / 2,
                 qMin(size.width(), cell.width()), qMin(size.height(), cell.height()));
    paintBadge(painter, badge, text, color, opt.font);
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSizeF size = badgeSize(opt.text, opt.font);
    return QSize(qCeil(size.width()) + 8, qCeil(size.height()) + 4)
        .expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

} // namespace plc
