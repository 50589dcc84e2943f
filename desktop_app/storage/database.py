"""Opening a Bagalau database file safely: lock, integrity check, backup, migrations.

Order on open (Vorta's store/connection.py and TOOLCHAIN.md):
1. take the one-program-per-file lock;
2. `PRAGMA integrity_check` — a damaged file is never used; the user is offered the newest good copy;
3. foreign keys on, WAL journal;
4. if migrations are pending on a non-empty file, copy the file aside first, then migrate.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.text import fold
from desktop_app.storage.audit import AuditContext, install_audit_triggers, register_audit_functions
from desktop_app.storage.backup import (backup_connection, default_backup_dir, newest_sound_backup,
                                        startup_backup, timestamped_name)
from desktop_app.storage.lock import FileLock
from desktop_app.storage.migrations import build_migrations


class DatabaseDamagedError(StorageError):
    """The file is not a sound SQLite database. `backup` is the newest good copy, if any."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        super().__init__(msg(N_("msg", "The database file {file} is damaged and was not opened ({detail})."),
                             file=str(path), detail=detail))
        self.path = path
        self.backup = backup


def storage_error(exc: sqlite3.Error, path: Path) -> StorageError:
    """A clear message for what SQLite reports when the disk, the folder or the file fails."""
    text = str(exc).lower()
    if "full" in text:
        return StorageError(msg(N_("msg", "The disk holding {file} is full: the last change was not saved. "
                                          "Free some space and repeat it."), file=str(path)))
    if "readonly" in text or "read-only" in text:
        return StorageError(msg(N_("msg", "The database file {file} is read-only: the last change was not "
                                          "saved."), file=str(path)))
    return StorageError(msg(N_("msg", "The database file {file} could not be written ({detail}): the last "
                                      "change was not saved."), file=str(path), detail=str(exc)))


class Store:
    """An open database file. `db` is the sqlite-utils Database; writes go through `atomic()`.

    `audit` carries the reason read by the audit triggers (see storage/audit.py `audit_reason`);
    `warnings` holds messages from opening that the user should see (e.g. the backup folder is missing).
    """

    def __init__(self, db: Database, path: Path, lock: FileLock | None,
                 audit: AuditContext | None = None) -> None:
        self.db = db
        self.path = path
        self._lock = lock
        self.audit = audit or AuditContext()
        self.warnings: list[Msg] = []
        self._identity = _identity(path)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One user action that writes = one transaction; nested calls become savepoints.

        Refuses to write into a file that was removed or replaced under the running program (its
        data would vanish on close), and turns disk-full / read-only failures into clear messages.
        """
        self.ensure_file_present()
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as exc:
            raise storage_error(exc, self.path) from exc

    def ensure_file_present(self) -> None:
        """If the file was deleted or replaced while open, write what this connection holds back to it.

        The open connection still reads the removed file, so nothing committed is lost: it is copied
        with the backup API to the original name (or beside it) and the user is told to restart.
        """
        if self._identity is None or _identity(self.path) == self._identity:
            return
        target = self.path if not self.path.exists() else self.path.with_name(
            timestamped_name(self.path.stem, "rescued"))
        backup_connection(self.db.conn, target)
        self._identity = None  # report once; the next write goes to the old handle only after the warning
        raise StorageError(msg(N_("msg", "The database file {file} was removed or replaced while Bagalau was "
                                         "running. Everything saved so far was written to {copy}; the last "
                                         "change was not saved. Restart Bagalau."),
                               file=str(self.path), copy=str(target)))

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _configure(db: Database, audit: AuditContext) -> None:
    conn = db.conn
    conn.create_function("fold", 1, fold, deterministic=True)
    register_audit_functions(conn, audit)
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


def open_store(path: Path | str, *, lock: bool = True, backup_dir: Path | None = None,
               backup_on_start: bool = False) -> Store:
    """Open (creating if needed) and migrate the database at `path`.

    `backup_on_start` (the window sets it): copy the file to the chosen backup folder after the
    integrity check and before the first write (migrations, audit triggers).
    """
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
            audit = AuditContext()
            _configure(db, audit)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), str(exc)) from exc
        if existed:
            _check_integrity(db, path)
        warnings: list[Msg] = []
        if existed and backup_on_start:
            warnings.extend(startup_backup(db, path))
        try:
            db.execute("PRAGMA journal_mode = WAL")
            migrations = build_migrations()
            pending = migrations.pending(db)
            if pending and existed and db.table_names():
                folder = backup_dir or default_backup_dir(path)
                backup_connection(db.conn, folder / timestamped_name(path.stem, "pre-migrate"))
            migrations.apply(db)
            install_audit_triggers(db)
        except sqlite3.DatabaseError as exc:
            db.conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise StorageError(msg(N_("msg", "The database file {file} is read-only."),
                                       file=str(path))) from exc
            if "full" in str(exc) or "I/O" in str(exc):
                raise storage_error(exc, path) from exc
            raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), str(exc)) from exc
        store = Store(db, path, file_lock, audit)
        store.warnings.extend(warnings)
        return store
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
