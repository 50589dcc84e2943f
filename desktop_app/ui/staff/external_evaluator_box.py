"""The evaluator outside corps "B" (the akim, the maslikhat secretary), set once on the organisation card
(unit None) or on a unit, and used by the roster (domain/external_evaluator.py; 001 §16)."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop_app.domain.external_evaluator import ExternalEvaluator
from desktop_app.ui.i18n import Retranslatable

_FIELDS = ("name_kk", "name_ru", "position_kk", "position_ru")


class ExternalEvaluators(Protocol):
    def external_evaluators(self) -> dict[int | None, ExternalEvaluator]: ...

    def set_external_evaluator(self, unit_id: int | None, e: ExternalEvaluator | None) -> None: ...


class ExternalEvaluatorBox(Retranslatable, QGroupBox):
    """Four fields: name and position in Kazakh and Russian. `save()` raises the service's refusal."""

    def __init__(self, service: ExternalEvaluators, unit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalEvaluator")
        self.service = service
        self.unit_id = unit_id
        self.edits = {f: QLineEdit() for f in _FIELDS}
        self.labels = {f: QLabel() for f in _FIELDS}
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.note)
        for f in _FIELDS:
            self.edits[f].setObjectName(f"external_{f}")
            form.addRow(self.labels[f], self.edits[f])
        self.retranslate()
        self.load()

    def load(self) -> None:
        e = self.service.external_evaluators().get(self.unit_id)
        for f, edit in self.edits.items():
            edit.setText(getattr(e, f) if e is not None else "")

    def value(self) -> ExternalEvaluator:
        return ExternalEvaluator(**{f: self.edits[f].text() for f in _FIELDS}, unit_id=self.unit_id)

    def save(self) -> None:
        self.service.set_external_evaluator(self.unit_id, self.value())

    def focus(self) -> None:
        self.edits["name_kk"].setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Evaluator outside corps \"B\""))
        self.note.setText(self.tr("The head of the body who is not a corps \"B\" servant (the akim, the maslikhat "
                                  "secretary) evaluates the positions with no corps \"B\" position above them "
                                  "(Methodology, item 16). Leave empty when there is none."))
        texts = {"name_kk": self.tr("Full name in Kazakh:"), "name_ru": self.tr("Full name in Russian:"),
                 "position_kk": self.tr("Position in Kazakh:"), "position_ru": self.tr("Position in Russian:")}
        for f, text in texts.items():
            self.labels[f].setText(text)
