#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc::sandbox {

/// Reads a JSON request body the way the API's proto JSON parser does: the body must be an
/// object, unknown fields and values of the wrong type are refused, and the first problem is
/// kept as an English message that names the field (`privateLinkConnection.displayName: …`).
class RequestBody final
{
public:
    /// Parses `body`; on failure error() says why ("invalid JSON at byte 12: …").
    explicit RequestBody(const QByteArray &body);
    RequestBody(const QJsonObject &object, QString path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }

    /// Refuses fields not in `known`.
    void allowOnly(const QSet<QString> &known);

    std::optional<QString> string(const QString &key, bool required);
    std::optional<bool> boolean(const QString &key);
    /// An int32 as proto3 JSON writes one: a whole number, or a string of digits.
    std::optional<qint64> integer(const QString &key, bool required);
    /// A nested object; missing → nullopt (and an error if required).
    std::optional<RequestBody> object(const QString &key, bool required);
    bool has(const QString &key) const;
    void fail(const QString &key, const QString &problem);

private:
    QString pathOf(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
    QString m_ownError;
    QString *m_error;
};

} // namespace plc::sandbox
