"""Putting a damaged database aside before a good copy takes its place.

The window's recovery used to move the file aside and delete its `-wal` and `-shm`: a change committed
in the WAL was destroyed and the file kept aside no longer opened. Now the file and its companions are
moved together, untouched, to "<name>.damaged-<time>" (+ "-wal" / "-shm"), so SQLite still reads them
as one database and nothing is lost.
"""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move `path` and its companions to one new name beside it; returns the new name of the file."""
    now = now or datetime.now()
    aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    n = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *COMPANIONS)):
        aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}-{n}")
        n += 1
    # Companions first: a stray -wal left under the old name would be replayed into the copy put there.
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    return aside


def put_copy_in_place(copy: Path, path: Path) -> None:
    """Copy the good copy to `path` through a temporary name, so a crash never leaves half a file there."""
    part = path.with_name(path.name + ".part")
    shutil.copy2(copy, part)
    part.replace(path)
