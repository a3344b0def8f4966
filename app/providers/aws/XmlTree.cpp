#include "providers/aws/XmlTree.h"

#include "base/OutsideText.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int MaxDepth = 32;
constexpr int MaxElements = 100'000;
} // namespace

std::optional<XmlTree> XmlTree::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<XmlTree> stack;
    std::optional<XmlTree> root;
    int elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            *error = u"the XML has a document type declaration"_s;
            return std::nullopt;
        case QXmlStreamReader::StartElement:
            if (++elements > MaxElements || stack.size() >= MaxDepth) {
                *error = u"the XML is too large or too deep"_s;
                return std::nullopt;
            }
            if (root) {
                *error = u"the XML has more than one root element"_s;
                return std::nullopt;
            }
            stack.append(XmlTree{reader.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlTree done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = u"%1 at line %2"_s.arg(reader.errorString()).arg(reader.lineNumber());
        return std::nullopt;
    }
    if (!root) {
        *error = u"the answer holds no XML element"_s;
        return std::nullopt;
    }
    return root;
}

const XmlTree &XmlTree::child(const QString &childName) const
{
    static const XmlTree none;
    for (const XmlTree &c : children) {
        if (c.name == childName)
            return c;
    }
    return none;
}

QList<const XmlTree *> XmlTree::all(const QString &childName) const
{
    QList<const XmlTree *> found;
    for (const XmlTree &c : children) {
        if (c.name == childName)
            found.append(&c);
    }
    return found;
}

QStringList XmlTree::itemTexts(const QString &setName) const
{
    QStringList texts;
    for (const XmlTree *item : items(setName))
        texts.append(OutsideText::visible(item->text));
    return texts;
}

} // namespace plc
