"""One evaluation in detail: live score and its explanation, bonus/penalty entries with evidence,
comments, the state actions (sign, received, final, notice) and the history of changes."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError, ValidationError
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.batch_dates import date_window
from desktop_app.services.evaluation import EvaluationService, SheetView, entry_points
from desktop_app.ui.cells import cell
from desktop_app.ui.errors import show_error
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.rule_map import rule_links_html, rule_of_link
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.quarter.dialogs import DateDialog, NoticeDialog, notice_methods
from desktop_app.ui.quarter.entry_dialog import EntryDialog
from desktop_app.ui.quarter.grid_model import status_text
from desktop_app.ui.quarter.sheet_extras import SheetExtrasPanel


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


class EvaluationDetail(Retranslatable, QWidget):
    """Shows `SheetView` of the current grid row; emits `changed` after any action."""

    changed = Signal(int)

    def __init__(self, service: EvaluationService, lang: Callable[[], str], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.last_dates: dict[str, date] = {}   # the date a sign/receive/final used last, offered again
        self.today = today
        self.view: SheetView | None = None
        self.closed = False     # the quarter is closed: read-only, every action disabled
        self.header = QLabel()
        self.header.setObjectName("detailHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_help_rule(self.explanation, "grade.bands")   # F1 on the score's explanation: the grade (001 §7)
        # Links to the rules behind the score and the grade, next to them (help where rules act).
        self.rules = QLabel()
        self.rules.setObjectName("scoreRules")
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.rules.linkActivated.connect(lambda link: show_rule_help(self, rule_of_link(link) or None))
        self.entries = QTableWidget(0, 5)
        self.entries.setObjectName("entries")
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.verticalHeader().hide()
        header = self.entries.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.ResizeToContents),
                          (4, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.add_bonus = self._button("addBonus", lambda: self._add_entry("bonus"))
        self.add_penalty = self._button("addPenalty", lambda: self._add_entry("penalty"))
        self.remove_entry = self._button("removeEntry", self._remove_entry)
        self.comments = QPlainTextEdit()
        self.comments.setObjectName("comments")
        self.comments.setMaximumHeight(70)
        self.save_comments = self._button("saveComments", self._save_comments)
        self.sign_button = self._button("sign", lambda: self._state("sign"))
        self.receive_button = self._button("receive", lambda: self._state("receive"))
        self.final_button = self._button("finalise", lambda: self._state("finalise"))
        self.notice_button = self._button("notice", self._notice)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(90)
        self.entries_label, self.comments_label, self.history_label = QLabel(), QLabel(), QLabel()
        for label in (self.entries_label, self.comments_label, self.history_label):
            label.setWordWrap(True)   # the column is narrow at 1366 pixels: wrap, never widen it

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.explanation)
        layout.addWidget(self.rules)
        # Two buttons a line and the entry buttons one under another: in one row they made the column wider
        # than its place at 1366 pixels, and the sheet's text was cut at the right edge.
        actions = QGridLayout()
        for i, b in enumerate((self.sign_button, self.receive_button, self.final_button, self.notice_button)):
            actions.addWidget(b, i // 2, i % 2)
        layout.addLayout(actions)
        # Entries in one tab; the sanction, personal points and designees of the sheet in the next.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        entries_tab = QWidget()
        tab_layout = QVBoxLayout(entries_tab)
        tab_layout.setContentsMargins(2, 6, 2, 2)   # the tab's frame is margin enough in a narrow column
        tab_layout.addWidget(self.entries_label)
        tab_layout.addWidget(self.entries, 1)
        row = QVBoxLayout()
        for b in (self.add_bonus, self.add_penalty, self.remove_entry):
            row.addWidget(b)
        tab_layout.addLayout(row)
        self.extras = SheetExtrasPanel(service, lang, today, lambda: ask_reason(self))
        self.extras.changed.connect(self._extras_changed)
        self.tabs.addTab(entries_tab, "")
        scroll = QScrollArea()          # the column is narrow: scroll down, never sideways
        scroll.setObjectName("extrasScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.extras)
        self.tabs.addTab(scroll, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments)
        layout.addWidget(self.save_comments, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        self.retranslate()
        self.show_evaluation(None)

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    # -- showing ------------------------------------------------------------------------------
    def show_evaluation(self, evaluation_id: int | None) -> None:
        try:
            self.view = self.service.sheet(evaluation_id) if evaluation_id else None
        except BagalauError as exc:
            self.view = None
            self.header.setText(exc.render(qt_translate))
        self.extras.show_view(self.view)   # reads here, not in _fill: a language switch reads nothing
        self._fill()

    def _extras_changed(self) -> None:
        if self.view is not None:
            eid = self.view.evaluation.id or 0
            self.show_evaluation(eid)
            self.changed.emit(eid)

    def _extras_title(self) -> None:
        """The second tab names what it holds: designees only, unless the methodology counts points."""
        m = self.view.methodology if self.view else None
        points = m is not None and (m.sanction is not None or m.personal_points is not None)
        self.tabs.setTabText(1, self.tr("Sanction, personal points, designees") if points or m is None
                             else self.tr("Designated co-evaluators"))

    def _fill(self) -> None:
        v = self.view
        if hasattr(self, "tabs"):
            self._extras_title()
        for w in (self.add_bonus, self.add_penalty, self.remove_entry, self.save_comments, self.sign_button,
                  self.receive_button, self.final_button, self.notice_button, self.comments):
            w.setEnabled(v is not None)
        if v is None:
            self.header.setText(self.tr("Choose an evaluee in the grid."))
            self.explanation.clear()
            self.rules.clear()
            self.entries.setRowCount(0)
            self.history.clear()
            return
        lang = self.lang()
        ev = v.evaluation
        form = self.tr("form {form}").format(form=ev.form)
        evaluator = v.evaluator.full_name(lang) if v.evaluator else (ev.external.label(lang) if ev.external else "—")
        lines = [f"<b>{v.employee.full_name(lang)}</b> — {form}, {status_text(ev.status)}",
                 self.tr("Evaluator: {name}").format(name=evaluator),
                 self.tr("Due {due} (Methodology, item 4). Signed {signed}, received {received}.").format(
                     due=_d(v.deadline), signed=_d(ev.signed_on), received=_d(ev.received_on))]
        if v.appeal_ends:
            lines.append(self.tr("Appeal window until {day} (Methodology, item 10).").format(day=_d(v.appeal_ends)))
        if ev.without_participation:
            lines.append(self.tr("Dismissed in the quarter: evaluated without their participation (Methodology, item 6)."))
            if ev.notice_on:
                lines.append(self.tr("Notice: {method}, {day} {ref}").format(
                    method=notice_methods()[ev.notice_method] if ev.notice_method else "", day=_d(ev.notice_on),
                    ref=ev.notice_ref))
        if ev.calibrated:
            lines.append(self.tr("Score changed by calibration: {old} → {new} (Methodology, item 22).").format(
                old=plain(ev.original_score), new=plain(ev.score)))
        self.header.setText("<br>".join(lines))
        text = "\n".join(m.render(qt_translate) for m in v.outcome.lines)
        if lang == "kk":
            # The domain names bands and criteria in Russian inside its messages; show the Kazakh names.
            for band in v.methodology.bands:
                text = text.replace(band.name_ru, band.name_kk)
            for c in v.template.criteria:
                text = text.replace(c.name_ru + ":", c.name_kk + ":")
        self.explanation.setText(text)
        rules = ["score.range", "grade.bands", "grade.rounding"]
        if v.entries:
            rules += ["bonus.rules", "penalty.rules"]
        if ev.without_participation:
            rules.append("deadline.dismissed_notice")
        if v.methodology.score_model == "points":
            rules += ["penalty.sanction", "points.personal", "points.efficiency"]
        if v.designees:
            rules.append("evaluator.over_20")
        self.rules.setText(self.tr("Rules:") + " " + rule_links_html(rules, interface_language()))
        self._fill_entries(lang)
        self.comments.setPlainText(ev.comments)
        s = ev.status
        self.sign_button.setEnabled(s is EvaluationStatus.DRAFT and v.outcome.score is not None)
        self.receive_button.setEnabled(s is EvaluationStatus.SIGNED and not ev.without_participation)
        self.final_button.setEnabled(s is EvaluationStatus.RECEIVED)
        self.notice_button.setEnabled(ev.without_participation and s is not EvaluationStatus.DRAFT)
        editable = s is not EvaluationStatus.FINAL and v.quarter.status != "final"
        for w in (self.add_bonus, self.add_penalty, self.remove_entry, self.save_comments):
            w.setEnabled(editable)
        if self.closed or v.quarter.status == "final":
            for w in (self.sign_button, self.receive_button, self.final_button, self.notice_button):
                w.setEnabled(False)
        self.history.clear()
        fields = {"status": self.tr("status"), "score": self.tr("score"), "overall": self.tr("overall score"),
                  "comments": self.tr("comments"), "bonus": self.tr("bonus"), "penalty": self.tr("penalty"),
                  "notice": self.tr("notice")}
        fields.update({c.id: c.name_ru if lang == "ru" else c.name_kk for c in v.template.criteria})

        def value(field: str, text: str | None) -> str:
            if text and field == "status" and text in EvaluationStatus._value2member_map_:
                return status_text(EvaluationStatus(text))
            return text or "—"

        for h in v.history:
            self.history.addItem(f"{h.changed_at.replace('T', ' ')}  {fields.get(h.field, h.field)}: "
                                 f"{value(h.field, h.old_value)} → {value(h.field, h.new_value)}"
                                 + (f"  ({h.reason})" if h.reason else ""))

    def _fill_entries(self, lang: str) -> None:
        v = self.view
        assert v is not None
        self.entries.setRowCount(len(v.entries))
        for i, n in enumerate(v.entries):
            item = v.methodology.bonus_item(n.item_id) if n.kind == "bonus" else v.methodology.penalty_item(n.item_id)
            kind = self.tr("bonus") if n.kind == "bonus" else self.tr("penalty")
            level = f"+{item.level} " if n.kind == "bonus" and item is not None and hasattr(item, "level") else ""
            points = entry_points(v.methodology, n)
            cells = (kind, level + (item.text(lang) if item else n.item_id), plain(n.quantity), n.evidence,
                     ("−" if n.kind == "penalty" else "+") + plain(points))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, n.id)
                self.entries.setItem(i, col, cell)
        self.entries.resizeRowsToContents()

    # -- actions ------------------------------------------------------------------------------
    def _reason_if_locked(self) -> str | None:
        if self.view is None or not self.view.evaluation.locked:
            return ""
        return ask_reason(self)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except BagalauError as exc:
            show_error(self, exc)
            return False
        assert self.view is not None
        eid = self.view.evaluation.id or 0
        self.show_evaluation(eid)
        self.changed.emit(eid)
        return True

    def _add_entry(self, kind: str) -> None:
        if self.view is None:
            return
        dialog = EntryDialog(self.view.methodology, kind, self.view.evaluation.id or 0, self.lang(), self.today(), self)
        if dialog.exec() != EntryDialog.DialogCode.Accepted:
            return
        reason = self._reason_if_locked()
        if reason is None:
            return
        self._run(lambda: self.service.add_entry(dialog.entry(), reason))

    def _remove_entry(self) -> None:
        row = self.entries.currentRow()
        if self.view is None or row < 0:
            return
        entry_id = cell(self.entries, row, 0).data(Qt.ItemDataRole.UserRole)
        reason = self._reason_if_locked()
        if reason is None:
            return
        self._run(lambda: self.service.remove_entry(entry_id, reason))

    def _save_comments(self) -> None:
        if self.view is None:
            return
        reason = self._reason_if_locked()
        if reason is None:
            return
        text = self.comments.toPlainText()
        self._run(lambda: self.service.set_comments(self.view.evaluation.id or 0, text, reason))  # type: ignore[union-attr]

    def _state(self, change: str) -> None:
        if self.view is None:
            return
        titles = {"sign": (self.tr("Signed by the evaluator"), self.tr("Signed on:")),
                  "receive": (self.tr("Result received by the evaluee"), self.tr("Received on:")),
                  "finalise": (self.tr("Make the result final"), self.tr("Final on:"))}
        eid = self.view.evaluation.id or 0
        try:    # the date offered can pass the quarter rule; a running quarter says why before asking
            window = date_window(self.service, [eid], Move(change))
        except BagalauError as exc:
            show_error(self, exc)
            return
        if window.refused:
            show_error(self, ValidationError(window.refused[0].reason))
            return
        dialog = DateDialog(*titles[change], window.default(self.last_dates.get(change)), self)
        if dialog.exec() != DateDialog.DialogCode.Accepted:
            return
        fn = {"sign": self.service.sign, "receive": self.service.receive, "finalise": self.service.finalise}[change]
        if self._run(lambda: fn(eid, dialog.value())):
            self.last_dates[change] = dialog.value()

    def _notice(self) -> None:
        if self.view is None:
            return
        dialog = NoticeDialog(self.today(), self)
        if dialog.exec() != NoticeDialog.DialogCode.Accepted:
            return
        method, day, ref = dialog.values()
        eid = self.view.evaluation.id or 0
        self._run(lambda: self.service.record_notice(eid, method, day, ref))

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_bonus.setText(self.tr("Add bonus entry…"))
        self.add_penalty.setText(self.tr("Add penalty entry…"))
        self.remove_entry.setText(self.tr("Remove entry"))
        self.save_comments.setText(self.tr("Save comments"))
        self.sign_button.setText(self.tr("Signed…"))
        self.receive_button.setText(self.tr("Received…"))
        self.final_button.setText(self.tr("Final…"))
        self.notice_button.setText(self.tr("Notice…"))
        self.entries_label.setText(self.tr("Bonus and penalty entries with evidence:"))
        self.tabs.setTabText(0, self.tr("Entries"))
        self._extras_title()
        self.comments_label.setText(self.tr("Evaluator's comments:"))
        self.history_label.setText(self.tr("History of changes:"))
        self.entries.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Item"), self.tr("Qty"),
                                                self.tr("Evidence"), self.tr("Points")])
        self._fill()


def ask_reason(parent: QWidget) -> str | None:
    """The reason for changing a signed sheet; None when cancelled."""
    from PySide6.QtCore import QCoreApplication

    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("EvaluationDetail", "Reason for the change"),
                                    QCoreApplication.translate("EvaluationDetail",
                                                               "The sheet is signed. Why is it changed?"))
    return text.strip() if ok and text.strip() else None
