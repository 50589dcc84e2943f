"""The papers of a session from the window: choose the language, then preview and print, or save as PDF
or as an editable DOCX (protocol 001 §22, order 001 §19, feedback memo 001 §23)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.calibration.act_words import act_words
from desktop_app.ui.errors import show_error
from desktop_app.ui.pdf_print import preview_pdf
from desktop_app.ui.printing import present_document

Render = Callable[[str, str], bytes]   # (lang, "pdf"|"docx") -> bytes
translate = QCoreApplication.translate


def _field_names() -> dict[str, str]:
    """What calibration_data.missing_russian reports, in the interface language."""
    return {
        "position": translate("CalibrationPapers", "positions of the people named (no Russian title in the staff list)"),
        "place": translate("CalibrationPapers", "the place"),
        "evaluator_argument": translate("CalibrationPapers", "the evaluator's argument"),
        "appellant_argument": translate("CalibrationPapers", "the appellant's argument"),
        "reasoning": translate("CalibrationPapers", "the reasoning of a motion"),
        "achievements": translate("CalibrationPapers", "achievements"),
        "skills": translate("CalibrationPapers", "skills and competences"),
        "potential": translate("CalibrationPapers", "potential and career aspirations")}


def confirm_russian_copy(parent: QWidget, missing: list[str]) -> bool:
    """Warn that the Russian copy would carry Kazakh-only text; True = print it anyway."""
    if not missing:
        return True
    names = _field_names()
    text = translate("CalibrationPapers", "The Russian copy will show text typed only in Kazakh: {fields}. "
                                          "Type the Russian text in the session, case or meeting first, or "
                                          "print it as it is?").format(fields=", ".join(names.get(k, k) for k in missing))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("CalibrationPapers", "Kazakh text in the Russian copy"),
                      text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("kazakhOnlyWarning")
    box.button(QMessageBox.StandardButton.Yes).setText(translate("CalibrationPapers", "Print as it is"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class PapersActions:
    """Shared by the appeals page and the session editor."""

    def __init__(self, service: CalibrationService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent

    def protocol(self, session_id: int) -> None:
        number = self.service.session(session_id).number
        title = QCoreApplication.translate("CalibrationPapers", "Protocol No. {n}").format(n=number)
        self._offer(title, f"protocol-{number}",
                    lambda lang, fmt: self.service.papers.protocol(session_id, lang, fmt),  # type: ignore[arg-type]
                    ("protocol", session_id))

    def order(self, session_id: int) -> None:
        number = self.service.session(session_id).number
        title = act_words(self.service.order_act())["title"].format(n=number)
        self._offer(title, f"order-session-{number}",
                    lambda lang, fmt: self.service.papers.order(session_id, lang, fmt),  # type: ignore[arg-type]
                    ("order", session_id))

    def memo(self, appeal_id: int) -> None:
        self._offer(QCoreApplication.translate("CalibrationPapers", "Feedback meeting memo"), f"feedback-{appeal_id}",
                    lambda lang, fmt: self.service.papers.memo(appeal_id, lang, fmt),  # type: ignore[arg-type]
                    ("memo", appeal_id))

    def _offer(self, title: str, stem: str, render: Render, paper: tuple[str, int]) -> None:
        # one flow for every document (ui/printing.py) — print preview, PDF, viewer, and DOCX
        present_document(self.parent, title, stem, lambda lang: render(lang, "pdf"),
                         docx=lambda lang: render(lang, "docx"), check=lambda lang: self._check(lang, *paper))

    def _check(self, lang: str, kind: str, ref: int) -> bool:
        """A Russian or bilingual copy: warn first when some of its text was typed in Kazakh only."""
        if lang not in ("ru", "both"):
            return True
        try:
            missing = self.service.papers.kazakh_only(kind, ref)
        except BagalauError as exc:
            show_error(self.parent, exc)
            return False
        return confirm_russian_copy(self.parent, missing)

    def print_preview(self, title: str, render: Callable[[], bytes]) -> None:
        try:
            data = render()
        except BagalauError as exc:
            show_error(self.parent, exc)
            return
        preview_pdf(self.parent, data, title).exec()
