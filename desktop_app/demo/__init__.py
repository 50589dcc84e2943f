"""The demo office: an akimat apparatus with staff, a bonus scale, evaluated quarters and an appeal.

Each area adds its part in `PARTS` (called in order, each in its own transaction), relative to
`today` so that "the previous quarter is finished and the current one half done" stays true.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

from desktop_app.services.container import Services, build_services
from desktop_app.storage.database import open_store
from desktop_app.storage.keyring import Sealing, key_path, new_sealing

#: The demo office is sealed like any office, with this public password (the password dialog says it).
DEMO_PASSWORD = "demo"

DemoPart = Callable[[Services, date], str]


def _parts() -> list[DemoPart]:
    parts: list[DemoPart] = []
    from desktop_app.demo.staff import demo_staff

    parts.append(demo_staff)
    from desktop_app.demo.methodology import demo_methodology

    parts.append(demo_methodology)
    from desktop_app.demo.evaluation import demo_evaluation

    parts.append(demo_evaluation)
    from desktop_app.demo.calibration import demo_calibration

    parts.append(demo_calibration)
    from desktop_app.demo.evaluation import demo_close

    parts.append(demo_close)
    return parts


@cache
def demo_sealing() -> Sealing:
    """One demo key per process: argon2id runs once however many demo offices are written."""
    return new_sealing(DEMO_PASSWORD, note="demo")


def write_demo(path: Path, *, replace: bool = False, today: date | None = None) -> str:
    """Build the demo office beside `path` and move it into place only when complete (a
    killed demo left a half-built office that passed `check`).

    With `replace`, an existing office is replaced only when no program has it open, and its content is
    kept first as a copy in its backup folder ("<name>-pre-demo-<time>.sqlite").
    """
    from desktop_app.domain.errors import ValidationError
    from desktop_app.domain.i18n import N_, msg

    today = today or date.today()
    path = Path(path)
    if path.exists() and not replace:
        raise ValidationError(msg(N_("msg", "{file} exists. To replace it with the demo office, repeat with "
                                            "--force: its content is kept as a copy first."), file=str(path)))
    part = path.with_name(path.name + ".part")
    _remove_database(part)  # left by a demo killed earlier
    store = open_store(part, demo_sealing())
    services = build_services(store)
    services.quarter.today = lambda: today    # the demo's dates are checked against its own "today"
    lines = [f"demo office written to {path} (sealed; password: {DEMO_PASSWORD})"]
    try:
        for part_builder in _parts():
            with store.atomic():
                lines.append(part_builder(services, today))
    except BaseException:
        services.close()
        _remove_database(part)
        raise
    services.close()
    part.with_name(part.name + ".lock").unlink(missing_ok=True)
    kept = _install(part, path)
    if kept is not None:
        lines.append(f"the previous content of {path} is kept in {kept}")
    return "\n".join(lines)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock", ".key"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _install(built: Path, path: Path) -> Path | None:
    """Move the finished demo to `path` under the office's own lock; returns where an old office was kept."""
    import shutil
    import sqlite3

    from desktop_app.storage.backup import backup_file, default_backup_dir, timestamped_name
    from desktop_app.storage.engine import is_plain_sqlite
    from desktop_app.storage.lock import FileLock

    lock = FileLock(path)
    try:
        lock.acquire()  # refuses when the office is open in another program
    except BaseException:
        _remove_database(built)
        raise
    try:
        kept = None
        if path.exists() and not is_plain_sqlite(path):
            # a sealed office: its bytes, its -wal and its key file are copied as they are (still sealed)
            kept = default_backup_dir(path) / timestamped_name(path.stem, "pre-demo")
            kept.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", ".key"):
                if path.with_name(path.name + suffix).exists():
                    shutil.copy2(path.with_name(path.name + suffix), kept.with_name(kept.name + suffix))
            shutil.copy2(path, kept)
        elif path.exists():
            kept = default_backup_dir(path) / timestamped_name(path.stem, "pre-demo")
            try:
                backup_file(path, kept)  # reads through its -wal: every committed change is in the copy
            except (OSError, sqlite3.Error):  # not a sound database: keep its bytes as they are
                kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, kept.with_suffix(".damaged"))
                kept = kept.with_suffix(".damaged")
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's companions must not replay into the new
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        key_path(built).replace(key_path(path))
        built.replace(path)
        return kept
    finally:
        lock.release()
