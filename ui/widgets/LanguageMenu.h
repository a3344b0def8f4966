#pragma once

class QMenu;

namespace plc {

class LanguageManager;

/// Fills `menu` with one checkable entry per language, each in its own name (never
/// translated): choosing one switches the console's language, and the check follows the
/// language however it was changed.
void fillLanguageMenu(QMenu *menu, LanguageManager *languages);

} // namespace plc
