"""A 0–5 methodology like seed 001 (bands §7, forms §16) for the evaluation tests."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.methodology.model import (BonusItem, Criterion, GradeBand, Methodology, PenaltyItem,
                                                  PointRule, SheetTemplate)

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
