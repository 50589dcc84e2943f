"""The protocol, the order and the memo: text extracted from the PDF in kk and ru, DOCX read back (001 §19, §22,
§23; 004 §9.3–9.5)."""
from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop_app.reports.blocks import plain_text
from desktop_app.reports.calibration_data import Named, ProtocolMember, missing_russian
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
                 "Хатшы:", "Қатысқан мүшелер:", "Қатыспаған мүшелер:", "Шақырылғандар:", "КҮН ТӘРТІБІ:",
                 "ТЫҢДАЛДЫ:", "СӨЙЛЕДІ:", "ДАУЫС БЕРУ:", "ШЕШІМ ҚАБЫЛДАНДЫ:", "Жақтап Қарсы Қалыс қалды",
                 "Бағаны арттыру: 2,50 орнына 3,50 балл 3 1 0", "Сессия мүшесі", "Жұмабеков Е.Қ.", "Әлиева Г.С.",
                 "Қасымов Б.Ғ. 1-ұсынысты жақтады", "(бағалаушы тұлға)", "(бағаланушы)",
                 "калибрлеу сессиясының 5 мүшесінің 4-і қатысты; кворум бар",
                 "Негіздеме: 2026 жылғы 16 қазандағы № 45 бұйрық.", "2026 жылғы 14 қазандағы өтініш",
                 "Жауапты: Төлеуов Қ.Ә., мерзімі — 2026 жылғы 30 қазанға дейін",
                 "Жауапты: Әлиева Г.С., мерзімі — 2026 жылғы 27 қазанға дейін",
                 "орындалуын бақылау калибрлеу сессиясының төрағасына (Жұмабеков Е.Қ.) жүктелсін",
                 "«жақтап» — 3, «қарсы» — 1, «қалыс қалды» — 0"):
        assert part in text, part
    assert "ПРОТОКОЛ" not in text and "калибровка" not in text.lower()
    assert "Ержанов Д.С." in text.split("Қатыспаған мүшелер:")[1][:60]


def test_russian_protocol_reads_as_written_by_a_person() -> None:
    text = pdf_text(render_protocol_pdf(sample_protocol(), "ru"))
    for part in ("ПРОТОКОЛ", "22 октября 2026 года", "Председатель:", "Секретарь:",
                 "Присутствовали члены калибровочной сессии:", "Отсутствовали:", "Приглашённые:", "ПОВЕСТКА ДНЯ:",
                 "СЛУШАЛИ:", "ВЫСТУПИЛИ:", "ГОЛОСОВАЛИ:", "РЕШИЛИ:", "За Против Воздержались",
                 "Повысить оценку с 2,50 до 3,50 3 1 0", "Оставить оценку оценивающего лица (4,00) без изменения",
                 "село Карасу, ул. Омара Шипина, 28", "Тулеуов К.А. — руководитель отдела экономики, оценивающее "
                 "лицо: кратко описал работу", "Омарова С.Н. — главный специалист отдела экономики, оцениваемое "
                 "лицо: письменно изложила", "Нурланова Ж.О. — руководитель финансового отдела: предложила повысить",
                 "Довод: «Продление срока подтверждено документом».", "присутствовали 4 из 5 членов калибровочной сессии; "
                 "кворум имеется", "Основание: приказ от 16.10.2026 № 45.",
                 "Ответственный: Тулеуов К.А., срок — до 30.10.2026.",
                 "Ответственная: Алиева Г.С., срок — до 27.10.2026.",
                 "«за» — 3, «против» — 1, «воздержались» — 0", "первоначальная оценка оценивающего лица — 2,50 балла",
                 "Касымов Б.Г. за предложение 1", "Контроль за исполнением решений настоящего протокола возложить на "
                 "председателя калибровочной сессии (Жумабеков Е.К.)", "Член калибровочной сессии"):
        assert part in text, part
    assert "ХАТТАМА" not in text
    # no placeholder of sex, no full name before an infinitive, no Kazakh text typed in Kazakh only
    assert "(а)" not in text and "Тулеуов Канат Абдикадырович провести" not in text
    assert "Мерзімнің" not in text and "Қарасу" not in text


