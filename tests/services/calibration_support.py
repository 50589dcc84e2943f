"""A small office in a real database file with a Q3 2026 evaluation under appeal (for calibration tests)."""
from __future__ import annotations

from pathlib import Path

from tests.sealing import office_key

UNITS = [(1, "Персоналды басқару қызметі", "Служба управления персоналом"), (2, "Экономика бөлімі", "Отдел экономики"),
         (3, "Қаржы бөлімі", "Финансовый отдел"), (4, "Құқық бөлімі", "Юридический отдел"),
         (5, "Ұйымдастыру бөлімі", "Организационный отдел")]
# employee id, unit, last name, first name, position title
PEOPLE = [(1, 1, "Әлиева", "Гүлнар", "Бас маман"), (2, 2, "Төлеуов", "Қанат", "Бөлім басшысы"),
          (3, 2, "Омарова", "Сәуле", "Бас маман"), (4, 3, "Нұрланова", "Жанар", "Бөлім басшысы"),
          (5, 4, "Қасымов", "Бауыржан", "Бөлім басшысы"), (6, 5, "Ержанов", "Дәулет", "Бөлім басшысы"),
          (7, 3, "Исаев", "Тимур", "Жетекші маман")]


def seed(db) -> None:  # type: ignore[no-untyped-def]
    ex = db.execute
    ex("UPDATE organisation SET name_kk = '«Қарасу ауданы әкімінің аппараты» ММ', "
       "name_ru = 'ГУ «Аппарат акима Карасуского района»', appointing_official_name = 'Жұмабеков Е.Қ.', "
       "appointing_official_title = 'Аппарат басшысы' WHERE id = 1")
    for uid, kk, ru in UNITS:
        ex("INSERT INTO units (id, name_kk, name_ru) VALUES (?, ?, ?)", [uid, kk, ru])
    for emp, unit, last, first, title in PEOPLE:
        ex("INSERT INTO positions (id, unit_id, title_kk, title_ru, category) VALUES (?, ?, ?, ?, 'E-R-3')",
           [emp, unit, title, title])
        ex("INSERT INTO employees (id, iin, last_name, first_name) VALUES (?, ?, ?, ?)",
           [emp, f"{emp:012d}", last, first])
        ex("INSERT INTO appointments (employee_id, position_id, date_from) VALUES (?, ?, '2020-01-01')", [emp, emp])
    ex("INSERT INTO quarters (id, year, quarter, status, opened_at) VALUES (1, 2026, 3, 'open', '2026-10-01')")
    # evaluee, evaluator, score: Омарова by Төлеуов (disputed), Исаев by Нұрланова; others evaluate too.
    rows = [(1, 3, 2, 2.5), (2, 7, 4, 4.0), (3, 2, 5, 4.5), (4, 4, 6, 4.2), (5, 5, 6, 4.0), (6, 6, 5, 4.1)]
    for eid, emp, evaluator, score in rows:
        ex("INSERT INTO evaluations (id, quarter_id, employee_id, evaluator_employee_id, form, status, score, "
           "signed_on, received_on) VALUES (?, 1, ?, ?, 2, 'received', ?, '2026-10-08', '2026-10-09')",
           [eid, emp, evaluator, score])


def open_office(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    store = open_store(tmp_path / "office.sqlite", office_key())
    seed(store.db)
    services = build_services(store)
    services.methodology.copy_preset("typical_2025")     # 001: 0–5 scores, grade bands, 5/3/10/3 windows
    return services
