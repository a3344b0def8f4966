#pragma once

class QHeaderView;

namespace plc {

/// Widens every visible column whose header text no longer fits (after a language change,
/// "Cloud Provider" becomes "クラウドプロバイダー"); columns are never made narrower, so the
/// user's own widths are kept.
void fitHeaderTexts(QHeaderView *header);

} // namespace plc
