#pragma once

#include "ui/ConnectionDiagram.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace plc {

class DiagramCanvas;

/// The picture of the selected connection (ConnectionDiagram) in a scrollable pane, with
/// Export Picture… to save it as PNG or SVG.
class ConnectionPicturePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPicturePane)

public:
    explicit ConnectionPicturePane(QWidget *parent = nullptr);
    ~ConnectionPicturePane() override;

    void setContent(const std::optional<Cluster> &cluster, const QStringList &clusterZones,
                    const std::optional<PrivateLinkConnection> &connection);
    /// The changefeeds through the shown connection (nullopt: not known).
    void setChangefeeds(const std::optional<QList<Changefeed>> &changefeeds);
    const ConnectionDiagram &diagram() const { return m_diagram; }
    /// The picture as drawn on screen, and the room the pane shows of it.
    QSize pictureSize() const;
    QSize visibleSize() const;
    /// Whether the boxes are stacked at the pane's width.
    bool isStacked() const;

    /// Saves the picture; the format follows the suffix (.svg, else PNG). It is drawn here
    /// and encoded and written on a worker thread (BackgroundSave); exported() tells the end.
    void exportTo(const QString &fileName);

Q_SIGNALS:
    /// What to tell the user: where the picture was saved, or why it was not.
    void exported(const QString &message, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void chooseFile();

    ConnectionDiagram m_diagram;
    std::optional<Cluster> m_cluster;
    QStringList m_clusterZones;
    std::optional<PrivateLinkConnection> m_connection;
    DiagramCanvas *m_canvas;
    QScrollArea *m_scroll;
    QLabel *m_empty;
    QPushButton *m_export;
};

} // namespace plc
