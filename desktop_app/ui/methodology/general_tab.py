"""Names, approving act, effective date, score model, base points, rounding and deadlines (001 §4, §10,
§19, §20, §22) of a methodology version."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.model import SCORE_MODELS, Deadlines, Methodology
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.widgets import dec, dspin, form_row, set_dec

DEADLINE_FIELDS = ("quarter_day", "annual_month", "annual_day", "appeal_wd", "decision_wd", "session_wd",
                   "protocol_wd", "dismissed_notice_months")


def _qd(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pd(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(name: str) -> QDateEdit:
    e = QDateEdit()
    e.setObjectName(name)
    e.setCalendarPopup(True)
    e.setDisplayFormat("dd.MM.yyyy")
    return e


class GeneralTab(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_kk = QLineEdit()
        self.name_kk.setObjectName("nameKk")
        self.name_ru = QLineEdit()
        self.name_ru.setObjectName("nameRu")
        self.act_number = QLineEdit()
        self.act_number.setObjectName("actNumber")
        self.has_act_date = QCheckBox()
        self.act_date = _date_edit("actDate")
        self.effective_from = _date_edit("effectiveFrom")
        self.score_model = QComboBox()
        self.score_model.setObjectName("scoreModel")
        self.base_points = dspin(0, 10000, 2, "basePoints")
        self.rounding = QSpinBox()
        self.rounding.setObjectName("roundingPlaces")
        self.rounding.setRange(0, 4)
        self.deadlines: dict[str, QSpinBox] = {}
        for name in DEADLINE_FIELDS:
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(1, 12 if "month" in name else 31)
            self.deadlines[name] = box
        form = QFormLayout()
        act_row = QHBoxLayout()
        act_row.addWidget(self.act_number)
        act_row.addWidget(self.has_act_date)
        act_row.addWidget(self.act_date)
        self.labels = [form_row(form, w) for w in (self.name_kk, self.name_ru)]
        self.labels.append(form_row(form, act_row))
        self.labels += [form_row(form, w) for w in (self.effective_from, self.score_model, self.base_points,
                                                     self.rounding)]
        self.deadline_box = QGroupBox()
        dform = QFormLayout(self.deadline_box)
        self.deadline_labels = [form_row(dform, self.deadlines[n]) for n in DEADLINE_FIELDS]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.deadline_box)
        layout.addStretch(1)
        self.score_model.currentIndexChanged.connect(self._model_changed)
        self.has_act_date.toggled.connect(self.act_date.setEnabled)
        self.retranslate()

    def _model_changed(self) -> None:
        self.base_points.setEnabled(self.score_model.currentIndex() == 1)

    def load(self, m: Methodology) -> None:
        self.name_kk.setText(m.name_kk)
        self.name_ru.setText(m.name_ru)
        self.act_number.setText(m.act_number)
        self.has_act_date.setChecked(m.act_date is not None)
        self.act_date.setEnabled(m.act_date is not None)
        self.act_date.setDate(_qd(m.act_date or m.effective_from))
        self.effective_from.setDate(_qd(m.effective_from))
        self.score_model.setCurrentIndex(SCORE_MODELS.index(m.score_model))
        set_dec(self.base_points, m.base_points)
        self._model_changed()
        self.rounding.setValue(m.rounding_places)
        for name, box in self.deadlines.items():
            box.setValue(getattr(m.deadlines, name))

    def apply(self, m: Methodology) -> Methodology:
        points = self.score_model.currentIndex() == 1
        return replace(
            m, name_kk=self.name_kk.text().strip(), name_ru=self.name_ru.text().strip(),
            act_number=self.act_number.text().strip(),
            act_date=_pd(self.act_date.date()) if self.has_act_date.isChecked() else None,
            effective_from=_pd(self.effective_from.date()), score_model=SCORE_MODELS[self.score_model.currentIndex()],
            base_points=dec(self.base_points) if points else None, rounding_places=self.rounding.value(),
            deadlines=Deadlines(**{n: b.value() for n, b in self.deadlines.items()}))

    def retranslate(self) -> None:
        texts = (self.tr("Name (Kazakh)"), self.tr("Name (Russian)"), self.tr("Approving act: number, date"),
                 self.tr("In force from"), self.tr("Score model"), self.tr("Base points"),
                 self.tr("Decimals of a rounded score"))
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.has_act_date.setText(self.tr("dated"))
        idx = self.score_model.currentIndex()
        self.score_model.blockSignals(True)
        self.score_model.clear()
        self.score_model.addItems([self.tr("Score 0–5 given by the evaluator (Methodology, item 17)"),
                                   self.tr("Points: base + bonus − penalty (2017)")])
        self.score_model.setCurrentIndex(max(idx, 0))
        self.score_model.blockSignals(False)
        self.rounding.setToolTip(self.tr("A mean is rounded half up: with 2 decimals 3.995 becomes 4.00."))
        self.deadline_box.setTitle(self.tr("Deadlines"))
        dtexts = (self.tr("Quarter evaluation: day of the next month (Methodology, item 4)"),
                  self.tr("Annual result: month of the next year (Methodology, item 4)"),
                  self.tr("Annual result: day (Methodology, item 4)"),
                  self.tr("Appeal: working days after the result (Methodology, item 10)"),
                  self.tr("Decision on a session: working days (Methodology, item 19)"),
                  self.tr("Session held within: working days (Methodology, item 20)"),
                  self.tr("Protocol posted within: working days (Methodology, item 22)"),
                  self.tr("Dismissed staff told within: months (Methodology, item 9)"))
        for label, text in zip(self.deadline_labels, dtexts, strict=False):
            label.setText(text)
