"""The "appeals" page: appeals with their deadlines and flags (001 §10, §19, §20, §22) and the sessions
with their papers (order, protocol, feedback memo)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.appeal_deadlines import Stage
from desktop_app.domain.calibration import CalibrationSession
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import fixed
from desktop_app.services.calibration import AppealRow, CalibrationService
from desktop_app.ui.calibration.act_words import act_words
from desktop_app.ui.calibration.appeal_dialog import AppealDialog, FeedbackDialog
from desktop_app.ui.calibration.papers import PapersActions
from desktop_app.ui.calibration.session_dialog import SessionDialog
from desktop_app.ui.cells import cell
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.columns import fit_columns, keep_fitted, wrap_header
from desktop_app.ui.errors import show_error
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.rule_map import rule_links_html, rule_of_link
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind
from desktop_app.ui.sorting import SORT_ROLE, AlphabetItem

#: The rule behind each appeal deadline (Methodology, items 10, 19, 20, 22); F1 on an appeal opens its next one.
STAGE_RULES = {Stage.FILE: "appeal.filing", Stage.DECIDE: "appeal.decision",
               Stage.HOLD: "calibration.session_deadline", Stage.POST: "calibration.protocol_posting"}
APPEAL_RULES = ["appeal.filing", "appeal.decision", "calibration.session_deadline", "calibration.protocol_posting",
                "deadline.next_working_day"]
SESSION_RULES = ["calibration.composition", "calibration.majority", "protocol.format", "calibration.feedback",
                 "calibration.appeal_court"]

OVERDUE = QColor("#c62828")
LATE = QColor("#ef6c00")


class AppealsPage(Retranslatable, QWidget):
    """Lists appeals and sessions; every action goes through CalibrationService."""

    shows = frozenset({Area.STAFF, Area.QUARTER, Area.EVALUATION, Area.CALIBRATION})

    def __init__(self, service: CalibrationService, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None, ctx: PageContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = own_context(self, ctx)
        self.service = service
        self.today = today
        self.rows: list[AppealRow] = []
        self._sessions: list[CalibrationSession] = []
        self._order_act = "order"  # read with the data in refresh(); a language switch only re-renders
        self.appeals = QTableWidget(0, 9)
        self.appeals.setObjectName("appeals")
        self.appeals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appeals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.appeals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appeals.verticalHeader().hide()
        self.appeals.currentCellChanged.connect(lambda *_: self._mark_rule())
        # Names on one line and in full: they are the key columns; the others share the rest.
        self.appeals.setWordWrap(False)
        self.appeals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.appeals.itemSelectionChanged.connect(self._update_buttons)
        self.appeals.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # by date of filing first
        wrap_header(self.appeals)     # «Сессия → қорытынды баға» on two lines at 1366×768, whole in the tooltip
        keep_fitted(self.appeals, self.fit_appeals)
        self.sessions = QTableWidget(0, 5)
        self.sessions.setObjectName("sessions")
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.verticalHeader().hide()
        self.sessions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        wrap_header(self.sessions)
        self.sessions.cellDoubleClicked.connect(lambda *_: self.open_session())
        self.sessions.itemSelectionChanged.connect(self._update_buttons)
        self.papers = PapersActions(service, self)
        self.buttons: dict[str, QPushButton] = {}
        # Two rows, so the page fits a 1280-pixel screen in both languages: the usual path on top,
        # the decisions on a late appeal and deletion below.
        appeal_row = QGridLayout()
        for i, (key, slot) in enumerate((
                ("new", self.new_appeal), ("session", self.new_session), ("feedback", self.feedback),
                ("memo", self.memo), ("accept", lambda: self.decide_late(True)),
                ("refuse", lambda: self.decide_late(False)), ("delete", self.delete_appeal))):
            appeal_row.addWidget(self._button(key, slot), i // 4, i % 4)
        appeal_row.setColumnStretch(4, 1)
        session_row = QHBoxLayout()
        for key, slot in (("open", self.open_session), ("order", self.order), ("protocol", self.protocol),
                          ("posted", self.mark_posted)):
            session_row.addWidget(self._button(key, slot))
        session_row.addStretch(1)
        self.appeal_rules, self.session_rules = self._rules_label(), self._rules_label()
        set_help_rule(self.sessions, "calibration.composition")
        self.appeals_box = QGroupBox()
        box = QVBoxLayout(self.appeals_box)
        box.addWidget(self.appeals)
        box.addWidget(self.appeal_rules)
        box.addLayout(appeal_row)
        self.sessions_box = QGroupBox()
        box2 = QVBoxLayout(self.sessions_box)
        box2.addWidget(self.sessions)
        box2.addWidget(self.session_rules)
        box2.addLayout(session_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.appeals_box, 3)
        layout.addWidget(self.sessions_box, 2)
        # Keyboard: Ctrl+N/Ins new appeal, Del delete it, F2/Enter open a session, Ctrl+P protocol, F5.
        bind(self, ["Ctrl+N", "Ins"], self.new_appeal, self.buttons["new"])
        bind(self.appeals, "Del", self.delete_appeal, self.buttons["delete"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.sessions, ["F2", "Return", "Enter"], self.open_session, self.buttons["open"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self, "Ctrl+P", self.protocol, self.buttons["protocol"])   # the selected session's protocol
        bind(self, "F5", self.refresh)
        self.retranslate()
        self.refresh()

    def _rules_label(self) -> QLabel:
        """Links to the rules of the deadlines and sessions (help where the rule acts)."""
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(lambda link: show_rule_help(self, rule_of_link(link) or None))
        return label

    def _mark_rule(self) -> None:
        r = self.appeals.currentRow()
        item = self.appeals.item(r, 0) if r >= 0 else None   # by id: the user may have sorted the table
        row = next((x for x in self.rows if item is not None and x.appeal.id == item.data(Qt.ItemDataRole.UserRole)),
                   None)
        stage = row.next_due.stage if row is not None and row.next_due is not None else Stage.FILE
        set_help_rule(self.appeals, STAGE_RULES[stage])

    def _button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton()
        b.setObjectName(f"{key}Button")
        b.clicked.connect(lambda _=False: slot())
        self.buttons[key] = b
        return b

    # -- filling --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the database, then show."""
        self.rows = self.service.appeals(self.today())
        self._sessions = self.service.sessions()
        # the organisation card may have changed the act since (приказ ↔ распоряжение); read here, not on a
        # language switch, which re-renders without touching the database
        self._order_act = self.service.order_act()
        self.buttons["order"].setText(act_words(self._order_act)["button"])
        self._render()

    def _render(self) -> None:
        """Show the loaded rows in the current language (no database access: also used on a language switch)."""
        lang = interface_language()
        self.appeals.setSortingEnabled(False)   # filling a sorting table moves rows under the loop
        self.appeals.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            a = row.appeal
            final = fixed(a.final_score)
            original = fixed(a.original_score)
            values = [a.appellant.get(lang), a.evaluator.get(lang), f"{row.quarter}/{row.year}", original,
                      a.result_received_on.strftime("%d.%m.%Y"), a.filed_on.strftime("%d.%m.%Y"),
                      self._flag(row), self._next(row), row.session_number + (f" → {final}" if final else "")]
            # Sorting: names by the alphabet of the interface language, dates and scores by value.
            keys: dict[int, object] = {2: row.year * 10 + row.quarter, 3: a.original_score,
                                       4: a.result_received_on.toordinal(), 5: a.filed_on.toordinal()}
            for c, v in enumerate(values):
                item = AlphabetItem(v, interface_language)
                if c in keys:
                    item.setData(SORT_ROLE, keys[c])
                if c == 6 and row.late and a.late_accepted is not True:
                    item.setForeground(QBrush(LATE))
                if c == 7 and row.overdue:
                    item.setForeground(QBrush(OVERDUE))
                self.appeals.setItem(r, c, item)
            cell(self.appeals, r, 0).setData(Qt.ItemDataRole.UserRole, a.id)
        self.appeals.setSortingEnabled(True)    # the user's column and order are kept (none at first)
        self.fit_appeals()
        sessions = self._sessions
        self.sessions.setRowCount(len(sessions))
        for r, s in enumerate(sessions):
            status = self.tr("closed") if s.status.value == "closed" else self.tr("open")
            posted = s.posted_on.strftime("%d.%m.%Y") if s.posted_on else ""
            values = [s.number, s.held_on.strftime("%d.%m.%Y") if s.held_on else "",
                      ", ".join(c.appeal.appellant.get(lang) for c in s.cases), status, posted]
            for c, v in enumerate(values):
                self.sessions.setItem(r, c, QTableWidgetItem(v))
            cell(self.sessions, r, 0).setData(Qt.ItemDataRole.UserRole, s.id)
        self.sessions.resizeColumnsToContents()
        self.sessions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._mark_rule()
        self._update_buttons()

    def _flag(self, row: AppealRow) -> str:
        if not row.late:
            return self.tr("on time")
        if row.appeal.late_accepted is None:
            return self.tr("late: decide")
        return self.tr("late, accepted") if row.appeal.late_accepted else self.tr("late, refused")

    def _next(self, row: AppealRow) -> str:
        if row.next_due is None:
            return self.tr("done") if row.appeal.late_accepted is not False else ""
        what = {Stage.DECIDE: self.tr("decision and members"), Stage.HOLD: self.tr("session"),
                Stage.POST: self.tr("protocol posted"), Stage.FILE: self.tr("filing")}[row.next_due.stage]
        return f"{what}: {row.next_due.due.strftime('%d.%m.%Y')}"

    def fit_appeals(self) -> None:
        fit_columns(self.appeals, (0, 1, 2, 3, 4, 5), max_key=320)   # names, quarter, score, dates

    def _update_buttons(self) -> None:
        """A button that can do nothing for the selection is disabled: deciding on a late appeal needs late
        appeals still awaiting that decision (001 §10); feedback, memo and deletion need an appeal; the
        session's papers need a session."""
        by_id = {row.appeal.id: row for row in self.rows}
        chosen = [by_id[i] for i in self.selected_appeals() if i in by_id]
        late_open = bool(chosen) and all(r.late and r.appeal.late_accepted is None for r in chosen)
        for key in ("accept", "refuse"):
            self.buttons[key].setEnabled(late_open)
        for key in ("session", "delete"):
            self.buttons[key].setEnabled(bool(chosen))
        for key in ("feedback", "memo"):
            self.buttons[key].setEnabled(len(chosen) == 1)
        has_session = self.selected_session() is not None
        for key in ("open", "order", "protocol", "posted"):
            self.buttons[key].setEnabled(has_session)

    def selected_appeals(self) -> list[int]:
        rows = sorted({i.row() for i in self.appeals.selectedIndexes()})
        return [int(cell(self.appeals, r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def selected_session(self) -> int | None:
        r = self.sessions.currentRow()
        item = self.sessions.item(r, 0) if r >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    # -- actions --------------------------------------------------------------------------------
    def _changed(self) -> None:
        """Appeals and sessions changed, and a session's decision changes a final score (001 §22): every
        page showing either is refreshed, this one included."""
        self.ctx.announce(Area.CALIBRATION, Area.EVALUATION)

    def new_appeal(self) -> None:
        if AppealDialog(self.service, self.today(), self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def decide_late(self, accept: bool) -> None:
        for aid in self.selected_appeals():
            try:
                self.service.decide_late(aid, accept)
            except BagalauError as exc:
                show_error(self, exc)
        self._changed()

    def new_session(self) -> None:
        ids = self.selected_appeals()
        if not ids:
            return
        SessionDialog(self.service, self.today(), appeal_ids=ids, parent=self).exec()
        self._changed()

    def open_session(self) -> None:
        sid = self.selected_session()
        if sid is not None:
            SessionDialog(self.service, self.today(), session_id=sid, parent=self).exec()
            self._changed()

    def feedback(self) -> None:
        for aid in self.selected_appeals()[:1]:
            if FeedbackDialog(self.service, aid, self.today(), self).exec() == QDialog.DialogCode.Accepted:
                self._changed()

    def memo(self) -> None:
        for aid in self.selected_appeals()[:1]:
            self.papers.memo(aid)

    def delete_appeal(self) -> None:
        ids = self.selected_appeals()
        if not ids or QMessageBox.question(self, self.tr("Delete appeal"), self.tr("Delete the selected appeals?")) \
                != QMessageBox.StandardButton.Yes:
            return
        for aid in ids:
            try:
                self.service.delete_appeal(aid)
            except BagalauError as exc:
                show_error(self, exc)
        self._changed()

    def order(self) -> None:
        sid = self.selected_session()
        if sid is not None:
            self.papers.order(sid)

    def protocol(self) -> None:
        sid = self.selected_session()
        if sid is not None:
            self.papers.protocol(sid)

    def mark_posted(self) -> None:
        sid = self.selected_session()
        if sid is None:
            return
        try:
            self.service.mark_posted(sid, self.today())
        except BagalauError as exc:
            show_error(self, exc)
        self._changed()

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.appeals_box.setTitle(self.tr("Appeals against evaluation results (Methodology, item 10)"))
        self.sessions_box.setTitle(self.tr("Calibration sessions (Methodology, items 19–22)"))
        self.appeals.setHorizontalHeaderLabels([
            self.tr("Appellant"), self.tr("Evaluator"), self.tr("Quarter"), self.tr("Score"), self.tr("Received"),
            self.tr("Filed"), self.tr("Filing"), self.tr("Next deadline"), self.tr("Session → final score")])
        self.sessions.setHorizontalHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("Cases"),
                                                 self.tr("Status"), self.tr("Protocol posted")])
        texts = {"new": self.tr("New appeal…"), "accept": self.tr("Hear the late appeal"),
                 "refuse": self.tr("Refuse the late appeal"), "session": self.tr("Calibration session…"),
                 "feedback": self.tr("Feedback meeting…"), "memo": self.tr("Feedback memo…"),
                 "delete": self.tr("Delete"), "open": self.tr("Open session…"), "order": act_words(self._order_act)["button"],
                 "protocol": self.tr("Protocol…"), "posted": self.tr("Protocol posted today")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        lang = interface_language()
        self.appeal_rules.setText(self.tr("Deadlines (F1 on an appeal):") + " " + rule_links_html(APPEAL_RULES, lang))
        self.session_rules.setText(self.tr("Rules:") + " " + rule_links_html(SESSION_RULES, lang))
        self._render()

