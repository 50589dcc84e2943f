#!/usr/bin/env bash
# One-step set-up for Bagalau on Debian 12 / Ubuntu 22.04+ with Python >= 3.11.
#   bash build/setup.sh demo   -> install everything, write the demo office, open the program on it
#   bash build/setup.sh test   -> install everything, run the whole test suite headless
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-demo}

QT_LIBS="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
 libxcb-xkb1 libxkbcommon-x11-0 libcups2"
TEST_TOOLS="xvfb xauth poppler-utils"
# test mode: a real print queue that writes PDF files (tests/ui/test_cups_printing.py) and LibreOffice to
# render the DOCX papers like Word would
[ "$MODE" = test ] && TEST_TOOLS="$TEST_TOOLS cups printer-driver-cups-pdf libreoffice-writer-nogui"

missing=""
for p in $QT_LIBS $TEST_TOOLS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then missing="$missing python3-venv"; fi
if [ -n "$missing" ]; then
  echo "Installing system libraries:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.bagalau-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ build/requirements.lock -nt "$stamp" ]; then
  echo "Installing Python packages into .venv (log: .venv/pip.log)…"
  # The exact versions of build/requirements.lock, each checked against its hash; then the program itself.
  if ! { .venv/bin/python -m pip install --require-hashes -r build/requirements.lock &&
         .venv/bin/python -m pip install --no-deps -e . ; } > .venv/pip.log 2>&1; then
    tail -n 30 .venv/pip.log >&2
    echo "pip install failed; see .venv/pip.log" >&2
    exit 1
  fi
  touch "$stamp"
fi
.venv/bin/python build/i18n.py compile

case "$MODE" in
  demo)
    DEMO="${BAGALAU_DEMO_DB:-$ROOT/demo-office.sqlite}"
    [ -f "$DEMO" ] || .venv/bin/bagalau demo "$DEMO"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display: starting the program under xvfb-run (set DISPLAY to see it)."
      exec xvfb-run -a .venv/bin/bagalau --db "$DEMO"
    fi
    exec .venv/bin/bagalau --db "$DEMO"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "${@:2}"
    ;;
  *)
    echo "usage: bash build/setup.sh demo|test" >&2; exit 2 ;;
esac
