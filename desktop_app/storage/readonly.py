"""Opening a database file only to read it — from any folder name and from read-only media.

a `#` or `%` in a folder or file name broke `check`, every backup and restore (the name was
pasted into a `file:` URI unescaped, so SQLite cut it at the `#` and even created a stray empty file),
and a sound office on a write-protected drive was reported as damaged (a WAL database needs its
`-shm` beside it, which a read-only folder cannot hold).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path


def readonly_uri(path: Path, immutable: bool = False) -> str:
    """A `file:` URI with every special character escaped (`#` → %23, `%` → %25)."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _probe(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _folder_writable(path: Path) -> bool:
    return os.access(Path(path).resolve().parent, os.W_OK)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`; never creates, changes or leaves a file beside it.

    In a folder that cannot be written, a file without a pending `-wal` is opened as immutable; one
    with a `-wal` (committed changes not yet merged) is read through a private copy of both files, so
    those changes are seen. Raises sqlite3.DatabaseError for a file that is not a sound database.
    """
    path = Path(path)
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        _probe(conn)
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _folder_writable(path) or not path.is_file():
            raise
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        conn = sqlite3.connect(readonly_uri(path, immutable=True), uri=True)
        _probe(conn)
        return conn
    memory = sqlite3.connect(":memory:")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "office.sqlite"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:  # callers expect SQLite's kind of error for a file they cannot read
            memory.close()
            raise sqlite3.OperationalError(f"cannot read {path}: {exc.strerror or exc}") from exc
        source = sqlite3.connect(copy)
        try:
            source.backup(memory)
        finally:
            source.close()
    return memory
