#!/usr/bin/env bash
# Runs lupdate over the console's sources for every language, with the project's options.
# usage: lupdate-all.sh LUPDATE SOURCE_LIST TS_DIR
set -euo pipefail
lupdate=$1 list=$2 dir=$3
# Includes name their layer ("services/Profile.h", "ui/widgets/MessageBar.h"): lupdate finds
# them from the source root and app/, as the compiler does, to know each class's context.
root=$(cd "$(dirname "$0")/.." && pwd)
for ts in "$dir"/privatelink-console_*.ts; do
    extra=()
    # The source language only carries plural forms ("%n cluster(s)").
    [[ $ts == *_en.ts ]] && extra=(-pluralonly)
    "$lupdate" -silent -I "$root" -I "$root/app" -locations none -no-obsolete -no-ui-lines "${extra[@]}" "@$list" -ts "$ts"
done
