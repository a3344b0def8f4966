#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;
class QHeaderView;
class QMenu;

namespace plc {

/// Which columns of a table are shown: a Columns menu with one checkable entry per column,
/// opened from the header's context menu and, for the keyboard, from the table's own context
/// menu (menuAction()). The last visible column cannot be hidden. The header's saved state
/// keeps the choice.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    explicit ColumnChooser(QAbstractItemView *view, QHeaderView *header);

    QAction *menuAction() const;
    QMenu *menu() const { return m_menu; }

private:
    void rebuild();

    QHeaderView *m_header;
    QMenu *m_menu;
};

} // namespace plc
