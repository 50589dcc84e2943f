"""Printing for real: a document goes through the Print button's path (ui/printing.py → ui/pdf_print.py) to
a CUPS queue that writes PDF files (cups-pdf), and the file the queue wrote is read back: page count, text,
Kazakh letters. build/setup.sh test installs cups and printer-driver-cups-pdf; the fixture starts cupsd when
it is not running (and stops only the one it started) and adds the queue."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget

from desktop_app.reports.calibration_sample import sample_protocol
from desktop_app.reports.protocol_pdf import render_protocol_pdf
from desktop_app.ui.printing import DocumentActionsDialog

QUEUE = "BagalauTestPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return done.stdout.strip() == "scheduler is running"


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[Path]:
    """A running cupsd with a cups-pdf queue; yields the folder the queue writes to."""
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    if not (Path(cupsd).exists() and shutil.which("lpadmin") and shutil.which("lpstat") and PPD.exists()):
        pytest.skip("cups or printer-driver-cups-pdf is not installed (bash build/setup.sh test installs them)")
    started: subprocess.Popen | None = None
    if not _scheduler_running():
        started = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if _scheduler_running():
                break
            time.sleep(0.2)
        else:
            started.terminate()
            pytest.skip("cupsd could not start on this machine")
    # pdftocairo turns the PDF into PostScript with its text kept (the default renderer loses the letters)
    subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-P", str(PPD),
                    "-o", "pdftops-renderer-default=pdftocairo"], check=True, capture_output=True)
    out = Path(os.path.expanduser("~")) / "PDF"     # cups-pdf.conf: Out ${HOME}/PDF
    try:
        yield out
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True, check=False)
        if started is not None:
            started.terminate()
            started.wait(timeout=20)


def _wait_for_new_pdf(folder: Path, before: set[Path], timeout: float = 60) -> Path:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        new = set(folder.glob("*.pdf")) - before if folder.is_dir() else set()
        for p in new:
            if p.stat().st_size > 0 and time.time() - p.stat().st_mtime > 0.5:
                return p
        time.sleep(0.3)
    raise AssertionError(f"the queue wrote no PDF into {folder} within {timeout} s")


def test_the_print_button_path_prints_the_protocol_on_a_cups_queue(qtbot, cups_queue: Path) -> None:
    pdf = render_protocol_pdf(sample_protocol(), "both")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    dialog = DocumentActionsDialog(None, "Хаттама № 1", "protocol-1-kk-ru", pdf)
    qtbot.addWidget(dialog)
    preview = dialog.preview()                      # what "Print…" opens
    qtbot.addWidget(preview)
    preview._printer.setPrinterName(QUEUE)          # the user picks the queue in the dialog
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()                          # the on-screen preview paints pictures of the pages
    before = set(cups_queue.glob("*.pdf")) if cups_queue.is_dir() else set()
    widget.print_()                                 # the dialog's Print button
    printed = _wait_for_new_pdf(cups_queue, before)
    try:
        reader = PdfReader(printed)
        assert len(reader.pages) == pages
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
        # The queue's PostScript step (pdftocairo) keeps the text, except the first lines in bold, which it
        # redraws as pictures of letters: the body is checked, in both language copies.
        assert "Отырысқа калибрлеу сессиясының 5 мүшесінің 4-і қатысты; кворум бар." in text
        assert "Жауапты: Төлеуов Қ.Ә., мерзімі — 2026 жылғы 30 қазанға дейін" in text
        assert "Ответственный: Тулеуов К.А., срок — до 30.10.2026" in text
        assert set("әғқңөұүі") <= set(text.lower())                 # the Kazakh letters reached the paper
        assert "1 бет / " in text and "Стр. 1 из" in text           # each copy numbered in its language
    finally:
        printed.unlink(missing_ok=True)
