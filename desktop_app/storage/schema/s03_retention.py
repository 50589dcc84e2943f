"""Acts of archiving or destruction of evaluation documents past their three-year term (001 §12)."""
from __future__ import annotations

from sqlite_utils import Database


def m091_retention_acts(db: Database) -> None:
    db.execute("""
        CREATE TABLE retention_acts (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('archive', 'destroy')),
            made_on TEXT NOT NULL,
            quarters TEXT NOT NULL,          -- e.g. "2021-1, 2021-2"
            rows_moved INTEGER NOT NULL,
            archive_file TEXT NOT NULL DEFAULT '',
            archive_sha256 TEXT NOT NULL DEFAULT '',
            act_sha256 TEXT NOT NULL
        )""")
