"""Copies of the database file made with SQLite's backup API, each verified after writing."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


def default_backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def is_sound(path: Path) -> bool:
    """True when `path` is an SQLite database whose `PRAGMA integrity_check` says ok."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def backup_connection(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of an open connection's database to `dest` and verify it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
    finally:
        target.close()
    if not is_sound(tmp):
        tmp.unlink(missing_ok=True)
        raise OSError(f"backup copy {dest} failed its integrity check")
    tmp.replace(dest)
    return dest


def backup_file(src: Path, dest: Path) -> Path:
    conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
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
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.sqlite") if p.is_file()]
    out = [BackupFile(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size) for p in files]
    return sorted(out, key=lambda b: b.modified, reverse=True)


def newest_sound_backup(folder: Path) -> Path | None:
    for b in list_backups(folder):
        if is_sound(b.path):
            return b.path
    return None
