#include "ui/ConnectionPicturePane.h"

#include "services/BackgroundSave.h"

#include <QBuffer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

/// Paints the diagram fitted to the width it is given (the pane's), so that every box, the
/// domains' last, shows without scrolling sideways.
class DiagramCanvas final : public QWidget
{
public:
    DiagramCanvas(const ConnectionDiagram &diagram, QWidget *parent)
        : QWidget(parent)
        , m_diagram(diagram)
    {
        setObjectName(u"connectionDiagram"_s);
    }
    void refresh(int width)
    {
        m_width = width;
        // One pixel for the last line's antialiasing, inside the width it was given.
        setFixedSize(m_diagram.size(font(), m_width > 0 ? m_width - 1 : 0).toSize() + QSize(1, 1));
        setAccessibleDescription(m_diagram.texts().join(u'\n'));
        update();
    }
    void refresh() { refresh(m_width); }
    int fittedWidth() const { return m_width; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_diagram.paint(&painter, font(), palette(), m_width > 0 ? m_width - 1 : 0);
    }

private:
    const ConnectionDiagram &m_diagram;
    int m_width = 0;
};

ConnectionPicturePane::ConnectionPicturePane(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new DiagramCanvas(m_diagram, this))
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"connectionPicturePane"_s);
    m_export->setObjectName(u"exportPictureButton"_s);
    m_empty->setObjectName(u"pictureEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ConnectionPicturePane::chooseFile);
    retranslate();
    setContent(std::nullopt, {}, std::nullopt);
}

void ConnectionPicturePane::setContent(const std::optional<Cluster> &cluster,
                                       const QStringList &clusterZones,
                                       const std::optional<PrivateLinkConnection> &connection)
{
    m_cluster = cluster;
    m_clusterZones = clusterZones;
    m_connection = connection;
    m_diagram.setContent(cluster, clusterZones, connection);
    const bool empty = m_diagram.isEmpty();
    m_scroll->setVisible(!empty);
    m_empty->setVisible(empty);
    m_export->setEnabled(!empty);
    m_canvas->refresh();
}

void ConnectionPicturePane::setChangefeeds(const std::optional<QList<Changefeed>> &changefeeds)
{
    m_diagram.setChangefeeds(changefeeds);
    m_canvas->refresh();
}

bool ConnectionPicturePane::isStacked() const
{
    return m_diagram.isStacked(m_canvas->font(), m_canvas->fittedWidth() - 1);
}

ConnectionPicturePane::~ConnectionPicturePane()
{
    // The viewport outlives this object's members while the widget tree is torn down.
    m_scroll->viewport()->removeEventFilter(this);
}

bool ConnectionPicturePane::eventFilter(QObject *watched, QEvent *event)
{
    // The pane's width decides the picture's: narrower boxes, or stacked when narrow.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize &&
        m_canvas->fittedWidth() != m_scroll->viewport()->width())
        m_canvas->refresh(m_scroll->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

QSize ConnectionPicturePane::pictureSize() const
{
    return m_canvas->size();
}

QSize ConnectionPicturePane::visibleSize() const
{
    return m_scroll->viewport()->size();
}

void ConnectionPicturePane::exportTo(const QString &fileName)
{
    if (m_diagram.isEmpty()) {
        Q_EMIT exported(
            tr("There is no picture to export; select a private link connection first."), false);
        return;
    }
    // Drawing needs the widget's font and palette, so it happens here; it takes a few
    // milliseconds. Encoding the PNG and writing the file are left to the worker.
    const QSizeF size = m_diagram.size(m_canvas->font());
    BackgroundSave::MakeBytes makeBytes;
    if (QFileInfo(fileName).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        // QSvgGenerator writes the title into the file as it is: escaped, a name from the
        // server cannot end the element and add its own markup to the drawing.
        generator.setTitle(tr("Private link connection %1")
                               .arg(m_connection ? m_connection->displayName : QString())
                               .toHtmlEscaped());
        {
            QPainter painter(&generator);
            m_diagram.paint(&painter, m_canvas->font(), m_canvas->palette());
        }
        makeBytes = [bytes = svg.data()](QString *) {
            return bytes;
        };
    } else {
        // Twice the screen size, so that it stays sharp in documents and tickets.
        QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            m_diagram.paint(&painter, m_canvas->font(), m_canvas->palette());
        }
        makeBytes = [image, fileName](QString *error) {
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            if (!image.save(&png, "PNG"))
                *error = tr("%1 cannot be written: the image could not be encoded.").arg(fileName);
            return png.data();
        };
    }
    BackgroundSave::save(fileName, std::move(makeBytes), this)
        ->onFinished(
            this,
            [this, fileName] {
                Q_EMIT exported(tr("Saved the picture to %1.").arg(fileName), true);
            },
            [this](const ApiError &error) { Q_EMIT exported(error.userMessage(), false); });
}

void ConnectionPicturePane::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Picture"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PNG images (*.png)"), tr("SVG drawings (*.svg)")});
    dialog->setDefaultSuffix(u"png"_s);
    dialog->selectFile(u"private-link-connection-%1.png"_s.arg(
        m_connection ? m_connection->displayName : QString()));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.svg"_s) ? u"svg"_s : u"png"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ConnectionPicturePane::exportTo);
    dialog->open();
}

void ConnectionPicturePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setContent(m_cluster, m_clusterZones, m_connection);
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_canvas->refresh();
    }
    QWidget::changeEvent(event);
}

void ConnectionPicturePane::retranslate()
{
    m_export->setText(tr("Export Picture…"));
    m_export->setToolTip(tr("Save this picture as a PNG image or an SVG drawing"));
    m_empty->setText(tr("Select a private link connection to see how it links the cluster to "
                        "the endpoint service."));
    m_canvas->setAccessibleName(tr("Picture of the private link connection"));
}

} // namespace plc
