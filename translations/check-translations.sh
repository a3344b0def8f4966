#!/usr/bin/env bash
# Fails when a .ts file has an unfinished, vanished or obsolete entry, or when lupdate would
# change it (a string added or changed in the code without updating the translations).
# usage: check-translations.sh LUPDATE SOURCE_LIST TS_DIR
set -euo pipefail
lupdate=$1 list=$2 dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$dir"/privatelink-console_*.ts; do
    if grep -n -E 'type="(unfinished|vanished|obsolete)"' "$ts"; then
        echo "FAIL: $(basename "$ts") has unfinished, vanished or obsolete entries (above)"
        status=1
    fi
done
cp "$dir"/privatelink-console_*.ts "$work"/
"$(dirname "$0")"/lupdate-all.sh "$lupdate" "$list" "$work"
for ts in "$dir"/privatelink-console_*.ts; do
    if ! diff -u "$ts" "$work/$(basename "$ts")"; then
        echo "FAIL: lupdate would change $(basename "$ts"); run: cmake --build build --target update_translations"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: all entries finished and up to date"
exit $status
