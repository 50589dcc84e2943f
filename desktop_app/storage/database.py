"""Opening a Bagalau office file safely: lock, unlock, integrity check, backup, migrations.

`open_store(path, credential)` is the one way to open an office (window, command line, demo, bench, tests).
Order on open (Vorta's store/connection.py and TOOLCHAIN.md):
1. take the one-program-per-file lock;
2. unlock: the credential unwraps the data key from the key file (storage/keyring.py); a plain office
   from before sealing is copied (verified) and then sealed in place (storage/sealing.py);
3. `PRAGMA integrity_check` — SQLCipher checks every page's HMAC as it is read, so a damaged file is never
   used; the user is offered the newest good copy;
4. foreign keys on, WAL journal;
5. if migrations are pending on a non-empty file, copy the file aside first, then migrate.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.text import fold
from desktop_app.storage import engine, keyring
from desktop_app.storage.audit import AuditContext, install_audit_triggers, register_audit_functions
from desktop_app.storage.backup import (
    backup_connection,
    backup_file,
    default_backup_dir,
    newest_sound_backup,
    plain_copies,
    read_backup_settings,
    startup_backup,
    timestamped_name,
)
from desktop_app.storage.engine import OfficeKey, connect_sealed
from desktop_app.storage.leftovers import clean_leftovers
from desktop_app.storage.lock import FileLock
from desktop_app.storage.migrations import build_migrations
from desktop_app.storage.sealing import Credential, Unlocked, create, seal_plain, unlock


class DatabaseDamagedError(StorageError):
    """The file is not a sound SQLite database. `backup` is the newest good copy, if any."""

    def __init__(self, path: Path, backup: Path | None, detail: str, key: OfficeKey | None = None) -> None:
        super().__init__(msg(N_("msg", "The database file {file} is damaged and was not opened ({detail})."),
                             file=str(path), detail=detail))
        self.path = path
        self.backup = backup
        #: the office's data key (copies of this office open with it), when the damage was found after unlocking
        self.key = key


def _damaged(path: Path, detail: str, key: OfficeKey | None) -> DatabaseDamagedError:
    return DatabaseDamagedError(path, newest_sound_backup(default_backup_dir(path), key=key), detail, key)


def storage_error(exc: Exception, path: Path) -> StorageError:
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
                 audit: AuditContext | None = None, key: OfficeKey | None = None) -> None:
        self.db = db
        self.path = path
        self._lock = lock
        self.audit = audit or AuditContext()
        self.key = key
        self.warnings: list[Msg] = []
        #: a recovery code made while opening (new office, sealed now, recovery used): show it once
        self.new_recovery_code = ""
        #: plain (unsealed) copies of this office found when it was sealed: offer to seal them
        self.plain_copies: list[Path] = []
        self._identity = _identity(path)
        self._dead: StorageError | None = None

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One user action that writes = one transaction; nested calls become savepoints.

        Refuses to write into a file that was removed or replaced under the running program (its
        data would vanish on close), and turns disk-full / read-only failures into clear messages.
        """
        self.ensure_file_present()
        outer = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                yield
        except engine.OperationalError as exc:
            raise storage_error(exc, self.path) from exc
        if outer:
            self.sync_header(durable=False)

    def sync_header(self, durable: bool = True) -> None:
        """Record the audit log's length and newest hash in the key file (MAC'd with the data key), so that
        a log cut short or rewritten by an edit of the file is noticed (`bagalau check`, next open)."""
        if self.key is None or self._dead is not None:
            return
        from desktop_app.storage.backup import audit_head

        head = audit_head(self.db.conn)
        count, digest = head if head is not None else (0, "")
        try:
            header = keyring.read_header(self.path)
            if (header.audit_count, header.audit_head) != (count, digest):
                keyring.write_header(self.path, keyring.with_audit(header, self.key.data_key, count, digest),
                                     durable)
        except (OSError, StorageError):
            pass  # the data are committed; the record is refreshed at the next write or on close

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
            if self.key is not None:
                keyring.key_path(part).replace(keyring.key_path(self.path))
            part.replace(self.path)
            if self._lock is not None:
                self._lock.relock_database()
            self.db.conn = engine.reopen_like(self.db.conn, self.path)
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
                self.sync_header()
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