def test_members_are_sorted_by_the_alphabet_of_the_document_language() -> None:
    """Kazakh puts І after Ы, so «Ілиясов» signs after «Мұратов»; the Russian «Илиясов» comes first."""
    base = sample_protocol()
    i = Named("Ілиясов Нұржан Серікұлы", "Илиясов Нуржан Серикович", "бас маман", "главный специалист")
    m = Named("Мұратов Асқар Болатұлы", "Муратов Аскар Болатович", "бас маман", "главный специалист")
    data = replace(base, members=(*base.members[:2], ProtocolMember(i), ProtocolMember(m)))
    kk = pdf_text(render_protocol_pdf(data, "kk"))
    ru = pdf_text(render_protocol_pdf(data, "ru"))
    assert kk.rindex("Мұратов А.Б.") < kk.rindex("Ілиясов Н.С.")
    assert ru.rindex("Илиясов Н.С.") < ru.rindex("Муратов А.Б.")


def test_kazakh_only_text_is_reported_for_the_russian_copy() -> None:
    data = sample_protocol()
    assert missing_russian(data) == []
    bare = replace(data, place_ru="", cases=(replace(data.cases[0], appellant_argument_ru=""), *data.cases[1:]))
    assert missing_russian(bare) == ["place", "appellant_argument"]
    assert missing_russian(replace(sample_memo(), skills_ru="")) == ["skills"]


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


def test_order_is_the_act_of_its_signatory_with_place_composition_and_control() -> None:
    text = pdf_text(render_order_pdf(sample_order(), "kk"))
    for part in ("БҰЙРЫҚ", "Қарасу ауылы", "Калибрлеу сессиясын өткізу туралы", "БҰЙЫРАМЫН:",
                 "Калибрлеу сессиясы 2026 жылғы 22 қазанда өткізілсін", "Калибрлеу сессиясының құрамы бекітілсін",
                 "төраға", "хатшы", "Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын",
                 "Әкім аппаратының басшысы Жұмабеков Е.Қ.", "Таныстырылды:"):
        assert part in text, part
    assert "ӨКІМ" not in text and "Калибровкалық" not in text
    ru = pdf_text(render_order_pdf(sample_order(), "ru"))
    for part in ("ПРИКАЗ", "село Карасу", "ПРИКАЗЫВАЮ:", "пунктом 19", "Ержанов Даулет Султанович",
                 "Провести калибровочную сессию 22 октября 2026 года; место проведения — село Карасу, ул. Омара",
                 "Контроль за исполнением настоящего приказа оставляю за собой", "Приказ вступает в силу",
                 "Руководитель аппарата акима Жумабеков Е.К.", "Ознакомлены:"):
        assert part in ru, part
    assert "РАСПОРЯЖЕНИЕ" not in ru and "Әкім" not in ru
    doc = Document(io.BytesIO(render_order_docx(sample_order(), "ru")))
    assert "ПРИКАЗ" in [p.text for p in doc.paragraphs]
    # an akim's office that calls sessions by распоряжение says so in the card, and the paper follows
    instr = pdf_text(render_order_pdf(replace(sample_order(), act="instruction"), "ru"))
    assert "РАСПОРЯЖЕНИЕ" in instr and "настоящего распоряжения" in instr and "ПРИКАЗ" not in instr


def test_feedback_memo_has_the_three_topics_of_001_23() -> None:
    text = pdf_text(render_memo_pdf(sample_memo(), "ru"))
    for part in ("Обзор достижений", "навыков и компетенций", "карьерных устремлений", "3,50",
                 "3,50 балла (первоначальная оценка — 2,50 балла)", "Оценивающее лицо, руководитель отдела экономики Тулеуов К.А.",
                 "Ознакомлена", "Омарова С.Н.", "«___» ____________ 20__ г.", "№ 1 от 22.10.2026",
                 "Квартальный отчёт по бюджетным программам"):
        assert part in text, part
    assert "(а)" not in text and "Бюджеттік" not in text
    kk = pdf_text(render_memo_pdf(sample_memo(), "kk"))
    assert "әлеует" in kk.lower() and "Танысты" in kk and "Бағалаушы, экономика бөлімінің басшысы" in kk
    assert "хаттамасы: 2026 жылғы 22 қазандағы № 1" in kk
