"""The audit extract speaks in words: every kind of record and every detail an office file keeps has its
Kazakh and Russian words, so no table or column name reaches a printed extract."""
from __future__ import annotations

from pathlib import Path

from desktop_app.reports.audit_words import DETAILS, RECORDS, changes_text, record_text, value_text
from desktop_app.storage.audit import audited_tables
from desktop_app.storage.database import open_store
from tests.sealing import office_key


def test_every_audited_table_and_column_has_words(tmp_path: Path) -> None:
    store = open_store(tmp_path / "office.sqlite", office_key())
    try:
        tables = audited_tables(store.db)
        missing_tables = [t for t in tables if t not in RECORDS]
        missing_columns = sorted({c.name for t in tables for c in store.db[t].columns} - set(DETAILS)
                                 - {"search_key"})
    finally:
        store.close()
    hint = "add their Kazakh and Russian words to RECORDS / DETAILS in desktop_app/reports/audit_words.py"
    assert missing_tables == [], f"tables without words: {missing_tables}; {hint}"
    assert missing_columns == [], f"columns without words: {missing_columns}; {hint}"


def test_values_are_written_as_a_person_would() -> None:
    assert value_text("2026-10-12", "ru") == "12.10.2026"
    assert value_text("2026-10-12T09:30:00.000Z", "kk") == "12.10.2026 09:30"
    assert value_text("∅", "kk") == "—" and value_text("1,60", "ru") == "1,60"
    assert record_text("evaluations", "kk") == "Бағалау парағы" and record_text("evaluations", "ru") == "Оценочный лист"
    assert changes_text("update", (("score", "1.1", "1.6"), ("signed_on", "2026-10-08", "2026-10-21")), "ru") == \
        "балл: 1,1 → 1,6; дата подписания: 08.10.2026 → 21.10.2026"   # a decimal comma
    assert changes_text("insert", (("held_on", "", "2026-10-20"),), "kk") == "өткізілген күні — 20.10.2026"
    assert changes_text("update", (("status", "signed", "received"),), "ru") == \
        "статус: подписан → оцениваемый ознакомлен"


def test_flags_people_and_the_records_own_number_read_as_words() -> None:
    """"присутствовал — да", "работник — Сейітов Е.Б.": no 0/1, no employee number, no "номер — 1557"
    (the extract's "Запись №" column has it)."""
    people = {"35": ("Сейітов Е.Б.", "Сеитов Е.Б.")}
    added = (("id", "", "3"), ("employee_id", "", "35"), ("present", "", "1"), ("is_hr", "", "0"))
    assert changes_text("insert", added, "ru", people=people) == "работник — Сеитов Е.Б.; присутствовал — да; " \
                                                                "из службы управления персоналом — нет"
    assert changes_text("insert", added, "kk", people=people) == "қызметкер — Сейітов Е.Б.; қатысты — иә; " \
                                                                "персоналды басқару қызметінен — жоқ"
    assert changes_text("update", (("id", "3", "4"),), "ru") == "номер: 3 → 4"     # a renumbering is a change
    many = tuple((f"note{i}", "", str(i)) for i in range(14))
    assert changes_text("insert", many, "ru").endswith("… и ещё 2")
    assert changes_text("insert", many, "kk").endswith("… тағы 2")


def test_a_sheet_is_named_by_its_evaluee_and_quarter() -> None:
    sheets = {"549": ("Есенов Ғ.М., 2026 жылғы 3-тоқсан", "Есенов Г.М., 3 квартал 2026 года")}
    assert changes_text("insert", (("evaluation_id", "", "549"), ("value", "", "4.2")), "ru", sheets=sheets) == \
        "оценочный лист — Есенов Г.М., 3 квартал 2026 года; значение — 4,2"
    assert changes_text("insert", (("evaluation_id", "", "550"),), "kk", sheets=sheets) == "бағалау парағы — 550"
