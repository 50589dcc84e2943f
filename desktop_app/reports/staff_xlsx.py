"""The staff list as an Excel workbook: the same columns the import reads, so the file can be re-imported."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop_app.domain.staff import Appointment, Employee, Position, Unit
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.xlsx_text import workbook_bytes


class StaffLine(Protocol):
    """What a row of the list needs (services.staff.StaffRow fits)."""

    @property
    def employee(self) -> Employee: ...
    @property
    def appointment(self) -> Appointment | None: ...
    @property
    def position(self) -> Position | None: ...
    @property
    def unit(self) -> Unit | None: ...


COLUMNS = (
    (L("ЖСН", "ИИН"), 15), (L("Тегі", "Фамилия"), 18), (L("Аты", "Имя"), 16),
    (L("Әкесінің аты", "Отчество"), 18), (L("Бөлімше", "Подразделение"), 34), (L("Лауазым", "Должность"), 38),
    (L("Санат", "Категория"), 10), (L("Басшы (иә/жоқ)", "Руководящая (да/нет)"), 12),
    (L("Тағайындалған күні", "Дата назначения"), 14), (L("Босатылған күні", "Дата увольнения"), 14),
    (L("Телефон", "Телефон"), 18), (L("E-mail", "E-mail"), 26),
)


def staff_xlsx(rows: Sequence[StaffLine], lang: str = "ru") -> bytes:
    """`lang` "kk" gives Kazakh headers and spelling, anything else Russian."""
    wb = Workbook()
    ws = wb.active
    doc: DocLang = "kk" if lang == "kk" else "ru"
    ws.title = L("Қызметкерлер", "Сотрудники").text(doc)
    ws.append([label.text(doc) for label, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    yes, no = ("иә", "жоқ") if lang == "kk" else ("да", "нет")
    for r in rows:
        e, pos, unit, app = r.employee, r.position, r.unit, r.appointment
        ru = lang == "ru"
        ws.append([
            e.iin,
            (e.last_name_ru or e.last_name) if ru else e.last_name,
            (e.first_name_ru or e.first_name) if ru else e.first_name,
            (e.middle_name_ru or e.middle_name) if ru else e.middle_name,
            (unit.name_ru if ru else unit.name_kk) if unit else "",
            (pos.title_ru if ru else pos.title_kk) if pos else "",
            pos.category if pos else "",
            (yes if pos.is_leadership else no) if pos else "",
            app.date_from if app else None,
            e.dismissal_date,
            e.phone, e.email,
        ])
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for col in ("I", "J"):
        for cell in ws[col][1:]:
            cell.number_format = "DD.MM.YYYY"
    for cell in ws["A"][1:]:
        cell.number_format = "@"  # ИИН stays text: a leading zero (born 200x) must not vanish
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    return workbook_bytes(wb)  # a name typed as "=HYPERLINK(…)" stays text
