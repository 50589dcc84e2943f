"""A tiny document model shared by the PDF and the DOCX of an official paper.

The protocol, the order and the memo are built once as a list of blocks; `blocks_pdf` lays them out with
reportlab and `blocks_docx` with python-docx, so both files say exactly the same thing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from desktop_app.reports.labels import DocLang

Align = Literal["left", "center", "right", "justify"]

# a table of this many rows or fewer (a vote count, the members' votes, a composition) is kept on one page
SMALL_TABLE_ROWS = 12


@dataclass(frozen=True)
class Para:
    """A paragraph: an optional bold lead-in (`label`), then plain `text`."""

    text: str = ""
    label: str = ""
    align: Align = "justify"
    bold: bool = False
    indent: bool = False          # first-line indent, as in the body of an official paper
    space_before: float = 0.0     # points
    caps: bool = False


@dataclass(frozen=True)
class DateNumber:
    """The line under a title: the date on the left, the number on the right."""

    left: str
    right: str


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]     # fractions of the text width
    header: bool = True


@dataclass(frozen=True)
class Signatures:
    """Signature lines: (role or position, name) — a line to sign is drawn between them. `heading` (e.g.
    "Ознакомлены:") is kept on the same page as the lines; `compact` lines sit closer (a list to sign)."""

    rows: tuple[tuple[str, str], ...]
    heading: str = ""
    compact: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Section:
    """Starts a language copy: a new page (unless first), page numbers from 1, in the copy's language.

    A bilingual paper is two papers on one file: each copy is numbered on its own, "1 бет / 2" in the
    Kazakh one and "Стр. 1 из 2" in the Russian one, so the Russian copy never reads "3 бет / 4"."""

    lang: str


@dataclass(frozen=True)
class Approval:
    """The approval stamp at the top right: БЕКІТЕМІН / УТВЕРЖДАЮ, position, name, date line."""

    lines: tuple[str, ...]


Block = Para | DateNumber | Table | Signatures | PageBreak | Section | Approval


def in_languages(body: Callable[[DocLang], list[Block]], lang: DocLang) -> list[Block]:
    """The paper in one language, or for "both" the Kazakh copy and then the Russian one (the state
    language first, 004 §9), each a `Section` with its own page numbers."""
    if lang == "both":
        return [Section("kk"), *body("kk"), Section("ru"), *body("ru")]
    return [Section(lang), *body(lang)]


def heading(org_name: str, title: str) -> list[Block]:
    """The organisation and the paper's title, centred and bold, at the top of an official paper."""
    return [Para(org_name, align="center", bold=True), Para(title, align="center", bold=True, space_before=10)]


def plain_text(blocks: list[Block]) -> str:
    """All the words of the document, one block a line (for tests and search)."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(f"{b.label} {b.text}".strip())
        elif isinstance(b, DateNumber):
            out.append(f"{b.left} {b.right}")
        elif isinstance(b, Table):
            out.extend(" | ".join(r) for r in b.rows)
        elif isinstance(b, Signatures):
            out.extend([b.heading] if b.heading else [])
            out.extend(f"{r} {n}" for r, n in b.rows)
        elif isinstance(b, Approval):
            out.extend(b.lines)
    return "\n".join(out)
