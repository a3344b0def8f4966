#include "ui/ConnectionDiagram.h"

#include "ui/widgets/StateBadgeDelegate.h"

#include "domain/DisplayNames.h"
#include "models/ChangefeedTableModel.h"
#include "models/ConnectionTableModel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr qreal Margin = 16;
constexpr qreal Padding = 12;
constexpr qreal Gap = 56;
constexpr qreal NarrowGap = 22;
constexpr qreal NarrowBox = 110; ///< below this a row of boxes is stacked instead
constexpr qreal Spacing = 6;
constexpr qreal MinBox = 200;
constexpr qreal MaxBox = 320;
constexpr qreal ChipPaddingX = 6;
constexpr qreal ChipGap = 4;
constexpr int MaxDomainsShown = 8;
constexpr int TextFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere;
constexpr int TitleFlags = Qt::TextWordWrap; ///< titles are words: wrap between them

const QColor SharedColor(0x1e, 0x8e, 0x3e);
const QColor WarningColor(0xc5, 0x22, 0x1f);
const QColor ClusterAccent(0x1a, 0x73, 0xe8);
const QColor ServiceAccent(0xb0, 0x60, 0x00);
const QColor DomainAccent(0x6f, 0x42, 0xc1);
const QColor ChangefeedAccent(0x00, 0x7a, 0x87);
constexpr int MaxChangefeedsShown = 4;

QFont monoFont(const QFont &font)
{
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : 9);
    return mono;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

qreal chipWidth(const QString &text, const QFontMetricsF &metrics)
{
    return metrics.horizontalAdvance(text) + 2 * ChipPaddingX;
}
} // namespace

QFont ConnectionDiagram::fontFor(Line::Kind kind, const QFont &font)
{
    if (kind == Line::Kind::Strong)
        return boldFont(font);
    if (kind == Line::Kind::Mono)
        return monoFont(font);
    return font;
}

QStringList ConnectionDiagram::commonZones(const QStringList &clusterZones,
                                           const QStringList &serviceZones)
{
    QStringList common;
    for (const QString &zone : clusterZones) {
        if (serviceZones.contains(zone))
            common.append(zone);
    }
    return common;
}

void ConnectionDiagram::setContent(const std::optional<Cluster> &cluster,
                                   const QStringList &clusterZones,
                                   const std::optional<PrivateLinkConnection> &connection)
{
    m_cluster = cluster;
    m_clusterZones = clusterZones;
    m_connection = connection;
    build();
}

void ConnectionDiagram::setChangefeeds(const std::optional<QList<Changefeed>> &changefeeds)
{
    m_changefeeds = changefeeds;
    build();
}

ConnectionDiagram::Box ConnectionDiagram::changefeedBox() const
{
    using Kind = Line::Kind;
    Box box{tr("Changefeeds"), ChangefeedAccent, {}};
    if (m_changefeeds->isEmpty()) {
        box.lines.append({Kind::Muted, tr("No changefeed runs through it"), {}, {}, {}});
        return box;
    }
    int shown = 0;
    for (const Changefeed &c : *m_changefeeds) {
        if (shown++ >= MaxChangefeedsShown)
            break;
        box.lines.append(
            {Kind::Strong, c.displayName.isEmpty() ? c.changefeedId : c.displayName, {}, {}, {}});
        box.lines.append({Kind::Badge,
                          DisplayNames::changefeedState(c.state),
                          ChangefeedTableModel::stateColor(c.state.value),
                          {},
                          {}});
        box.lines.append(
            {Kind::Text,
             c.port ? tr("%1 · port %2").arg(DisplayNames::sinkType(c.sinkType)).arg(*c.port)
                    : DisplayNames::sinkType(c.sinkType),
             {},
             {},
             {}});
        if (isTroubled(c.state.value) && !c.error.isEmpty())
            box.lines.append({Kind::Warning, c.error, {}, {}, {}});
    }
    if (m_changefeeds->size() > MaxChangefeedsShown)
        box.lines.append(
            {Kind::Muted,
             tr("and %n more", nullptr, int(m_changefeeds->size()) - MaxChangefeedsShown),
             {},
             {},
             {}});
    return box;
}

