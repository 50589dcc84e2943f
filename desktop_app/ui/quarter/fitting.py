"""The quarter page's tables fitted to the window (1366×768 and 1280×720, in kk and ru).

The roster keeps the name, decision and reason in full; the entry grid its form, score, grade and status,
with the unit and the criteria sharing the rest; on first show the entry splitter gives the grid what its
key columns need. Widths and the splitter position a user drags win (ui/columns.py, kept in the prefs).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop_app.ui.columns import content_width, fit_columns
from desktop_app.ui.quarter.roster_model import RosterTableModel

if TYPE_CHECKING:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

DETAIL_MIN = 178   # the sheet's detail beside the grid never gets less (it scrolls inside)


class QuarterTables(QObject):
    """Refits the page's two tables after a resize, a show, a tab change or a splitter move (coalesced)."""

    def __init__(self, page: QuarterPage, split_remembered: bool) -> None:
        super().__init__(page)
        self.page = page
        self.split_fitted = split_remembered
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def later(self) -> None:
        self.timer.start()

    def fit(self) -> None:
        p = self.page
        r = RosterTableModel
        p.roster_columns.apply(lambda: fit_columns(p.roster_view, (r.NAME, r.DECISION, r.REASON), max_key=380))
        m = p.grid_model
        criteria = list(range(3, m.score_col))
        key = (m.FORM, m.score_col, m.score_col + 1, m.score_col + 2)
        split = p.entry_split
        if not self.split_fitted and split.width() > 400 and p.grid.isVisible():
            # First show: the grid as wide as its names, key columns, unit and criteria need.
            need = (p.grid.verticalHeader().sizeHint().width() + sum(content_width(p.grid, c) for c in key)
                    + 110 + 52 * len(criteria) + p.grid.verticalScrollBar().sizeHint().width() + 6)
            total = split.width() - split.handleWidth()
            grid = max(min(need, total - DETAIL_MIN), total // 2)
            split.setSizes([grid, total - grid])
            self.split_fitted = True
            self.later()   # once the splitter has laid the grid out at its new width
        p.grid_columns.apply(lambda: fit_columns(p.grid, key, [m.UNIT, *criteria], cap={c: 72 for c in criteria}))
