#include "ui/widgets/WindowPlacement.h"

namespace plc::WindowPlacement {

namespace {
/// Room left around a window that is not maximized: the desktop's panels and the window's
/// own frame, which is not known before the window is shown.
constexpr int Slack = 48;

qint64 area(const QRect &rect)
{
    return rect.isValid() ? qint64(rect.width()) * rect.height() : 0;
}
} // namespace

FirstStart firstStart(const QRect &available, const QSize &preferred)
{
    if (!available.isValid())
        return {QRect(QPoint(0, 0), preferred), false};
    if (preferred.width() + Slack > available.width() ||
        preferred.height() + Slack > available.height())
        return {available, true};
    QRect geometry(QPoint(0, 0), preferred);
    geometry.moveCenter(available.center());
    return {geometry, false};
}

QRect broughtOnScreen(const QRect &frame, const QList<QRect> &availableAreas)
{
    if (availableAreas.isEmpty() || !frame.isValid())
        return frame;
    for (const QRect &screen : availableAreas) {
        if (screen.contains(frame))
            return frame;
    }
    QRect best = availableAreas.first();
    qint64 bestOverlap = 0;
    for (const QRect &screen : availableAreas) {
        const qint64 overlap = area(screen.intersected(frame));
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = screen;
        }
    }
    QRect result(frame.topLeft(), frame.size().boundedTo(best.size()));
    // Into the area: right and bottom edges first, so that the top-left corner (the title
    // bar, the menu) wins when the two disagree.
    if (result.right() > best.right())
        result.moveRight(best.right());
    if (result.bottom() > best.bottom())
        result.moveBottom(best.bottom());
    if (result.left() < best.left())
        result.moveLeft(best.left());
    if (result.top() < best.top())
        result.moveTop(best.top());
    return result;
}

} // namespace plc::WindowPlacement
