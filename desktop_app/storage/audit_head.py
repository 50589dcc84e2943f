"""Finding a printed audit log code in the log (`bagalau check --head`, the Audit log page).

A document's footer carries the newest entry's number and the first 4 bytes of its keyed hash
(reports/audit_mark.py). The entries whose hash begins with those bytes are looked up here; the hash is
keyed, so nobody without the office's key can rewrite the log and keep a printed code in it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.storage.audit_chain import AUDIT_TABLE, log_layout


@dataclass(frozen=True)
class HeadEntry:
    entry: int
    at: datetime  # UTC
    code: str  # the first 8 hexadecimal digits of its hash, upper case


def _at(value: object) -> datetime:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    return datetime.fromisoformat(str(value)).astimezone(UTC)


def _code(value: object) -> str:
    raw = value.hex() if isinstance(value, bytes | bytearray) else str(value or "")
    return raw[:8].upper()


def entries_with_code(conn: sqlite3.Connection, code_hex: str) -> list[HeadEntry]:
    """Every entry whose hash begins with the 8 hexadecimal digits `code_hex`, oldest first."""
    if log_layout(conn) == "legacy":  # hex text
        rows = conn.execute(f"SELECT id, at, hash FROM {AUDIT_TABLE} WHERE substr(hash, 1, 8) = ? ORDER BY id",
                            [code_hex.lower()]).fetchall()
    else:
        rows = conn.execute(f"SELECT id, at, hash FROM {AUDIT_TABLE} WHERE substr(hash, 1, 4) = ? ORDER BY id",
                            [bytes.fromhex(code_hex)]).fetchall()
    return [HeadEntry(int(i), _at(at), _code(h)) for i, at, h in rows]


def entry(conn: sqlite3.Connection, number: int) -> HeadEntry | None:
    row = conn.execute(f"SELECT id, at, hash FROM {AUDIT_TABLE} WHERE id = ?", [number]).fetchone()
    return HeadEntry(int(row[0]), _at(row[1]), _code(row[2])) if row else None


def entry_count(conn: sqlite3.Connection) -> int:
    row = conn.execute(f"SELECT max(id) FROM {AUDIT_TABLE}").fetchone()
    return int(row[0] or 0)
