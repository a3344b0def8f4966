#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace plc::sandbox {

/// Statements on one named Qt SQL connection of the sandbox's SQLite file: the few forms
/// every table's code needs (run, run with values, the JSON bodies a query selects, a count).
/// A failed statement reads as nothing found; writes say whether they were done.
class SqlRows final
{
public:
    explicit SqlRows(QString connectionName)
        : m_connectionName(std::move(connectionName))
    {}

    QString connectionName() const { return m_connectionName; }

    bool exec(const QString &statement, QString *error = nullptr) const;
    bool execBound(const QString &statement, const QVariantList &values) const;
    /// The first column of every row, each a JSON object's text.
    QList<QJsonObject> bodies(const QString &statement, const QVariantList &values) const;
    std::optional<QJsonObject> firstBody(const QString &statement,
                                         const QVariantList &values) const;
    int count(const QString &statement, const QVariantList &values) const;

    static QByteArray compact(const QJsonObject &object);
    /// A nullable integer column's value.
    static QVariant orNull(std::optional<qint64> value);

private:
    QString m_connectionName;
};

} // namespace plc::sandbox
