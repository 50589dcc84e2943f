"""Where the program's own files are: the repository in development, the bundle when frozen."""
from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller one-folder bundle
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return app_root() / "i18n"
