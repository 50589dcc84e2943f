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


def test_reasons_the_program_wrote_are_said_in_the_readers_language_old_english_ones_too() -> None:
    from desktop_app.domain.audit_reasons import reason
    from desktop_app.reports.audit_words import reason_text

    assert reason_text(reason("restored", file="копия.sqlite"), "ru") == "восстановлено из копии копия.sqlite"
    assert reason_text(reason("restored", file="копия.sqlite"), "kk") == "көшірмеден қалпына келтірілді: копия.sqlite"
    # offices written by older versions kept English sentences: they read the same
    assert reason_text("staff import from штат.xlsx", "ru") == "загрузка работников из файла штат.xlsx"
    assert reason_text("employee record 791028302728", "kk") == "қызметкер туралы мәліметтер, ЖСН 791028302728"
    assert reason_text("retention act No. 4", "ru") == "акт о сроке хранения № 4"
    assert reason_text("idle lock time", "kk") == "әрекетсіз уақыттан кейін құлыптау"
    # a reason the specialist wrote is kept as written; a code this version does not know is not shown raw
    assert reason_text("Бұйрық № 7-ж", "ru") == "Бұйрық № 7-ж"
    assert reason_text(reason("future_code", x="1"), "ru") == "изменение, сделанное программой"


def test_the_extract_names_a_setting_and_says_the_reason_in_its_language() -> None:
    from datetime import datetime

    from desktop_app.domain.audit_reasons import reason
    from desktop_app.reports.audit_pdf import AuditExtract, AuditExtractDocument, AuditLine
    from desktop_app.reports.labels import L
    from tests.reports.pdf_check import page_texts

    line = AuditLine(9, datetime(2026, 12, 3, 8, 0), "settings", "backup.last_restore", "insert", "",
                     reason("restored", file="копия.sqlite"),
                     (("key", "", "backup.last_restore"), ("value", "", "2026-12-03 08:00:00 копия.sqlite")))
    old = AuditLine(10, datetime(2026, 12, 3, 8, 1), "settings", "lock.idle_minutes", "update", "",
                    "idle lock time", (("value", "5", "10"),))
    data = AuditExtract(L("Әкімдік", "Акимат"), datetime(2026, 12, 3, 9, 0), L("", ""), [line, old],
                        chain_rows=10, chain_bad_id=None, signatory="Тоқтаров Н.Б.")
    ru = " ".join(" ".join(page_texts(AuditExtractDocument("ru").render(data))).split())
    kk = " ".join(" ".join(page_texts(AuditExtractDocument("kk").render(data))).split())
    assert "восстановлено из копии копия.sqlite" in ru and "блокировка после бездействия" in ru
    assert "последнее восстановление" in ru and "backup." not in ru and "restored" not in ru
    assert "көшірмеден қалпына келтірілді: копия.sqlite" in kk and "соңғы қалпына келтіру" in kk and "idle" not in kk
