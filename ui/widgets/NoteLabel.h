#pragma once

class QLabel;

namespace plc {

/// A sentence set apart in its own tinted box: a problem (red), something to do next
/// (amber) or a success (green). The text is plain text — it often quotes a server — and
/// selectable; the label starts hidden.
namespace NoteLabel {
enum class Kind { Problem, Attention, Success };
void setUp(QLabel *label, Kind kind);
/// Another kind for a label already set up (a test's outcome).
void setKind(QLabel *label, Kind kind);
/// The kind last set on `label`.
Kind kindOf(const QLabel *label);
} // namespace NoteLabel

} // namespace plc
