"""The papers of a session from the window: choose the language, then preview and print, or save as PDF
or as an editable DOCX (protocol 001 §22, order 001 §19, feedback memo 001 §23)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.services.calibration import CalibrationService
from desktop_app.ui.errors import show_error
from desktop_app.ui.pdf_print import preview_pdf
from desktop_app.ui.printing import present_document

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
        # issue 7: one flow for every document (ui/printing.py) — print preview, PDF, viewer, and DOCX
        present_document(self.parent, title, stem, lambda lang: render(lang, "pdf"),
                         docx=lambda lang: render(lang, "docx"))

    def print_preview(self, title: str, render: Callable[[], bytes]) -> None:
        try:
            data = render()
        except BagalauError as exc:
            show_error(self.parent, exc)
            return
        preview_pdf(self.parent, data, title).exec()