void ConnectionDiagram::build()
{
    m_boxes.clear();
    m_missingOverlap = false;
    if (!m_cluster || !m_connection)
        return;
    using Kind = Line::Kind;
    const PrivateLinkConnection &c = *m_connection;
    const QStringList serviceZones = c.endpointService.availabilityZoneIds;
    const QStringList shared = commonZones(m_clusterZones, serviceZones);
    m_missingOverlap = !m_clusterZones.isEmpty() && !serviceZones.isEmpty() && shared.isEmpty();

    Box cluster{tr("Cluster"), ClusterAccent, {}};
    cluster.lines.append({Kind::Strong, m_cluster->displayName, {}, {}, {}});
    cluster.lines.append(
        {Kind::Text,
         u"%1 · %2"_s.arg(DisplayNames::cloudProvider(m_cluster->region.cloudProvider),
                          m_cluster->region.providerRegionCode()),
         {},
         {},
         {}});
    cluster.lines.append({Kind::Muted, tr("Availability zones"), {}, {}, {}});
    if (m_clusterZones.isEmpty()) {
        cluster.lines.append({Kind::Muted, tr("Loading…"), {}, {}, {}});
    } else {
        Line chips{Kind::Chips, {}, {}, m_clusterZones, {}};
        for (const QString &zone : m_clusterZones)
            chips.chipShared.append(shared.contains(zone));
        cluster.lines.append(chips);
    }

    Box link{tr("Private link connection"), ConnectionTableModel::stateColor(c.state.value), {}};
    link.lines.append({Kind::Strong, c.displayName, {}, {}, {}});
    link.lines.append({Kind::Badge,
                       DisplayNames::connectionState(c.state),
                       ConnectionTableModel::stateColor(c.state.value),
                       {},
                       {}});
    link.lines.append({Kind::Text, DisplayNames::connectionType(c.type), {}, {}, {}});
    if (!c.endpointService.endpointId.isEmpty())
        link.lines.append(
            {Kind::Mono, tr("Endpoint ID: %1").arg(c.endpointService.endpointId), {}, {}, {}});
    if (c.state.value == ConnectionState::Failed && !c.message.isEmpty())
        link.lines.append({Kind::Warning, c.message, {}, {}, {}});

    Box service{tr("Endpoint service"), ServiceAccent, {}};
    service.lines.append({Kind::Mono, c.endpointService.name, {}, {}, {}});
    if (!c.endpointService.region.isEmpty())
        service.lines.append(
            {Kind::Text, tr("Cross-region: %1").arg(c.endpointService.region), {}, {}, {}});
    service.lines.append({Kind::Muted, tr("Availability zones"), {}, {}, {}});
    if (serviceZones.isEmpty()) {
        service.lines.append({Kind::Muted, tr("Not reported yet"), {}, {}, {}});
    } else {
        Line chips{Kind::Chips, {}, {}, serviceZones, {}};
        for (const QString &zone : serviceZones)
            chips.chipShared.append(shared.contains(zone));
        service.lines.append(chips);
    }
    if (m_missingOverlap)
        service.lines.append(
            {Kind::Warning, tr("No availability zone in common with the cluster"), {}, {}, {}});
    else if (!shared.isEmpty())
        service.lines.append(
            {Kind::Text, tr("In common: %1").arg(shared.join(u", "_s)), SharedColor, {}, {}});

    Box domains{tr("Attached domains"), DomainAccent, {}};
    if (!c.attachedDomains) {
        domains.lines.append({Kind::Muted, tr("Loading…"), {}, {}, {}});
    } else if (c.attachedDomains->isEmpty()) {
        domains.lines.append({Kind::Muted, tr("No domains attached"), {}, {}, {}});
    } else {
        int shown = 0, total = 0;
        for (const AttachDomain &group : *c.attachedDomains) {
            domains.lines.append(
                {Kind::Strong,
                 u"%1 · %2"_s.arg(DisplayNames::domainType(group.type), group.uniqueName),
                 {},
                 {},
                 {}});
            for (const Domain &domain : group.domains) {
                ++total;
                if (shown >= MaxDomainsShown)
                    continue;
                ++shown;
                const bool failed = domain.state == "FAILED"_L1;
                domains.lines.append(
                    {failed ? Kind::Warning : Kind::Mono,
                     u"%1 (%2)"_s.arg(domain.name, DisplayNames::domainState(domain.state)),
                     {},
                     {},
                     {}});
            }
        }
        if (total > shown)
            domains.lines.append(
                {Kind::Muted, tr("and %n more", nullptr, total - shown), {}, {}, {}});
    }
    m_boxes = {cluster, link, service, domains};
    if (m_changefeeds)
        m_boxes.append(changefeedBox());
}

QStringList ConnectionDiagram::texts() const
{
    QStringList result;
    for (const Box &box : m_boxes) {
        result.append(box.title);
        for (const Line &line : box.lines)
            result.append(line.kind == Line::Kind::Chips ? line.chips.join(u", "_s) : line.text);
    }
    return result;
}