def _check_integrity(db: Database, path: Path, key: OfficeKey | None) -> None:
    try:
        result = db.execute("PRAGMA integrity_check").fetchall()
    except engine.DatabaseError as exc:
        raise _damaged(path, str(exc), key) from exc
    if not result or result[0][0] != "ok":
        raise _damaged(path, "; ".join(str(r[0]) for r in result[:3]), key)


def _unlock_or_seal(path: Path, credential: Credential, existed: bool, backup_dir: Path | None) -> Unlocked:
    """Unlock a sealed office, create a new one, or seal a plain one after a verified copy."""
    if not existed:
        return create(path, credential)
    if not engine.is_plain_sqlite(path):
        return unlock(path, credential)
    from desktop_app.storage.sealing import Password, plain_password_ok, wrong_password

    if isinstance(credential, Password) and plain_password_ok(path, credential.text) is False:
        raise wrong_password()  # before any copy is made
    folder = backup_dir or default_backup_dir(path)
    try:
        backup_file(path, folder / timestamped_name(path.stem, "before-sealing"))
    except OSError as exc:
        raise _damaged(path, str(exc), None) from exc
    except engine.DatabaseError as exc:
        raise _damaged(path, str(exc), None) from exc
    return seal_plain(path, credential)


def _audit_warnings(db: Database, path: Path, key: OfficeKey) -> list[Msg]:
    """Compare the key file's record of the audit log with the log (see Store.sync_header)."""
    from desktop_app.storage.audit_seal import header_problems

    return header_problems(db.conn, path, key)


def _settle_key_slots(db: Database, path: Path, unlocked: Unlocked, sealed_now: bool) -> None:
    """Refuse a key file put back from before a password change; record the current one (storage/key_slots.py).

    A file sealed just now (a plain office, or a copy for another person opened by them) gets its first record.
    """
    from desktop_app.storage.key_slots import check_and_settle, fingerprint, record

    header = keyring.read_header(path)
    try:
        settle = [fingerprint(header)] if sealed_now else \
            check_and_settle(db.conn, header, unlocked.previous, str(path))
    except StorageError:
        db.conn.close()
        raise
    if settle is not None:
        with db.atomic():
            record(db.conn, settle)


def open_store(path: Path | str, credential: Credential, *, lock: bool = True, backup_dir: Path | None = None,
               backup_on_start: bool = False) -> Store:
    """Open (creating if needed, sealing a plain office) and migrate the office at `path`.

    `credential`: `Password`, `RecoveryCode` or an unlocked `Sealing` (storage/sealing.py). A wrong one
    raises ValidationError and changes nothing but the wrong-password counter in the key file.
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
            key = unlock(path, credential).key if keyring.key_path(path).is_file() else None
            raise _damaged(path, "0 bytes", key)  # its key file unlocks its sealed copies
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _ensure_writable(path)
        was_plain = existed and engine.is_plain_sqlite(path)
        unlocked = _unlock_or_seal(path, credential, existed, backup_dir)
        key = unlocked.key
        try:
            db = Database(connect_sealed(path, key), execute_plugins=False)  # no third-party code on our data
            audit = AuditContext()
            _configure(db, audit)
        except engine.DatabaseError as exc:
            raise _damaged(path, str(exc), key) from exc
        warnings: list[Msg] = []
        if existed:
            _check_integrity(db, path, key)
        if was_plain:  # a copy for another person, sealed now as this office: its chain gets this office's key
            from desktop_app.storage.audit_seal import rekey_carried_chain

            rekey_carried_chain(db.conn)
        if existed:
            warnings.extend(_audit_warnings(db, path, key))
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
            _settle_key_slots(db, path, unlocked, was_plain)
        except engine.DatabaseError as exc:
            db.conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise StorageError(msg(N_("msg", "The database file {file} is read-only."),
                                       file=str(path))) from exc
            if "full" in str(exc) or "I/O" in str(exc):
                raise storage_error(exc, path) from exc
            raise _damaged(path, str(exc), key) from exc
        if file_lock is not None:
            file_lock.lock_database()  # a new office: SQLite has created the file by now
            # with the lock held, every partial copy of this office is left by a killed process
            clean_leftovers(path, default_backup_dir(path), read_backup_settings(db.conn, path).folder)
        store = Store(db, path, file_lock, audit, key)
        store.warnings.extend(warnings)
        store.new_recovery_code = unlocked.new_recovery_code
        if was_plain:
            store.plain_copies = plain_copies(path, backup_dir)
        store.sync_header()
        return store
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
