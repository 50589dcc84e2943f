"""The demo office's documents read as the HR specialist and the signatories read them: the words a person
sees on the printed page (PDF text extracted with pypdf), one check per thing a careful reader caught."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reports.pdf_check import pdf_text


def text_of(printed: Path, name: str) -> str:
    return " ".join(pdf_text((printed / f"{name}.pdf").read_bytes()).split())


@pytest.mark.parametrize("name", ["sheets_ru", "summary_ru", "annual_ru", "notices_ru"])
def test_russian_papers_name_the_hr_head_in_russian(printed: Path, name: str) -> None:
    """The organisation card has the name typed in Kazakh; the employee it names lends the Russian one."""
    text = text_of(printed, name)
    assert "Токтаров Н.Б." in text and "Тоқтаров" not in text
    assert "Руководитель службы управления персоналом" in text


def test_kazakh_papers_keep_the_kazakh_spelling(printed: Path) -> None:
    text = text_of(printed, "summary_kk")
    assert "Тоқтаров Н.Б." in text and "Персоналды басқару қызметінің басшысы" in text


def test_russian_notice_names_the_appointing_official_in_russian_inside_the_sentence(printed: Path) -> None:
    text = text_of(printed, "notices_ru")
    assert "имеющему право назначения (руководитель аппарата акима Карасуского района Есенова Б.К.)" in text
    assert "Қарасу ауданы әкімі" not in text and "Есенова Б.Қ." not in text
    assert "в связи с увольнением 15 августа 2026 года (замещавшаяся должность: главный специалист)" in text


def test_kazakh_notice_dates_the_dismissal_in_words(printed: Path) -> None:
    text = text_of(printed, "notices_kk")
    assert "2026 жылғы 15 тамызда жұмыстан босатылуыңызға" in text
    # the position starts with a place's name: it keeps its capital inside the sentence
    assert "лауазымды адамға (Қарасу ауданы әкімі аппаратының басшысы Есенова Б.Қ.)" in text
    assert "(бұрынғы лауазымыңыз: бас маман)" in text


@pytest.mark.parametrize("name", ["notices_kk", "notices_ru"])
def test_notice_sender_block_does_not_repeat_the_district(printed: Path, name: str) -> None:
    text = pdf_text((printed / f"{name}.pdf").read_bytes())
    sender = text[:text.index("№")]
    assert "Қарасу ауданы\n" not in sender


def test_summary_title_says_civil_servants_once(printed: Path) -> None:
    ru = text_of(printed, "summary_ru")
    assert ("Сводная ведомость результатов оценки деятельности административных государственных служащих "
            "корпуса «Б»") in ru
    title = ru[:ru.index("Методика")]        # the methodology's own name may say it again
    assert title.count("государственных служащих") == 1
    kk = text_of(printed, "summary_kk")
    assert "Қызметті бағалау нәтижелерінің жиынтық тізімдемесі «Б» корпусының әкімшілік мемлекеттік " \
           "қызметшілері бойынша" in kk


def test_annual_title_says_civil_servants_once(printed: Path) -> None:
    ru = text_of(printed, "annual_ru")
    assert "Итоговая ведомость годовой оценки деятельности административных государственных служащих" in ru
    assert "деятельности государственных служащих" not in ru


@pytest.mark.parametrize("name", ["summary_ru", "summary_kk", "annual_ru", "annual_kk"])
def test_shares_are_written_one_way(printed: Path, name: str) -> None:
    """Every share with one decimal and a comma, the total too ("100,0", not "100" under "38,3")."""
    text = text_of(printed, name)
    total = re.search(r"(Всего|Барлығы) (\d+) (\S+)", text)
    assert total is not None and total.group(3) == "100,0"


@pytest.mark.parametrize("name", ["summary_ru", "sheets_ru"])
def test_final_status_agrees_with_the_sheet(printed: Path, name: str) -> None:
    text = text_of(printed, name)
    assert "Окончательный" in text and "Завершена" not in text


def test_russian_scale_has_no_numbers_against_grammar(printed: Path) -> None:
    text = text_of(printed, "scale_ru")
    assert not re.search(r"[+−-]?\d+ балл\b", text)     # "+5 балл" is not Russian
    assert "Приложение к Методике оценки деятельности административных государственных служащих корпуса «Б»" \
           in text
    assert "к методике «Методика" not in text


def test_kazakh_scale_uses_the_seeds_term(printed: Path) -> None:
    text = text_of(printed, "scale_kk")
    assert "балдар шәкілі" in text and "шкала" not in text.casefold()
    assert "бастап қолданылады" not in text      # no case suffix glued after a date in figures
    assert "әдістемесіне қосымша" in text and "«Бағалау әдістемесі" not in text


def test_kazakh_protocol_decisions_close_on_their_verb(printed: Path) -> None:
    text = text_of(printed, "protocol_kk")
    assert "қорытынды бағасы 1,10 балл болып белгіленсін (функционалдық міндеттерді қанағаттанарлықсыз " \
           "орындайды)" in text
    assert "кері байланыс берілсін (Әдістеменің 23-тармағы)" in text
    assert "ақпараттық жүйеге орналастырылсын (Әдістеменің 22-тармағы)" in text
    assert "бағасы — 1,10" not in text


@pytest.mark.parametrize(("name", "title"), [
    ("feedback-memo_ru", "СПРАВКА О ПРОВЕДЕНИИ ВСТРЕЧИ ПО ОБРАТНОЙ СВЯЗИ"),
    ("feedback-memo_kk", "КЕРІ БАЙЛАНЫС КЕЗДЕСУІН ӨТКІЗУ ТУРАЛЫ АНЫҚТАМА")])
def test_feedback_meeting_paper_is_a_record_not_a_leaflet(printed: Path, name: str, title: str) -> None:
    text = text_of(printed, name)
    assert title in text and "ПАМЯТКА" not in text and "ЖАДНАМА" not in text


def test_retention_act_is_approved_by_a_named_official_and_counts_sheets(printed: Path) -> None:
    ru = text_of(printed, "retention-act_ru")
    assert "УТВЕРЖДАЮ Руководитель аппарата акима Карасуского района ____________ Есенова Б.К." in ru
    assert "Итого оценочных листов: 115." in ru and "перенесено / удалено" not in ru
    kk = text_of(printed, "retention-act_kk")
    assert "БЕКІТЕМІН Қарасу ауданы әкімі аппаратының басшысы ____________ Есенова Б.Қ." in kk
    assert "Барлығы бағалау парақтары: 115." in kk and "көшірілген / жойылған" not in kk


def test_audit_extract_speaks_in_words(printed: Path) -> None:
    ru = text_of(printed, "audit-extract_ru")
    assert not re.search(r"значение — \d+\.\d", ru)          # "4,2", not "4.2"
    assert "присутствовал — 1" not in ru and "работник — 1;" not in ru and "(+" not in ru
    assert "присутствовал — да" in ru and "работник — Есенова Б.К." in ru
    assert not re.search(r"оценочный лист — \d", ru)          # the sheet by its evaluee and quarter
    assert re.search(r"оценочный лист — \w+ \w\.\w\., \d квартал \d{4} года", ru)
    assert "Токтаров Н.Б." in ru and "Тоқтаров" not in ru    # the signatory in Russian
    kk = text_of(printed, "audit-extract_kk")
    assert "қатысты — иә" in kk and "қызметкер — Есенова Б.Қ." in kk


@pytest.mark.parametrize(("name", "office"), [
    ("sheets_ru", "Аппарат акима Карасуского района Костанайской области"),
    ("summary_ru", "Аппарат акима Карасуского района Костанайской области"),
    ("annual_ru", "Аппарат акима Карасуского района Костанайской области"),
    ("sheets_kk", "Қостанай облысы Қарасу ауданы әкімінің аппараты"),
    ("summary_kk", "Қостанай облысы Қарасу ауданы әкімінің аппараты")])
def test_the_office_is_named_once_on_the_first_page(printed: Path, name: str, office: str) -> None:
    import io

    from pypdf import PdfReader

    first = " ".join(PdfReader(io.BytesIO((printed / f"{name}.pdf").read_bytes())).pages[0].extract_text().split())
    assert first.count(office) == 1


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_summary_status_fits_its_column_in_word(printed: Path, lang: str) -> None:
    """"Окончательный" was broken "Окончательны / й" in the DOCX (Word pads a cell more than the PDF)."""
    from docx import Document
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.reports.fonts import SERIF, register_fonts

    register_fonts()
    doc = Document(str(printed / f"summary_{lang}.docx"))
    table = next(t for t in doc.tables if t.rows[0].cells[6].text.strip() in ("Статус", "Күйі"))
    column_mm = table._tbl.tblGrid.gridCol_lst[6].w / 36000
    word = "Окончательный" if lang == "ru" else "Түпкілікті"
    needed_mm = stringWidth(word, SERIF, 8.5) / 72 * 25.4 + 2 * 1.9 + 1   # Word's cell margins, a little air
    assert column_mm >= needed_mm


@pytest.mark.parametrize(("name", "mark", "status"), [("sheets_ru", "Конфиденциально", "Статус:"),
                                                      ("sheets_kk", "Құпия", "Күйі:")])
def test_no_sheet_page_starts_with_the_signature_block_alone(printed: Path, name: str, mark: str,
                                                             status: str) -> None:
    """The signatures go to the next page with the last section before them (the penalty table)."""
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO((printed / f"{name}.pdf").read_bytes())).pages
    starts = [" ".join(p.extract_text().split()).replace(mark, "", 1).strip() for p in pages]
    assert len(pages) > 58 and not [s[:60] for s in starts if s.startswith(status)]


def test_recovery_sheet_has_no_gender_placeholder() -> None:
    from desktop_app.reports.recovery_sheet import render_recovery_sheet

    ru = " ".join(pdf_text(render_recovery_sheet("K7QX-M2PD-9TZA-HR4C-WN8E", "office.sqlite", "ru")).split())
    assert "Конверт получен: ____" in ru and "(подпись, фамилия и инициалы)" in ru and "(а)" not in ru
    kk = " ".join(pdf_text(render_recovery_sheet("K7QX-M2PD-9TZA-HR4C-WN8E", "office.sqlite", "kk")).split())
    assert "Код жасалған күні:" in kk and "Конвертті қабылдадым" in kk


@pytest.mark.parametrize("name", ["audit-extract", "retention-act", "protocol", "calibration-order", "feedback-memo",
                                  "notices", "scale", "summary", "annual"])
def test_every_font_is_embedded(printed: Path, name: str) -> None:
    from tests.reports.pdf_check import non_embedded_fonts

    for lang in ("kk", "ru"):
        assert non_embedded_fonts((printed / f"{name}_{lang}.pdf").read_bytes()) == set(), (name, lang)


def test_demo_units_are_named_as_an_office_names_them(printed: Path) -> None:
    text = text_of(printed, "protocol_kk")
    assert "жетекші маман (Персоналды басқару бөлімі)" in text and "қызметі бөлімі" not in text


def test_the_scale_takes_effect_after_its_act(printed: Path) -> None:
    from datetime import datetime

    text = text_of(printed, "scale_ru")
    approved = re.search(r"от (\d\d\.\d\d\.\d{4}) №", text)
    effective = re.search(r"действует с (\d\d\.\d\d\.\d{4})", text)
    assert approved and effective
    assert datetime.strptime(approved[1], "%d.%m.%Y") <= datetime.strptime(effective[1], "%d.%m.%Y")


@pytest.mark.parametrize(("name", "appeal"), [
    ("calibration-order_ru", "(Есенов Г.М. — ведущий специалист, Юридический отдел, за 3 квартал 2026 года, "
                             "обращение от 12.10.2026) ПРИКАЗЫВАЮ"),
    ("calibration-order_kk", "(Есенов Ғ.М. — жетекші маман, Заң бөлімі, 2026 жылғы 3-тоқсан, 2026 жылғы "
                             "12 қазандағы өтініш) негізінде БҰЙЫРАМЫН")])
def test_order_names_the_appeal_without_brackets_in_brackets(printed: Path, name: str, appeal: str) -> None:
    assert appeal in text_of(printed, name)


def test_kazakh_sheet_uses_the_glossary_terms(printed: Path) -> None:
    text = text_of(printed, "sheets_kk")
    assert "Бағаланушы" in text and "Бағалаушы тұлға" in text
    assert "Бағаланатын адам" not in text and "Бағалаушы адам" not in text


@pytest.mark.parametrize(("name", "breach", "activity"), [("sheets_ru", "Нарушение", "Вид деятельности"),
                                                          ("sheets_kk", "Бұзушылық", "Қызмет түрі")])
def test_penalty_table_lists_breaches(printed: Path, name: str, breach: str, activity: str) -> None:
    text = text_of(printed, name)
    penalties = text.split("Штрафные баллы" if name.endswith("ru") else "Айыппұл балдары")[1]
    assert penalties.split()[1] == breach and f"{activity} Подтверждение" not in penalties[:40]


@pytest.mark.parametrize(("name", "heading"), [("calibration-order_ru", "Ознакомлены:"),
                                               ("calibration-order_kk", "Таныстырылды:")])
def test_the_order_is_not_acquainted_to_its_own_signatory(printed: Path, name: str, heading: str) -> None:
    acquainted = text_of(printed, name).split(heading)[1]
    assert "Есенова" not in acquainted and "Сеитов" in acquainted.replace("Сейітов", "Сеитов")


@pytest.mark.parametrize(("name", "methodology", "preset"), [
    ("summary_ru", "Методика оценки деятельности административных государственных служащих корпуса «Б» аппарата "
                   "акима Карасуского района", "на основе Типовой методики"),
    ("sheets_kk", "Қарасу ауданы әкімі аппаратының «Б» корпусы мемлекеттік әкімшілік қызметшілерінің қызметін "
                  "бағалау әдістемесі", "Үлгілік әдістеме негізінде")])
def test_papers_name_the_offices_own_methodology_not_the_preset(printed: Path, name: str, methodology: str,
                                                                  preset: str) -> None:
    text = text_of(printed, name)
    assert methodology in text and preset not in text
