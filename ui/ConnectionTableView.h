#pragma once

#include <QTableView>

namespace plc {

class ColumnChooser;

/// The connections table as the panel shows it: whole rows selected, sortable, state badges
/// with the state column as wide as the language's longest badge, names that differ at their
/// end elided in the middle, a Columns menu, and how many rows fit a height.
class ConnectionTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableView)

public:
    explicit ConnectionTableView(QWidget *parent = nullptr);

    /// After setModel(): the sort, the column widths and the Columns menu.
    void setUpColumns();
    ColumnChooser *columns() const { return m_columns; }
    /// Wide enough for the longest state's badge in this language, so none is cut.
    void fitStateColumn();
    /// The height the table needs for `rows` whole rows, its header and scroll bar.
    int heightFor(int rows) const;

private:
    ColumnChooser *m_columns = nullptr;
};

} // namespace plc
