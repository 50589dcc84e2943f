"""Print preview of a PDF on a real printer: QPrintPreviewDialog drawing the pages through QtPdf.

QPdfDocument.render() gives a transparent image: it is filled white before drawing (TOOLCHAIN.md).
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


class PdfPages:
    """A PDF held in memory, rendered page by page to images at a given resolution."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def image(self, page: int, dpi: float) -> QImage:
        size_pt = self.document.pagePointSize(page)
        size = QSize(max(1, int(size_pt.width() * dpi / 72)), max(1, int(size_pt.height() * dpi / 72)))
        rendered = self.document.render(page, size)
        white = QImage(size, QImage.Format.Format_RGB32)
        white.fill(QColor("white"))
        p = QPainter(white)
        p.drawImage(0, 0, rendered)
        p.end()
        return white


def paint_pdf(printer: QPrinter, pages: PdfPages) -> None:
    """Draw every page of the PDF on the printer, scaled to the printable page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    dpi = min(printer.resolution(), 300)
    for i in range(pages.count):
        if i:
            printer.newPage()
        img = pages.image(i, dpi)
        target = painter.viewport()
        ratio = min(target.width() / img.width(), target.height() / img.height())
        painter.drawImage(QRect(0, 0, int(img.width() * ratio), int(img.height() * ratio)), img)
    painter.end()


def preview_pdf(parent: QWidget | None, data: bytes, title: str = "") -> QPrintPreviewDialog:
    """A print preview dialog of the PDF; the caller runs exec() (tests just build it)."""
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("protocolPreview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda pr: paint_pdf(pr, pages))
    # The dialog does not own the printer or the document: keep both alive as long as it lives
    # (a collected QPrinter crashes the preview when it paints).
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._pages = pages  # type: ignore[attr-defined]
    return dialog
