"""Copies of the database file made with SQLite's backup API, each verified after writing.

Automatic copies (on start, on exit, daily) go to the folder chosen in the settings (`backup.folder`,
default "<file>-backups" beside the database) and only the newest `backup.keep` automatic copies are
kept; copies made by hand and the copies made before migrations or restores are never pruned.

Copies of a sealed office are sealed with the same data key and carry their own key file
("<copy>.key", the office's wraps at the time of the copy): a copy opens with the office's password or
recovery code, on any computer. A copy is verified by reading every page, so SQLCipher's per-page HMAC
rejects a damaged copy before it is kept, listed as good or restored.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.records import BackupSummary
from desktop_app.storage import engine, keyring
from desktop_app.storage.engine import OfficeKey, connect_sealed, is_plain_sqlite
from desktop_app.storage.readonly import open_readonly
from desktop_app.storage.settings import read_setting

AUTOMATIC_REASONS = ("start", "exit", "daily")
DEFAULT_KEEP = 20
ENCRYPTED_SUFFIX = ".bgenc"
# Pages copied per step of the backup API: a step of a large office takes milliseconds, so the progress
# bar moves and Cancel is answered at once, while a small office is copied in one step.
BACKUP_STEP_PAGES = 64

# progress(done, total) in pages; may raise (e.g. Cancelled) to stop the copy.
Progress = Callable[[int, int], None]


def default_backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def open_copy(path: Path, key: OfficeKey | None) -> sqlite3.Connection:
    """A read-only connection to a copy: plain when it has the plain header, else sealed with `key`."""
    if is_plain_sqlite(path):
        return open_readonly(path)
    if key is None:
        raise sqlite3.DatabaseError("file is not a database")
    return connect_sealed(path, key, readonly=True)  # type: ignore[return-value]


def is_sound(path: Path, key: OfficeKey | None = None) -> bool:
    """True when `path` is a database (plain, or sealed with `key`) whose `PRAGMA integrity_check` says ok.

    An empty or very short file is not sound: SQLite would read it as an empty database. A sealed file
    read with the wrong key, or with a page whose HMAC fails, is not sound either.
    """
    try:
        if path.stat().st_size < 512:
            return False
        conn = open_copy(path, key)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, *engine.Error):
        return False


def backup_connection(conn: sqlite3.Connection, dest: Path, progress: Progress | None = None) -> Path:
    """Write a consistent copy of an open connection's database to `dest` and verify it.

    With `progress`, the copy goes `BACKUP_STEP_PAGES` pages at a time and `progress(done, total)` is
    called after each step. When it raises (the user cancelled), the partial file is deleted and the
    exception propagates: nothing is left in the folder and the open database is only read.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    key = engine.seal_of(conn)
    target = engine.reopen_like(conn, tmp)
    try:
        if progress is None:
            conn.backup(target)
        else:
            def step(_status: int, remaining: int, total: int) -> None:
                progress(total - remaining, total)

            conn.backup(target, pages=BACKUP_STEP_PAGES, progress=step)
        target.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)  # sqlite3 leaves the started (often zero-byte) file behind
        raise
    finally:
        target.close()
    if not is_sound(tmp, key):
        tmp.unlink(missing_ok=True)
        raise OSError(f"backup copy {dest} failed its integrity check")
    if key is not None:
        write_copy_header(conn, key, dest)
    tmp.replace(dest)
    return dest


def write_copy_header(conn: sqlite3.Connection, key: OfficeKey, dest: Path) -> None:
    """The copy's key file: the office's current wraps, the copy's audit head, signed with the data key."""
    header = keyring.read_header(key.office)
    head = audit_head(conn)
    count, digest = head if head is not None else (0, "")
    keyring.write_header(dest, keyring.with_audit(keyring.after_success(header), key.data_key, count, digest))


def remove_copy(path: Path) -> None:
    """Delete a copy and its key file."""
    path.unlink(missing_ok=True)
    keyring.key_path(path).unlink(missing_ok=True)


def backup_file(src: Path, dest: Path) -> Path:
    """A verified copy of the plain file `src` (an office from before sealing)."""
    conn = open_readonly(src)
    try:
        return backup_connection(conn, dest)
    finally:
        conn.close()


def timestamped_name(stem: str, reason: str, now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"{stem}-{reason}-{now:%Y%m%d-%H%M%S-%f}.sqlite"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    modified: datetime
    size: int


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in `folder` (plain and encrypted), newest first."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir()
             if p.is_file() and (p.name.endswith(".sqlite") or p.name.endswith(ENCRYPTED_SUFFIX))]
    out = [BackupFile(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size) for p in files]
    return sorted(out, key=lambda b: b.modified, reverse=True)


