#!/usr/bin/env bash
# Refresh the README screenshots from the real program: a fresh demo office, every main page in
# Kazakh and Russian under Xvfb, and the first page of the protocol and the quarter summary.
#   bash build/readme_screens.sh      (after bash build/setup.sh test)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=resources/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
.venv/bin/bagalau demo "$TMP/demo.sqlite" > /dev/null
xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python build/screenshots.py "$TMP/demo.sqlite" "$OUT" \
  --lang both --pages dashboard,staff,quarter,methodology,appeals,statistics --size 1280x800 > /dev/null
.venv/bin/bagalau print protocol --db "$TMP/demo.sqlite" --session 1 --lang kk --out "$TMP/protocol.pdf" > /dev/null
y=$(date +%Y); m=$(date +%-m); q=$(( (m - 1) / 3 )); [ "$q" -eq 0 ] && { q=4; y=$((y - 1)); }
.venv/bin/bagalau print summary --db "$TMP/demo.sqlite" --year "$y" --quarter "$q" --lang ru \
  --out "$TMP/summary.pdf" > /dev/null
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$TMP/protocol.pdf" "$OUT/pdf-protocol-kk"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$TMP/summary.pdf" "$OUT/pdf-summary-ru"
ls -la "$OUT"
