#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace plc {

/// Pieces of HCL, the language of Terraform's configuration, for the text a cloud's "Copy as
/// Terraform" makes (AwsTerraform, AlibabaTerraform). What goes in comes from outside (IDs,
/// names, descriptions as a cloud answered them), so every piece is made by its position,
/// never by what the text looks like: a value stays one inert string, a comment stays one line.
namespace HclText {
/// `text` as a quoted HCL string that means exactly `text`: `\` `"` and the line breaks and tab
/// escaped (`\\`, `\"`, `\n`, `\r`, `\t`), every other control character, the bidirectional
/// controls and the line and paragraph separators as `\uXXXX`, and the template sequences
/// doubled (`${` as `$${`, `%{` as `%%{`) so that nothing in it is interpolated or run.
QString quoted(QStringView text);
/// quoted() strings in a list on one line: `["a", "b"]`.
QString quotedList(const QStringList &texts);
/// A comment line, `# text` and a line break, with the control characters of `text` made visible
/// (OutsideText): nothing in it can end the comment and start a line of code.
QString comment(QStringView text);
/// A block label or name made from an ID (`vpce-0123abcd` → `vpce_0123abcd`): ASCII letters,
/// digits and `_` are kept, every other character becomes `_`, and `id_` goes before a label
/// that would not start with a letter or `_`, so any ID makes a valid Terraform identifier.
QString identifier(QStringView id);
} // namespace HclText

/// Block labels made from IDs, each given once: a label taken already gets `_2`, then `_3`, so
/// two IDs that make the same identifier still name two resources.
class HclLabels
{
public:
    QString take(QStringView id);

private:
    QSet<QString> m_taken;
};

/// One HCL block: its header, its arguments one a line, indented by two spaces, with their `=`
/// aligned as `terraform fmt` aligns them, and `}`.
class HclBlock
{
public:
    /// `resource "type" "label"`; `label` is made an identifier.
    static HclBlock resource(QStringView type, QStringView label);
    /// `import { to = address  id = "id" }` (Terraform 1.5): adopts what `id` names as the
    /// resource at `address` (`type.label`).
    static HclBlock importing(const QString &address, QStringView id);

    /// An argument whose value is HCL already: a number, `true`, a reference, or a string made
    /// by HclText::quoted().
    HclBlock &add(const QString &name, const QString &value);
    /// The block, ending with a line break.
    QString text() const;

private:
    explicit HclBlock(QString header)
        : m_header(std::move(header))
    {}

    QString m_header;
    QList<std::pair<QString, QString>> m_arguments;
};

} // namespace plc
