@echo off
rem Build the one-folder bundle dist\bagalau\ on Windows (Python 3.11+ installed, run from the repo root).
if not exist .venv\Scripts\python.exe python -m venv .venv
rem The same pinned, hash-checked versions as set-up and CI (build\requirements.lock, made by build/lock.sh).
.venv\Scripts\python -m pip install -q --require-hashes -r build\requirements.lock || exit /b 1
.venv\Scripts\python -m pip install -q --no-deps -e . || exit /b 1
.venv\Scripts\python build\i18n.py compile || exit /b 1
.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\out build\bagalau.spec || exit /b 1
echo bundle: dist\bagalau\bagalau.exe
