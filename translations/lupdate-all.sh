#!/usr/bin/env bash
# Runs lupdate over the console's sources for every language, with the project's options.
# usage: lupdate-all.sh LUPDATE SOURCE_LIST TS_DIR
set -euo pipefail
lupdate=$1 list=$2 dir=$3
for ts in "$dir"/privatelink-console_*.ts; do
    extra=()
    # The source language only carries plural forms ("%n cluster(s)").
    [[ $ts == *_en.ts ]] && extra=(-pluralonly)
    "$lupdate" -silent -locations none -no-obsolete -no-ui-lines "${extra[@]}" "@$list" -ts "$ts"
done
