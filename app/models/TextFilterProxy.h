#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace plc {

/// Sorts by the raw values (Qt::UserRole, every table model's SortRole) and filters by typed
/// text: every whitespace-separated word must appear, case-insensitively, in some column's
/// display text or tooltip ("aws tokyo" finds the Tokyo clusters on AWS; a region code
/// matches behind its display name).
class TextFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFilterProxy)

public:
    explicit TextFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace plc
