#include "providers/HclText.h"

#include "base/OutsideText.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// Whether HCL gets `c` as `\uXXXX`: the controls, and what could reorder or break the line a
/// reader sees (the same characters OutsideText makes visible).
bool hclEscapedAsCodePoint(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

bool hclIdentifierChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}
} // namespace

QString HclText::quoted(QStringView text)
{
    QString result;
    result.reserve(text.size() + 2);
    result.append(u'"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\\' || c == u'"') {
            result.append(u'\\').append(c);
        } else if (c == u'\n') {
            result.append(u"\\n");
        } else if (c == u'\r') {
            result.append(u"\\r");
        } else if (c == u'\t') {
            result.append(u"\\t");
        } else if ((c == u'$' || c == u'%') && next == u'{') {
            result.append(c).append(c); // `$${` and `%%{` are a literal `${` and `%{`
        } else if (hclEscapedAsCodePoint(c.unicode())) {
            result.append(u"\\u"_s +
                          QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
        } else if (c.isHighSurrogate() && next.isLowSurrogate()) {
            result.append(c).append(next);
            ++i;
        } else if (c.isSurrogate()) {
            result.append(QChar::ReplacementCharacter); // half a pair is no character
        } else {
            result.append(c);
        }
    }
    result.append(u'"');
    return result;
}

QString HclText::quotedList(const QStringList &texts)
{
    QStringList items;
    items.reserve(texts.size());
    for (const QString &text : texts)
        items.append(quoted(text));
    return u'[' + items.join(u", "_s) + u']';
}

QString HclText::comment(QStringView text)
{
    return u"# "_s + OutsideText::visible(text) + u'\n';
}

QString HclText::identifier(QStringView id)
{
    QString result;
    result.reserve(id.size() + 3);
    for (const QChar c : id)
        result.append(hclIdentifierChar(c) ? c : QChar(u'_'));
    if (result.isEmpty() || (result.front() >= u'0' && result.front() <= u'9'))
        result.prepend(u"id_"_s);
    return result;
}

QString HclLabels::take(QStringView id)
{
    const QString base = HclText::identifier(id);
    QString label = base;
    for (int n = 2; m_taken.contains(label); ++n)
        label = base + u'_' + QString::number(n);
    m_taken.insert(label);
    return label;
}

HclBlock HclBlock::resource(QStringView type, QStringView label)
{
    return HclBlock(u"resource "_s + HclText::quoted(type) + u' ' +
                    HclText::quoted(HclText::identifier(label)));
}

HclBlock HclBlock::importing(const QString &address, QStringView id)
{
    HclBlock block(u"import"_s);
    block.add(u"to"_s, address).add(u"id"_s, HclText::quoted(id));
    return block;
}

HclBlock &HclBlock::add(const QString &name, const QString &value)
{
    m_arguments.append({name, value});
    return *this;
}

QString HclBlock::text() const
{
    qsizetype width = 0;
    for (const auto &[name, value] : m_arguments)
        width = std::max(width, name.size());
    QString result = m_header + u" {\n"_s;
    for (const auto &[name, value] : m_arguments)
        result += u"  "_s + name.leftJustified(width) + u" = "_s + value + u'\n';
    return result + u"}\n"_s;
}

} // namespace plc
