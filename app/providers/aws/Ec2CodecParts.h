#pragma once

#include "base/OutsideText.h"
#include "providers/aws/Ec2Codec.h"

// The pieces every reader of EC2's answers shares (Ec2Codec, Ec2NetworkCodec).
namespace plc::Ec2Codec {

inline QString visible(const QString &text)
{
    return OutsideText::visible(text);
}

/// The document, when its root is `<expected>`.
inline std::optional<XmlTree> document(const QByteArray &xml, const QString &expected,
                                       QString *error)
{
    auto tree = XmlTree::parse(xml, error);
    if (!tree)
        return std::nullopt;
    if (tree->name != expected) {
        *error = QStringLiteral("expected <%1>, got <%2>").arg(expected, visible(tree->name));
        return std::nullopt;
    }
    return tree;
}

inline bool boolean(const XmlTree &parent, const QString &name, bool fallback)
{
    const QString text = parent.textOf(name);
    return text.isEmpty() ? fallback : text == QLatin1StringView("true");
}

/// A required text: empty means the answer is not what EC2 sends.
inline bool require(const QString &value, const QString &what, QString *error)
{
    if (!value.isEmpty())
        return true;
    *error = QStringLiteral("an item without %1").arg(what);
    return false;
}

/// A paged answer: `<root>` with items under `<set>`, each read by `read` (nothing: the item is
/// not what EC2 sends), and `<nextToken>`.
template<typename T, typename Read>
std::optional<Page<T>> readPage(const QByteArray &xml, const QString &root, const QString &set,
                                QString *error, Read read)
{
    const auto tree = document(xml, root, error);
    if (!tree)
        return std::nullopt;
    Page<T> page;
    for (const XmlTree *item : tree->items(set)) {
        std::optional<T> value = read(*item, error);
        if (!value)
            return std::nullopt;
        page.items.append(std::move(*value));
    }
    page.nextToken = tree->textOf(QStringLiteral("nextToken"));
    return page;
}

} // namespace plc::Ec2Codec
