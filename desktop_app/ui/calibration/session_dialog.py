"""Session editor: the decision and composition (001 §19), one tab per case (001 §22), closing.

A new session is created from the chosen appeals; an open session can change its date, place and members
(as long as the composition stays valid) and record the cases; closing adopts each majority motion.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.calibration import CalibrationSession
from desktop_app.domain.errors import BagalauError
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.calibration.act_words import act_words
from desktop_app.ui.calibration.case_editor import CaseEditor
from desktop_app.ui.calibration.member_picker import MemberPicker
from desktop_app.ui.errors import show_error
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.screen import fit_to_screen


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date, name: str) -> QDateEdit:
    w = QDateEdit(qdate(d))
    w.setObjectName(name)
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd.MM.yyyy")
    return w


class SessionDialog(Retranslatable, QDialog):
    """New session (`appeal_ids`) or an existing one (`session_id`)."""

    def __init__(self, service: CalibrationService, today: date, appeal_ids: list[int] | None = None,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.service = service
        self.today = today
        self.appeal_ids = list(appeal_ids or [])
        self.session: CalibrationSession | None = service.session(session_id) if session_id else None
        s = self.session
        self.held_on = date_edit(s.held_on if s and s.held_on else today, "heldOn")
        self.place = QLineEdit(s.place if s else "")
        self.place.setObjectName("place")
        # the Russian copy of the protocol and the order prints this one (Kazakh only: a warning on print)
        self.place_ru = QLineEdit(s.place_ru if s else "")
        self.place_ru.setObjectName("placeRu")
        self.decided_on = date_edit(today, "decidedOn")
        self.order_number = QLineEdit(s.order_number if s else "")
        self.order_number.setObjectName("orderNumber")
        self.order_date = date_edit(s.order_date if s and s.order_date else today, "orderDate")
        self.picker = MemberPicker()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        details = QWidget()
        form = QFormLayout(details)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.held_on, self.place, self.place_ru, self.decided_on,
                                              self.order_number, self.order_date), strict=False):
            form.addRow(label, field)
        form.addRow(self.picker)
        self.tabs.addTab(details, "")
        self.case_editors: list[CaseEditor] = []
        self.signed_on = date_edit(today, "signedOn")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeSession")
        self.close_button.clicked.connect(self.close_session)
        self.signed_label = QLabel()
        closing = QHBoxLayout()
        closing.addWidget(self.signed_label)
        closing.addWidget(self.signed_on)
        closing.addWidget(self.close_button)
        closing.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(closing)
        layout.addWidget(self.buttons)
        self._load()
        fit_to_screen(self, 900, 680)
        self.retranslate()

    def _load(self) -> None:
        s = self.session
        day = s.held_on if s and s.held_on else self.today
        ids = [c.appeal.id or 0 for c in s.cases] if s else self.appeal_ids
        proposed = self.service.proposed(ids, day)
        default = self.service.default_members(ids, day)
        self.picker.set_candidates(proposed, list(s.members) if s else default, default)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        self.case_editors = []
        if s is not None:
            for case in s.cases:
                editor = CaseEditor(self.service, s, case)
                self.case_editors.append(editor)
                self.tabs.addTab(editor, case.appeal.appellant.get(interface_language()))
        closed = bool(s and s.status.value == "closed")
        for w in (self.held_on, self.place, self.place_ru, self.picker, self.decided_on, self.order_number,
                  self.order_date):
            w.setEnabled(not closed)
        self.decided_on.setEnabled(s is None)
        self.signed_on.setEnabled(s is not None and not closed)
        self.close_button.setEnabled(s is not None and not closed)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not closed)

    def save(self) -> bool:
        """Create the session or store its changed date, place and members; refusals show the reason."""
        try:
            if self.session is None:
                if not self._late_confirmed():
                    return False
                sid = self.service.create_session(self.appeal_ids, self.picker.members(), pydate(self.held_on.date()),
                                                  self.place.text(), pydate(self.decided_on.date()),
                                                  self.order_number.text(), pydate(self.order_date.date()),
                                                  place_ru=self.place_ru.text())
            else:
                sid = self.session.id or 0
                self.service.update_session(sid, pydate(self.held_on.date()), self.place.text(),
                                            self.picker.members(), place_ru=self.place_ru.text())
        except BagalauError as exc:
            show_error(self, exc)
            return False
        self.session = self.service.session(sid)
        self._load()
        self.retranslate()
        return True

    def _late_confirmed(self) -> bool:
        """A session after an appeal's deadline (001 §19, §20) is still held: name the appeal and the missed
        date, and let the user go on."""
        missed = self.service.missed_deadlines(self.appeal_ids, pydate(self.decided_on.date()),
                                               pydate(self.held_on.date()))
        if not missed:
            return True
        text = "\n".join([self.tr("The deadline of the appeal has passed:"),
                           *(m.render(qt_translate) for m in missed),
                           self.tr("The appeal must still be heard. Create the session?")])
        answer = QMessageBox.warning(self, self.tr("Deadline missed"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def close_session(self) -> bool:
        if self.session is None:
            return False
        try:
            self.service.close_session(self.session.id or 0, pydate(self.signed_on.date()))
        except BagalauError as exc:
            show_error(self, exc)
            return False
        self.session = self.service.session(self.session.id or 0)
        self._load()
        self.retranslate()
        return True

    def retranslate(self) -> None:
        s = self.session
        if s is None:
            self.setWindowTitle(self.tr("New calibration session"))
            self.status.setText(self.tr("Decision to hold a session and its members (Methodology, item 19): an odd number, at "
                                        "least 3, with an HR officer; never the appellant or the disputed evaluator."))
        else:
            self.setWindowTitle(self.tr("Calibration session No. %1").replace("%1", s.number))
            self.status.setText(self.tr("Closed: the adopted scores replaced the original ones.")
                                if s.status.value == "closed" else
                                self.tr("Open: record the arguments, motions and votes of each case, then close it."))
        if not hasattr(self, "_order_act"):          # read once when the dialog opens, not on a language switch
            self._order_act = self.service.order_act()
        act = act_words(self._order_act)             # the act the card names, as the paper prints it
        for label, text in zip(self.labels, (self.tr("Session date"), self.tr("Place, in Kazakh"),
                                             self.tr("Place, in Russian"), self.tr("Decision date"),
                                             act["number"], act["date"]), strict=False):
            label.setText(text)
        self.tabs.setTabText(0, self.tr("Session and members"))
        for i, editor in enumerate(getattr(self, "case_editors", []), start=1):   # names in this language
            self.tabs.setTabText(i, editor.case.appeal.appellant.get(interface_language()))
        self.signed_label.setText(self.tr("Protocol signed on"))
        self.close_button.setText(self.tr("Close session"))

