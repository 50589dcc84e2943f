"""Realistic inputs for the evaluation documents (Kazakh letters in every field)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.bench.documents import GRADES
from desktop_app.reports.audit_pdf import AuditExtract, AuditLine
from desktop_app.reports.evaluation_data import (
    AnnualData,
    AnnualRow,
    AnnualUnit,
    CriterionLine,
    NoticeData,
    PointLine,
    SheetData,
)
from desktop_app.reports.labels import L

ORG = L("«Қарасу ауданы әкімінің аппараты» мемлекеттік мекемесі",
        "Государственное учреждение «Аппарат акима Карасуского района»")
UNIT = L("Экономика және бюджеттік жоспарлау бөлімі", "Отдел экономики и бюджетного планирования")
HR = L("Құдайбергенова Гүлнұр", "Кудайбергенова Гульнур")


def sheet(**changes: object) -> SheetData:
    base = SheetData(
        organisation=ORG, year=2026, quarter=1,
        employee=L("Әбілқасымова Әлия Серікқызы", "Абилкасымова Алия Сериковна"),
        position=L("Бас маман", "Главный специалист"), unit=UNIT, category="E-R-4", form=2,
        evaluator_name=L("Нұрмағанбетов Ерғали Қайратұлы", "Нурмаганбетов Ергали Кайратович"),
        evaluator_position=L("Бөлім басшысы", "Руководитель отдела"),
        criteria=(CriterionLine(L("Функционалдық міндеттерді сапалы әрі уақтылы орындау",
                                  "Качественное и своевременное исполнение функциональных обязанностей"), 4.5),
                  CriterionLine(L("Өзара іс-қимыл және командада жұмыс", "Взаимодействие и работа в команде"),
                                4.0, "Жақсы / Хорошо")),
        score=4.25, grade=GRADES[0],
        bonus_lines=(PointLine(L("Мәслихат сессияларына материалдар дайындау",
                                 "Подготовка материалов к сессиям маслихата"), 5, "хат № 12-05/345",
                               1, "+5 × 1"),
                     PointLine(L("Азаматтардың өтініштерін қарау", "Рассмотрение обращений граждан"), 3,
                               "Е-өтініш", 12, "11–15 → +3")),
        penalty_lines=(PointLine(L("Тапсырманы мерзімін бұзып орындау", "Нарушение срока исполнения поручения"),
                                 2, "№ 4-17", 1, "×2"),),
        comments="Жұмысы жоғары деңгейде. Работа на высоком уровне.",
        status=L("Аяқталды", "Завершена"), evaluated_on=date(2026, 4, 14), deadline=date(2026, 4, 20),
        hr_officer_name=HR, methodology=L("Қарасу 2025", "Карасу 2025"), employee_male=False)
    return base.__class__(**{**base.__dict__, **changes})


def annual() -> AnnualData:
    rows = (
        AnnualRow(L("Сейітов Асқар", "Сеитов Аскар"), L("Бас маман", "Главный специалист"), "E-R-4",
                  (4.5, 4.0, None, 3.5), 4.0, GRADES[0]),
        AnnualRow(L("Өтепова Мөлдір", "Утепова Молдир"), L("Жетекші маман", "Ведущий специалист"), "E-R-5",
                  (1.5, 1.0, 2.0, 1.5), 1.5, GRADES[3], warning=True,
                  note=L("Қатарынан екінші қанағаттанарлықсыз нәтиже", "Второй неудовлетворительный результат подряд")),
    )
    return AnnualData(organisation=ORG, year=2026, units=(AnnualUnit(UNIT, rows),), grades=GRADES,
                      prepared_on=date(2027, 1, 20), hr_officer_name=HR)


def notice() -> NoticeData:
    return NoticeData(
        organisation=ORG, organisation_address="Қарасу ауылы, Қарасу ауданы, Қостанай облысы",
        employee=L("Ғабдуллин Дәурен Бақытұлы", "Габдуллин Даурен Бахытович"),
        employee_address="Қостанай қ., Әл-Фараби д-лы, 115, 12-пәтер", year=2026, quarter=1, score=3.25,
        grade=GRADES[1], dismissal_date=date(2026, 3, 10), position=L("Бас маман", "Главный специалист"),
        method=L("хабарламасы бар тапсырысты хат", "заказное письмо с уведомлением"),
        letter_date=date(2026, 4, 22), outgoing_number="04-12/118",
        appointing_official_name=L("Оспанов Қ.", "Оспанов К."),
        appointing_official_title=L("Аудан әкімі аппаратының басшысы", "Руководитель аппарата акима района"),
        signer_name=HR, signer_position=L("Персоналды басқару қызметінің басшысы",
                                          "Руководитель службы управления персоналом"),
        contact_phone="8 (71452) 2-14-56")


def audit_extract(lines: int = 70) -> AuditExtract:
    """An audit extract of `lines` changes (enough for a copy of several pages), filtered by a kind of record,
    naming people and sheets in each language."""
    start = datetime(2026, 10, 12, 9, 30)
    people = {"7": ("Әбілқасымова Ә.С.", "Абилкасымова А.С.")}
    sheets = {"41": ("Әбілқасымова Ә.С., 2026 жылғы 3-тоқсан", "Абилкасымова А.С., 3 квартал 2026 года")}
    entries = [AuditLine(100 + i, start + timedelta(minutes=i), "evaluation_scores", str(500 + i), "update",
                         "", "№ 3",
                         (("score", "1.10", "1.60"), ("evaluation_id", "41", "41"), ("employee_id", "7", "7")))
               for i in range(lines)]
    return AuditExtract(ORG, datetime(2026, 12, 3, 10, 0),
                        L("Бағалау парағындағы балл, ≥ 01.10.2026", "Балл в оценочном листе, ≥ 01.10.2026"),
                        entries, chain_rows=1234, chain_bad_id=None, signatory="Тоқтаров Н.Б.",
                        people=people, sheets=sheets)
