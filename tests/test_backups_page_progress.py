"""The backups page runs "Back up now" and "Encrypted copy…" through the progress dialog with Cancel
. Kept outside tests/ui/ (another engineer's folder); it drives the real page and dialog."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.ui import progress
from desktop_app.ui.backups import backups_page
from desktop_app.ui.backups.backups_page import BackupsPage
from tests.sealing import dump


def _grow(store) -> None:
    with store.atomic():
        store.db.conn.executemany("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)",
                                  [(f"Бөлім {i} " + "ә" * 600, f"Отдел {i}") for i in range(400)])


@pytest.fixture
def page(qtbot, store, languages, tmp_path: Path):
    service = BackupService(store)
    service.save_settings(tmp_path / "usb", keep=5, daily=False)
    p = BackupsPage(service)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def cancel_on_second_step(monkeypatch):
    """The real run_with_progress, with the user pressing Cancel after the first reported step."""
    steps: list[tuple[int, int]] = []

    def run(parent, title, job, threaded=False):
        def pressing_cancel(sink: progress.ProgressSink):
            def on_report(done: int, total: int, _text: str) -> None:
                steps.append((done, total))
                if len(steps) == 1:
                    assert sink.dialog is not None
                    sink.dialog.cancel()   # what the dialog's Cancel button does
            sink.reported.connect(on_report)
            return job(sink)
        return progress.run_with_progress(parent, title, pressing_cancel, threaded)

    monkeypatch.setattr(backups_page, "run_with_progress", run)
    return steps


@pytest.mark.parametrize("encrypted", [False, True])
def test_cancelled_copy_writes_nothing(page, store, tmp_path: Path, cancel_on_second_step, encrypted) -> None:
    _grow(store)
    before = dump(store.db.conn)
    assert page.back_up_now(encrypted=encrypted, password="Ұзақ-құпиясөз-2026" if encrypted else None) is None
    assert len(cancel_on_second_step) == 1 and cancel_on_second_step[0][0] < cancel_on_second_step[0][1]
    folder = tmp_path / "usb"
    assert not folder.exists() or list(folder.iterdir()) == []
    assert list(tmp_path.glob("**/*.part")) == []
    assert dump(store.db.conn) == before
    assert page.status.text() == "Создание копии отменено: ничего не записано."
    assert page.model.rowCount() == 0


def test_copy_made_through_the_progress_dialog_reaches_the_total(page, store, tmp_path: Path,
                                                                 monkeypatch) -> None:
    _grow(store)
    steps: list[tuple[int, int]] = []
    real = progress.run_with_progress

    def watching(parent, title, job, threaded=False):
        def job_with_eyes(sink: progress.ProgressSink):
            sink.reported.connect(lambda done, total, _text: steps.append((done, total)))
            return job(sink)
        return real(parent, title, job_with_eyes, threaded)

    monkeypatch.setattr(backups_page, "run_with_progress", watching)
    page.now.click()
    assert len(steps) >= 3 and steps[-1][0] == steps[-1][1]
    assert len(list((tmp_path / "usb").glob("*.sqlite"))) == 1
    assert page.status.text().startswith("Копия создана и проверена") and page.model.rowCount() == 1
