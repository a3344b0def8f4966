#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace plc {

/// Sorts clusters by their raw values (SortRole) and filters by typed text: every
/// whitespace-separated word must appear, case-insensitively, in some column
/// ("aws tokyo" finds the Tokyo clusters on AWS).
class ClusterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFilterProxy)

public:
    explicit ClusterFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace plc
