"""Wording of the calibration papers a reader checks before signing (QA-1 A9, A11, A13, A4): the speakers'
own words in «…» with the sentence closed, the order's singular for one appeal, scores with «балла», and no
table leaving its heading or a single row on another page. Text is read from the real PDF and DOCX."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document
from pypdf import PdfReader

from desktop_app.reports.blocks import Para, Section, Table
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_order import render_order_docx, render_order_pdf
from desktop_app.reports.calibration_sample import sample_memo, sample_order, sample_protocol
from desktop_app.reports.feedback_memo import render_memo_docx, render_memo_pdf
from desktop_app.reports.protocol_docx import render_protocol_docx
from desktop_app.reports.protocol_pdf import render_protocol_pdf
from desktop_app.reports.protocol_text import quoted


def pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pages(data))


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    return " ".join(" ".join(p.text for p in doc.paragraphs).split())


def test_protocol_quotes_what_each_speaker_said_and_ends_the_sentence() -> None:
    ru = pdf_text(render_protocol_pdf(sample_protocol(), "ru"))
    assert ("аргументировал свою оценку (2,50 балла): «За квартал два поручения исполнены с опозданием, отчёты "
            "возвращались на доработку».") in ru
    assert "изложила своё несогласие с оценкой: «Опоздание возникло после продления срока поручения; все отчёты " \
           "сданы вовремя»." in ru
    assert "Довод: «Продление срока подтверждено документом»." in ru
    assert "балла. За квартал" not in ru          # the old glued form
    kk = pdf_text(render_protocol_pdf(sample_protocol(), "kk"))
    assert "қойған бағасын (2,50 балл) негіздеді: «Тоқсан ішінде екі тапсырма мерзімінен кеш орындалды, есептер " \
           "қайта өңдеуге қайтарылды»." in kk
    assert "Дәлелі: «" in kk
    docx = docx_text(render_protocol_docx(sample_protocol(), "ru"))
    assert "Довод: «Продление срока подтверждено документом»." in docx


def test_an_argument_left_empty_still_closes_the_sentence() -> None:
    data = sample_protocol()
    bare = replace(data, cases=(replace(data.cases[0], evaluator_argument="", evaluator_argument_ru=""),
                                *data.cases[1:]))
    ru = pdf_text(render_protocol_pdf(bare, "ru"))
    assert "аргументировал свою оценку (2,50 балла). Омарова" in ru


def test_quotes_inside_a_quote_become_lower_ones_and_a_typed_full_stop_moves_out() -> None:
    assert quoted("Отчёт «Бюджет» сдан.") == "«Отчёт „Бюджет“ сдан»."
    assert quoted("  ") == ""
    assert quoted("Так ли?") == "«Так ли?»."


@pytest.mark.parametrize("render, read", [(render_order_pdf, pdf_text), (render_order_docx, docx_text)])
def test_order_agrees_with_the_number_of_appeals(render, read) -> None:
    two = sample_order()
    one = replace(two, appellants=two.appellants[:1], filed_on=two.filed_on[:1])
    ru_one, ru_two = read(render(one, "ru")), read(render(two, "ru"))
    assert "на основании обращения о несогласии" in ru_one and "обращений" not in ru_one
    assert "на основании обращений о несогласии" in ru_two
    kk_one, kk_two = read(render(one, "kk")), read(render(two, "kk"))
    assert "келіспеу туралы өтініш (" in kk_one and "өтініштер" not in kk_one
    assert "келіспеу туралы өтініштер (" in kk_two


def test_memo_writes_both_scores_with_their_unit() -> None:
    ru = pdf_text(render_memo_pdf(sample_memo(), "ru"))
    assert "3,50 балла (первоначальная оценка — 2,50 балла)" in ru
    kk = pdf_text(render_memo_pdf(sample_memo(), "kk"))
    assert "3,50 балл (бастапқы баға — 2,50 балл)" in kk
    assert "3,50 балла (первоначальная оценка — 2,50 балла)" in docx_text(render_memo_docx(sample_memo(), "ru"))


def _paper(filler: int, rows: int) -> BlockPaper:
    body = [Para(f"Строка заполнения {i}.") for i in range(filler)]
    table = Table((("Член", "Голос"), *((f"Ряд{i:02d}", "за") for i in range(rows))), (0.5, 0.5))
    return BlockPaper("t", [Section("ru"), *body, Para("ГОЛОСОВАЛИ:", bold=True, align="left"), table,
                            Para("Конец.")])


@pytest.mark.parametrize("filler", range(28, 44))
def test_a_small_table_stays_on_one_page_with_its_heading(filler: int) -> None:
    text = pages(BlocksPdf("ru").render(_paper(filler, 6)))
    where = {i for i, page in enumerate(text) for r in ("ГОЛОСОВАЛИ:", "Ряд00", "Ряд05") if r in page}
    assert len(where) == 1, text


@pytest.mark.parametrize("filler", range(0, 40, 3))
def test_a_long_table_never_leaves_a_single_row_or_a_bare_header_on_a_page(filler: int) -> None:
    text = pages(BlocksPdf("ru").render(_paper(filler, 40)))
    for page in text:
        body = page.count("Ряд")
        if "Голос" in page:        # the header (repeated on every page of the table) …
            assert body >= 2, text  # … always with at least two rows under it
        assert body != 1, text


def test_docx_tables_repeat_the_header_and_do_not_split_rows() -> None:
    data = render_docx("t", _paper(5, 6).blocks, "ru")
    doc = Document(io.BytesIO(data))
    xml = doc.tables[0]._tbl.xml
    assert "w:tblHeader" in xml and xml.count("w:cantSplit") == 7
    first = doc.tables[0].rows[0].cells[0].paragraphs[0]
    assert first.paragraph_format.keep_with_next is True