qreal ConnectionDiagram::boxWidth(const Box &box, const QFont &font) const
{
    qreal widest = QFontMetricsF(boldFont(font)).horizontalAdvance(box.title);
    for (const Line &line : box.lines) {
        if (line.kind == Line::Kind::Chips) {
            const QFontMetricsF metrics(font);
            qreal row = 0;
            for (const QString &chip : line.chips)
                row += chipWidth(chip, metrics) + ChipGap;
            widest = qMax(widest, row);
        } else if (line.kind == Line::Kind::Badge) {
            widest = qMax(widest, StateBadgeDelegate::badgeSize(line.text, font).width());
        } else {
            widest =
                qMax(widest, QFontMetricsF(fontFor(line.kind, font)).horizontalAdvance(line.text));
        }
    }
    return std::clamp(widest + 2 * Padding, MinBox, MaxBox);
}

qreal ConnectionDiagram::lineHeight(const Line &line, const QFont &font, qreal width) const
{
    if (line.kind == Line::Kind::Badge)
        return StateBadgeDelegate::badgeSize(line.text, font).height();
    if (line.kind == Line::Kind::Chips) {
        const QFontMetricsF metrics(font);
        const qreal chipHeight = metrics.height() + 4;
        qreal x = 0, height = chipHeight;
        for (const QString &chip : line.chips) {
            const qreal w = chipWidth(chip, metrics);
            if (x > 0 && x + w > width) {
                x = 0;
                height += chipHeight + ChipGap;
            }
            x += w + ChipGap;
        }
        return height;
    }
    const QFontMetricsF metrics(fontFor(line.kind, font));
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), TextFlags, line.text).height();
}

qreal ConnectionDiagram::titleHeight(const Box &box, const QFont &font, qreal width)
{
    return QFontMetricsF(boldFont(font))
        .boundingRect(QRectF(0, 0, width - 2 * Padding, 1e6), TitleFlags, box.title)
        .height();
}

qreal ConnectionDiagram::boxHeight(const Box &box, const QFont &font, qreal width) const
{
    qreal h = 2 * Padding + titleHeight(box, font, width) + Spacing;
    for (const Line &line : box.lines)
        h += lineHeight(line, font, width - 2 * Padding) + Spacing;
    return h;
}

ConnectionDiagram::Placement ConnectionDiagram::place(const QFont &font, qreal maxWidth) const
{
    Placement placement;
    if (m_boxes.isEmpty())
        return placement;
    QList<qreal> widths;
    qreal natural = 2 * Margin + Gap * (m_boxes.size() - 1);
    for (const Box &box : m_boxes) {
        widths.append(boxWidth(box, font));
        natural += widths.last();
    }
    const int count = int(m_boxes.size());
    if (maxWidth > 0 && natural > maxWidth) {
        // Narrower boxes (their texts wrap) and shorter arrows: the room is shared out so
        // that a box narrower than its share keeps its width and the wide ones share the rest
        // equally. The domains' box stays in view at the right. When even that leaves a box
        // unreadable, one box under the other at the full width.
        qreal room = maxWidth - 2 * Margin - NarrowGap * (count - 1);
        QList<int> order(count);
        for (int i = 0; i < count; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return widths[a] < widths[b]; });
        for (int k = 0; k < count; ++k) {
            const qreal share = std::floor(room / (count - k));
            const int i = order[k];
            widths[i] = qMin(widths[i], share);
            room -= widths[i];
        }
        placement.gap = NarrowGap;
        if (*std::min_element(widths.cbegin(), widths.cend()) < NarrowBox) {
            placement.vertical = true;
            const qreal width = qMax(NarrowBox, maxWidth - 2 * Margin);
            qreal y = Margin;
            for (const Box &box : m_boxes) {
                const qreal h = boxHeight(box, font, width);
                placement.boxes.append(QRectF(Margin, y, width, h));
                y += h + placement.gap;
            }
            placement.size = QSizeF(width + 2 * Margin, y - placement.gap + Margin);
            return placement;
        }
    }
    qreal height = 0;
    for (int i = 0; i < count; ++i)
        height = qMax(height, boxHeight(m_boxes[i], font, widths[i]));
    qreal x = Margin;
    for (int i = 0; i < count; ++i) {
        placement.boxes.append(QRectF(x, Margin, widths[i], height));
        x += widths[i] + placement.gap;
    }
    placement.size = QSizeF(x - placement.gap + Margin, height + 2 * Margin);
    return placement;
}

bool ConnectionDiagram::isStacked(const QFont &font, qreal maxWidth) const
{
    return place(font, maxWidth).vertical;
}

QSizeF ConnectionDiagram::size(const QFont &font, qreal maxWidth) const
{
    return place(font, maxWidth).size;
}

