#pragma once

#include "domain/Changefeed.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace plc {

/// The picture of one private link connection, left to right: the cluster (provider,
/// region, its availability zones) → the connection (state) → the endpoint service (its
/// zones, those it shares with the cluster highlighted, a missing overlap flagged) → the
/// attached domains → the changefeeds whose sinks run through it, when they are known. Lays itself
/// out from the font's metrics, so it reads in every language, and paints on any QPainter: a
/// widget, a PNG image or an SVG generator.
class ConnectionDiagram
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDiagram)

public:
    void setContent(const std::optional<Cluster> &cluster, const QStringList &clusterZones,
                    const std::optional<PrivateLinkConnection> &connection);
    /// The changefeeds through the connection (nullopt: not known, no box for them).
    void setChangefeeds(const std::optional<QList<Changefeed>> &changefeeds);
    bool isEmpty() const { return m_boxes.isEmpty(); }

    /// The zones both sides have, in the cluster's order.
    static QStringList commonZones(const QStringList &clusterZones,
                                   const QStringList &serviceZones);
    /// True when both sides report zones and none is shared.
    bool missingOverlap() const { return m_missingOverlap; }
    /// Every text the picture shows, top to bottom per box (for tests and accessibility).
    QStringList texts() const;

    /// The picture's size. With `maxWidth` > 0 it fits that width: narrower boxes whose
    /// texts wrap, or, when a row of them would be unreadable, one box under the other.
    QSizeF size(const QFont &font, qreal maxWidth = 0) const;
    /// Whether at `maxWidth` the boxes are one under the other (too narrow side by side).
    bool isStacked(const QFont &font, qreal maxWidth) const;
    void paint(QPainter *painter, const QFont &font, const QPalette &palette,
               qreal maxWidth = 0) const;

private:
    struct Line
    {
        enum class Kind { Text, Strong, Mono, Muted, Warning, Badge, Chips };
        Kind kind = Kind::Text;
        QString text;
        QColor color;
        QStringList chips;
        QList<bool> chipShared;
    };
    struct Box
    {
        QString title;
        QColor accent;
        QList<Line> lines;
    };

    struct Placement
    {
        QList<QRectF> boxes;
        QSizeF size;
        qreal gap = 56;
        bool vertical = false;
    };

    static QFont fontFor(Line::Kind kind, const QFont &font);
    Placement place(const QFont &font, qreal maxWidth) const;
    qreal boxHeight(const Box &box, const QFont &font, qreal width) const;
    static qreal titleHeight(const Box &box, const QFont &font, qreal width);
    static void paintArrow(QPainter *painter, const QPalette &palette, const QRectF &from,
                           const QRectF &to, bool broken, bool vertical);
    void build();
    Box changefeedBox() const;
    qreal lineHeight(const Line &line, const QFont &font, qreal width) const;
    qreal paintLine(QPainter *painter, const Line &line, const QFont &font, const QPalette &palette,
                    const QPointF &at, qreal width) const;
    qreal boxWidth(const Box &box, const QFont &font) const;

    std::optional<Cluster> m_cluster;
    QStringList m_clusterZones;
    std::optional<PrivateLinkConnection> m_connection;
    std::optional<QList<Changefeed>> m_changefeeds;
    QList<Box> m_boxes;
    bool m_missingOverlap = false;
};

} // namespace plc
