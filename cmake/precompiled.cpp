// The one source of plc_pch_core and plc_pch_widgets (CMakeLists.txt): targets that exist only
// to make a precompiled header with exactly the definitions every target that reuses it has.
