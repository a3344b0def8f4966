#include "domain/TextRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace plc {

bool TextRules::hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

bool TextRules::hasLookAlike(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 0x7e; });
}

QString TextRules::nameShapeProblem(const QString &name, int maxLength)
{
    if (name != name.trimmed())
        return QCoreApplication::translate("TextRules",
                                           "The name cannot start or end with a space.");
    if (hasControlCharacter(name))
        return QCoreApplication::translate(
            "TextRules", "The name cannot contain control characters such as tabs or line breaks.");
    if (name.size() > maxLength)
        return QCoreApplication::translate("TextRules",
                                           "The name is %1 characters long; at most %2 are "
                                           "allowed.")
            .arg(name.size())
            .arg(maxLength);
    return {};
}

} // namespace plc
