"""Reading back the PDFs the documents produce: text (pypdf) and the fonts embedded in them."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def pdf_text(data: bytes) -> str:
    """The text of every page, whitespace collapsed (table cells break lines anywhere)."""
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def page_texts(data: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _fonts(data: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, whether its font file is embedded) for every font used on every page."""
    reader = PdfReader(io.BytesIO(data))
    out: list[tuple[str, bool]] = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor.get_object()
                                                      for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out.append((str(font["/BaseFont"]), embedded))
    return out


def embedded_fonts(data: bytes) -> set[str]:
    """Base names of the fonts whose file is embedded (FontFile2 = TrueType), e.g. "LiberationSerif"."""
    return {name.split("+")[-1] for name, embedded in _fonts(data) if embedded}


def non_embedded_fonts(data: bytes) -> set[str]:
    return {name for name, embedded in _fonts(data) if not embedded}
