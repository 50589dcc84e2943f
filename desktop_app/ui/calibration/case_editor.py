"""One case of a session: the arguments (001 §22), the motions — keep the score or change it to X —
and each member's vote; the tally says which motion has a majority of the members who may vote."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.calibration import (
    ArgumentForm,
    CalibrationSession,
    Case,
    Motion,
    eligible_voters,
    tally,
)
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import fixed
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.errors import show_error
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable


class CaseEditor(Retranslatable, QWidget):
    """Edits one case; `saved` fires after the arguments, motions or votes were stored."""

    saved = Signal()

    def __init__(self, service: CalibrationService, session: CalibrationSession, case: Case,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.session = session
        self.case = case
        self.readonly = session.status.value == "closed"
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.evaluator_arg = QPlainTextEdit(case.evaluator_argument)
        self.evaluator_arg.setObjectName("evaluatorArgument")
        self.appellant_arg = QPlainTextEdit(case.appellant_argument)
        self.appellant_arg.setObjectName("appellantArgument")
        # the same in Russian, for the Russian copy of the protocol (empty: a warning when it is printed)
        self.evaluator_arg_ru = QPlainTextEdit(case.evaluator_argument_ru)
        self.evaluator_arg_ru.setObjectName("evaluatorArgumentRu")
        self.appellant_arg_ru = QPlainTextEdit(case.appellant_argument_ru)
        self.appellant_arg_ru.setObjectName("appellantArgumentRu")
        for edit in (self.evaluator_arg, self.appellant_arg, self.evaluator_arg_ru, self.appellant_arg_ru):
            edit.setMaximumHeight(64)       # leave room for the motions and the votes
        self.form = QComboBox()
        self.form.setObjectName("argumentForm")
        self.form.addItem("", ArgumentForm.WRITTEN.value)
        self.form.addItem("", ArgumentForm.ORAL.value)
        self.form.setCurrentIndex(1 if case.appellant_form is ArgumentForm.ORAL else 0)
        self.motions = QTableWidget(0, 4)
        self.motions.setObjectName("motions")
        self.motions.verticalHeader().hide()
        self.motions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.motions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.motions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.motions.setColumnWidth(0, 200)
        self.motions.setColumnWidth(1, 90)
        self.add_motion = QPushButton()
        self.add_motion.setObjectName("addMotion")
        self.add_motion.clicked.connect(lambda: self._add_motion_row(Motion(case.original_score)))
        self.remove_motion = QPushButton()
        self.remove_motion.setObjectName("removeMotion")
        self.remove_motion.clicked.connect(lambda: self.motions.removeRow(self.motions.currentRow()))
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCase")
        self.save_button.clicked.connect(self.save_case)
        self.votes = QTableWidget(0, 2)
        self.votes.setObjectName("votes")
        self.votes.verticalHeader().hide()
        self.votes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.votes.setColumnWidth(1, 260)
        self.tally = QLabel()
        self.tally.setObjectName("tally")
        self.tally.setWordWrap(True)

        # the Kazakh text and its Russian twin side by side: half the height of one column of four fields,
        # so the motions and the votes below keep room for their rows (QA F27)
        args = QGridLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel(), QLabel(), QLabel()]
        args.addWidget(self.form_labels[0], 0, 0)
        args.addWidget(self.form_labels[3], 0, 1)
        args.addWidget(self.evaluator_arg, 1, 0)
        args.addWidget(self.evaluator_arg_ru, 1, 1)
        args.addWidget(self.form_labels[1], 2, 0)
        args.addWidget(self.form_labels[4], 2, 1)
        args.addWidget(self.appellant_arg, 3, 0)
        args.addWidget(self.appellant_arg_ru, 3, 1)
        argued = QHBoxLayout()
        argued.addWidget(self.form_labels[2])
        argued.addWidget(self.form)
        argued.addStretch(1)
        args.addLayout(argued, 4, 0, 1, 2)
        buttons = QHBoxLayout()
        for b in (self.add_motion, self.remove_motion):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.motions_label = QLabel()
        self.votes_label = QLabel()
        motions_box, votes_box = QWidget(), QWidget()
        top = QVBoxLayout(motions_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.motions_label)
        top.addWidget(self.motions, 1)
        top.addLayout(buttons)
        bottom = QVBoxLayout(votes_box)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.votes_label)
        bottom.addWidget(self.votes, 1)
        bottom.addWidget(self.tally)
        # the user drags the line between the motions and the votes to give either more rows
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(motions_box)
        self.splitter.addWidget(votes_box)
        for table in (self.motions, self.votes):
            rows = 3 * table.verticalHeader().defaultSectionSize()           # three rows at least, whole
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(args)
        layout.addWidget(self.splitter, 1)
        for m in case.motions or (Motion(), Motion(case.original_score)):
            self._add_motion_row(m)
        for w in (self.evaluator_arg, self.appellant_arg, self.evaluator_arg_ru, self.appellant_arg_ru, self.form,
                  self.motions, self.add_motion,
                  self.remove_motion, self.save_button, self.votes):
            w.setEnabled(not self.readonly)
        self.retranslate()

    # -- motions --------------------------------------------------------------------------------
    def _add_motion_row(self, m: Motion) -> None:
        r = self.motions.rowCount()
        self.motions.insertRow(r)
        kind = QComboBox()
        kind.addItem("", "keep")
        kind.addItem("", "change")
        kind.setCurrentIndex(0 if m.keeps else 1)
        score = QDoubleSpinBox()
        score.setRange(0.0, 5.0)              # 001 §17: 0 to 5
        score.setDecimals(2)
        score.setSingleStep(0.1)
        score.setValue(self.case.original_score if m.new_score is None else m.new_score)
        score.setEnabled(not m.keeps)
        kind.currentIndexChanged.connect(lambda i, s=score: s.setEnabled(i == 1))
        self.motions.setCellWidget(r, 0, kind)
        self.motions.setCellWidget(r, 1, score)
        reasoning = QTableWidgetItem(m.reasoning)
        reasoning.setData(Qt.ItemDataRole.UserRole, m.proposed_by)   # who argued it stays with the row
        self.motions.setItem(r, 2, reasoning)
        self.motions.setItem(r, 3, QTableWidgetItem(m.reasoning_ru))
        self._retranslate_motion_row(r)

    def motions_entered(self) -> list[Motion]:
        out = []
        for r in range(self.motions.rowCount()):
            kind = self.motions.cellWidget(r, 0)
            score = self.motions.cellWidget(r, 1)
            assert isinstance(kind, QComboBox) and isinstance(score, QDoubleSpinBox)
            item, item_ru = self.motions.item(r, 2), self.motions.item(r, 3)
            reasoning = item.text().strip() if item else ""
            reasoning_ru = item_ru.text().strip() if item_ru else ""
            proposed_by = item.data(Qt.ItemDataRole.UserRole) if item else None
            out.append(Motion(None if kind.currentData() == "keep" else round(score.value(), 2), proposed_by,
                              reasoning, reasoning_ru))
        return out

    def save_case(self) -> bool:
        try:
            self.service.set_case(self.case.appeal.id or 0, self.evaluator_arg.toPlainText(),
                                  self.appellant_arg.toPlainText(), ArgumentForm(self.form.currentData()),
                                  self.motions_entered(), self.evaluator_arg_ru.toPlainText(),
                                  self.appellant_arg_ru.toPlainText())
        except BagalauError as exc:
            show_error(self, exc)
            return False
        self._reload()
        self.saved.emit()
        return True

    # -- votes ----------------------------------------------------------------------------------
    def _reload(self) -> None:
        self.session = self.service.session(self.session.id or 0)
        self.case = next(c for c in self.session.cases if c.appeal.id == self.case.appeal.id)
        self._fill_votes()

    def _fill_votes(self) -> None:
        voters = [m for m in eligible_voters(self.session, self.case) if m.present]
        self.votes.blockSignals(True)
        self.votes.setRowCount(len(voters))
        for r, m in enumerate(voters):
            self.votes.setItem(r, 0, QTableWidgetItem(m.person.name_in(interface_language())))
            combo = QComboBox()
            combo.setObjectName(f"vote_{m.employee_id}")
            combo.addItem(self.tr("— no vote —"), -1)
            for i, motion in enumerate(self.case.motions):
                combo.addItem(self._motion_text(i, motion), i)
            combo.setCurrentIndex(self.case.votes.get(m.employee_id, -1) + 1)
            combo.currentIndexChanged.connect(lambda _i, e=m.employee_id, c=combo: self.cast(e, c.currentData()))
            combo.setEnabled(not self.readonly and bool(self.case.motions))
            self.votes.setCellWidget(r, 1, combo)
        self.votes.blockSignals(False)
        self._show_tally()

    def cast(self, employee_id: int, motion: int) -> None:
        try:
            self.service.vote(self.case.appeal.id or 0, employee_id, None if motion < 0 else motion)
        except BagalauError as exc:
            show_error(self, exc)
        self._reload()
        self.saved.emit()

    def _motion_text(self, i: int, m: Motion) -> str:
        if m.keeps:
            return self.tr("%1) keep %2").replace("%1", str(i + 1)).replace("%2", fixed(self.case.original_score))
        return (self.tr("%1) change to %2 (%3)").replace("%1", str(i + 1)).replace("%2", fixed(m.new_score))
                .replace("%3", self.tr("up") if m.direction(self.case.original_score) == "up" else self.tr("down")))

    def _show_tally(self) -> None:
        result = tally(self.session, self.case)
        counts = ", ".join(f"{i + 1}: {c}" for i, c in enumerate(result.counts))
        if result.adopted is not None:   # %3: the votes the adopted motion got, of %4 entitled to vote
            text = self.tr("Votes %1. Motion %2 is backed by a majority (%3 of %4 members).")
            text = text.replace("%2", str(result.adopted + 1)).replace("%3", str(result.counts[result.adopted]))
        else:                            # %3: the votes a motion needs
            text = self.tr("Votes %1. No motion has a majority yet: %3 of %4 members needed.")
        self.tally.setText(text.replace("%1", counts or "—").replace("%3", str(result.needed))
                           .replace("%4", str(result.eligible)))

    # -- language -------------------------------------------------------------------------------
    def _retranslate_motion_row(self, r: int) -> None:
        kind = self.motions.cellWidget(r, 0)
        if isinstance(kind, QComboBox):
            kind.setItemText(0, self.tr("Keep the score"))
            kind.setItemText(1, self.tr("Change the score to"))

    def retranslate(self) -> None:
        a = self.case.appeal
        lang = interface_language()
        self.heading.setText(self.tr("Appeal of %1; score given by %2: %3")
                             .replace("%1", a.appellant.get(lang)).replace("%2", a.evaluator.get(lang))
                             .replace("%3", fixed(self.case.original_score)))
        self.form_labels[0].setText(self.tr("Evaluator's argument, in Kazakh"))
        self.form_labels[1].setText(self.tr("Appellant's argument, in Kazakh"))
        self.form_labels[2].setText(self.tr("Appellant argued"))
        self.form_labels[3].setText(self.tr("The same, in Russian"))
        self.form_labels[4].setText(self.tr("The same, in Russian"))
        self.form.setItemText(0, self.tr("in writing"))
        self.form.setItemText(1, self.tr("orally"))
        self.motions_label.setText(self.tr("Motions (Methodology, item 22: keep the score, or change it up or down)"))
        self.motions.setHorizontalHeaderLabels([self.tr("Motion"), self.tr("New score"), self.tr("Reasoning"),
                                                self.tr("Reasoning, in Russian")])
        for r in range(self.motions.rowCount()):
            self._retranslate_motion_row(r)
        self.add_motion.setText(self.tr("Add motion"))
        self.remove_motion.setText(self.tr("Remove motion"))
        self.save_button.setText(self.tr("Save arguments and motions"))
        self.votes_label.setText(self.tr("Votes (the appellant and the evaluator of this case do not vote)"))
        self.votes.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Backs")])
        self._fill_votes()

