"""Printing a PDF on a real printer: QPrintPreviewDialog drawing the PDF's pages through QtPdf.

- Paper size and orientation follow the PDF page by page (A4 portrait sheets, A4 landscape summaries).
- Pages are drawn 1:1 on the whole sheet (full-page mode): the PDF already has its margins, and official
  papers keep their 14 pt type (004 §9.5) instead of being shrunk into the printer's printable area.
- Resolution: the printer's own, at most 300 dpi, when printing; 100 dpi in the on-screen preview, as
  sharp as a screen at 100 % zoom: the preview keeps every page as a 32-bit image in memory (4 MB a page
  at 100 dpi, 9 MB at 150: a quarter of 57 sheets took 500 MB at 150 dpi).
- QPdfDocument.render() gives a transparent image: it is filled white before drawing (TOOLCHAIN.md).
- Many pages take a while: painting reports progress and can be cancelled (ui/progress.py).
- A CUPS printer (Linux, macOS) gets the PDF itself through `lp`, not pictures of its pages: the printer
  receives the text and the embedded fonts (sharper print, and the job stays searchable when the queue
  writes a file); copies, page range and two-sided printing chosen in the dialog go with it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.progress import ProgressSink, run_with_progress
from desktop_app.ui.screen import fit_to_screen

PRINT_DPI_MAX = 300
PREVIEW_DPI = 100


class PdfPages:
    """A PDF held in memory, rendered page by page to white images at a given resolution."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def point_size(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def image(self, page: int, dpi: float) -> QImage:
        size_pt = self.point_size(page)
        size = QSize(max(1, round(size_pt.width() * dpi / 72)), max(1, round(size_pt.height() * dpi / 72)))
        rendered = self.document.render(page, size)
        white = QImage(size, QImage.Format.Format_RGB32)
        white.fill(QColor("white"))
        p = QPainter(white)
        p.drawImage(0, 0, rendered)
        p.end()
        return white


def page_layout(size_pt: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper (a standard size when it is one, e.g. A4) and orientation of a PDF page."""
    w, h = size_pt.width(), size_pt.height()
    portrait = QSizeF(min(w, h), max(w, h))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    return size, orientation


def set_page(printer: QPrinter, pages: PdfPages, page: int) -> None:
    """Paper and orientation of `page` for the printer (called before the page is begun)."""
    if pages.count == 0:
        return
    size, orientation = page_layout(pages.point_size(page))
    layout = printer.pageLayout()
    if layout.pageSize().isEquivalentTo(size) and layout.orientation() == orientation and printer.fullPage():
        return   # unchanged: Qt refuses (with a warning) any layout change while a preview paints
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)


def cups_queue(printer: QPrinter) -> str | None:
    """The CUPS queue a real print goes to, when the PDF can be handed to it as is; None on Windows, for
    print-to-file, or without `lp` (the pages are then painted through Qt)."""
    if sys.platform.startswith("win") or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    name = printer.printerName()
    return name if name and shutil.which("lp") else None


def cups_command(printer: QPrinter, queue: str, pages: int) -> list[str]:
    """`lp` with what the print dialog set: title, copies, page range, two-sided printing."""
    cmd = ["lp", "-d", queue, "-t", printer.docName() or "Bagalau", "-n", str(max(1, printer.copyCount()))]
    first, last = printer.fromPage(), printer.toPage()
    if first > 0:
        cmd += ["-P", f"{first}-{last or pages}"]
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexNone: "one-sided"}.get(printer.duplex())
    if sides:
        cmd += ["-o", f"sides={sides}"]
    return cmd


def send_to_cups(printer: QPrinter, queue: str, pages: PdfPages) -> int:
    """Hand the PDF to CUPS; returns the number of pages sent. A refused job raises OSError."""
    data = bytes(pages._bytes.data())
    done = subprocess.run(cups_command(printer, queue, pages.count), input=data, capture_output=True,
                          timeout=60, check=False)
    if done.returncode != 0:
        raise OSError(done.stderr.decode(errors="replace").strip() or f"lp exited with {done.returncode}")
    return pages.count


def paint_pdf(printer: QPrinter, pages: PdfPages, sink: ProgressSink | None = None) -> int:
    """Draw every page of the PDF on the printer; returns the number of pages drawn.

    With a sink, reports each page and stops when cancelled: a real print job is aborted then.
    A real print on a CUPS queue sends the PDF itself (see cups_queue).
    """
    engine = printer.paintEngine()
    queue = cups_queue(printer)
    if queue and not (engine is not None and engine.type() == QPaintEngine.Type.Picture):
        return send_to_cups(printer, queue, pages)
    set_page(printer, pages, 0)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    engine = painter.paintEngine()
    preview = engine is not None and engine.type() == QPaintEngine.Type.Picture   # the on-screen preview
    dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI_MAX)
    drawn = 0
    try:
        for i in range(pages.count):
            if sink is not None:
                sink.report(i, pages.count, _page_text(i + 1, pages.count))
            if i:
                set_page(printer, pages, i)
                printer.newPage()
            img = pages.image(i, dpi)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            ratio = min(paper.width() / img.width(), paper.height() / img.height())
            painter.drawImage(QRectF(0, 0, img.width() * ratio, img.height() * ratio), img)
            drawn += 1
        if sink is not None:
            sink.report(pages.count, pages.count, "")
    except BaseException:
        if not preview and not printer.abort():   # a cancelled print sends nothing to the printer;
            painter.end()                         # "print to file" cannot abort: remove the file
            if printer.outputFileName():
                Path(printer.outputFileName()).unlink(missing_ok=True)
        raise
    finally:
        if painter.isActive():
            painter.end()
    return drawn


def _page_text(page: int, total: int) -> str:
    return QCoreApplication.translate("Printing", "Page {page} of {total}").format(page=page, total=total)


def paint_with_progress(parent: QWidget | None, printer: QPrinter, pages: PdfPages) -> int | None:
    """paint_pdf with the progress dialog (Cancel stops it); None when cancelled."""
    title = QCoreApplication.translate("Printing", "Preparing the pages")
    try:
        return run_with_progress(parent, title, lambda sink: paint_pdf(printer, pages, sink))
    except OSError as exc:      # the queue refused the job (stopped printer, no such queue…)
        text = QCoreApplication.translate("Printing", "The printer did not accept the document: {error}")
        QMessageBox.warning(parent, title, text.format(error=exc))
        return None


def preview_pdf(parent: QWidget | None, data: bytes, title: str = "") -> QPrintPreviewDialog:
    """A print preview dialog of the PDF; the caller runs exec() (tests just show it)."""
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_page(printer, pages, 0)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("protocolPreview")
    dialog.setWindowTitle(title)
    fit_to_screen(dialog, 900, 1000)
    dialog.paintRequested.connect(lambda pr: paint_with_progress(dialog, pr, pages))
    # The dialog owns neither the printer nor the document: keep both alive as long as it lives
    # (a collected QPrinter crashes the preview when it paints).
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._pages = pages  # type: ignore[attr-defined]
    return dialog
