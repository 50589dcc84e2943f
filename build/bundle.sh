#!/usr/bin/env bash
# Build the one-folder bundle dist/bagalau/ (PyInstaller). No network is used at run time.
#   bash build/bundle.sh        (after `bash build/setup.sh test` or `demo` has made .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run bash build/setup.sh test first" >&2; exit 1; }
# The same pinned, hash-checked versions as set-up and CI (PyInstaller is among them).
.venv/bin/python -m pip install -q --require-hashes -r build/requirements.lock > .venv/bundle-pip.log 2>&1
.venv/bin/python build/i18n.py compile
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/out \
  build/bagalau.spec
echo "bundle: dist/bagalau/bagalau ($(du -sh dist/bagalau | cut -f1))"
