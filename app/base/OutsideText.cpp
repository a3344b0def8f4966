#include "base/OutsideText.h"

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
    // The names under which keys, secrets and tokens are written (`aws_secret_access_key =`,
    // `"SessionToken": "`, `secret=`, `password:`), then the value: the value goes. A password
    // may hold spaces: it goes to the end of the line.
    static const QRegularExpression named(QStringLiteral(
        R"re((?i)(\b(?:aws_secret_access_key|aws_session_token|aws_access_key_id|)re"
        R"re(secret[_-]?access[_-]?key|session[_-]?token|access[_-]?key[_-]?(?:id|secret)|)re"
        R"re(security[_-]?token|client[_-]?secret|secret|token|password|passwd))re"
        R"re(["']?\s*[:=]\s*["']?)([^\s"',;]+))re"));
    static const QRegularExpression password(
        QStringLiteral(R"re((?i)(\b(?:password|passwd)["']?\s*[:=]\s*)([^\n]+))re"));
    // Access key IDs of AWS (AKIA…, ASIA… and the other IAM prefixes) and Alibaba Cloud
    // (LTAI…, and STS.… for temporary keys).
    static const QRegularExpression keyId(
        QStringLiteral(R"re(\b(?:(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{12,}|)re"
                       R"re(LTAI[A-Za-z0-9]{8,}|STS\.[A-Za-z0-9]{8,}))re"));
    // Long base64-like runs (secret keys, tokens).
    static const QRegularExpression run(QStringLiteral(R"re([A-Za-z0-9+/=_-]{20,})re"));
    Q_ASSERT(named.isValid() && password.isValid() && keyId.isValid() && run.isValid());

    // Escapes that would split a secret into short pieces are undone first: JSON's `\/` and
    // the percent-encoding of `/`, `+` and `=`.
    QString result = text.toString();
    result.replace(QStringLiteral("\\/"), QStringLiteral("/"));
    result.replace(QStringLiteral("%2F"), QStringLiteral("/"), Qt::CaseInsensitive);
    result.replace(QStringLiteral("%2B"), QStringLiteral("+"), Qt::CaseInsensitive);
    result.replace(QStringLiteral("%3D"), QStringLiteral("="), Qt::CaseInsensitive);
    result.replace(password, QStringLiteral("\\1") + Mask);
    result.replace(named, QStringLiteral("\\1") + Mask);
    result.replace(keyId, Mask);

    QString out;
    out.reserve(result.size());
    qsizetype last = 0;
    for (auto it = run.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView word = m.capturedView();
        // A secret mixes upper and lower case and digits; a path (`/home/me/bin/helper2`), a
        // lower-case hex ID or a UUID does not look like one and is kept.
        bool upper = false;
        bool lower = false;
        bool digit = false;
        for (const QChar c : word) {
            upper = upper || c.isUpper();
            lower = lower || c.isLower();
            digit = digit || c.isDigit();
        }
        const bool path = (word.startsWith(u'/') || word.startsWith(u'~')) && word.count(u'/') >= 2;
        out += QStringView(result).mid(last, m.capturedStart() - last);
        out += upper && lower && digit && !path ? Mask : word.toString();
        last = m.capturedEnd();
    }
    out += QStringView(result).mid(last);
    return out;
}

} // namespace plc
