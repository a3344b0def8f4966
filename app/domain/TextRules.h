#pragma once

#include <QString>

namespace plc {

/// The checks every typed name and identifier shares, so that each field's rule says the same
/// thing in the same words.
namespace TextRules {
/// Tabs, line breaks and invisible format characters.
bool hasControlCharacter(const QString &text);
/// Anything beyond printable ASCII: full-width dots and hyphens, Cyrillic letters… that only
/// look like the characters an ID or a host name is made of.
bool hasLookAlike(const QString &text);
/// A name that is not empty: no spaces around it, no control characters, at most `maxLength`
/// characters. The sentence saying what is wrong, or empty.
QString nameShapeProblem(const QString &name, int maxLength);
} // namespace TextRules

} // namespace plc
