#!/usr/bin/env bash
# Re-make build/requirements.lock: the exact versions, with hashes, that set-up, CI and the bundle install.
# Run after changing a dependency range in pyproject.toml (the ranges stay there; the lock pins inside them).
# One lock for Linux and Windows (uv resolves for every platform; Windows-only packages carry a marker).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q uv
.venv/bin/uv pip compile pyproject.toml --extra dev --universal --generate-hashes --python-version 3.11 \
  --no-header --quiet -o build/requirements.lock
echo "build/requirements.lock: $(grep -cE '^[a-z]' build/requirements.lock) packages"
