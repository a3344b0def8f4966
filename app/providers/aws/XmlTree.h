#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace plc {

/// A small XML document read whole (AWS's Query API answers are a few kilobytes): element
/// names without namespaces, their text and their children. Reading refuses a document with
/// a DTD, deeper than 32 levels or with more than 100,000 elements, so a hostile answer can
/// neither expand entities nor exhaust memory.
class XmlTree final
{
public:
    QString name;
    QString text; ///< the element's own text, trimmed
    QList<XmlTree> children;

    static std::optional<XmlTree> parse(const QByteArray &xml, QString *error);

    /// The first child named `name`, or an empty tree.
    const XmlTree &child(const QString &childName) const;
    QList<const XmlTree *> all(const QString &childName) const;
    /// The text of the first child named `name` (empty when there is none).
    QString textOf(const QString &childName) const { return child(childName).text; }
    /// `<set><item>…</item>…</set>`: the items of a child set.
    QList<const XmlTree *> items(const QString &setName) const
    {
        return child(setName).all(QStringLiteral("item"));
    }
    /// The texts of a child set's items, made visible.
    QStringList itemTexts(const QString &setName) const;
    bool isEmpty() const { return name.isEmpty(); }
};

} // namespace plc
