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
/// `text` with every run shaped like a credential replaced by `********`, for words a helper
/// program printed (its stderr) before they reach a window or the request log: AWS access key
/// IDs (`AKIA…`, `ASIA…`), Alibaba Cloud AccessKey IDs (`LTAI…`, `STS.…`), the value after a
/// name that says secret, token, password, credential or key (`secret=…`, `"token": "…"`), and
/// any run of 20 or more base64 characters that mixes letters and digits (40-character secret
/// keys, session tokens). Ordinary words and sentences are kept. It does not make control
/// characters visible: apply visible() as well.
QString withoutSecrets(QStringView text);
} // namespace OutsideText

} // namespace plc
