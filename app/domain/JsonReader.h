#pragma once

#include "domain/ApiEnum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace plc {

/// Reads one JSON object of an API response strictly but without throwing: a missing optional
/// field gives an empty value, a field of the wrong type is recorded as an error (with its path,
/// e.g. `clusters[2].region.cloudProvider`) so that the caller turns the whole response into a
/// decode error instead of showing half-read data. Text is outside text: string() returns it
/// with control characters made visible (OutsideText); identifier() refuses an ID that could
/// not be one path segment; integer() refuses what a 64-bit integer cannot hold.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList *errors);

    bool has(QLatin1StringView key) const;
    QString string(QLatin1StringView key) const;
    /// The text exactly as sent, for values only ever sent back (page tokens).
    QString rawString(QLatin1StringView key) const;
    enum class Presence { Optional, Required };
    /// An ID that becomes a path segment of later requests: printable ASCII without spaces,
    /// `/`, `\`, and neither `.` nor `..`; an error otherwise (and when required but absent).
    QString identifier(QLatin1StringView key, Presence presence = Presence::Required) const;
    std::optional<qint64> integer(QLatin1StringView key) const;
    bool boolean(QLatin1StringView key) const;
    QStringList stringList(QLatin1StringView key) const;
    QMap<QString, QString> stringMap(QLatin1StringView key) const;
    QDateTime dateTime(QLatin1StringView key) const;
    QJsonArray array(QLatin1StringView key) const;
    JsonReader object(QLatin1StringView key) const;
    JsonReader element(const QJsonArray &array, qsizetype index, QLatin1StringView arrayKey) const;

    template<typename E> EnumValue<E> enumValue(QLatin1StringView key) const
    {
        return enumFromApi<E>(string(key));
    }

    void fail(QLatin1StringView key, const QString &expected) const;
    QString pathOf(QLatin1StringView key) const;

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

/// Parses an RFC 3339 time as the API writes it (`2024-05-01T08:00:00Z`, fractional seconds
/// and offsets allowed). Returns an invalid QDateTime for anything else.
QDateTime parseRfc3339(const QString &text);
QString formatRfc3339(const QDateTime &time);

} // namespace plc