qreal ConnectionDiagram::paintLine(QPainter *painter, const Line &line, const QFont &font,
                                   const QPalette &palette, const QPointF &at, qreal width) const
{
    const qreal height = lineHeight(line, font, width);
    if (line.kind == Line::Kind::Badge) {
        const QSizeF size = StateBadgeDelegate::badgeSize(line.text, font);
        StateBadgeDelegate::paintBadge(painter,
                                       QRectF(at, QSizeF(qMin(size.width(), width), size.height())),
                                       line.text, line.color, font);
        return height;
    }
    if (line.kind == Line::Kind::Chips) {
        const QFontMetricsF metrics(font);
        const qreal chipHeight = metrics.height() + 4;
        qreal x = 0, y = 0;
        painter->setFont(font);
        for (int i = 0; i < line.chips.size(); ++i) {
            const qreal w = chipWidth(line.chips[i], metrics);
            if (x > 0 && x + w > width) {
                x = 0;
                y += chipHeight + ChipGap;
            }
            const QRectF chip(at.x() + x, at.y() + y, w, chipHeight);
            const bool shared = line.chipShared.value(i);
            QColor fill = shared ? SharedColor : palette.color(QPalette::Mid);
            fill.setAlphaF(shared ? 0.18f : 0.12f);
            painter->setBrush(fill);
            painter->setPen(QPen(shared ? SharedColor : palette.color(QPalette::Mid), 1));
            painter->drawRoundedRect(chip, 4, 4);
            painter->setPen(shared ? SharedColor.darker(120) : palette.color(QPalette::Text));
            painter->drawText(chip, Qt::AlignCenter, line.chips[i]);
            x += w + ChipGap;
        }
        return height;
    }
    painter->setFont(fontFor(line.kind, font));
    QColor color = palette.color(QPalette::Text);
    if (line.kind == Line::Kind::Muted)
        color = palette.color(QPalette::PlaceholderText);
    else if (line.kind == Line::Kind::Warning)
        color = WarningColor;
    else if (line.color.isValid())
        color = line.color;
    painter->setPen(color);
    QString text = line.text;
    if (line.kind == Line::Kind::Warning)
        text = u"⚠ "_s + text;
    painter->drawText(QRectF(at, QSizeF(width, height)), TextFlags, text);
    return height;
}

void ConnectionDiagram::paint(QPainter *painter, const QFont &font, const QPalette &palette,
                              qreal maxWidth) const
{
    if (m_boxes.isEmpty())
        return;
    const Placement placement = place(font, maxWidth);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), placement.size), palette.color(QPalette::Base));
    const QFont titleFont = boldFont(font);
    for (int i = 0; i < m_boxes.size(); ++i) {
        const Box &box = m_boxes[i];
        const QRectF rect = placement.boxes[i];
        painter->setBrush(palette.color(QPalette::Window));
        painter->setPen(QPen(box.accent, 1.5));
        painter->drawRoundedRect(rect, 8, 8);
        painter->fillRect(QRectF(rect.left() + 8, rect.top(), rect.width() - 16, 3), box.accent);
        painter->setFont(titleFont);
        painter->setPen(box.accent.darker(110));
        // A narrow box wraps its title rather than cut it.
        const qreal title = titleHeight(box, font, rect.width());
        painter->drawText(
            QRectF(rect.left() + Padding, rect.top() + Padding, rect.width() - 2 * Padding, title),
            Qt::AlignLeft | Qt::AlignTop | TitleFlags, box.title);
        qreal y = rect.top() + Padding + title + Spacing;
        for (const Line &line : box.lines)
            y += paintLine(painter, line, font, palette, QPointF(rect.left() + Padding, y),
                           rect.width() - 2 * Padding) +
                 Spacing;
        if (i + 1 < m_boxes.size())
            paintArrow(painter, palette, rect, placement.boxes[i + 1], m_missingOverlap && i == 1,
                       placement.vertical);
    }
    painter->restore();
}

void ConnectionDiagram::paintArrow(QPainter *painter, const QPalette &palette, const QRectF &from,
                                   const QRectF &to, bool broken, bool vertical)
{
    // To the next box, right or down; red and dashed where the zones do not meet.
    const QPointF start = vertical ? QPointF(from.center().x(), from.bottom() + 4)
                                   : QPointF(from.right() + 4, from.center().y());
    const QPointF end = vertical ? QPointF(from.center().x(), to.top() - 4)
                                 : QPointF(to.left() - 4, from.center().y());
    const QPointF back = vertical ? QPointF(0, -6) : QPointF(-6, 0);
    QPen pen(broken ? WarningColor : palette.color(QPalette::Text), 1.5);
    if (broken)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(start, end + back);
    QPainterPath head;
    head.moveTo(end);
    if (vertical) {
        head.lineTo(end + QPointF(-5, -8));
        head.lineTo(end + QPointF(5, -8));
    } else {
        head.lineTo(end + QPointF(-8, -5));
        head.lineTo(end + QPointF(-8, 5));
    }
    head.closeSubpath();
    painter->fillPath(head, pen.color());
}

} // namespace plc