def newest_sound_backup(folder: Path, stem: str | None = None, key: OfficeKey | None = None) -> Path | None:
    """The newest copy that passes the integrity check (of database `stem` when given): sealed copies of
    the office whose `key` is given, or plain copies from before sealing."""
    for b in list_backups(folder):
        if stem is not None and not b.path.name.startswith(stem + "-"):
            continue
        if b.path.name.endswith(".sqlite") and is_sound(b.path, key):
            return b.path
    return None


def plain_copies(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Unsealed copies of the office `db_path` in its backup folders (left from before sealing)."""
    folders = {default_backup_dir(db_path)} | ({folder} if folder else set())
    stem = db_path.stem + "-"
    return sorted(b.path for f in folders for b in list_backups(f)
                  if b.path.name.startswith(stem) and b.path.name.endswith(".sqlite") and is_plain_sqlite(b.path))


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep: int
    daily: bool


def read_backup_settings(conn: sqlite3.Connection, db_path: Path) -> BackupSettings:
    folder = read_setting(conn, "backup.folder")
    keep = read_setting(conn, "backup.keep")
    daily = read_setting(conn, "backup.daily")
    return BackupSettings(folder=Path(folder) if folder else default_backup_dir(db_path),
                          keep=max(1, int(keep)) if keep and keep.isdigit() else DEFAULT_KEEP,
                          daily=daily != "0")


def prune_automatic(folder: Path, stem: str, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic copies of database `stem`; returns what was removed."""
    auto = [b for b in list_backups(folder)
            if any(b.path.name.startswith(f"{stem}-{r}-") for r in AUTOMATIC_REASONS)]
    removed = []
    for b in auto[keep:]:
        remove_copy(b.path)
        removed.append(b.path)
    return removed


def audit_head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the newest audit log entry: every change to the office adds one, so two files with
    the same head hold the same records. None for a file without a log."""
    try:
        row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except engine.DatabaseError:
        return None
    if not row:
        return None
    return (int(row[0]), row[1].hex() if isinstance(row[1], bytes) else str(row[1]))


def _newest_automatic_head(folder: Path, stem: str, key: OfficeKey | None) -> tuple[int, str] | None:
    for b in list_backups(folder):
        if any(b.path.name.startswith(f"{stem}-{r}-") for r in AUTOMATIC_REASONS) and b.path.name.endswith(".sqlite"):
            try:
                copy = open_copy(b.path, key)
                try:
                    return audit_head(copy)
                finally:
                    copy.close()
            except engine.DatabaseError:
                return None
    return None


def automatic_backup(conn: sqlite3.Connection, db_path: Path, reason: str) -> tuple[Path | None, list[Msg]]:
    """An automatic copy to the chosen folder (falling back to the one beside the file), then pruning.

    Skipped when the newest automatic copy already holds exactly this content (same audit log head):
    identical copies on every start and exit would otherwise push the older, different states out of
    the last N. Never raises for a missing drive or a full disk: the program goes on, the user is warned.
    """
    settings = read_backup_settings(conn, db_path)
    warnings: list[Msg] = []
    folder = settings.folder
    # e.g. the USB drive is not plugged in (a missing last folder level is simply created)
    if not folder.is_dir() and folder != default_backup_dir(db_path) and not folder.parent.is_dir():
        warnings.append(msg(N_("msg", "The backup folder {folder} is not available; the copy was made in "
                                      "{fallback} instead."),
                            folder=str(folder), fallback=str(default_backup_dir(db_path))))
        folder = default_backup_dir(db_path)
    head = audit_head(conn)
    if head is not None and _newest_automatic_head(folder, db_path.stem, engine.seal_of(conn)) == head:
        return None, warnings
    name = timestamped_name(db_path.stem, reason)
    try:
        dest = backup_connection(conn, folder / name)
    except (OSError, *engine.Error) as exc:
        (folder / (name + ".part")).unlink(missing_ok=True)
        warnings.append(msg(N_("msg", "The automatic backup to {folder} failed ({detail}). Your data are "
                                      "unchanged; make a copy by hand when the cause is fixed."),
                            folder=str(folder), detail=str(exc)))
        return None, warnings
    prune_automatic(folder, db_path.stem, settings.keep)
    return dest, warnings


def startup_backup(db: Any, db_path: Path) -> list[Msg]:
    """The copy made on start, before the first write (sqlite-utils Database or connection)."""
    conn = getattr(db, "conn", db)
    return automatic_backup(conn, db_path, "start")[1]


def summarize(b: BackupFile, key: OfficeKey | None = None) -> BackupSummary:
    """Read a copy read-only: is it sound, how many staff and evaluations does it hold.

    A sealed copy of another office (another data key) reads as not sound: it opens only with its own password.
    """
    if b.path.name.endswith(ENCRYPTED_SUFFIX):
        return BackupSummary(b.path, b.modified, b.size, True, True, None, None)
    staff = evaluations = None
    sound = False
    try:
        # Each copy was verified when it was made and is verified again before a restore; a full check
        # here would take seconds per copy of a large office, so the list reads only what it shows.
        conn = open_copy(b.path, key)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "employees" in tables:
                staff = conn.execute("SELECT count(*) FROM employees").fetchone()[0]
            if "evaluations" in tables:  # copies from before evaluations existed have none
                evaluations = conn.execute("SELECT count(*) FROM evaluations").fetchone()[0]
            sound = True
        finally:
            conn.close()
    except (OSError, *engine.DatabaseError):
        sound = False
    return BackupSummary(b.path, b.modified, b.size, False, sound, staff, evaluations)


def is_office_copy(path: Path, key: OfficeKey | None = None) -> bool:
    """True when the sound file `path` is a Bagalau office (its schema history starts with the core)."""
    try:
        conn = open_copy(path, key)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        finally:
            conn.close()
    except (OSError, *engine.DatabaseError):
        return False
    return "m001_core" in names


def restore_into(conn: sqlite3.Connection, source: Path, source_key: OfficeKey | None = None) -> None:
    """Replace the content of the open database `conn` with the sound copy `source` (backup API).

    `source_key`: the copy's data key (default: the open office's). A plain copy (from before sealing) is
    read by SQLCipher without a key and written sealed with the office's key. The connection, its lock and
    its registered functions stay; the caller migrates afterwards.
    """
    import shutil
    import tempfile

    key = source_key or engine.seal_of(conn)
    if not is_sound(source, key):
        raise OSError(f"{source} failed its integrity check")
    office_key = engine.seal_of(conn)
    if office_key is None or not is_plain_sqlite(source):
        src = open_copy(source, key)
        try:
            src.backup(conn)  # type: ignore[arg-type]
        finally:
            src.close()
        return
    # SQLite's backup API does not copy from a plain file into a sealed one: seal a temporary copy first
    with tempfile.TemporaryDirectory(dir=office_key.office.parent) as tmp:
        sealed = Path(tmp) / source.name
        shutil.copyfile(source, sealed)
        seal_copy(sealed, office_key)
        src = connect_sealed(sealed, office_key, readonly=True)
        try:
            src.backup(conn)
        finally:
            src.close()


def plain_export(conn: sqlite3.Connection, dest: Path, progress: Progress | None = None) -> Path:
    """An unsealed copy of a sealed office (for the password container of "a copy for another person").

    A sealed copy is made first with the backup API (page by page, so `progress` follows it and may
    cancel it), then SQLCipher's `sqlcipher_export` writes its content unsealed into `dest`.
    """
    key = engine.seal_of(conn)
    if key is None:
        return backup_connection(conn, dest, progress)
    sealed = backup_connection(conn, dest.with_name(dest.name + ".sealed"), progress)
    dest.unlink(missing_ok=True)
    copy = connect_sealed(sealed, key)
    try:
        copy.execute("ATTACH DATABASE ? AS plain KEY ''", [str(dest)])
        copy.execute("SELECT sqlcipher_export('plain')")
        version = copy.execute("PRAGMA main.user_version").fetchone()[0]
        copy.execute(f"PRAGMA plain.user_version = {int(version)}")
        from desktop_app.storage.audit import chain_key
        from desktop_app.storage.audit_seal import carry_chain_key

        carry_chain_key(copy, "plain", chain_key(copy) or b"")
        copy.commit()
        copy.execute("DETACH DATABASE plain")
    finally:
        copy.close()
        remove_copy(sealed)
    if not is_sound(dest):
        dest.unlink(missing_ok=True)
        raise OSError(f"copy {dest} failed its integrity check")
    return dest


def seal_copy(path: Path, key: OfficeKey) -> Path:
    """Seal the plain copy `path` in place with the office's data key; it then carries its own key file.

    The sealed file is written beside it and checked before it replaces the plain one.
    """
    import sqlcipher3

    part = path.with_name(path.name + ".sealing")
    part.unlink(missing_ok=True)
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS sealed KEY \"x'" + key.data_key.hex() + "'\"", [str(part)])
        conn.execute("SELECT sqlcipher_export('sealed')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA sealed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()
    if not is_sound(part, key):
        part.unlink(missing_ok=True)
        raise OSError(f"sealing {path} failed its integrity check")
    sealed = connect_sealed(part, key, readonly=True)
    try:
        write_copy_header(sealed, key, path)  # type: ignore[arg-type]
    finally:
        sealed.close()
    part.replace(path)
    return path
