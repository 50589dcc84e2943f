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
    if readonly:
        return _connect_readonly(Path(path), key)
    conn = sqlcipher3.connect(str(path), factory=SealedConnection)
    _key(conn, key)
    return conn


def _key(conn: SealedConnection, key: OfficeKey) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print page errors on stderr
    conn.execute(f"PRAGMA key = \"x'{key.data_key.hex()}'\"")
    conn.seal = key


def _connect_readonly(path: Path, key: OfficeKey) -> SealedConnection:
    """Read-only, from any folder name and from read-only media (as storage/readonly.py for plain files):
    a `#` or `%` in a name is escaped; in a folder that cannot be written, a file without a pending -wal is
    opened immutable, one with a -wal is read through a private copy of both into memory."""
    import os
    import shutil
    import tempfile

    from desktop_app.storage.readonly import readonly_uri

    conn = sqlcipher3.connect(readonly_uri(path), uri=True, factory=SealedConnection)
    _key(conn, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlcipher3.OperationalError:
        conn.close()
        if os.access(path.resolve().parent, os.W_OK) or not path.is_file():
            raise
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        conn = sqlcipher3.connect(readonly_uri(path, immutable=True), uri=True, factory=SealedConnection)
        _key(conn, key)
        return conn
    memory = sqlcipher3.connect(":memory:", factory=SealedConnection)
    memory.execute("PRAGMA cipher_log_level = NONE")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "office.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        source = sqlcipher3.connect(str(copy), factory=SealedConnection)
        _key(source, key)
        try:
            source.backup(memory)
        finally:
            source.close()
    memory.seal = key  # read in memory unsealed; the chain key still comes from the data key
    return memory


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
