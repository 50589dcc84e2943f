"""ui/progress.py: a long job shows progress up to its total; Cancel in the middle leaves no
file and no partial database change (staff import, a quarter's sheets)."""
from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

from desktop_app.ui import progress
from desktop_app.ui.progress import ProgressSink, run_with_progress
from tests.sealing import office_key


@pytest.fixture
def shown_at_once(monkeypatch):
    """The dialog shows from the first report (not after a second) and records the values it shows.

    `cancel_at[0]` = n makes the dialog press its own Cancel button when it shows n (the user's click).
    """
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    values: list[tuple[int, int]] = []
    cancel_at: list[int | None] = [None]
    original = QProgressDialog.setValue

    def set_value(self: QProgressDialog, value: int) -> None:
        original(self, value)
        values.append((value, self.maximum()))
        if cancel_at[0] is not None and value >= cancel_at[0]:
            self.findChild(QPushButton).click()

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    return values, cancel_at


def test_progress_reaches_the_total_and_returns_the_result(qtbot, shown_at_once) -> None:
    values, _ = shown_at_once
    parent = QWidget()
    qtbot.addWidget(parent)

    def job(sink: ProgressSink) -> str:
        for i in range(6):
            sink.report(i, 5, f"step {i}")
        return "done"

    assert run_with_progress(parent, "Work", job) == "done"
    assert values[-1] == (5, 5)
    assert parent.findChild(QProgressDialog) is None or not parent.findChild(QProgressDialog).isVisible()


def test_threaded_job_runs_off_the_gui_thread_and_its_error_reaches_the_caller(qtbot) -> None:
    threads: list[bool] = []

    def job(sink: ProgressSink) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        sink.report(1, 1)
        raise ValueError("broken data")

    with pytest.raises(ValueError, match="broken data"):
        run_with_progress(None, "Work", job, threaded=True)
    assert threads == [False]


def test_cancelled_staff_import_adds_nobody(qtbot, services, tmp_path: Path, shown_at_once) -> None:
    from desktop_app.services.staff_import import Outcome
    from desktop_app.ui.staff.import_dialog import ImportStaffDialog
    from tests.services.test_staff_import import GOOD, RU_HEADER, write_csv

    _values, cancel_at = shown_at_once
    before = services.staff.snapshot()
    path = write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD])
    dialog = ImportStaffDialog(services.staff.importer, path)
    qtbot.addWidget(dialog)
    cancel_at[0] = 2                      # Cancel pressed after two rows were written
    dialog.import_button.click()
    assert dialog.result() != ImportStaffDialog.DialogCode.Accepted
    assert dialog.summary.text() == "The import was cancelled: nothing was imported."
    assert [services.staff.employee_by_iin(row[0]) for row in GOOD] == [None] * len(GOOD)
    assert services.staff.snapshot() == before       # no unit, position or appointment left behind
    cancel_at[0] = None
    dialog.import_button.click()                     # not cancelled: everyone is imported
    assert dialog.result() == ImportStaffDialog.DialogCode.Accepted
    assert all(services.staff.employee_by_iin(row[0]) is not None for row in GOOD)
    again = ImportStaffDialog(services.staff.importer, path)
    qtbot.addWidget(again)
    assert again.plan is not None and again.plan.count(Outcome.ADD) == 0


def test_cancelled_batch_of_sheets_writes_no_file(qtbot, tmp_path: Path, monkeypatch, shown_at_once) -> None:
    from desktop_app.demo import write_demo
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store
    from desktop_app.ui import evaluation_printing

    db = tmp_path / "demo.sqlite"
    write_demo(db, today=date(2026, 11, 20))
    store = open_store(db, office_key())
    try:
        services = build_services(store)
        values, cancel_at = shown_at_once
        monkeypatch.setattr(evaluation_printing, "choose_document_language", lambda parent, initial: "kk")
        dialogs: list[object] = []
        monkeypatch.setattr(evaluation_printing.DocumentActionsDialog, "exec", lambda self: dialogs.append(self) or 0)
        asked: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a[2]) or ("", "")))
        parent = QWidget()
        qtbot.addWidget(parent)
        report = ProgressSink.report

        def slow_report(sink: ProgressSink, done: int, total: int, text: str = "") -> None:
            time.sleep(0.02)   # a slow machine: the GUI thread surely shows sheet 3 before the end
            report(sink, done, total, text)

        monkeypatch.setattr(ProgressSink, "report", slow_report)
        cancel_at[0] = 3                                   # Cancel once sheet 3 of 57 is shown
        result = evaluation_printing.print_sheets(parent, services, 2026, 3)
        assert result is None
        assert dialogs == [] and asked == [] and list(tmp_path.glob("*.pdf")) == []
        assert values and max(v for v, _total in values) < values[0][1]     # stopped before the end
        cancel_at[0] = None
        values.clear()
        quarter_id = next(q.id for q in services.quarter.quarters() if (q.year, q.quarter) == (2026, 3))
        done = evaluation_printing.print_sheets_of(parent, services, quarter_id)     # the quarter page's call
        assert done is not None and len(dialogs) == 1
        total = values[-1][1]
        assert total > 20 and values[-1] == (total, total)                  # one step per sheet, to the end
    finally:
        store.close()
