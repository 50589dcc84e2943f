"""A full disk, a read-only folder or file, a file removed under the running program: a clear message,
nothing committed lost (001 §12).

How each is done for real (the tests run as root here, and root ignores file modes):
- full disk: a 1 MiB tmpfs mounted for the test (`mount -t tmpfs`); where mounting is not allowed (not
  root, CI), the same SQLite error is produced with `PRAGMA max_page_count`;
- read-only folder: a read-only bind mount of the folder; read-only file: `chattr +i` (immutable,
  which binds root too); both are skipped where the tools or rights are missing;
- removed file: the file is unlinked (and, in a second test, replaced) while the store is open.
"""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.services.backup import BackupService
from desktop_app.storage.database import open_store
from tests.sealing import office_key, raw_connect


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)):
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    _run("umount", "-l", str(mount))


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a sound database, then made read-only with a read-only bind mount."""
    folder = tmp_path / "ro"
    folder.mkdir()
    store = open_store(folder / "office.sqlite", office_key())
    _fill(store, 5)
    store.close()
    if not (_run("mount", "--bind", str(folder), str(folder))
            and _run("mount", "-o", "remount,ro,bind", str(folder))):
        _run("umount", str(folder))
        pytest.skip("a read-only bind mount needs root")
    yield folder
    _run("umount", "-l", str(folder))


def _fill(store, n: int, start: int = 0) -> None:  # type: ignore[no-untyped-def]
    for i in range(start, start + n):
        with store.atomic():
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", ["Бөлім " * 50, str(i)])


def _names(path: Path) -> list[str]:
    store = open_store(path, office_key())
    try:
        return [r[0] for r in store.db.execute("SELECT name_ru FROM units ORDER BY id")]
    finally:
        store.close()


def _fill_until_full(store) -> int:  # type: ignore[no-untyped-def]
    saved = 0
    with pytest.raises(StorageError) as info:
        while True:
            _fill(store, 1, saved)
            saved += 1
    assert "full" in info.value.render() and "not saved" in info.value.render()
    return saved


def test_full_disk_gives_a_clear_message_and_keeps_every_saved_change(small_disk: Path) -> None:
    path = small_disk / "office.sqlite"
    store = open_store(path, office_key())
    saved = _fill_until_full(store)
    assert saved > 5
    assert store.db.execute("SELECT count(*) FROM units").fetchone()[0] == saved  # the failed one left nothing
    store.close()
    assert _names(path) == [str(i) for i in range(saved)]  # reopens on the still-full disk


def test_backup_to_a_full_drive_warns_and_leaves_no_half_copy(small_disk: Path, db_path: Path) -> None:
    (small_disk / "filler").write_bytes(b"\0" * (1024 * 1024 - 8192))
    store = open_store(db_path, office_key())
    _fill(store, 100)
    service = BackupService(store)
    service.save_settings(small_disk / "backups", keep=5, daily=True)
    path, warnings = service.automatic("exit")
    assert path is None and "failed" in warnings[0].render()
    assert [p.name for p in (small_disk / "backups").iterdir()] == []
    with pytest.raises(StorageError, match="could not be made"):
        service.back_up()
    store.close()


def test_page_limit_full_database_same_message_everywhere(db_path: Path) -> None:
    """The portable stand-in for a full disk: SQLite reports the same error code (SQLITE_FULL)."""
    store = open_store(db_path, office_key())
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 10}")
    saved = _fill_until_full(store)
    store.close()
    assert _names(db_path) == [str(i) for i in range(saved)]


def test_read_only_folder_is_refused_on_open_with_a_message(read_only_folder: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_store(read_only_folder / "office.sqlite", office_key())
    assert "Cannot write" in info.value.render()


def test_immutable_file_is_refused_on_open_and_on_write(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    _fill(store, 3)
    store.close()
    if not _run("chattr", "+i", str(db_path)):
        pytest.skip("chattr +i is not available on this file system")
    try:
        with pytest.raises(StorageError, match="read-only"):
            open_store(db_path, office_key())
    finally:
        _run("chattr", "-i", str(db_path))
    assert _names(db_path) == ["0", "1", "2"]


def test_file_removed_under_the_running_program_is_written_back(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    _fill(store, 3)  # partly still in the -wal file
    db_path.unlink()  # e.g. deleted in the file manager while Bagalau is open
    with pytest.raises(StorageError) as info:
        _fill(store, 1, 3)
    assert "removed" in info.value.render() and str(db_path) in info.value.render()
    _fill(store, 1, 3)  # the store goes on with the file written back: the user repeats the change
    store.close()
    assert _names(db_path) == ["0", "1", "2", "3"]


def test_file_replaced_under_the_running_program_is_not_overwritten(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    store2 = open_store(other, office_key())
    _fill(store2, 1, 100)
    store2.close()
    store = open_store(db_path, office_key())
    _fill(store, 2)
    db_path.unlink()
    shutil.copy(other, db_path)  # someone copied another office's file over it
    with pytest.raises(StorageError) as info:
        _fill(store, 1, 2)
    with pytest.raises(StorageError, match="Restart"):
        _fill(store, 1, 2)  # no write may reach the other office's file
    store.close()
    rescued = [p for p in tmp_path.iterdir() if "-rescued-" in p.name and p.suffix == ".sqlite"]
    assert len(rescued) == 1 and str(rescued[0]) in info.value.render()
    conn = raw_connect(rescued[0])
    assert [r[0] for r in conn.execute("SELECT name_ru FROM units")] == ["0", "1"]
    conn.close()
    assert _names(db_path) == ["100"]
