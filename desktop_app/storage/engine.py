"""The SQL engine: SQLCipher 4 (`sqlcipher3`) for sealed offices, the standard `sqlite3` for plain files.

Every connection to an office goes through `connect_sealed`; it carries its key (`conn.seal`), so that a
copy made from it (storage/backup.py) is sealed with the same data key without every caller passing it.
`sqlcipher3` has its own exception classes (not subclasses of sqlite3's): code catches the tuples below.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

SQLITE_HEADER = b"SQLite format 3\x00"

Error = (sqlite3.Error, sqlcipher3.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher3.OperationalError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


@dataclass(frozen=True)
class OfficeKey:
    """The data key of a sealed office, and the office whose key file copies take their header from."""

    data_key: bytes
    office: Path


class SealedConnection(sqlcipher3.Connection):
    """A SQLCipher connection that knows its key (Python subclass: the C type has no attributes)."""

    seal: OfficeKey | None = None


def connect_sealed(path: Path | str, key: OfficeKey, *, readonly: bool = False) -> SealedConnection:
    """Open `path` with the raw 256-bit data key. A wrong key or a damaged first page fails on first read."""
    if readonly:  # a `#` or `%` in a folder name must not cut the URI (storage/readonly.py)
        from desktop_app.storage.readonly import readonly_uri

        conn = sqlcipher3.connect(readonly_uri(Path(path)), uri=True, factory=SealedConnection)
    else:
        conn = sqlcipher3.connect(str(path), factory=SealedConnection)
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print page errors on stderr
    conn.execute(f"PRAGMA key = \"x'{key.data_key.hex()}'\"")
    conn.seal = key
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True when `path` begins with the plain SQLite header (an office from before sealing, or not ours)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def seal_of(conn: object) -> OfficeKey | None:
    return getattr(conn, "seal", None)


def reopen_like(conn: object, path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to another file (a copy) keyed like `conn`: sealed when `conn` is, else plain."""
    key = seal_of(conn)
    if key is not None:
        return connect_sealed(path, key, readonly=readonly)  # type: ignore[return-value]
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True) if readonly else sqlite3.connect(path)
