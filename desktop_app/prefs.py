"""The user's preferences on this workstation (language, last database, window layout).

A small JSON file in the user's config folder; the path is injected so tests use a temp folder.
Office data (organisation, backups folder, …) lives in the database, not here.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def default_prefs_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("bagalau", appauthor=False)) / "prefs.json"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("bagalau", appauthor=False)) / "bagalau.sqlite"


class Prefs:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._data = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass  # preferences are a convenience; never fail a user action for them

    @property
    def language(self) -> str | None:
        lang = self._data.get("language")
        return lang if lang in ("kk", "ru") else None
