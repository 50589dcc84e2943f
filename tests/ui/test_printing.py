"""ui/printing.py and ui/pdf_print.py: the print preview draws the real pages with their paper
size, "Open in PDF viewer" hands over a private temp copy, the actions dialog saves PDF and DOCX."""
from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QWidget
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop_app.ui import printing
from desktop_app.ui.pdf_print import PdfPages, paint_pdf, preview_pdf
from desktop_app.ui.progress import Cancelled, ProgressSink


def three_pages() -> bytes:
    """A4 portrait, A4 landscape (a summary), A4 portrait; each page says its number."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for n, size in enumerate((A4, landscape(A4), A4), start=1):
        c.setPageSize(size)
        c.setFont("Helvetica", 40)
        c.drawString(100, 300, f"PAGE {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_draws_every_page_with_its_own_paper(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert paint_pdf(pdf_printer(out), PdfPages(three_pages())) == 3
    pages = PdfReader(out).pages
    assert len(pages) == 3
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes == [(595, 842), (842, 595), (595, 842)]        # A4, A4 landscape, A4


def test_cancelled_print_to_file_leaves_no_file(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    sink = ProgressSink()
    seen: list[int] = []

    def click_cancel_on_page_two(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done == 1:
            sink.cancel()

    sink.reported.connect(click_cancel_on_page_two)
    with pytest.raises(Cancelled):
        paint_pdf(pdf_printer(out), PdfPages(three_pages()), sink)
    assert seen == [0, 1] and not out.exists()


def test_preview_shows_the_real_pages(qtbot) -> None:
    dialog = preview_pdf(None, three_pages(), "Three pages")
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    dialog.show()                                  # shown, never exec(): the test cannot hang on it
    qtbot.waitUntil(lambda: widget.pageCount() == 3)
    assert dialog.windowTitle() == "Three pages"


def test_pdf_pages_are_white_not_transparent(qtbot) -> None:
    pages = PdfPages(three_pages())
    img = pages.image(1, 20)
    assert (img.width(), img.height()) == (round(842 * 20 / 72), round(595 * 20 / 72))   # landscape page
    assert img.pixelColor(1, 1).name() == "#ffffff"


def test_open_in_viewer_hands_a_private_temp_pdf_and_removes_it_at_exit(qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = printing.DocumentActionsDialog(None, "Summary", "summary-2026-Q3-ru", three_pages())
    qtbot.addWidget(dialog)
    assert dialog.pages == 3 and "docx" not in dialog.buttons
    dialog.buttons["open"].click()
    dialog.buttons["open"].click()                 # a second copy: the viewer may hold the first open
    paths = [Path(url.toLocalFile()) for url in opened]
    assert [p.name for p in paths] == ["summary-2026-Q3-ru.pdf", "summary-2026-Q3-ru-2.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)
    folder = paths[0].parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700         # confidential: only this user
    printing._remove_temp_folder()                 # what aboutToQuit / atexit run
    assert not folder.exists()


def test_present_document_asks_the_language_then_saves_pdf_and_docx(qtbot, monkeypatch, tmp_path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(printing, "choose_document_language", lambda parent, initial: "ru")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _p, _t, start, _f: asked.append(start) or (start, "")))
    monkeypatch.setattr("desktop_app.ui.documents._default_folder", lambda: str(tmp_path))

    def press_save_buttons(dialog: printing.DocumentActionsDialog) -> int:
        dialog.save_pdf()
        dialog.save_docx()
        return 0

    monkeypatch.setattr(printing.DocumentActionsDialog, "exec", press_save_buttons)
    rendered: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = printing.present_document(parent, "Protocol No. 4", "protocol-4",
                                       lambda lang: rendered.append(lang) or three_pages(),
                                       docx=lambda lang: f"DOCX {lang}".encode())
    assert dialog is not None and rendered == ["ru"]
    assert [Path(a).name for a in asked] == ["protocol-4-ru.pdf", "protocol-4-ru.docx"]
    assert len(PdfReader(tmp_path / "protocol-4-ru.pdf").pages) == 3
    assert (tmp_path / "protocol-4-ru.docx").read_bytes() == b"DOCX ru"
    assert "protocol-4-ru.docx" in dialog.status.text()


def test_present_document_cancelled_language_renders_nothing(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(printing, "choose_document_language", lambda parent, initial: None)
    rendered: list[str] = []
    assert printing.present_document(None, "T", "t", lambda lang: rendered.append(lang) or b"") is None
    assert rendered == []


def test_actions_dialog_speaks_the_interface_language(qtbot, languages) -> None:
    dialog = printing.DocumentActionsDialog(None, "Протокол № 4", "protocol-4", three_pages(), lambda: b"")
    qtbot.addWidget(dialog)
    assert dialog.buttons["print"].text() == "Печать…"
    assert dialog.buttons["docx"].text() == "Сохранить в DOCX (для правки)…"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: dialog.buttons["open"].text() == "PDF қарау бағдарламасында ашу")


def test_without_a_pdf_viewer_the_user_is_told_and_no_copy_stays(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = printing.DocumentActionsDialog(None, "Summary", "summary", three_pages())
    qtbot.addWidget(dialog)
    dialog.buttons["open"].click()
    assert dialog.opened is None and "save the PDF" in dialog.status.text()
    assert list(printing.private_temp_folder().glob("*.pdf")) == []
    printing._remove_temp_folder()
