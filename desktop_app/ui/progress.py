"""Progress with Cancel for any job that may last longer than a second (batch printing, imports,
backups).

    result = run_with_progress(parent, title, job)              # job(sink) -> T; None when cancelled

The job reports with `sink.report(done, total, text)`; each report also checks Cancel and raises
`Cancelled` once the user pressed it, so a cancelled job changes nothing:
- a database write reports from inside its `with store.atomic():` block, so the exception rolls it back;
- a PDF render just stops and no file is written (files are written after the job returns).

Threads: sqlite3 connections belong to the thread that opened them, so a job that touches the database
runs in the GUI thread (the default) and the dialog stays alive through processEvents at each report.
A job working only on plain data prepared beforehand (a PDF rendered from dataclasses) may pass
`threaded=True` and runs in a worker QThread; the GUI thread then only shows the progress.

The dialog appears only after a second (short jobs never flash a window). Until it is shown the GUI
ignores clicks and keys (they wait), so nothing else starts while the job runs.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QElapsedTimer,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 1000   # "every job longer than a second"


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; run_with_progress turns it into None."""


class ProgressSink(QObject):
    """What a job sees: report(done, total, text) and `cancelled`. Safe to call from a worker thread."""

    reported = Signal(int, int, str)   # GUI-thread jobs only; a worker's progress is polled

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""
        self.in_gui_thread = True
        self.dialog: QProgressDialog | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if not self.in_gui_thread:
            time.sleep(0.001)   # hand the GIL over: a busy reportlab layout otherwise starves the GUI
        if self.in_gui_thread:
            _pump(self.dialog)
            if self.dialog is not None and self.dialog.wasCanceled():   # Esc, or cancel() called
                self.cancel()
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Step `done` of `total` (text: what is being done, e.g. the evaluee's name); checks Cancel."""
        self.done, self.total, self.text = done, total, text
        self.reported.emit(done, total, text)
        self.check()

    def step(self, done: int, total: int) -> None:
        """report() without text: fits a plain `progress(done, total)` callback of a service."""
        self.report(done, total, self.text)


def _pump(dialog: QProgressDialog | None = None) -> None:
    # Until the dialog shows, user input waits in the queue (ExcludeUserInputEvents); once it shows, the
    # dialog is application-modal, so a click can reach only its Cancel button.
    if QCoreApplication.instance() is None:
        return
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    if dialog is None or not dialog.isVisible():
        flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    QCoreApplication.processEvents(flags, 30)


class _Worker(QThread, Generic[T]):
    """Runs a job on plain data in another thread; keeps its result or exception for the GUI thread."""

    def __init__(self, job: Callable[[ProgressSink], T], sink: ProgressSink) -> None:
        super().__init__()
        self.job, self.sink = job, sink
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job(self.sink)
        except BaseException as exc:
            self.error = exc


def make_progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
    """The window: label, bar, Cancel; modal; shown by run_with_progress after a second."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButtonText(QCoreApplication.translate("Progress", "Cancel"))
    # Application-modal: while a job holds a transaction open in the GUI thread, no other window may
    # start another action.
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(24 * 3600 * 1000)   # run_with_progress decides when it shows
    dialog.setRange(0, 0)                          # busy until the first report gives a total
    dialog.hide()
    return dialog


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[ProgressSink], T],
                      threaded: bool = False) -> T | None:
    """Run `job(sink)`; show a progress dialog with Cancel if it lasts longer than a second.

    Returns the job's result, or None when the user cancelled (the job raised Cancelled). Any other
    exception of the job propagates to the caller unchanged.
    """
    sink = ProgressSink()
    dialog = make_progress_dialog(parent, title)
    sink.dialog = dialog
    dialog.canceled.connect(sink.cancel)
    clock = QElapsedTimer()
    clock.start()

    def show(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(f"{title}\n{text}")
        if not dialog.isVisible() and clock.elapsed() >= SHOW_AFTER_MS and not sink.cancelled:
            dialog.show()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not threaded:
            sink.reported.connect(show)
            try:
                return job(sink)
            except Cancelled:
                return None
        sink.in_gui_thread = False
        worker: _Worker[T] = _Worker(job, sink)
        worker.start()
        while not worker.wait(QDeadlineTimer(20)):
            show(sink.done, sink.total, sink.text)   # polled: the worker only sets plain attributes
            _pump(dialog)
            if dialog.wasCanceled():
                sink.cancel()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if isinstance(worker.error, Cancelled):
            return None
        if worker.error is not None:
            raise worker.error
        return worker.result
    finally:
        QApplication.restoreOverrideCursor()
        dialog.hide()
        dialog.deleteLater()
