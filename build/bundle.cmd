@echo off
rem Build the one-folder bundle dist\bagalau\ on Windows (Python 3.11+ installed, run from the repo root).
if not exist .venv\Scripts\python.exe python -m venv .venv
.venv\Scripts\python -m pip install -q -e ".[dev]" "pyinstaller>=6" || exit /b 1
.venv\Scripts\python build\i18n.py compile || exit /b 1
.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\out build\bagalau.spec || exit /b 1
echo bundle: dist\bagalau\bagalau.exe
