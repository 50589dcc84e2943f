"""Kept for the calibration screens' imports: the print preview now lives in ui/pdf_print.py."""
from __future__ import annotations

from desktop_app.ui.pdf_print import PdfPages, paint_pdf, preview_pdf

__all__ = ["PdfPages", "paint_pdf", "preview_pdf"]
