#include "OutsideText.h"

#include <QRegularExpression>

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

QString OutsideText::withoutSecrets(QStringView text)
{
    static const QString Mask = QStringLiteral("********");
    // A name that announces a secret, then its value (quoted or not): the value goes.
    static const QRegularExpression named(
        QStringLiteral(R"re((?i)((?:secret|token|password|passwd|credential|(?:access)?[_-]?key))re"
                       R"re([A-Za-z0-9_-]*["']?\s*[:=]\s*["']?)([^\s"',;]+))re"));
    // Access key IDs of AWS (AKIA…, ASIA… and the other IAM prefixes) and Alibaba Cloud
    // (LTAI…, and STS.… for temporary keys).
    static const QRegularExpression keyId(
        QStringLiteral(R"re(\b(?:(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{12,}|)re"
                       R"re(LTAI[A-Za-z0-9]{8,}|STS\.[A-Za-z0-9]{8,}))re"));
    // Long base64-like runs (secret keys, tokens) that mix letters and digits.
    static const QRegularExpression run(QStringLiteral(R"re([A-Za-z0-9+/=_-]{20,})re"));
    Q_ASSERT(named.isValid() && keyId.isValid() && run.isValid());
    QString result = text.toString();
    result.replace(named, QStringLiteral("\\1") + Mask);
    result.replace(keyId, Mask);
    QString out;
    out.reserve(result.size());
    qsizetype last = 0;
    for (auto it = run.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView word = m.capturedView();
        bool letter = false;
        bool digit = false;
        for (const QChar c : word) {
            letter = letter || c.isLetter();
            digit = digit || c.isDigit();
        }
        out += QStringView(result).mid(last, m.capturedStart() - last);
        out += letter && digit ? Mask : word.toString();
        last = m.capturedEnd();
    }
    out += QStringView(result).mid(last);
    return out;
}

} // namespace plc
