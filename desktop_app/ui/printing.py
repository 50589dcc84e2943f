"""Every document of the program goes through here: choose the language, then
Print… (print preview on a real printer), Save as PDF…, Open in the PDF viewer, and Save as DOCX… for
the papers that have one (protocol, order, memo).

    present_document(self, self.tr("Bonus scale"), "bonus-scale-v3", lambda lang: render_scale(m, lang))

`render(lang) -> bytes` may be replaced by `steps(lang, sink) -> bytes` for a long document rendered from
plain data: it then runs in a worker thread with progress and Cancel (ui/progress.py).
The print preview itself is in ui/pdf_print.py.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.documents import choose_document_language, save_document, save_pdf
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.pdf_print import PdfPages, preview_pdf
from desktop_app.ui.progress import ProgressSink, run_with_progress

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")

Render = Callable[[str], bytes]                     # lang -> bytes
Steps = Callable[[str, ProgressSink], bytes]        # lang, progress -> bytes (worker thread, plain data)

LANG_SUFFIX = {"kk": "kk", "ru": "ru", "both": "kk-ru"}


# -- the private temp folder for "Open in PDF viewer" -----------------------------------------------
# Evaluation papers carry personal data: the copy handed to the viewer is confidential. It lives in a
# folder only this user can read (mkdtemp: mode 0700) and the folder is removed when the program exits
# (application aboutToQuit, and atexit as a fallback). One folder per program run, created on first use.
_temp: dict[str, Path] = {}


def _remove_temp_folder() -> None:
    folder = _temp.pop("folder", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def private_temp_folder() -> Path:
    """The confidential temp folder of this run (created on first use, removed at exit)."""
    folder = _temp.get("folder")
    if folder is None or not folder.is_dir():
        folder = Path(tempfile.mkdtemp(prefix="bagalau-documents-"))
        _temp["folder"] = folder
        atexit.register(_remove_temp_folder)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_remove_temp_folder)
    return folder


def open_in_viewer(data: bytes, file_name: str) -> Path | None:
    """Write a temp copy of the PDF and open it in the system PDF viewer; returns the copy's path,
    or None when the system has no program for PDF files (the copy is removed then)."""
    name = Path(file_name).name or "document.pdf"
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    path = private_temp_folder() / name
    n = 1
    while path.exists():   # the viewer may still hold the previous copy open
        n += 1
        path = path.with_name(f"{Path(name).stem}-{n}.pdf")
    path.write_bytes(data)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        path.unlink(missing_ok=True)
        return None
    return path


# -- the actions dialog --------------------------------------------------------------------------------
class DocumentActionsDialog(Retranslatable, QDialog):
    """What to do with a rendered document: print, save as PDF, open in the viewer, save as DOCX."""

    def __init__(self, parent: QWidget | None, title: str, file_stem: str, pdf: bytes,
                 docx: Callable[[], bytes] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentActions")
        self.title, self.file_stem, self.pdf, self.docx = title, file_stem, pdf, docx
        self.pages = PdfPages(pdf).count
        self.saved: list[Path] = []
        self.opened: Path | None = None
        self.heading = QLabel()
        self.heading.setObjectName("documentTitle")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.hide()   # shown with the outcome of an action
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        for key, slot in (("print", self.print_document), ("pdf", self.save_pdf),
                          ("open", self.open_viewer), ("docx", self.save_docx)):
            if key == "docx" and docx is None:
                continue
            button = QPushButton()
            button.setObjectName(f"doc_{key}")
            button.setMinimumHeight(34)
            button.clicked.connect(slot)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addWidget(self.status)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(box)
        self.buttons["print"].setDefault(True)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Printing", "Document"))
        self.heading.setText(self.title)
        info = translate("Printing", "{n} page(s). Print it, save it, or open it in the PDF viewer.")
        self.info.setText(info.format(n=self.pages))
        texts = {"print": translate("Printing", "Print…"), "pdf": translate("Printing", "Save as PDF…"),
                 "open": translate("Printing", "Open in PDF viewer"),
                 "docx": translate("Printing", "Save as DOCX (editable)…")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.buttons["open"].setToolTip(
            translate("Printing", "A temporary copy is opened; it is deleted when the program closes."))
        self.close_button.setText(translate("Printing", "Close"))

    # -- actions -----------------------------------------------------------------------------------
    def preview(self) -> QDialog:
        """The print preview dialog (not yet shown): tests drive it, print_document runs it."""
        return preview_pdf(self, self.pdf, self.title)

    def print_document(self) -> None:
        self.preview().exec()

    def save_pdf(self) -> Path | None:
        path = save_pdf(self, f"{self.file_stem}.pdf", lambda: self.pdf, ask_open=False)
        self._saved(path)
        return path

    def save_docx(self) -> Path | None:
        if self.docx is None:
            return None
        path = save_document(self, f"{self.file_stem}.docx", self.docx,
                             translate("Printing", "Word documents (*.docx)"), ".docx", ask_open=False)
        self._saved(path)
        return path

    def open_viewer(self) -> Path | None:
        try:
            self.opened = open_in_viewer(self.pdf, f"{self.file_stem}.pdf")
        except OSError as exc:
            text = translate("Printing", "The temporary copy could not be written: {error}")
            self._status(text.format(error=exc))
            return None
        if self.opened is None:
            self._status(translate("Printing", "No program to view PDF files is set up on this computer: "
                                               "save the PDF and open it from its folder."))
        else:
            self._status(translate("Printing", "Opened in the PDF viewer (a temporary copy)."))
        return self.opened

    def _status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _saved(self, path: Path | None) -> None:
        if path is not None:
            self.saved.append(path)
            self._status(translate("Printing", "Saved to {file}").format(file=path))


def file_stem(suggested_name: str, lang: str | None) -> str:
    """"summary-2026-Q1" + "ru" -> "summary-2026-Q1-ru" (a given .pdf suffix is dropped)."""
    stem = suggested_name[:-4] if suggested_name.lower().endswith(".pdf") else suggested_name
    return f"{stem}-{LANG_SUFFIX.get(lang, lang)}" if lang else stem


def render_document(parent: QWidget | None, title: str, lang: str, render: Render | None = None,
                    steps: Steps | None = None) -> bytes | None:
    """The PDF bytes for `lang`, with progress and Cancel when long; None when cancelled or failed."""
    try:
        if steps is not None:
            return run_with_progress(parent, title, lambda sink: steps(lang, sink), threaded=True)
        assert render is not None
        return run_with_progress(parent, title, lambda _sink: render(lang))
    except BagalauError as exc:
        show_error(parent, exc)
        return None


def present_document(parent: QWidget | None, title: str, suggested_name: str,
                     render: Render | bytes | None = None, *, docx: Render | None = None,
                     steps: Steps | None = None, initial_lang: str | None = None,
                     check: Callable[[str], bool] | None = None) -> DocumentActionsDialog | None:
    """Language choice (unless `render` is already bytes), render, then the actions dialog (modal).

    `check(lang)` runs after the language is chosen; False stops there (e.g. the user declined to print a
    Russian copy that would carry Kazakh-only text).

    Returns the dialog after it closed (tests read .saved / .opened), or None when cancelled.
    """
    lang: str | None = None
    data: bytes | None = render if isinstance(render, bytes) else None
    if data is None:
        lang = choose_document_language(parent, initial_lang)
        if not lang or (check is not None and not check(lang)):
            return None
        data = render_document(parent, title, lang, render if callable(render) else None, steps)
        if data is None:
            return None
    make_docx = (lambda: docx(lang)) if docx is not None and lang else None
    dialog = DocumentActionsDialog(parent, title, file_stem(suggested_name, lang), data, make_docx)
    dialog.exec()
    dialog.deleteLater()
    return dialog
