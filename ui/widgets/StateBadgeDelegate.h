#pragma once

#include <QStyledItemDelegate>

namespace plc {

/// Paints a state cell as a rounded badge: a light tint of the state's colour behind the
/// state's text in that colour, with a dot before it. The text stays, so the state never
/// depends on colour alone; the colour comes from the model's colour role.
class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadgeDelegate)

public:
    StateBadgeDelegate(int colorRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints one badge with its text in `rect` (shared with the connection diagram).
    static void paintBadge(QPainter *painter, const QRectF &rect, const QString &text,
                           const QColor &color, const QFont &font);
    static QSizeF badgeSize(const QString &text, const QFont &font);

private:
    int m_colorRole;
};

} // namespace plc
