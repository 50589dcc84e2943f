"""The protocol, the order and the memo: text extracted from the PDF in kk and ru, DOCX read back (001 §19, §22,
§23; 004 §9.3–9.5)."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop_app.reports.blocks import plain_text
from desktop_app.reports.calibration_order import render_order_docx, render_order_pdf
from desktop_app.reports.calibration_sample import sample_memo, sample_order, sample_protocol
from desktop_app.reports.feedback_memo import render_memo_pdf
from desktop_app.reports.fonts import missing_glyphs
from desktop_app.reports.protocol_docx import render_protocol_docx
from desktop_app.reports.protocol_pdf import render_protocol_pdf
from desktop_app.reports.protocol_text import protocol_blocks


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_kazakh_protocol_has_the_apparatus_parts_and_the_votes() -> None:
    text = pdf_text(render_protocol_pdf(sample_protocol(), "kk"))
    for part in ("«Қарасу ауданы әкімінің аппараты»", "ХАТТАМА", "№ 1", "2026 жылғы 22 қазан", "Төраға:",
                 "Хатшы:", "Қатысқандар:", "Қатыспағандар:", "КҮН ТӘРТІБІ:", "ТЫҢДАЛДЫ:", "ШЕШІМ ҚАБЫЛДАНДЫ:",
                 "Бағаны 3,50 балға дейін арттыру (бұрын 2,50)", "Сессия мүшесі", "Жұмабеков Е.Қ.",
                 "Әлиева Г.С.", "кері байланыс", "Дауыс беру нәтижелері"):
        assert part in text, part
    assert "(«жақтап» — іс бойынша дауыс беру құқығы бар 4 мүшенің 3)" in text
    assert "ПРОТОКОЛ" not in text


def test_russian_protocol_text() -> None:
    text = pdf_text(render_protocol_pdf(sample_protocol(), "ru"))
    for part in ("ПРОТОКОЛ", "22 октября 2026 года", "Председатель:", "Секретарь:", "Присутствовали:",
                 "Отсутствовали:", "ПОВЕСТКА ДНЯ:", "СЛУШАЛИ:", "РЕШИЛИ:", "Повысить оценку с 2,50 до 3,50",
                 "Оставить оценку оценивающего лица 4,00 без изменения", "(«за» — 3 из 4 членов",
                 "Член сессии", "Алиева Г.С.", "до 27.10.2026", "основание: распоряжение".capitalize()):
        assert part in text, part
    assert "ХАТТАМА" not in text


def test_both_languages_kazakh_first() -> None:
    text = pdf_text(render_protocol_pdf(sample_protocol(), "both"))
    assert text.index("ХАТТАМА") < text.index("ПРОТОКОЛ")


def test_every_letter_is_in_the_serif_face_and_the_fonts_are_embedded(tmp_path: Path) -> None:
    for lang in ("kk", "ru"):
        assert missing_glyphs(plain_text(protocol_blocks(sample_protocol(), lang))) == set()
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(render_protocol_pdf(sample_protocol(), "both"))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert any("LiberationSerif" in line for line in rows)
    assert rows and all(" yes yes yes " in line for line in rows), fonts     # no font left unembedded


@pytest.mark.parametrize("lang, title, chair", [("kk", "ХАТТАМА", "Төраға"), ("ru", "ПРОТОКОЛ", "Председатель")])
def test_docx_opens_in_python_docx_with_times_new_roman_14(lang: str, title: str, chair: str) -> None:
    doc = Document(io.BytesIO(render_protocol_docx(sample_protocol(), lang)))
    texts = [p.text for p in doc.paragraphs]
    assert title in texts
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert chair in cells and any(c.startswith("1) ") for c in cells)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert doc.styles["Normal"].font.size.pt == 14
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r.font.name == "Times New Roman" for r in runs)


def test_order_names_every_member_and_role() -> None:
    text = pdf_text(render_order_pdf(sample_order(), "kk"))
    assert "ӨКІМ" in text and "Калибровкалық сессияның құрамы бекітілсін" in text and "төраға" in text
    ru = pdf_text(render_order_pdf(sample_order(), "ru"))
    assert "РАСПОРЯЖЕНИЕ" in ru and "пунктом 19" in ru and "Ержанов Даулет Султанович" in ru
    doc = Document(io.BytesIO(render_order_docx(sample_order(), "ru")))
    assert "РАСПОРЯЖЕНИЕ" in [p.text for p in doc.paragraphs]


def test_feedback_memo_has_the_three_topics_of_001_23() -> None:
    text = pdf_text(render_memo_pdf(sample_memo(), "ru"))
    for part in ("Обзор достижений", "навыков и компетенций", "карьерных устремлений", "3,50",
                 "первоначальная оценка 2,50"):
        assert part in text, part
    assert "әлеует" in pdf_text(render_memo_pdf(sample_memo(), "kk")).lower()
