"""Cleaning what a killed backup, restore or demo left behind (`.part` files stayed forever).

Called when an office is opened with its lock held: no other Bagalau process is copying this office
then, so every partial file of it is a leftover. Only names this program makes are touched:
"<stem>-….part" in the backup folders, "<name>.part" (and its companions) beside the file, and the
scratch folders "<stem>.part-…" in which plain copies are made before sealing or restoring.
"""
from __future__ import annotations

import shutil
from pathlib import Path

_PART_ENDINGS = (".part", ".part-journal", ".part-wal", ".part-shm")
SCRATCH_INFIX = ".part-"


def scratch_prefix(db_path: Path) -> str:
    """The prefix of temporary folders made beside the office (see `clean_leftovers`)."""
    return db_path.stem + SCRATCH_INFIX


def clean_leftovers(db_path: Path, *folders: Path) -> list[Path]:
    """Remove the partial files of `db_path`'s copies; returns what was removed (never raises)."""
    removed: list[Path] = []
    candidates: list[Path] = []
    for folder in {*folders}:
        try:
            candidates += [p for p in folder.iterdir() if p.name.startswith(db_path.stem + "-")
                           and p.name.endswith(_PART_ENDINGS) and p.is_file()]
        except OSError:  # the backup drive is not plugged in
            continue
    try:
        beside = list(db_path.parent.iterdir())
    except OSError:
        beside = []
    candidates += [p for p in beside if p.name.startswith(db_path.name + ".part") and p.is_file()
                   and p.name[len(db_path.name + ".part"):] in ("", "-wal", "-shm", "-journal", ".lock", ".key")]
    for p in candidates:
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            continue
    for p in beside:
        if p.is_dir() and p.name.startswith(scratch_prefix(db_path)):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed
