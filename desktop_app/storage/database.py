"""Opening a Bagalau database file safely: lock, integrity check, backup, migrations.

Order on open (Vorta's store/connection.py and TOOLCHAIN.md):
1. take the one-program-per-file lock;
2. `PRAGMA integrity_check` — a damaged file is never used; the user is offered the newest good copy;
3. foreign keys on, WAL journal;
4. if migrations are pending on a non-empty file, copy the file aside first, then migrate.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.text import fold
from desktop_app.storage.audit import AuditContext, install_audit_triggers, register_audit_functions
from desktop_app.storage.backup import (
    backup_connection,
    default_backup_dir,
    newest_sound_backup,
    read_backup_settings,
    startup_backup,
    timestamped_name,
)
from desktop_app.storage.leftovers import clean_leftovers
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
        self._dead: StorageError | None = None

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
        """Before a write: if the file was removed or replaced while open, save what this connection holds.

        The open connection still reads the removed file (and its -wal), so nothing committed is lost:
        - removed: the content is written back under the original name with the backup API and the
          store reconnects to it, so the user can simply repeat the last change;
        - replaced by another file: the content goes to "<name>-rescued-<time>.sqlite" beside it, the
          connection is closed and its stale -wal/-shm removed (SQLite would otherwise replay them into
          the new file), and every further write is refused until the program is restarted.
        """
        if self._dead is not None:
            raise self._dead
        if self._identity is None or self.db.conn.in_transaction or _identity(self.path) == self._identity:
            return
        if _identity(self.path) is None:
            part = self.path.with_name(self.path.name + ".rescue")
            backup_connection(self.db.conn, part)
            self.db.conn.close()
            _remove_sidecars(self.path)
            part.replace(self.path)
            if self._lock is not None:
                self._lock.relock_database()
            self.db.conn = sqlite3.connect(str(self.path))
            _configure(self.db, self.audit)
            self.db.execute("PRAGMA journal_mode = WAL")
            self._identity = _identity(self.path)
            raise StorageError(msg(N_("msg", "The database file {file} was removed while Bagalau was running. "
                                             "Everything saved so far was written back to it; the last change "
                                             "was not saved: repeat it."), file=str(self.path)))
        target = self.path.with_name(timestamped_name(self.path.stem, "rescued"))
        backup_connection(self.db.conn, target)
        self.db.conn.close()
        _remove_sidecars(self.path)
        self._dead = StorageError(msg(N_("msg", "The database file {file} was replaced by another file while "
                                                "Bagalau was running. Everything saved so far was written to "
                                                "{copy}; the last change was not saved. Restart Bagalau."),
                                      file=str(self.path), copy=str(target)))
        raise self._dead

    def close(self) -> None:
        try:
            if self._dead is None:
                self.db.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _ensure_writable(path: Path) -> None:
    """Say so at once when the file cannot be written, rather than at the first change (SQLite would
    otherwise open it read-only without a word)."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        raise StorageError(msg(N_("msg", "The database file {file} is read-only."), file=str(path))) from exc


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
        except OSError as exc:  # permission denied, read-only file system (EROFS), …
            raise StorageError(msg(N_("msg", "Cannot write in the folder {folder} ({detail})."),
                                   folder=str(path.parent), detail=str(exc))) from exc
    try:
        if path.is_file() and path.stat().st_size == 0:  # not a new office: offer the newest good copy
            raise DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path)), "0 bytes")
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _ensure_writable(path)
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
        if file_lock is not None:
            file_lock.lock_database()  # a new office: SQLite has created the file by now
            # with the lock held, every partial copy of this office is left by a killed process
            clean_leftovers(path, default_backup_dir(path), read_backup_settings(db.conn, path).folder)
        store = Store(db, path, file_lock, audit)
        store.warnings.extend(warnings)
        return store
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
