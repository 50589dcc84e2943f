"""The papers of a session from the window: choose the language, then preview and print, or save as PDF
or as an editable DOCX (protocol 001 §22, order 001 §19, feedback memo 001 §23)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.calibration.print_preview import preview_pdf
from desktop_app.ui.documents import choose_document_language, save_document, save_pdf
from desktop_app.ui.errors import show_error

Render = Callable[[str, str], bytes]   # (lang, "pdf"|"docx") -> bytes


class PapersActions:
    """Shared by the appeals page and the session editor."""

    def __init__(self, service: CalibrationService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent

    def protocol(self, session_id: int) -> None:
        number = self.service.session(session_id).number
        title = QCoreApplication.translate("CalibrationPapers", "Protocol No. {n}").format(n=number)
        self._offer(title, f"protocol-{number}",
                    lambda lang, fmt: self.service.papers.protocol(session_id, lang, fmt))  # type: ignore[arg-type]

    def order(self, session_id: int) -> None:
        number = self.service.session(session_id).number
        title = QCoreApplication.translate("CalibrationPapers", "Order on calibration session No. {n}").format(n=number)
        self._offer(title, f"order-session-{number}",
                    lambda lang, fmt: self.service.papers.order(session_id, lang, fmt))  # type: ignore[arg-type]

    def memo(self, appeal_id: int) -> None:
        self._offer(QCoreApplication.translate("CalibrationPapers", "Feedback meeting memo"), f"feedback-{appeal_id}",
                    lambda lang, fmt: self.service.papers.memo(appeal_id, lang, fmt))  # type: ignore[arg-type]

    def _offer(self, title: str, stem: str, render: Render) -> None:
        lang = choose_document_language(self.parent)
        if not lang:
            return
        box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate("CalibrationPapers", "Print it, or save it as a file?"),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setObjectName("papersChoice")
        preview = box.addButton(QCoreApplication.translate("CalibrationPapers", "Print preview…"), QMessageBox.ButtonRole.AcceptRole)
        pdf = box.addButton(QCoreApplication.translate("CalibrationPapers", "Save PDF…"), QMessageBox.ButtonRole.AcceptRole)
        docx = box.addButton(QCoreApplication.translate("CalibrationPapers", "Save DOCX…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is preview:
            self.print_preview(title, lambda: render(lang, "pdf"))
        elif clicked is pdf:
            save_pdf(self.parent, f"{stem}-{lang}.pdf", lambda: render(lang, "pdf"))
        elif clicked is docx:
            save_document(self.parent, f"{stem}-{lang}.docx", lambda: render(lang, "docx"),
                          QCoreApplication.translate("CalibrationPapers", "Word documents (*.docx)"), ".docx")

    def print_preview(self, title: str, render: Callable[[], bytes]) -> None:
        try:
            data = render()
        except BagalauError as exc:
            show_error(self.parent, exc)
            return
        preview_pdf(self.parent, data, title).exec()
