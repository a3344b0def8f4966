#pragma once

#include <QTabWidget>

class QScrollArea;

namespace plc {

class ConnectionDetailsPane;
class ConnectionPicturePane;

/// The pages below the connections table: the selected connection's Details (scrolling, so
/// that they never take the table's rows), its Picture, and pages others add beside them (the
/// sandbox's provider side). Remembers which page was chosen, even one added later.
class ConnectionPages final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPages)

public:
    explicit ConnectionPages(QWidget *parent = nullptr);

    ConnectionDetailsPane *details() const { return m_details; }
    ConnectionPicturePane *picture() const { return m_picture; }

    void addPage(QWidget *page);
    void setPageTitle(QWidget *page, const QString &title);
    void setPageVisible(QWidget *page, bool visible);
    void showPage(QWidget *page);

    /// The page chosen in the last session; chosen again now or when it is added.
    void restoreCurrent(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QScrollArea *m_detailsScroll;
    ConnectionDetailsPane *m_details;
    ConnectionPicturePane *m_picture;
    int m_wanted = 0;
};

} // namespace plc
