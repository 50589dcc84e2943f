"""`#` and `%` in folder and file names, and offices on read-only media: check, backup and
restore work, leave no stray file, and read-only media can be checked and copied."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app import main
from desktop_app.storage.database import open_store
from tests.sealing import TEST_PASSWORD, office_key, raw_connect
from tests.services.test_staff_import import GOOD, RU_HEADER, write_csv

ROOT = Path(__file__).resolve().parent.parent.parent


def make_office(db: Path) -> Path:
    open_store(db, office_key()).close()  # sealed with the tests' key; commands open it with $BAGALAU_PASSWORD
    staff = write_csv(db.parent / "staff-list.csv", [RU_HEADER, *GOOD])
    assert main(["import-staff", "--db", str(db), str(staff)]) == 0
    staff.unlink()
    return db


def files_under(folder: Path) -> set[str]:
    """Every file below `folder`, leaving out the -wal/-shm companions SQLite keeps beside an open file."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


def test_hash_and_percent_in_names(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "Отдел #1 100% (2026)"
    folder.mkdir()
    db = make_office(folder / "office #2 %41.sqlite")
    before = files_under(tmp_path)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0, capsys.readouterr().err
    assert files_under(tmp_path) == before  # no stray "Отдел " file cut at the '#'
    copies = folder / "copies #3"
    assert main(["backup", "--db", str(db), "--to", str(copies)]) == 0, capsys.readouterr().err
    copy = next(copies.glob("*.sqlite"))
    assert "#" in copy.name and "%41" in copy.name and not copy.name.endswith(".part")
    assert main(["check", "--db", str(copy)]) == 0
    assert main(["restore", "--db", str(db), "--from", str(copy)]) == 0, capsys.readouterr().err
    assert main(["check", "--db", str(db)]) == 0
    stray = files_under(tmp_path) - before
    assert all(s.startswith(folder.name) for s in stray), stray
    assert not [s for s in stray if s.endswith(".part")]


def _readonly_drive(usb: Path, mount: Path) -> Path:
    """The folder `usb` as a write-protected drive: a read-only bind mount in a private mount namespace
    when running as root (root ignores permission bits), else the folder made read-only."""
    if os.geteuid() != 0:
        for p in usb.iterdir():
            p.chmod(0o444)
        usb.chmod(0o555)
        return usb
    mount.mkdir()
    return mount


def _as_reader(cmd: list[str], usb: Path, drive: Path) -> subprocess.CompletedProcess[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(drive.parent),
           "BAGALAU_PASSWORD": TEST_PASSWORD,
           "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    run = [sys.executable, "-m", "desktop_app", *cmd]
    if drive != usb:
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare(1) to mount a read-only drive as root")
        run = ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$1" && shift && exec "$@"',
               str(usb), str(drive), *run]
    return subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _office_with(usb: Path, pending_wal: bool) -> sqlite3.Connection | None:
    usb.mkdir()
    db = make_office(usb / "office.sqlite")
    if not pending_wal:
        return None
    keep = raw_connect(db)  # a change committed in the -wal, not yet merged into the file
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("PRAGMA user_version = 77")  # page 1 rewritten in the -wal
    keep.commit()
    assert (usb / "office.sqlite-wal").stat().st_size > 0
    return keep


@pytest.mark.parametrize("pending_wal", [False, True])
def test_office_on_a_write_protected_drive_can_be_checked_and_copied(tmp_path: Path, pending_wal: bool) -> None:
    usb = tmp_path / "usb #1"
    keep = _office_with(usb, pending_wal)
    drive = _readonly_drive(usb, tmp_path / "mnt #1")
    db = drive / "office.sqlite"
    before = {p.name: p.read_bytes() for p in usb.iterdir() if not p.name.endswith("-shm")}
    try:
        checked = _as_reader(["check", "--db", str(db), "--lang", "ru"], usb, drive)
        assert checked.returncode == 0, checked.stderr
        assert checked.stdout.strip().endswith(": ok")
        copied = _as_reader(["backup", "--db", str(db), "--to", str(tmp_path / "copies")], usb, drive)
        assert copied.returncode == 0, copied.stderr
        after = {p.name: p.read_bytes() for p in usb.iterdir() if not p.name.endswith("-shm")}
    finally:
        if keep is not None:
            keep.close()
    assert after == before  # nothing written on the drive, not even a lock file
    copy = next((tmp_path / "copies").glob("*.sqlite"))
    conn = raw_connect(copy)
    try:
        assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 3
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert (version == 77) == pending_wal  # the -wal's committed change is in the copy
    finally:
        conn.close()
