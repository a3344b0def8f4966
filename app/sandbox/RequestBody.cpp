#include "sandbox/RequestBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

RequestBody::RequestBody(const QByteArray &body)
    : m_error(&m_ownError)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_ownError =
            u"invalid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
    } else if (!document.isObject()) {
        m_ownError = u"the request body must be a JSON object"_s;
    } else {
        m_object = document.object();
    }
}

RequestBody::RequestBody(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

QString RequestBody::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void RequestBody::fail(const QString &key, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = pathOf(key) + u": "_s + problem;
}

bool RequestBody::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void RequestBody::allowOnly(const QSet<QString> &known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(it.key(), u"unknown field"_s);
            return;
        }
    }
}

std::optional<QString> RequestBody::string(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, u"is required"_s);
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, u"must be a string"_s);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> RequestBody::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, u"must be a boolean"_s);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> RequestBody::integer(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, u"is required"_s);
        return std::nullopt;
    }
    constexpr double Limit = 2147483647.0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        // The range first: casting a double an integer cannot hold is undefined.
        if (number >= -Limit - 1 && number <= Limit && number == double(qint64(number)))
            return qint64(number);
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (ok)
            return number;
    }
    fail(key, u"must be a 32-bit integer"_s);
    return std::nullopt;
}

std::optional<RequestBody> RequestBody::object(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, u"is required"_s);
        return std::nullopt;
    }
    if (!value.isObject()) {
        fail(key, u"must be an object"_s);
        return std::nullopt;
    }
    return RequestBody(value.toObject(), pathOf(key), m_error);
}

} // namespace plc::sandbox
