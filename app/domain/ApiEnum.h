#pragma once

#include <QString>

#include <array>
#include <utility>

namespace plc {

/// A value of an API enum as received: the known member, or Unknown with the raw text kept so
/// that a newer server's states stay visible instead of being dropped.
template<typename E> struct EnumValue
{
    E value = E::Unknown;
    QString raw;

    bool isKnown() const { return value != E::Unknown; }
    friend bool operator==(const EnumValue &a, const EnumValue &b)
    {
        return a.value == b.value && a.raw == b.raw;
    }
};

/// Specialised per enum with a `names` table mapping members to their API spelling.
template<typename E> struct EnumNames;

template<typename E> EnumValue<E> enumFromApi(const QString &text)
{
    for (const auto &[member, name] : EnumNames<E>::names) {
        if (text == QLatin1StringView(name))
            return {member, text};
    }
    return {E::Unknown, text};
}

template<typename E> QString enumToApi(E value)
{
    for (const auto &[member, name] : EnumNames<E>::names) {
        if (member == value)
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace plc
