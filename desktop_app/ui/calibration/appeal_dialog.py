"""Dialogs: a new appeal (001 §10) and the feedback meeting after the session (001 §23)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import fixed
from desktop_app.domain.records import FeedbackMeeting
from desktop_app.domain.text import fold
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.calibration.session_dialog import date_edit, pydate, qdate
from desktop_app.ui.errors import show_error
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2   # both spellings of the name, folded


class AppealDialog(Retranslatable, QDialog):
    """Registers an appeal: whose result, when it was received, when the appeal was filed, its text or scan."""

    def __init__(self, service: CalibrationService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appealDialog")
        self.service = service
        self.appeal_id: int | None = None
        self.evaluation = QComboBox()
        self.evaluation.setObjectName("evaluation")
        self._facts = {}
        self._appealable = service.appealable()
        # 400 results in one list: typing part of a name (either spelling) narrows it.
        self._results = QStandardItemModel(self)
        for facts, name in self._appealable:
            item = QStandardItem("")
            item.setData(facts.evaluation_id, Qt.ItemDataRole.UserRole)
            item.setData(fold(f"{name.kk} {name.ru}"), SEARCH_ROLE)
            self._results.appendRow(item)
            self._facts[facts.evaluation_id] = facts
        self._shown = QSortFilterProxyModel(self)
        self._shown.setSourceModel(self._results)
        self._shown.setFilterRole(SEARCH_ROLE)
        self.evaluation.setModel(self._shown)
        self.evaluation.currentIndexChanged.connect(self._sync_received)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findResult")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        self.found = QLabel()
        self.found.setObjectName("foundCount")
        self.received_on = date_edit(today, "receivedOn")
        self.filed_on = date_edit(today, "filedOn")
        self.text = QPlainTextEdit()
        self.text.setObjectName("appealText")
        self.scan = QLineEdit()
        self.scan.setObjectName("scanPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout(self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.found)
        form.addRow(self.labels[5], find_row)
        form.addRow(self.labels[0], self.evaluation)
        form.addRow(self.labels[1], self.received_on)
        form.addRow(self.labels[2], self.filed_on)
        form.addRow(self.labels[3], self.text)
        form.addRow(self.labels[4], scan_row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self._sync_received()
        self.retranslate()

    def _filter(self, text: str) -> None:
        self._shown.setFilterFixedString(fold(text.strip()))
        if self.evaluation.currentIndex() < 0 and self.evaluation.count():
            self.evaluation.setCurrentIndex(0)
        self._show_count()

    def _show_count(self) -> None:
        self.found.setText(self.tr("{shown} of {total}").format(shown=self.evaluation.count(),
                                                               total=self._results.rowCount()))

    def _sync_received(self) -> None:
        facts = self._facts.get(self.evaluation.currentData())
        if facts is not None and facts.received_on is not None:
            self.received_on.setDate(qdate(facts.received_on))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Scanned appeal"), "",
                                              self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        if name:
            self.scan.setText(name)

    def save(self) -> None:
        if self.evaluation.currentData() is None:
            return
        try:
            self.appeal_id = self.service.file_appeal(
                int(self.evaluation.currentData()), pydate(self.filed_on.date()), self.text.toPlainText(),
                self.scan.text(), pydate(self.received_on.date()))
        except BagalauError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _label_evaluations(self) -> None:
        """Each appealable result under the evaluee's name in the interface language's spelling."""
        lang = interface_language()
        for i, (facts, name) in enumerate(self._appealable):
            text = name.get(lang)
            if facts.score is not None:
                text = f"{text} — {facts.quarter}/{facts.year} — {fixed(facts.score)}"
            self._results.item(i).setText(text)

    def retranslate(self) -> None:
        self._label_evaluations()
        self.setWindowTitle(self.tr("New appeal"))
        for label, text in zip(self.labels, (self.tr("Disputed result"), self.tr("Result received on"),
                                             self.tr("Appeal filed on"), self.tr("Text of the appeal"),
                                             self.tr("Scanned copy"), self.tr("Find by name")), strict=True):
            label.setText(text)
        self.find_edit.setPlaceholderText(self.tr("Type part of the evaluee's name"))
        # the whole hint, in either language: the Kazakh one was cut to «…бір бөлігі…» at 1366×768;
        # 48 px: the frame, Qt's inner margins and the clear button
        self.find_edit.setMinimumWidth(self.find_edit.fontMetrics().horizontalAdvance(
            self.find_edit.placeholderText()) + 48)
        self._show_count()
        self.browse.setText(self.tr("Browse…"))
        self.hint.setText(self.tr("An appeal filed later than 5 working days after the result was received is "
                                  "flagged: decide whether to hear it (Methodology, item 10)."))



class FeedbackDialog(Retranslatable, QDialog):
    """The feedback meeting the evaluator holds after the session (001 §23)."""

    def __init__(self, service: CalibrationService, appeal_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.service = service
        self.appeal_id = appeal_id
        known = service.feedback(appeal_id)
        self.held_on = date_edit(known.held_on if known else today, "feedbackOn")
        self.achievements = QPlainTextEdit(known.achievements if known else "")
        self.achievements.setObjectName("achievements")
        self.skills = QPlainTextEdit(known.skills if known else "")
        self.skills.setObjectName("skills")
        self.potential = QPlainTextEdit(known.potential if known else "")
        self.potential.setObjectName("potential")
        # each topic in Russian too, for the Russian copy of the memo (empty: a warning when it is printed)
        self.russian = {key: QPlainTextEdit(getattr(known, f"{key}_ru") if known else "")
                        for key in ("achievements", "skills", "potential")}
        for key, edit in self.russian.items():
            edit.setObjectName(f"{key}Ru")
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout(self)
        fields = (self.held_on, self.achievements, self.russian["achievements"], self.skills, self.russian["skills"],
                  self.potential, self.russian["potential"])
        for label, field in zip(self.labels, fields, strict=False):
            if isinstance(field, QPlainTextEdit):
                field.setMaximumHeight(70)
            form.addRow(label, field)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.retranslate()

    def save(self) -> None:
        try:
            self.service.save_feedback(FeedbackMeeting(self.appeal_id, pydate(self.held_on.date()),
                                                       self.achievements.toPlainText().strip(),
                                                       self.skills.toPlainText().strip(),
                                                       self.potential.toPlainText().strip(),
                                                       *(self.russian[k].toPlainText().strip()
                                                         for k in ("achievements", "skills", "potential"))))
        except BagalauError as exc:
            show_error(self, exc)
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback meeting (Methodology, item 23)"))
        same = self.tr("The same, in Russian")
        for label, text in zip(self.labels, (self.tr("Meeting date"), self.tr("Achievements in the period"), same,
                                             self.tr("Skills and competences"), same,
                                             self.tr("Potential and career aspirations"), same), strict=False):
            label.setText(text)

