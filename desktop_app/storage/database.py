"""Opening a Bagalau database file safely: lock, integrity check, backup, migrations.

Order on open (Vorta's store/connection.py and TOOLCHAIN.md):
1. take the one-program-per-file lock;
2. `PRAGMA integrity_check` — a damaged file is never used; the user is offered the newest good copy;
3. foreign keys on, WAL journal;
4. if migrations are pending on a non-empty file, copy the file aside first, then migrate.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from sqlite_utils import Database

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.text import fold
from desktop_app.storage.backup import backup_connection, default_backup_dir, newest_sound_backup, timestamped_name
from desktop_app.storage.lock import FileLock
from desktop_app.storage.migrations import build_migrations


class DatabaseDamagedError(StorageError):
    """The file is not a sound SQLite database. `backup` is the newest good copy, if any."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        super().__init__(msg(N_("msg", "The database file {file} is damaged and was not opened ({detail})."),
                             file=str(path), detail=detail))
        self.path = path
        self.backup = backup


class Store:
    """An open database file. `db` is the sqlite-utils Database; writes go through `atomic()`."""

    def __init__(self, db: Database, path: Path, lock: FileLock | None) -> None:
        self.db = db
        self.path = path
        self._lock = lock

    def atomic(self) -> AbstractContextManager[None]:
        """One user action that writes = one transaction; nested calls become savepoints."""
        return self.db.atomic()

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _configure(db: Database) -> None:
    conn = db.conn
    conn.create_function("fold", 1, fold, deterministic=True)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 3000")


def _check_integrity(db: Database, path: Path) -> None:
    try:
        result = db.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), str(exc)) from exc
    if not result or result[0][0] != "ok":
        detail = "; ".join(str(r[0]) for r in result[:3])
        raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), detail)


def open_store(path: Path | str, *, lock: bool = True, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path).resolve()
    if path.parent and not path.parent.exists():
        raise StorageError(msg(N_("msg", "The folder {folder} does not exist."), folder=str(path.parent)))
    file_lock = FileLock(path) if lock else None
    if file_lock is not None:
        try:
            file_lock.acquire()
        except PermissionError as exc:
            raise StorageError(msg(N_("msg", "Cannot write in the folder {folder} ({detail})."),
                                   folder=str(path.parent), detail=str(exc))) from exc
    try:
        existed = path.exists() and path.stat().st_size > 0
        try:
            db = Database(sqlite3.connect(str(path)), execute_plugins=False)  # no third-party code on our data
            _configure(db)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), str(exc)) from exc
        if existed:
            _check_integrity(db, path)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            migrations = build_migrations()
            pending = migrations.pending(db)
            if pending and existed and db.table_names():
                folder = backup_dir or default_backup_dir(path)
                backup_connection(db.conn, folder / timestamped_name(path.stem, "pre-migrate"))
            migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            db.conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise StorageError(msg(N_("msg", "The database file {file} is read-only."),
                                       file=str(path))) from exc
            raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), str(exc)) from exc
        return Store(db, path, file_lock)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
