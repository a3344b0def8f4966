#include "domain/JsonReader.h"

#include "base/OutsideText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace plc {

namespace {
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(QLatin1StringView key, const QString &expected) const
{
    if (m_errors) {
        m_errors->append(QStringLiteral("%1: expected %2, got %3")
                             .arg(pathOf(key), expected, describe(m_object.value(key))));
    }
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::rawString(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("a string"));
        return {};
    }
    return value.toString();
}

QString JsonReader::string(QLatin1StringView key) const
{
    return OutsideText::visible(rawString(key));
}

QString JsonReader::identifier(QLatin1StringView key, Presence presence) const
{
    const QJsonValue value = m_object.value(key);
    if ((value.isUndefined() || value.isNull()) && presence == Presence::Optional)
        return {};
    const QString id = value.isString() ? value.toString() : QString();
    const bool safe =
        !id.isEmpty() && id != QLatin1StringView(".") && id != QLatin1StringView("..") &&
        std::all_of(id.begin(), id.end(), [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'/' && c != u'\\';
        });
    if (!safe) {
        if (m_errors)
            m_errors->append(QStringLiteral("%1: expected an ID (printable ASCII, no spaces, "
                                            "slashes or dot segments), got %2")
                                 .arg(pathOf(key), value.isString()
                                                       ? u'“' + OutsideText::visible(id) + u'”'
                                                       : describe(value)));
        return {};
    }
    return id;
}

std::optional<qint64> JsonReader::integer(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        // Only values a qint64 holds are cast: 2^63 and beyond, NaN and infinities are not
        // numbers of the API (casting them would be undefined behaviour).
        const double d = value.toDouble();
        constexpr double Limit = 9223372036854775808.0; // 2^63
        if (std::isfinite(d) && d >= -Limit && d < Limit && d == std::trunc(d))
            return static_cast<qint64>(d);
    } else if (value.isString()) {
        // proto3's JSON mapping may write int64 as a decimal string; accept both spellings.
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(key, QStringLiteral("an integer"));
    return std::nullopt;
}

bool JsonReader::boolean(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool()) {
        fail(key, QStringLiteral("a boolean"));
        return false;
    }
    return value.toBool();
}

QStringList JsonReader::stringList(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("an array of strings"));
        return {};
    }
    QStringList result;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(key, QStringLiteral("an array of strings"));
            return {};
        }
        result.append(OutsideText::visible(item.toString()));
    }
    return result;
}

QMap<QString, QString> JsonReader::stringMap(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("an object of strings"));
        return {};
    }
    QMap<QString, QString> result;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            fail(key, QStringLiteral("an object of strings"));
            return {};
        }
        result.insert(OutsideText::visible(it.key()), OutsideText::visible(it.value().toString()));
    }
    return result;
}

QDateTime JsonReader::dateTime(QLatin1StringView key) const
{
    const QString text = rawString(key);
    if (text.isEmpty())
        return {};
    const QDateTime time = parseRfc3339(text);
    if (!time.isValid())
        fail(key, QStringLiteral("an RFC 3339 time"));
    return time;
}

QJsonArray JsonReader::array(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("an array"));
        return {};
    }
    return value.toArray();
}

JsonReader JsonReader::object(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        fail(key, QStringLiteral("an object"));
    return JsonReader(value.toObject(), pathOf(key), m_errors);
}

JsonReader JsonReader::element(const QJsonArray &array, qsizetype index,
                               QLatin1StringView arrayKey) const
{
    const QString path = QStringLiteral("%1[%2]").arg(pathOf(arrayKey)).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject() && m_errors)
        m_errors->append(
            QStringLiteral("%1: expected an object, got %2").arg(path, describe(value)));
    return JsonReader(value.toObject(), path, m_errors);
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!pattern.match(text).hasMatch())
        return {};
    QString normalised = text.toUpper();
    // Qt parses at most millisecond precision; trim longer fractions rather than reject them.
    static const QRegularExpression fraction(QStringLiteral(R"(\.(\d{3})\d+)"));
    normalised.replace(fraction, QStringLiteral(".\\1"));
    QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatRfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace plc
