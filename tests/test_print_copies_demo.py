"""The bilingual sheets, summary, annual summary, scale and audit extract of the demo office, as `bagalau print all` makes
them: a Kazakh copy and a Russian copy, each numbered from 1 in its own language and speaking only it, in the
PDF and in the DOCX (whose footers carry the audit head of the office, as the PDF's do)."""
from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.reports import (
    annual_pdf,
    audit_pdf,
    evaluation_parts,
    scale_pdf,
    sheet_pdf,
    summary_pdf,
)
from tests.reports.copies_check import docx_sections, footer_text, foreign_labels
from tests.reports.pdf_check import page_texts

MODULES = {"sheets": (sheet_pdf, evaluation_parts), "summary": (summary_pdf, evaluation_parts),
           "annual": (annual_pdf, summary_pdf, evaluation_parts), "scale": (scale_pdf,),
           # not audit_words: the demo's changes quote values typed in Russian ("место проведения (на
           # русском) → Зал заседаний акимата"), which the Kazakh copy rightly prints as they were stored
           "audit-extract": (audit_pdf,)}
#: Papers without a running page head (the audit extract says "confidential" once, above its title).
NO_PAGE_HEAD = ("scale", "audit-extract")
KK_PAGE = re.compile(r"(\d+) бет / (\d+)")
RU_PAGE = re.compile(r"Стр\. (\d+) из (\d+)")
AUDIT = {"kk": re.compile(r"Өзгерістер журналы: № \d+ · [0-9A-F]{4}-[0-9A-F]{4}"),
         "ru": re.compile(r"Журнал изменений: № \d+ · [0-9A-F]{4}-[0-9A-F]{4}")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from desktop_app.cli.evaluation_printables import documents_module
    from desktop_app.cli.print_all import find_case, makers
    from desktop_app.demo import write_demo
    from desktop_app.reports.summary_xlsx import summary_xlsx
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store
    from tests.sealing import office_key

    db = Path(tmp_path_factory.mktemp("copies")) / "demo.sqlite"
    write_demo(db, today=date(2026, 12, 3))
    store = open_store(db, office_key())
    services = build_services(store)
    try:
        case = find_case(services)
        make = makers(services, case)
        out: dict[str, Any] = {}
        for name in MODULES:
            maker = make[name]
            assert maker is not None, name
            out[name] = {(lang, fmt): maker(lang, fmt)        # type: ignore[arg-type]
                         for lang in ("kk", "ru", "both") for fmt in ("pdf", "docx")}
        assert case.quarter is not None
        summary = documents_module().summary(services, *case.quarter)
        out["summary_data"] = summary
        out["summary_xlsx"] = summary_xlsx(summary, "both")
    finally:
        services.close()
        store.close()
    return out


def _copies(pages: list[str]) -> list[tuple[str, list[str]]]:
    """The pages cut into copies by their footers: (language, pages), a new copy wherever "1" starts."""
    copies: list[tuple[str, list[str]]] = []
    for page in pages:
        kk, ru = KK_PAGE.search(page), RU_PAGE.search(page)
        assert bool(kk) != bool(ru), page[-120:]
        lang, number = ("kk", kk) if kk else ("ru", ru)
        assert number is not None
        if int(number.group(1)) == 1:
            copies.append((lang, []))
        assert copies and copies[-1][0] == lang
        copies[-1][1].append(page)
    return copies


@pytest.mark.parametrize("name", list(MODULES))
def test_each_copy_of_both_is_numbered_from_one_in_its_own_language(demo: dict[str, Any], name: str) -> None:
    files = demo[name]
    kk, ru, both = (page_texts(files[(lang, "pdf")]) for lang in ("kk", "ru", "both"))
    assert len(both) == len(kk) + len(ru)
    copies = _copies(both)
    # the Kazakh copy first, then the Russian one (the sheets: so for each evaluee)
    assert [lang for lang, _pages in copies] == ["kk", "ru"] * (len(copies) // 2)
    assert sum(len(p) for lang, p in copies if lang == "kk") == len(kk)
    if name != "sheets":
        assert len(copies) == 2 and [len(p) for _lang, p in copies] == [len(kk), len(ru)]
    for lang, pages in copies:
        pattern = KK_PAGE if lang == "kk" else RU_PAGE
        for i, page in enumerate(pages, 1):
            found = pattern.search(page)
            assert found is not None and (int(found.group(1)), int(found.group(2))) == (i, len(pages))
            assert AUDIT[lang].search(page) and not AUDIT["ru" if lang == "kk" else "kk"].search(page)
            assert foreign_labels(page, lang, MODULES[name]) == [], (name, lang, i)


def test_a_reason_is_printed_in_each_copy_in_its_language_only(demo: dict[str, Any]) -> None:
    notes = [row.note for unit in demo["summary_data"].units for row in unit.rows if row.note.kk]
    assert notes, "the demo quarter has evaluees with a reason (not evaluated, without participation)"
    copies = _copies(page_texts(demo["summary"][("both", "pdf")]))
    kk = " ".join(copies[0][1])
    ru = " ".join(copies[1][1])
    for note in notes:
        assert note.ru not in kk and note.kk not in ru
    # the workbook: a Kazakh and a Russian worksheet, each reason once per row that has it, in that language
    kk_ws, ru_ws = load_workbook(io.BytesIO(demo["summary_xlsx"])).worksheets
    for ws, lang in ((kk_ws, "kk"), (ru_ws, "ru")):
        cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        for note in set(notes):
            own, other = getattr(note, lang), getattr(note, "ru" if lang == "kk" else "kk")
            assert cells.count(own) == notes.count(note), (lang, own)
            assert not any(other in c for c in cells) or other in own


@pytest.mark.parametrize("name", list(MODULES))
def test_docx_of_both_has_each_copy_as_a_section_with_its_own_footer(demo: dict[str, Any], name: str) -> None:
    copies = _copies(page_texts(demo[name][("both", "pdf")]))
    sections = docx_sections(demo[name][("both", "docx")])
    assert len(sections) == len(copies)
    for (lang, pages), (text, header, footer) in zip(copies, sections, strict=True):
        words = footer_text(footer)
        if lang == "kk":
            assert "бет /" in words and "Стр." not in words
        else:
            assert "Стр." in words and "бет" not in words
        assert AUDIT[lang].search(words), words
        assert f"<w:t>{len(pages)}</w:t>" in footer        # the copy's page count, as its PDF has it
        if name not in NO_PAGE_HEAD:
            assert ("Құпия" in header) == (lang == "kk") and ("Конфиденциально" in header) == (lang == "ru")
        assert foreign_labels(text, lang, MODULES[name]) == [], (name, lang)
    for lang in ("kk", "ru"):       # a one-language DOCX: the audit head too, in its language
        (_text, _header, footer), *_rest = docx_sections(demo[name][(lang, "docx")])
        assert AUDIT[lang].search(footer_text(footer))
