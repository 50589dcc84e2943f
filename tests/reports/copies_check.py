"""Reading back the language copies of a "both" document: the pages (PDF) or sections (DOCX) of each copy,
and the fixed wording (labels) of a report module, to check that a copy speaks only its own language."""
from __future__ import annotations

import io
import re
from types import ModuleType

from docx import Document
from docx.oxml.ns import qn

from desktop_app.reports.labels import L

_FIELD = re.compile(r"\{[^}]*\}")


def _chunk(text: str) -> str:
    """The longest fixed part of a label (between its {placeholders}), whitespace collapsed."""
    parts = [re.sub(r"\s+", " ", p).strip(" .,:;()–-") for p in _FIELD.split(text)]
    return max(parts, key=len, default="")


def labels(*modules: ModuleType) -> list[L]:
    """Every label (L) a report module defines, in dicts and tuples too."""
    out: list[L] = []

    def visit(value: object) -> None:
        if isinstance(value, L):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                visit(v)
        elif isinstance(value, tuple):
            for v in value:
                visit(v)

    for module in modules:
        for name, value in vars(module).items():
            if name.isupper():
                visit(value)
    return out


def foreign_labels(text: str, lang: str, modules: tuple[ModuleType, ...]) -> list[str]:
    """The labels of the other language found in `text` (a page or section of the copy in `lang`).

    A label counts when its fixed part is at least 6 characters and is not also a part of a label of `lang`
    (e.g. "Балл" / "Баллы")."""
    other = "ru" if lang == "kk" else "kk"
    own = [getattr(label, lang) for label in labels(*modules)]
    found = []
    for label in labels(*modules):
        chunk = _chunk(getattr(label, other))
        if len(chunk) < 6 or chunk == _chunk(getattr(label, lang)) or any(chunk in o for o in own):
            continue
        if chunk in text:
            found.append(chunk)
    return found


def docx_sections(data: bytes) -> list[tuple[str, str, str]]:
    """(body text, header XML, footer XML) of each section of a DOCX, in order."""
    doc = Document(io.BytesIO(data))
    texts: list[str] = []
    current: list[str] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            current.append(" ".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:p"):
            current.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            if child.find(qn("w:pPr")) is not None and child.find(qn("w:pPr")).find(qn("w:sectPr")) is not None:
                texts.append(re.sub(r"\s+", " ", " ".join(current)))
                current = []
    texts.append(re.sub(r"\s+", " ", " ".join(current)))
    sections = doc.sections
    assert len(sections) == len(texts)
    return [(text, s.header._element.xml, s.footer._element.xml) for text, s in zip(texts, sections, strict=True)]


def footer_text(xml: str) -> str:
    """The words of a footer (fields' instructions left out)."""
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
