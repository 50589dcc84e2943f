"""The quarter page: open a quarter, its roster with reasons and overrides, and the entry grid."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import quarter_deadline
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.columns import HeaderMemory, remember_splitter, wrap_header
from desktop_app.ui.errors import show_error
from desktop_app.ui.help import help_button
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.quarter import closing, roster_detail
from desktop_app.ui.quarter.detail import EvaluationDetail, ask_reason
from desktop_app.ui.quarter.dialogs import OpenQuarterDialog, OverrideDialog
from desktop_app.ui.quarter.entry_bar import EntryBar
from desktop_app.ui.quarter.fitting import QuarterTables
from desktop_app.ui.quarter.grid_filter import GridFilterProxy
from desktop_app.ui.quarter.grid_model import ID_ROLE, EvaluationTableModel
from desktop_app.ui.quarter.grid_view import EntryTableView
from desktop_app.ui.quarter.keys import install_quarter_shortcuts


class QuarterPage(Retranslatable, QWidget):
    """Given the quarter and evaluation services; `lang` and `today` are read when needed."""

    # The due date moves with the office calendar (004 §13.15); appeals and calibration change scores.
    shows = frozenset({Area.STAFF, Area.STRUCTURE, Area.CALENDAR, Area.QUARTER, Area.EVALUATION,
                       Area.CALIBRATION})

    def __init__(self, quarters: QuarterService, evaluations: EvaluationService, lang: Callable[[], str],
                 today: Callable[[], date] = date.today, parent: QWidget | None = None,
                 documents: Callable[..., object] | None = None, ctx: PageContext | None = None) -> None:
        """`documents(kind, quarter id[, evaluation ids])` prints or exports a document of the quarter: kind
        is "sheets" (all, or the selected ones), "summary", "notices" or "summary_xlsx"
        (the documents area's ui/evaluation_printing.py)."""
        super().__init__(parent)
        self.ctx = own_context(self, ctx, lang)
        self._pending_detail: int | None = None
        self.quarters = quarters
        self.documents = documents
        self.evaluations = evaluations
        self.lang = lang
        self.today = today
        self.quarter_box = QComboBox()
        self.quarter_box.setObjectName("quarterChooser")
        self.quarter_box.currentIndexChanged.connect(self._quarter_changed)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openQuarter")
        self.open_button.clicked.connect(self._open_quarter)
        self.rebuild_button = QPushButton()
        self.rebuild_button.setObjectName("rebuildRoster")
        self.rebuild_button.clicked.connect(self._rebuild)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeQuarter")
        self.close_button.clicked.connect(lambda: closing.close_or_reopen(self))
        self._closed = False
        self._last_dialog: QWidget | None = None
        self.last_dates: dict[Move, date] = {}     # the date a batch move used last, offered again
        self.info = QLabel()
        self.info.setObjectName("quarterInfo")
        self.deadline_help = help_button(self, "deadline.quarter")   # 001 §4, next to "Due …"
        self._info_facts: tuple[str, date] | None = None             # status, due: read with the quarter
        self._quarter_names: list[tuple[int, int, int]] = []         # (id, year, quarter), newest first
        self.print_button = QToolButton()
        self.print_button.setObjectName("printDocuments")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self)
        self.print_actions = {}
        for kind in ("sheets", "summary", "notices", "summary_xlsx"):
            act = self.print_menu.addAction("")
            act.triggered.connect(lambda _=False, k=kind: self._document(k))
            self.print_actions[kind] = act
        self.print_button.setMenu(self.print_menu)
        self.print_button.setVisible(documents is not None)
        top = QHBoxLayout()
        self.quarter_label = QLabel()
        for w in (self.quarter_label, self.quarter_box, self.open_button, self.rebuild_button, self.close_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.print_button)
        # The status on its own line: in Kazakh the buttons and the status overflow 1280 pixels together.
        status_row = QHBoxLayout()
        status_row.addWidget(self.info)
        status_row.addWidget(self.deadline_help)
        status_row.addStretch(1)

        roster_tab = roster_detail.RosterTab(lang(), self.ctx.prefs, self._override, self._show_roster_line,
                                             self._rule_link)
        self.roster_model = roster_tab.model
        self.roster_proxy = roster_tab.proxy
        self.roster_view = roster_tab.view
        self.roster_columns = roster_tab.columns
        self.roster_filter = roster_tab.filter
        self.override_button = roster_tab.override_button
        self.roster_summary = roster_tab.summary
        self.roster_detail = roster_tab.detail

        # entry tab
        self.grid_model = EvaluationTableModel(evaluations, lambda: ask_reason(self), lang())
        self.grid_proxy = GridFilterProxy(self.grid_model)
        self.grid = EntryTableView()
        self.grid.setModel(self.grid_proxy)
        self.grid.setSortingEnabled(True)
        self.grid.sortByColumn(-1, Qt.SortOrder.AscendingOrder)         # units and names in order, as loaded
        self.grid.setColumnHidden(EvaluationTableModel.NAME, True)   # shown as the row header instead
        wrap_header(self.grid)   # a criterion's name in a narrow column: on two lines, never cut
        self.grid_columns = HeaderMemory(self.grid, self.ctx.prefs, "quarter.grid")
        self.entry_bar = EntryBar(self.grid_proxy)
        self.entry_bar.select.connect(self._select)
        self.entry_bar.action.connect(self._batch)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setStyleSheet("color: #b71c1c;")
        self.grid_model.refused.connect(self.message.setText)
        self.grid_model.changed.connect(self._score_changed)
        self.detail = EvaluationDetail(evaluations, lang, today)
        self.detail.changed.connect(self._detail_changed)
        entry_tab = QWidget()
        el = QVBoxLayout(entry_tab)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        el.addWidget(self.hint)
        el.addWidget(self.entry_bar)
        split = self.entry_split = QSplitter()
        split.setObjectName("entrySplit")
        # The sheet's detail scrolls on its own: at 1280 pixels the grid's key columns come first.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setMinimumWidth(170)
        split.addWidget(self.grid)
        split.addWidget(self.detail_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.tables = QuarterTables(self, remember_splitter(split, self.ctx.prefs, "quarter.entry"))
        split.splitterMoved.connect(lambda *_: self._fit_later())
        el.addWidget(split, 1)
        el.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("quarterTabs")
        self.tabs.addTab(roster_tab, "")
        self.tabs.addTab(entry_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)
        install_quarter_shortcuts(self)
        self.retranslate()
        self.reload()

    # -- data -----------------------------------------------------------------------------------
    def current_quarter_id(self) -> int | None:
        data = self.quarter_box.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_quarter_id()
        self.quarter_box.blockSignals(True)
        self.quarter_box.clear()
        self._quarter_names = [(q.id or 0, q.year, q.quarter) for q in reversed(self.quarters.quarters())]
        for qid, year, quarter in self._quarter_names:
            self.quarter_box.addItem(self.tr("Q{quarter} {year}").format(quarter=quarter, year=year), qid)
        idx = self.quarter_box.findData(keep) if keep is not None else 0
        self.quarter_box.setCurrentIndex(max(idx, 0))
        self.quarter_box.blockSignals(False)
        self._quarter_changed()

    def _quarter_changed(self) -> None:
        qid = self.current_quarter_id()
        try:
            # A closed quarter is read-only: its actions are disabled, the services refuse anyway.
            self._closed = qid is not None and self.quarters.quarter(qid).status == "final"
            self.grid_model.read_only = self._closed
            # One read of the staff and the roster decisions for both tables (first-open figure).
            lines, rows = self.grid_model.service.roster_and_grid(qid) if qid is not None else ([], [])
            self.roster_model.set_lines(lines)
            self.grid_model.load(qid, rows)
        except BagalauError as exc:
            show_error(self, exc)
        self.rebuild_button.setEnabled(qid is not None and not self._closed)
        self.print_button.setEnabled(qid is not None)
        self.override_button.setEnabled(qid is not None and not self._closed)
        ended = qid is not None and self.today() > quarter_bounds(*self._quarter_names[self.quarter_box.currentIndex()][1:])[1]
        self.close_button.setEnabled(qid is not None and (self._closed or ended))    # closing waits for the end
        self.entry_bar.set_rows(self.grid_model.rows, self.lang())
        self.entry_bar.set_read_only(self._closed)
        self.detail.closed = self._closed
        self._close_text()
        self._show_roster_line()
        self.fit_tables()
        self._read_info()
        if self.grid_proxy.rowCount():
            first = self.grid_proxy.mapToSource(self.grid_proxy.index(0, 0)).row()
            self.grid.setCurrentIndex(self.grid_proxy.index(0, self.grid_model.first_score_col(first)))
            self.detail.view = None        # re-read: the quarter may have been closed or reopened
            self._current_changed(self.grid.currentIndex(), None)
            self.grid.horizontalScrollBar().setValue(0)
        else:
            self.detail.show_evaluation(None)

    def fit_tables(self) -> None:
        """Key columns in full inside the viewport (ui/quarter/fitting.py)."""
        self.tables.fit()

    def _fit_later(self) -> None:
        self.tables.later()

    def _show_roster_line(self) -> None:
        roster_detail.show_roster_line(self)

    def _rule_link(self, link: str) -> None:
        roster_detail.rule_link(self, link)

    # -- many sheets, closing (closing.py) --------------------------------------------------------
    def selected_evaluation_ids(self) -> list[int]:
        rows = self.grid.selected_rows()
        return [self.grid_model.rows[r].evaluation.id or 0 for r in rows]

    def _select(self, what: str) -> None:
        closing.select(self, what)

    def _batch(self, action: str) -> None:
        if action == "print":
            closing.print_selected(self)
        else:
            closing.move_selected(self, Move(action))

    def _close_text(self) -> None:
        closing.close_button_text(self)

    def _read_info(self) -> None:
        """Read the quarter's status and deadline, then show the counts (the data changed)."""
        qid = self.current_quarter_id()
        self._info_facts = None
        if qid is not None:
            q = self.quarters.quarter(qid)
            self._info_facts = (q.status, quarter_deadline(self.quarters.calendar.calendar(), q.year, q.quarter))
        self._update_info()

    def _update_info(self) -> None:
        """Show the facts already read; no database access (also called on a language change)."""
        if self._info_facts is None:
            self.info.setText(self.tr("No quarter is open yet."))
            self.roster_summary.clear()
            return
        q_status, due = self._info_facts
        rows = self.grid_model.rows
        signed = sum(1 for r in rows if r.evaluation.locked)
        status = self.tr("closed") if q_status == "final" else self.tr("open")
        self.info.setText(self.tr("Status: {status}. Due {due} (Methodology, item 4). Signed {signed} of {total}.").format(
            status=status, due=due.strftime("%d.%m.%Y"), signed=signed, total=len(rows)))
        lines = self.roster_model.lines
        included = sum(1 for ln in lines if ln.decision.included)
        self.roster_summary.setText(self.tr("{total} employees held a position in the quarter: {inc} evaluated, "
                                            "{exc} not evaluated.").format(total=len(lines), inc=included,
                                                                           exc=len(lines) - included))

    # -- actions --------------------------------------------------------------------------------
    def _open_quarter(self) -> None:
        dialog = OpenQuarterDialog(self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, quarter = dialog.year.value(), dialog.quarter.value()
        done = self.ctx.run(self, lambda: self.quarters.open_quarter(year, quarter))
        if done is not None:
            self.reload(select=done.value.id)          # show the new quarter, then tell the other pages
            self.ctx.announce(Area.QUARTER, source=self)

    def _document(self, kind: str) -> None:
        qid = self.current_quarter_id()
        if qid is not None and self.documents is not None:
            self.documents(kind, qid)

    def _rebuild(self) -> None:
        qid = self.current_quarter_id()
        if qid is None:
            return
        self.ctx.run(self, lambda: self.quarters.rebuild_roster(qid), Area.QUARTER)

    def _override(self) -> None:
        qid = self.current_quarter_id()
        idx = self.roster_view.currentIndex()
        if qid is None or not idx.isValid():
            return
        line = self.roster_model.lines[self.roster_proxy.mapToSource(idx).row()]
        employees = list(self.quarters.quarters_repo.snapshot().employees.values())
        dialog = OverrideDialog(line, employees, self.lang(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        include, evaluator, form, reason = dialog.values()
        employee_id = line.employee.id or 0

        def apply() -> None:
            if include is None and evaluator is None and form is None:
                self.quarters.clear_override(qid, employee_id, reason)
            else:
                self.quarters.override(qid, employee_id, include=include,
                                       evaluator_employee_id=evaluator, form=form, reason=reason)
        self.ctx.run(self, apply, Area.QUARTER)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            eid = self.grid_proxy.data(current, ID_ROLE)
            if self.tabs.currentIndex() != 1:
                # The sheet's detail sits on the entry tab: read it when that tab is shown (a 2,000-sheet
                # quarter opened on the roster tab need not read the first sheet, first visit).
                self._pending_detail = eid
                return
            self._pending_detail = None
            if self.detail.view is None or self.detail.view.evaluation.id != eid:
                self.detail.show_evaluation(eid)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._pending_detail is not None:
            eid, self._pending_detail = self._pending_detail, None
            if self.detail.view is None or self.detail.view.evaluation.id != eid:
                self.detail.show_evaluation(eid)
        self._fit_later()

    def _score_changed(self, evaluation_id: int) -> None:
        self.detail.show_evaluation(evaluation_id)
        self._read_info()
        self.ctx.announce(Area.EVALUATION, source=self)   # this page has updated itself, cell by cell

    def _detail_changed(self, evaluation_id: int) -> None:
        row = self.grid_model.row_of(evaluation_id)
        if row >= 0:
            self.grid_model.refresh_row(row)
        self._read_info()
        self.ctx.announce(Area.EVALUATION, source=self)

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.quarter_label.setText(self.tr("Quarter:"))
        self.open_button.setText(self.tr("Open a quarter…"))
        self.rebuild_button.setText(self.tr("Rebuild the roster"))
        self.rebuild_button.setToolTip(self.tr("Read the staff facts again: appointments, absences, dismissals"))
        self._close_text()
        self.override_button.setText(self.tr("Override…"))
        self.print_button.setText(self.tr("Print"))
        self.print_actions["sheets"].setText(self.tr("Evaluation sheets of the quarter…"))
        self.print_actions["summary"].setText(self.tr("Quarter summary…"))
        self.print_actions["notices"].setText(self.tr("Notices to the dismissed evaluees…"))
        self.print_actions["summary_xlsx"].setText(self.tr("Quarter summary as Excel…"))
        self.roster_filter.setPlaceholderText(self.tr("Filter: name, unit, reason…"))
        self.tabs.setTabText(0, self.tr("Roster"))
        self.tabs.setTabText(1, self.tr("Entry"))
        self.hint.setText(self.tr("Type a score 0–5 (a comma works too); Enter goes down, Tab goes right, Delete "
                                  "clears a draft cell. A signed sheet asks for the reason of a change. "
                                  "Ctrl+B bonus, Ctrl+Shift+B penalty, Ctrl+Shift+S signed, Ctrl+Shift+R received, "
                                  "F1 the rule."))
        lang = self.lang()
        self.roster_model.set_language(lang)
        self.grid_model.set_language(lang)
        if self.grid.sorted_by_name():     # the other alphabet: Ә after А in Kazakh, not after Я
            self.grid_proxy.invalidate()
        self.entry_bar.set_rows(self.grid_model.rows, lang)
        # A language switch re-renders what was read; it never touches the database.
        for i, (_qid, year, quarter) in enumerate(self._quarter_names[:self.quarter_box.count()]):
            self.quarter_box.setItemText(i, self.tr("Q{quarter} {year}").format(quarter=quarter, year=year))
        self._show_roster_line()
        self._update_info()
