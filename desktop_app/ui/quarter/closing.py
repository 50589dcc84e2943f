"""The quarter page's actions on a whole quarter or on many sheets: close, reopen with a reason, Signed /
Received / Final for the selected rows with one date, print the selected sheets.

Kept apart from quarter_page.py so that the page stays about layout; every action goes through the page's
context (`ctx.run`): a refusal is shown in the interface language and nothing else changes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.batch_dates import date_window
from desktop_app.services.quarter import QuarterNotClosable
from desktop_app.ui.changes import Area
from desktop_app.ui.errors import show_error
from desktop_app.ui.quarter.close_dialogs import ReopenDialog, batch_refused, close_refused
from desktop_app.ui.quarter.dialogs import DateDialog

if TYPE_CHECKING:
    from desktop_app.ui.quarter.quarter_page import QuarterPage



def close_or_reopen(page: QuarterPage) -> None:
    qid = page.current_quarter_id()
    if qid is None:
        return
    q = page.quarters.quarter(qid)
    if q.status == "final":
        reopen(page, qid)
        return
    try:
        page.quarters.close_quarter(qid)
    except QuarterNotClosable as exc:       # the list: each person and reason
        dialog = close_refused(exc, page)
        page._last_dialog = dialog
        dialog.open()
        return
    except BagalauError as exc:             # still running, already closed: the usual message
        show_error(page, exc)
        return
    page.reload(select=qid)
    page.ctx.announce(Area.QUARTER, source=page)
    page.message.setText("")


def reopen(page: QuarterPage, qid: int) -> None:
    dialog = ReopenDialog(lambda: QCoreApplication.translate("QuarterClosing", "Reopen the closed quarter"), page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    reason = dialog.value()
    if page.ctx.run(page, lambda: page.quarters.reopen_quarter(qid, reason)) is not None:
        page.reload(select=qid)
        page.ctx.announce(Area.QUARTER, Area.AUDIT, source=page)


_TITLES = {Move.SIGN: ("Signed by the evaluator", "Signed on:"),
           Move.RECEIVE: ("Result received by the evaluee", "Received on:"),
           Move.FINALISE: ("Make the result final", "Final on:")}


def move_selected(page: QuarterPage, change: Move) -> None:
    """One date for every selected sheet; the ones that cannot move are listed with their reason."""
    ids = page.selected_evaluation_ids()
    if not ids:
        QMessageBox.information(page, QCoreApplication.translate("QuarterClosing", "Nothing selected"), QCoreApplication.translate("QuarterClosing", "Select the rows of the sheets first."))
        return
    title, label = _TITLES[change]
    asked = page.ctx.run(page, lambda: date_window(page.evaluations, ids, change))
    if asked is None:       # a closed quarter, a sheet gone: the usual message was shown
        return
    window = asked.value
    if window.refused:      # the quarter has not ended: no date can pass, so none is asked (QA C16)
        report = batch_refused(window.refused, 0, page)
        page._last_dialog = report
        report.open()
        return
    dialog = DateDialog(QCoreApplication.translate("EvaluationDetail", title) + f" ({len(ids)})",
                        QCoreApplication.translate("EvaluationDetail", label),
                        window.default(page.last_dates.get(change)), page)
    page._last_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    day = dialog.value()
    done = page.ctx.run(page, lambda: page.evaluations.move_many(ids, change, day))
    if done is None:
        return
    result = done.value
    if result.moved:
        page.last_dates[change] = day
    page.reload()
    page.ctx.announce(Area.EVALUATION, source=page)
    page.message.setText(QCoreApplication.translate("QuarterClosing", "Sheets moved: {moved} of {total}.").format(moved=len(result.moved), total=len(ids)))
    if result.refused:
        report = batch_refused(result.refused, len(result.moved), page)
        page._last_dialog = report
        report.open()


def print_selected(page: QuarterPage) -> None:
    qid = page.current_quarter_id()
    ids = page.selected_evaluation_ids()
    if qid is None or page.documents is None:
        return
    if not ids:
        QMessageBox.information(page, QCoreApplication.translate("QuarterClosing", "Nothing selected"), QCoreApplication.translate("QuarterClosing", "Select the rows of the sheets first."))
        return
    page.documents("sheets", qid, ids)


def select(page: QuarterPage, what: str) -> None:
    """"unit": every shown row of the current row's unit; "shown": every row the filters show."""
    proxy = page.grid_proxy
    rows = list(range(proxy.rowCount()))
    if what == "unit":
        cur = page.grid.currentIndex()
        if not cur.isValid():
            return
        unit = proxy.row(cur.row()).unit_ru
        rows = [r for r in rows if proxy.row(r).unit_ru == unit]
    page.grid.select_rows(rows)
    page.grid.setFocus()


def close_button_text(page: QuarterPage) -> None:
    b = page.close_button
    if page._closed:
        b.setText(QCoreApplication.translate("QuarterClosing", "Reopen the quarter…"))
        b.setToolTip(QCoreApplication.translate("QuarterClosing", "The quarter is closed and read-only; reopening needs a written reason, kept in the "
                         "audit log"))
    else:
        b.setText(QCoreApplication.translate("QuarterClosing", "Close the quarter"))
        b.setToolTip(QCoreApplication.translate("QuarterClosing", "When every result is final and no appeal is pending: the quarter becomes read-only"))
