"""Methodology versions. A version is kept whole as its JSON document (domain/methodology/codec.py);
the columns beside it are what lists and look-ups need: lineage and version, names, act, effective date."""
from __future__ import annotations

from sqlite_utils import Database


def m010_methodology_versions(db: Database) -> None:
    db.execute("""
        CREATE TABLE methodologies (
            id INTEGER PRIMARY KEY,
            lineage TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            name_kk TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            act_number TEXT NOT NULL DEFAULT '',
            act_date TEXT,
            effective_from TEXT NOT NULL,
            score_model TEXT NOT NULL CHECK (score_model IN ('score', 'points')),
            preset TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (lineage, version)
        )""")
    db.execute("CREATE INDEX methodologies_effective ON methodologies(effective_from)")
