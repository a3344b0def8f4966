#pragma once

#include <QTabWidget>

class QScrollArea;

namespace plc {

class ConnectionDetailsPane;
class ConnectionPicturePane;

/// The pages below the connections table: the selected connection's Details (scrolling, so
/// that they never take the table's rows) and its Picture. Remembers which was chosen.
class ConnectionPages final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPages)

public:
    explicit ConnectionPages(QWidget *parent = nullptr);

    ConnectionDetailsPane *details() const { return m_details; }
    ConnectionPicturePane *picture() const { return m_picture; }

    /// The page chosen in the last session.
    void restoreCurrent(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QScrollArea *m_detailsScroll;
    ConnectionDetailsPane *m_details;
    ConnectionPicturePane *m_picture;
};

} // namespace plc
