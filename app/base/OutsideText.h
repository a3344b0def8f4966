#pragma once

#include <QString>
#include <QStringView>

namespace plc {

/// Text that came from outside — a server's names, IDs and messages, a database's greeting, a
/// client's request path, a config file — made safe to show in a widget or print on a
/// terminal. Every control character becomes a visible stand-in, so that nothing from the
/// network can clear a screen, move the cursor, start a new line that looks like the program's
/// own, or reorder what is shown:
/// - C0 controls (U+0000–U+001F) and DEL become their Control Pictures (`␛` for ESC, `␊` for
///   a line feed, `␡` for DEL);
/// - C1 controls (U+0080–U+009F), the bidirectional embeddings, overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069), and the line and paragraph separators (U+2028, U+2029)
///   become `<U+XXXX>`.
/// Everything else, CJK and emoji included, is kept as it is.
namespace OutsideText {
QString visible(QStringView text);
/// True when visible() would change nothing.
bool isVisible(QStringView text);
} // namespace OutsideText

} // namespace plc
