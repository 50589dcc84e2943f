"""Fonts embedded in every PDF; all carry the Kazakh letters ә ғ қ ң ө ұ ү һ і (TOOLCHAIN.md).

- SERIF: Liberation Serif 2.x, metric-compatible with Times New Roman (seed 004 §9.5: protocols in
  Times New Roman 14). It has no ₸ sign: never put ₸ in a serif document.
- SANS: DejaVu Sans, full coverage including ₸, for tables and summaries.
"""
from __future__ import annotations

from functools import lru_cache

from desktop_app.paths import fonts_dir

SERIF = "LiberationSerif"
SANS = "DejaVuSans"

_FILES = {
    SERIF: ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
    SANS: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping  # noqa: F401 - registerFontFamily needs it loaded
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    for family, (regular, bold, italic, bold_italic) in _FILES.items():
        names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
        for name, file in zip(names, (regular, bold, italic, bold_italic), strict=True):
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])


def missing_glyphs(text: str, font: str = SERIF) -> set[str]:
    """Characters of `text` the font cannot draw (reportlab would drop them silently)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font).face
    cmap = face.charToGlyph
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}
