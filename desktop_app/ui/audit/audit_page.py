"""The audit log viewer (page "audit"): filters by table, dates and text; a printable extract (001 §12)."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import partial
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.reports.labels import L
from desktop_app.services.audit import AuditEntry, AuditService, ChainReport
from desktop_app.ui.changes import ALL_AREAS
from desktop_app.ui.errors import error_text
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.shortcuts import bind, focus_edit

_Index = QModelIndex | QPersistentModelIndex


#: Entries read at first; scrolling to the end reads more (a 2,000-staff office logs 16,000 entries a
#: quarter: reading and parsing them all made the first visit take over a second).
FIRST_PAGE = 300
NEXT_PAGE = 1000


class AuditTableModel(QAbstractTableModel):
    """One row per log entry, newest first; more are read when the view scrolls to the end (`fetch`)."""

    TIME, TABLE, ROW, ACTION, CHANGES, REASON = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[AuditEntry] = []
        self.fetch: Callable[[int], list[AuditEntry]] | None = None   # limit → the newest entries
        self.limit = FIRST_PAGE

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def load(self, fetch: Callable[[int], list[AuditEntry]]) -> None:
        """Read the first page with `fetch(limit)`; `fetchMore` reads on from there."""
        self.fetch, self.limit = fetch, FIRST_PAGE
        self.set_entries(fetch(self.limit))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.fetch is not None and len(self.entries) >= self.limit

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if self.fetch is None or parent.isValid():
            return
        self.limit += NEXT_PAGE
        more = self.fetch(self.limit)
        known = len(self.entries)
        if [e.id for e in more[:known]] != [e.id for e in self.entries]:   # the log grew meanwhile
            self.set_entries(more)
            return
        if len(more) > known:
            self.beginInsertRows(QModelIndex(), known, len(more) - 1)
            self.entries = more
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 6

    def _action(self, action: str) -> str:
        return {"insert": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("deleted")}.get(
            action, action)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            namer = getattr(self, "namer", None)   # the page sets it: the table as a kind of record, in words
            words = getattr(self, "words", None)
            said = getattr(self, "said", None)   # (record, reason) in words: a setting named, a code said
            column = index.column()
            if column == self.ROW:
                return said(e)[0] if said else e.row_id
            if column == self.REASON:
                return said(e)[1] if said else e.reason
            return [e.at.strftime("%d.%m.%Y %H:%M:%S"), namer(e.table) if namer else e.table, e.row_id,
                    self._action(e.action), words(e, 6) if words else e.summary(), e.reason][column]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CHANGES:
            words = getattr(self, "words", None)
            return words(e, 1000).replace("; ", "\n") if words else e.summary(1000)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.ROW, self.REASON):
            return self.data(index)   # a long setting's name or reason, whole
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("When"), self.tr("Kind of record"), self.tr("Record"), self.tr("Action"),
                self.tr("Old → new"), self.tr("Reason")][section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, 5))


#: The whole-chain checks run here, one at a time, off the GUI thread (each with its own connection).
_CHAIN_CHECKS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bagalau-audit-chain")
ROW_WIDTH = 150   # pixels: the record column at most, so "Old → new" keeps its room at 1366 × 768
START_AFTER_MS = 150   # the worker holds the GIL most of its time: let the page lay out and paint first


class AuditPage(Retranslatable, QWidget):
    # Every write to the office's data adds an audit entry (storage/audit), so every area shows here.
    shows = ALL_AREAS

    def __init__(self, audit: AuditService) -> None:
        super().__init__()
        self.audit = audit
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("auditTable")
        # sized to ~28 letters, not to its longest kind of record: the filter row must fit 1366 pixels
        self.table_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table_filter.setMinimumContentsLength(28)
        self.use_from = QCheckBox()
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_from.setCalendarPopup(True)
        self.use_to = QCheckBox()
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_to.setCalendarPopup(True)
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.returnPressed.connect(self.reload)
        self.apply = QPushButton()
        self.apply.setObjectName("auditApply")
        self.apply.clicked.connect(self.reload)
        self.print_button = QPushButton()
        self.print_button.setObjectName("auditPrint")
        self.print_button.clicked.connect(self.print_extract)
        # A code printed at the foot of a document, compared with the log (services/audit_head.py).
        self.head_code = QLineEdit()
        self.head_code.setObjectName("auditHeadCode")
        self.head_code.setPlaceholderText("№ 1234 · 7F3A-91C2")
        self.head_code.setMinimumWidth(190)
        self.head_code.returnPressed.connect(self.check_head)
        self.head_check = QPushButton()
        self.head_check.setObjectName("auditHeadCheck")
        self.head_check.clicked.connect(self.check_head)
        self.head_result = QLabel()
        self.head_result.setObjectName("auditHeadResult")
        self._head_verdict: Callable[[], str] | None = None   # the comparison's answer, said again on a switch
        self.head_result.setWordWrap(True)
        self.chain = QLabel()
        self._report: ChainReport | None = None  # None until the chain has been checked
        self._check: Future[ChainReport] | None = None    # the check running for the entries shown
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._collect)
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(START_AFTER_MS)
        self._start.timeout.connect(self._start_check)
        self.chain.setObjectName("auditChain")
        self.model = AuditTableModel()
        self.model.namer = lambda table: self.audit.record_name(table, interface_language())  # type: ignore[attr-defined]
        self.model.words = lambda e, n: self.audit.changes_words(e, interface_language(), n)  # type: ignore[attr-defined]
        self.model.said = lambda e: (self.audit.row_words(e, interface_language()),  # type: ignore[attr-defined]
                                     self.audit.reason_words(e, interface_language()))
        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Sized once per reading (ResizeToContents would measure every row again on each change).
        for col in (AuditTableModel.TIME, AuditTableModel.TABLE, AuditTableModel.ROW, AuditTableModel.ACTION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditTableModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AuditTableModel.REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AuditTableModel.REASON, 200)
        self.view.verticalHeader().hide()
        filters = QHBoxLayout()
        self.labels = [QLabel(), QLabel()]
        filters.addWidget(self.labels[0])
        filters.addWidget(self.table_filter)
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            filters.addWidget(w)
        filters.addWidget(self.labels[1])
        filters.addWidget(self.text, 1)
        filters.addWidget(self.apply)
        filters.addWidget(self.print_button)
        head = QHBoxLayout()
        self.head_label = QLabel()
        head.addWidget(self.head_label)
        head.addWidget(self.head_code)
        head.addWidget(self.head_check)
        head.addWidget(self.head_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.chain)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        # Keyboard: Ctrl+F the text filter, Ctrl+P print the extract, F5 re-read.
        bind(self, "Ctrl+F", lambda: focus_edit(self.text))
        bind(self, "Ctrl+P", self.print_extract, self.print_button)
        bind(self, "F5", self.reload)
        self.retranslate()
        self.reload()

    def _filters(self) -> tuple[str | None, date | None, date | None, str]:
        table = self.table_filter.currentData() or None
        d_from = cast(date, self.date_from.date().toPython()) if self.use_from.isChecked() else None
        d_to = cast(date, self.date_to.date().toPython()) if self.use_to.isChecked() else None
        return table, d_from, d_to, self.text.text()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        current = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("All kinds of records"), "")
        for name in sorted(self.audit.tables(), key=lambda n: self.audit.record_name(n, interface_language())):
            self.table_filter.addItem(self.audit.record_name(name, interface_language()), name)
        found = self.table_filter.findData(current) if current else 0
        self.table_filter.setCurrentIndex(max(found, 0))
        self.table_filter.blockSignals(False)
        filters = self._filters()
        self.model.load(lambda limit: self.audit.entries(*filters, limit=limit))
        self._fit_columns()
        # Checking the whole hash chain reads every entry: in a worker thread, so the page opens at once and
        # says "checking…" until the result (intact, or where it is broken) comes back.
        self._report = None
        self._show_chain()
        self._check = None                  # an older check is no longer awaited
        self._start.start()                 # once the page is painted: the worker would slow its first paint

    def _fit_columns(self) -> None:
        """Each short column as wide as its words, the record's at most ROW_WIDTH (a setting's name is long; the
        changes keep the room, the whole name is in the cell's tooltip)."""
        for col in (AuditTableModel.TIME, AuditTableModel.TABLE, AuditTableModel.ROW, AuditTableModel.ACTION):
            self.view.resizeColumnToContents(col)
        if self.view.columnWidth(AuditTableModel.ROW) > ROW_WIDTH:
            self.view.setColumnWidth(AuditTableModel.ROW, ROW_WIDTH)

    def _start_check(self) -> None:
        self._check = _CHAIN_CHECKS.submit(self.audit.chain_check())
        self._poll.start()

    def _collect(self) -> None:
        """Polled by a timer of the page's own (it stops with the page, so no result reaches a closed one)."""
        check = self._check
        if check is None or not check.done():
            return
        self._poll.stop()
        self._check = None
        try:
            self._report = check.result()
        except Exception:   # the file could not be read for the check (e.g. the medium was removed)
            self.chain.setText(self.tr("The chain of entries could not be checked now: open the page again."))
            self.chain.setStyleSheet("color: #b00020")
            return
        self._show_chain()

    def _show_chain(self) -> None:
        report = self._report
        if report is None:
            self.chain.setText(self.tr("Checking the chain of entries…"))
            self.chain.setStyleSheet("")
        elif report.ok:
            self.chain.setText(self.tr("Chain of {n} entries checked: intact.").format(n=report.rows))
            self.chain.setStyleSheet("color: #1b5e20")
        else:
            self.chain.setText(self.tr("The chain is broken at entry {id}: the log was altered outside "
                                       "Bagalau.").format(id=report.bad_id))
            self.chain.setStyleSheet("color: #b00020; font-weight: bold")

    def check_head(self) -> None:
        """Say whether the code typed from a document is an entry of the log (green) or not (red)."""
        try:
            verdict = self.audit.check_head(self.head_code.text(), self._report)
        except ValidationError as exc:
            self._head_verdict = partial(error_text, exc)
            self.head_result.setStyleSheet("color: #b00020")
        else:
            self._head_verdict = partial(verdict.message.render, qt_translate)
            self.head_result.setStyleSheet("color: #1b5e20" if verdict.found
                                           else "color: #b00020; font-weight: bold")
        self.head_result.setText(self._head_verdict())

    def filter_text(self, lang: str | None = None) -> str:
        """The filters in words; `lang` is the document's language (the table as a kind of record)."""
        table, d_from, d_to, text = self._filters()
        what = self.audit.record_name(table, lang or interface_language()) if table else ""
        parts = [p for p in (what, d_from and f"≥ {d_from:%d.%m.%Y}", d_to and f"≤ {d_to:%d.%m.%Y}",
                             text and f"«{text}»") if p]
        return ", ".join(parts)

    def print_extract(self) -> None:
        """Language, then print through the preview, save as PDF or open in the PDF viewer."""
        from desktop_app.ui.printing import present_document

        entries = self.audit.entries(*self._filters())   # all found, not only the rows read so far
        # each language copy of the extract says its filters in its own language
        filters = L(self.filter_text("kk"), self.filter_text("ru"))
        present_document(self, self.tr("Audit log extract"), f"audit-{date.today():%Y%m%d}",
                         lambda lang: self.audit.extract(entries, filters, lang))

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Kind of record:"))
        self.labels[1].setText(self.tr("Text:"))
        self.use_from.setText(self.tr("from"))
        self.use_to.setText(self.tr("to"))
        self.apply.setText(self.tr("Show"))
        self.print_button.setText(self.tr("Print extract…"))
        self.head_label.setText(self.tr("Code from a document:"))
        self.head_check.setText(self.tr("Compare with the log"))
        # the comparison's answer is said again in the new language, not dropped
        self.head_result.setText(self._head_verdict() if self._head_verdict is not None else "")
        for i in range(self.table_filter.count()):   # every kind of record, not only "all"
            table = self.table_filter.itemData(i)
            self.table_filter.setItemText(i, self.audit.record_name(table, interface_language()) if table
                                          else self.tr("All kinds of records"))
        self.model.retranslate()
        self._fit_columns()   # "added" is longer in Russian than "қосылды"
        if hasattr(self, "_report"):
            self._show_chain()
