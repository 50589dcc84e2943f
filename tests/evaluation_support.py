"""A 0–5 methodology like seed 001 (bands §7, forms §16) for the evaluation tests."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.methodology.model import (
    BonusItem,
    Criterion,
    GradeBand,
    Methodology,
    PenaltyItem,
    PointRule,
    SheetTemplate,
)

D = Decimal

BANDS = (
    GradeBand("тиімді", "эффективно", D("4"), D("5")),
    GradeBand("тиісінше", "надлежащим образом", D("3"), D("3.99")),
    GradeBand("қанағаттанарлық", "удовлетворительно", D("2"), D("2.99")),
    GradeBand("қанағаттанарлықсыз", "не удовлетворительно", D("0"), D("1.99"), is_unsatisfactory=True),
)

FORM1 = SheetTemplate(1, "1-нысан", "Форма 1", "criteria", (
    Criterion("quality", "Сапа", "Качество"), Criterion("timeliness", "Мерзім", "Своевременность"),
    Criterion("initiative", "Бастама", "Инициативность")))
FORM2 = SheetTemplate(2, "2-нысан", "Форма 2", "overall")


def methodology_001(**changes: object) -> Methodology:
    m = Methodology("Әдістеме", "Методика", date(2025, 8, 14), bands=BANDS,
                    sheet_templates={1: FORM1, 2: FORM2},
                    bonus_items=(BonusItem("b5", 5, "Сессия материалдары", "Материалы к сессии маслихата",
                                           PointRule("fixed", D(5))),
                                 BonusItem("b1", 1, "Фото", "Фото и видео", PointRule("fixed", D(1)))),
                    penalty_items=(PenaltyItem("p1", "executive", "Мерзімді бұзу", "Нарушение срока",
                                               PointRule("fixed", D(2))),))
    return m.with_changes(**changes) if changes else m


# -- a small office in a real database file -------------------------------------------------------
def seed_office(db, staff: int = 3, start: str = "2020-01-01") -> None:  # type: ignore[no-untyped-def]
    """Head of apparatus (E-R-1, employee 1), unit head (E-R-2, employee 2), `staff` specialists (10…)."""
    ex = db.execute
    ex("INSERT INTO units (id, name_kk, name_ru) VALUES (1, 'Қаржы бөлімі', 'Финансовый отдел')")
    ex("INSERT INTO positions (id, unit_id, title_kk, title_ru, category, is_leadership) "
       "VALUES (1, 1, 'Аппарат басшысы', 'Руководитель аппарата', 'E-R-1', 1)")
    ex("INSERT INTO positions (id, unit_id, title_kk, title_ru, category, is_leadership, supervisor_position_id) "
       "VALUES (2, 1, 'Бөлім басшысы', 'Заведующий отделом', 'E-R-2', 1, 1)")
    ex("UPDATE units SET head_position_id = 2 WHERE id = 1")
    people = [(1, 1), (2, 2)] + [(10 + k, 10 + k) for k in range(staff)]
    for emp, pos in people:
        if pos >= 10:
            ex("INSERT INTO positions (id, unit_id, title_kk, title_ru, category, is_leadership, "
               "supervisor_position_id) VALUES (?, 1, 'Бас маман', 'Главный специалист', 'E-R-4', 0, 2)", [pos])
        ex("INSERT INTO employees (id, iin, last_name, first_name) VALUES (?, ?, ?, ?)",
           [emp, f"{emp:012d}", f"Фамилия{emp}", f"Имя{emp}"])
        ex("INSERT INTO appointments (employee_id, position_id, date_from) VALUES (?, ?, ?)", [emp, pos, start])


