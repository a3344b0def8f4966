#include "OutsideText.h"

namespace plc {

namespace {
enum class Kind { Keep, Picture, CodePoint };

Kind kindOf(char16_t c)
{
    if (c < 0x20 || c == 0x7f)
        return Kind::Picture;
    if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
        c == 0x2028 || c == 0x2029)
        return Kind::CodePoint;
    return Kind::Keep;
}
} // namespace

bool OutsideText::isVisible(QStringView text)
{
    for (const QChar c : text) {
        if (kindOf(c.unicode()) != Kind::Keep)
            return false;
    }
    return true;
}

QString OutsideText::visible(QStringView text)
{
    if (isVisible(text))
        return text.toString();
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (kindOf(u)) {
        case Kind::Keep:
            result.append(c);
            break;
        case Kind::Picture:
            // U+2400 SYMBOL FOR NULL … U+241F, and U+2421 SYMBOL FOR DELETE.
            result.append(QChar(u == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + u)));
            break;
        case Kind::CodePoint:
            result.append(QStringLiteral("<U+%1>").arg(int(u), 4, 16, QChar(u'0')).toUpper());
            break;
        }
    }
    return result;
}

} // namespace plc
