"""Printing from any page: choose the document language, save the PDF, offer to open it.

Usage from a page (the renderer is a plain function returning bytes, e.g. a reports.* renderer):

    lang = choose_document_language(self)
    if lang:
        save_pdf(self, "summary-2026-Q1.pdf", lambda: render_summary(data, lang))
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import LiveTexts

DOC_LANGS = ("kk", "ru", "both")


def _doc_lang_label(lang: str) -> str:
    return {"kk": QCoreApplication.translate("Documents", "Kazakh"),
            "ru": QCoreApplication.translate("Documents", "Russian"),
            "both": QCoreApplication.translate("Documents", "Kazakh and Russian")}[lang]


class DocumentLanguageDialog(LiveTexts, QDialog):
    """Asks for the language of a document: Kazakh, Russian, or both (Kazakh first)."""

    def __init__(self, parent: QWidget | None = None, initial: str = "kk") -> None:
        super().__init__(parent)
        self.setObjectName("documentLanguageDialog")
        self.live(self.setWindowTitle, lambda: QCoreApplication.translate("Documents", "Document language"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for lang in DOC_LANGS:
            button = QRadioButton()
            self.live(button.setText, partial(_doc_lang_label, lang))
            button.setObjectName(f"doclang_{lang}")
            button.setChecked(lang == initial)
            self.group.addButton(button)
            self.buttons[lang] = button
            layout.addWidget(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def language(self) -> str:
        for lang, button in self.buttons.items():
            if button.isChecked():
                return lang
        return "kk"


# The language chosen for the last document in this run of the program (empty: none yet).
_last_choice: list[str] = []


def choose_document_language(parent: QWidget | None, initial: str | None = None) -> str | None:
    """The chosen document language ("kk", "ru", "both"), or None when cancelled.

    Opens on `initial` when a caller needs one, else on the last choice, else on the interface language:
    it opened on Kazakh on a Russian screen, and nothing requires Kazakh first — the user chooses anyway.
    """
    if initial is None:
        from desktop_app.ui.help.language import interface_language

        initial = _last_choice[0] if _last_choice else interface_language()
    dialog = DocumentLanguageDialog(parent, initial)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    _last_choice[:] = [dialog.language()]
    return dialog.language()


def _default_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def write_document(path: Path, render: Callable[[], bytes]) -> None:
    """Render and write; the file is written whole or not at all."""
    data = render()
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def save_document(parent: QWidget | None, suggested_name: str, render: Callable[[], bytes],
                  file_filter: str, suffix: str, ask_open: bool = True) -> Path | None:
    """Ask where to save, render, write; then offer to open the file. Returns the path or None."""
    start = str(Path(_default_folder()) / suggested_name)
    title = QCoreApplication.translate("Documents", "Save document")
    name, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big quarter takes a moment
    try:
        write_document(path, render)
    except BagalauError as exc:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        text = QCoreApplication.translate("Documents", "The file {file} could not be written: {error}")
        QMessageBox.warning(parent, title, text.format(file=path, error=exc))
        return None
    QApplication.restoreOverrideCursor()
    if ask_open:
        text = QCoreApplication.translate("Documents", "Saved to {file}. Open it now?")
        answer = QMessageBox.question(parent, QCoreApplication.translate("Documents", "Document saved"),
                                      text.format(file=path))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def save_pdf(parent: QWidget | None, suggested_name: str, render: Callable[[], bytes],
             ask_open: bool = True) -> Path | None:
    """Save a PDF rendered by `render()`; see save_document."""
    file_filter = QCoreApplication.translate("Documents", "PDF documents (*.pdf)")
    return save_document(parent, suggested_name, render, file_filter, ".pdf", ask_open)


def save_xlsx(parent: QWidget | None, suggested_name: str, render: Callable[[], bytes],
              ask_open: bool = True) -> Path | None:
    """Save an Excel workbook rendered by `render()`; see save_document."""
    file_filter = QCoreApplication.translate("Documents", "Excel workbooks (*.xlsx)")
    return save_document(parent, suggested_name, render, file_filter, ".xlsx", ask_open)
