"""Progress and Cancel of a backup ("Progress with cancel on every job longer than a second
(… backups)"): the copy reports page by page; a cancelled copy leaves nothing behind."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.storage.backup import BACKUP_STEP_PAGES, backup_connection, is_sound
from tests.sealing import dump


class Stop(Exception):
    """What a progress dialog's Cancel raises inside the job."""


def _grow(store, units: int = 400) -> None:
    """Enough rows for the copy to take several steps of BACKUP_STEP_PAGES pages."""
    with store.atomic():
        store.db.conn.executemany("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)",
                                  [(f"Бөлім {i} " + "ә" * 600, f"Отдел {i} " + "я" * 600) for i in range(units)])


def _content(store) -> list[str]:
    return dump(store.db.conn)


def _pages(store) -> int:
    return int(store.db.execute("PRAGMA page_count").fetchone()[0])


def test_uncancelled_copy_reports_every_step_up_to_the_total(store, tmp_path: Path) -> None:
    _grow(store)
    steps: list[tuple[int, int]] = []
    dest = BackupService(store).back_up(tmp_path / "copies", progress=lambda done, total: steps.append((done, total)))
    total = _pages(store)
    assert total > 3 * BACKUP_STEP_PAGES
    assert len(steps) >= 3                      # several steps, so the bar moves and Cancel is heard
    assert all(t == total for _, t in steps)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert steps[-1] == (total, total)          # it reaches the end
    assert is_sound(dest, store.key) and sorted(p.name for p in (tmp_path / "copies").iterdir()) == [dest.name, dest.name + ".key"]


@pytest.mark.parametrize("password", [None, "Ұзақ-құпиясөз-2026"])
def test_cancelled_copy_leaves_no_file_and_the_office_unchanged(store, tmp_path: Path, password) -> None:
    _grow(store)
    before = _content(store)
    seen: list[int] = []

    def cancel_on_second_step(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            raise Stop()

    folder = tmp_path / "copies"
    with pytest.raises(Stop):
        BackupService(store).back_up(folder, password=password, progress=cancel_on_second_step)
    assert 0 < seen[-1] < _pages(store)         # stopped in the middle of the copy
    assert not folder.exists() or list(folder.iterdir()) == []
    assert list(tmp_path.glob("**/*.part")) == []
    assert _content(store) == before            # the office is only read
    # and the office still copies afterwards
    assert is_sound(BackupService(store).back_up(folder, password=None), store.key)


def test_partial_file_is_deleted_when_the_callback_raises(store, tmp_path: Path) -> None:
    _grow(store)

    def stop(done: int, total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):
        backup_connection(store.db.conn, tmp_path / "copies" / "x.sqlite", progress=stop)
    assert list((tmp_path / "copies").iterdir()) == []
