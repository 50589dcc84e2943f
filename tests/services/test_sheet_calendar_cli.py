"""`bagalau sheet …` and `bagalau calendar …` on a real database file: what the window records
can be recorded and read from the command line, bad input is refused in the user's language."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.app import main
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office
from tests.sealing import office_key

IIN = f"{10:012d}"   # seed_office: employee 10's ИИН


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    seed_office(store.db, staff=2)
    services = build_services(store)
    services.methodology.copy_preset("points_2017")
    services.quarter.open_quarter(2026, 1)
    store.close()
    return path


def _sheet(db: Path, *extra: str) -> list[str]:
    return ["sheet", *extra, "--db", str(db), "--year", "2026", "--quarter", "1", "--iin", IIN, "--lang", "ru"]


def test_sanction_and_personal_points_from_the_command_line(db: Path, capsys) -> None:
    assert main([*_sheet(db, "sanction"), "--months", "1", "--order", "45-к", "--order-date", "2025-12-20"]) == 0
    out = capsys.readouterr().out
    assert "− взыскание 16 = 84" in out and "приказ № 45-к от 20.12.2025" in out
    assert main([*_sheet(db, "personal"), "--points", "5", "--note", "Две сессии маслихата"]) == 0
    out = capsys.readouterr().out
    assert "Личные баллы +5: Две сессии маслихата" in out and "= 88,2" in out           # 105 − 16 %
    assert "Коэффициент эффективности 0,75: определён по сумме поощрительных баллов 5" in out


@pytest.mark.parametrize("args,text", [
    (["sanction", "--months", "4", "--order", "1", "--order-date", "2026-01-05"], "В квартале 3 месяца"),
    (["sanction", "--months", "-1"], "не может быть отрицательным"),
    (["personal", "--points", "6", "--note", "x"], "Личные баллы: от +1 до +5 или"),
    (["personal", "--points", "3"], "конкретные основания"),
])
def test_impossible_values_are_refused_in_russian_and_change_nothing(db: Path, capsys, args, text) -> None:
    assert main(_sheet(db, *args)) == 1
    assert text in capsys.readouterr().err
    assert main(_sheet(db, "show")) == 0
    out = capsys.readouterr().out
    assert "взыскание" not in out and "Личные баллы" not in out


def test_designee_needs_more_than_twenty_evaluees(db: Path, capsys) -> None:
    assert main([*_sheet(db, "designate"), "--designee", f"{11:012d}", "--on", "2026-04-02"]) == 1
    assert "больше 20" in capsys.readouterr().err


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_calendar_import_of_transfers_and_estimated_holidays(db: Path, tmp_path: Path, capsys) -> None:
    assert main(["calendar", "to-confirm", "--db", str(db), "--year", "2027", "--lang", "ru"]) == 0
    assert "16.05.2027\tҚұрбан айт (бағаланған)\tподтвердить" in capsys.readouterr().out
    f = _xlsx(tmp_path / "perenos.xlsx", [["Дата", "Вид дня", "Основание"],
                                          [date(2027, 5, 15), "рабочий", "ПП РК № 900"],
                                          ["17.05.2027", "выходной", "ПП РК № 900"]])
    assert main(["calendar", "import", str(f), "--db", str(db), "--year", "2027", "--lang", "ru"]) == 0
    assert "Импортировано дней за 2027 год: 2 (рабочих: 1, выходных: 1)." in capsys.readouterr().out
    store = open_store(db, office_key())
    services = build_services(store)
    cal = services.calendar.calendar()
    assert cal.is_working_day(date(2027, 5, 15)) and not cal.is_working_day(date(2027, 5, 17))
    assert [o.note for o in services.calendar.overrides()] == ["ПП РК № 900", "ПП РК № 900"]
    services.calendar.confirm(date(2027, 5, 16), "ПП РК № 900")
    assert services.calendar.to_confirm(2027) == {}
    store.close()


def test_a_wrong_row_refuses_the_whole_list(db: Path, tmp_path: Path, capsys) -> None:
    f = tmp_path / "perenos.csv"
    f.write_text("Күні;Күн түрі;Негіздеме\n15.05.2027;жұмыс күні;қаулы\n31.12.2026;демалыс;қаулы\n"
                 "18.05.2027;мереке;қаулы\n", encoding="utf-8")
    assert main(["calendar", "import", str(f), "--db", str(db), "--year", "2027", "--lang", "kk"]) == 1
    err = capsys.readouterr().err
    assert "3-жол" in err and "4-жол" in err
    store = open_store(db, office_key())
    assert build_services(store).calendar.overrides() == []
    store.close()


def test_printed_sheets_carry_the_sanction_and_the_personal_points(db: Path, tmp_path: Path, capsys) -> None:
    from tests.reports.pdf_check import pdf_text

    assert main([*_sheet(db, "sanction"), "--months", "2", "--order", "45-к", "--order-date", "2025-12-20"]) == 0
    assert main([*_sheet(db, "personal"), "--points", "4", "--note", "Сводный отчёт за квартал"]) == 0
    out = tmp_path / "sheets.pdf"
    assert main(["print", "sheets", "--db", str(db), "--year", "2026", "--quarter", "1", "--lang", "ru",
                 "--out", str(out)]) == 0
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Месяцев квартала под дисциплинарным взысканием: 2; приказ № 45-к, 20.12.2025" in text
    assert "−33,28" in text                                   # 32 % of 104
    assert "Сводный отчёт за квартал" in text
