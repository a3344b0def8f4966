#pragma once

#include <QList>
#include <QRect>

namespace plc {

/// Where the main window goes on the screens it has, as plain geometry (no widget), so that
/// every case is testable without those screens.
namespace WindowPlacement {

/// The first start on a screen whose available area is `available`: the preferred size
/// when it fits with room to spare, centred; else the whole available area, maximized.
struct FirstStart
{
    QRect geometry;
    bool maximized = false;
};
FirstStart firstStart(const QRect &available, const QSize &preferred);

/// A remembered frame that no longer fits (another monitor, another scale): moved onto the
/// available area it overlaps most (the first one when it overlaps none), and shrunk to it
/// when larger. A frame that fits is returned as it is.
QRect broughtOnScreen(const QRect &frame, const QList<QRect> &availableAreas);

} // namespace WindowPlacement

} // namespace plc
