#include "sandbox/SqlRows.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace plc::sandbox {

namespace {
QSqlQuery prepared(const QString &connectionName, const QString &statement,
                   const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query;
}
} // namespace

bool SqlRows::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool SqlRows::execBound(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query = prepared(m_connectionName, statement, values);
    return query.exec();
}

QList<QJsonObject> SqlRows::bodies(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query = prepared(m_connectionName, statement, values);
    QList<QJsonObject> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return result;
}

std::optional<QJsonObject> SqlRows::firstBody(const QString &statement,
                                              const QVariantList &values) const
{
    const QList<QJsonObject> all = bodies(statement, values);
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

int SqlRows::count(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query = prepared(m_connectionName, statement, values);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QByteArray SqlRows::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QVariant SqlRows::orNull(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace plc::sandbox
