"""Staff import from real XLSX and CSV files: preview, all-or-nothing, re-import, encodings, headers."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.errors import ValidationError
from desktop_app.reports.staff_xlsx import staff_xlsx
from desktop_app.services.staff_import import Outcome

RU_HEADER = ["ИИН", "Фамилия", "Имя", "Отчество", "Подразделение", "Должность", "Категория",
             "Руководящая (да/нет)", "Дата назначения (ДД.ММ.ГГГГ)", "Дата увольнения", "Телефон", "E-mail"]
KK_HEADER = ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Бөлімше", "Лауазым", "Санат", "Басшы (иә/жоқ)",
             "Тағайындалған күні", "Босатылған күні"]
GOOD = [
    ["791028302728", "Иванов", "Сергей", "Петрович", "Юридический отдел", "Руководитель отдела", "E-R-3", "да",
     "10.01.2020", "", "+7 701 123 45 67", "s.ivanov@karasu.gov.kz"],
    ["920515400008", "Петрова", "Анна", "Ивановна", "Юридический отдел", "Главный специалист", "E-R-4", "нет",
     "01.02.2021", "", "", ""],
    ["920515400018", "Сидорова", "Ольга", "", "Юридический отдел", "Главный специалист", "E-R-4", "нет",
     "01.03.2021", "15.08.2026", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ";") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def one_wrong_iin(path: Path) -> Path:
    """A Russian staff file: one good row, then a row whose ИИН fails its check digit (file row 3)."""
    return write_csv(path, [RU_HEADER, GOOD[0], ["791028302729", "Петров", "Иван", "", "Юридический отдел",
                                                 "Главный специалист", "E-R-4", "нет", "01.02.2021"]])


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_good_csv_imports_everyone_and_creates_units_and_positions(services, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD])
    plan = services.staff.importer.plan(f)
    assert [r.outcome for r in plan.rows] == [Outcome.ADD] * 3
    assert services.staff.rows() == []  # the preview writes nothing
    services.staff.importer.apply(f)
    rows = {r.employee.iin: r for r in services.staff.rows()}
    assert len(rows) == 3
    assert [u.name_ru for u in services.staff.units()] == ["Юридический отдел"]
    head = rows["791028302728"].position
    assert head is not None and head.is_leadership and head.category == "E-R-3"
    assert services.staff.units()[0].head_position_id == head.id
    # two chief specialists hold two positions of the same title, both supervised by the head
    chiefs = {rows["920515400008"].position.id, rows["920515400018"].position.id}  # type: ignore[union-attr]
    assert len(chiefs) == 2
    assert all(p.supervisor_position_id == head.id for p in services.staff.positions() if p.id in chiefs)
    dismissed = rows["920515400018"].employee
    assert dismissed.dismissal_date is not None and dismissed.dismissal_date.isoformat() == "2026-08-15"
    assert rows["791028302728"].employee.email == "s.ivanov@karasu.gov.kz"


def test_reimport_changes_nothing(services, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD])
    services.staff.importer.apply(f)
    before = (services.staff.rows(), services.staff.positions(), services.staff.units())
    plan = services.staff.importer.apply(f)
    assert [r.outcome for r in plan.rows] == [Outcome.UNCHANGED] * 3
    assert (services.staff.rows(), services.staff.positions(), services.staff.units()) == before


def test_bad_rows_refuse_the_whole_file_with_row_numbers(services, tmp_path: Path) -> None:
    bad = [GOOD[0],
           ["791028302729", "Петров", "Иван", "", "Юридический отдел", "Главный специалист", "E-R-4", "нет",
            "01.02.2021"],  # row 3: wrong check digit
           ["920515400008", "Петрова", "Анна", "", "Юридический отдел", "Главный специалист", "E-Q-9", "может",
            "31.04.2021"],  # row 4: category, leadership, date
           ["791028302728", "Иванов", "Сергей", "", "Юридический отдел", "Руководитель отдела", "E-R-3", "да",
            "10.01.2020"]]  # row 5: same ИИН as row 2
    f = write_csv(tmp_path / "bad.csv", [RU_HEADER, *bad])
    plan = services.staff.importer.plan(f)
    assert [r.number for r in plan.errors] == [3, 4, 5]
    report = plan.report()
    assert "Row 3" in report and "check digit" in report
    assert "E-Q-9" in report and "может" in report and "31.04.2021" in report
    assert "also on row 2" in report
    with pytest.raises(ValidationError) as info:
        services.staff.importer.apply(f)
    assert "Row 4" in str(info.value)
    assert services.staff.rows() == [] and services.staff.units() == []


def test_windows_1251_csv_with_comma_delimiter(services, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "staff1251.csv", [RU_HEADER, *GOOD], encoding="cp1251", delimiter=",")
    assert f.read_bytes().decode("cp1251").startswith("ИИН")
    services.staff.importer.apply(f)
    assert sorted(r.employee.last_name for r in services.staff.rows()) == ["Иванов", "Петрова", "Сидорова"]


def test_xlsx_with_kazakh_headers_and_numeric_iin(services, tmp_path: Path) -> None:
    rows = [KK_HEADER,
            ["791028302728", "Сейітов", "Әлихан", "Бекұлы", "Заң бөлімі", "Бөлім басшысы", "E-R-3", "иә",
             "10.01.2020", ""],
            # born in 2001: Excel keeps the ИИН as a number and drops the leading zero
            [int("010522652081"), "Әлиева", "Әсем", "", "Заң бөлімі", "Бас маман", "E-R-4", "жоқ", "01.02.2021", ""]]
    f = write_xlsx(tmp_path / "staff.xlsx", rows)
    services.staff.importer.apply(f)
    names = {r.employee.iin: r.employee.full_name() for r in services.staff.rows()}
    assert names == {"791028302728": "Сейітов Әлихан Бекұлы", "010522652081": "Әлиева Әсем"}


def test_missing_columns_are_named(services, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "short.csv", [["ИИН", "Фамилия", "Имя"], ["791028302728", "Иванов", "Сергей"]])
    with pytest.raises(ValidationError) as info:
        services.staff.importer.plan(f)
    assert "Подразделение" in str(info.value) and "Категория" in str(info.value)


def test_exported_workbook_reimports_unchanged(services, tmp_path: Path) -> None:
    services.staff.importer.apply(write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD]))
    out = tmp_path / "export.xlsx"
    out.write_bytes(staff_xlsx(services.staff.rows(), "ru"))
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["ИИН", "Фамилия", "Имя"]
    assert sheet["A2"].value == "791028302728" and sheet["I2"].number_format == "DD.MM.YYYY"
    plan = services.staff.importer.plan(out)
    assert plan.ok and {r.outcome for r in plan.rows} == {Outcome.UNCHANGED}


def test_kazakh_windows_encoding_keeps_kazakh_letters(services, tmp_path: Path) -> None:
    rows = [KK_HEADER, ["791028302728", "Сейітов", "Әлихан", "Бекұлы", "Заң бөлімі", "Бөлім басшысы", "E-R-3",
                        "иә", "10.01.2020", ""]]
    f = write_csv(tmp_path / "kz1048.csv", rows, encoding="kz1048")
    services.staff.importer.apply(f)
    assert services.staff.rows()[0].employee.full_name() == "Сейітов Әлихан Бекұлы"
    assert services.staff.units()[0].name_kk == "Заң бөлімі"
