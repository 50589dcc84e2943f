"""The documents' data built from a real quarter (services/evaluation_documents.py), and one real PDF."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.evaluation import NoticeMethod
from desktop_app.services import evaluation_documents as docs
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from desktop_app.storage.evaluation_repository import EntryRow
from tests.evaluation_support import seed_office
from tests.sealing import office_key

D = Decimal


@pytest.fixture
def services(tmp_path: Path):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    s = build_services(store)
    s.methodology.copy_preset("typical_2025")
    s.store.db.execute("UPDATE employees SET dismissal_date = '2026-09-15', address = 'Қарасу а., Абай к. 5' "
                       "WHERE id = 12")
    q = s.quarter.open_quarter(2026, 3)
    s.quarter.override(q.id, 1, include=False, reason="Evaluated by the akim")
    m = s.evaluation.methodology_of(q.id)
    item = m.bonus_items[0]
    for ev in s.evaluation.repo.evaluations(q.id):
        s.evaluation.set_score(ev.id, "overall", "1.5" if ev.employee_id == 11 else "4.25")
        if ev.employee_id == 10:
            s.evaluation.add_entry(EntryRow(None, ev.id, "bonus", item.id, D(2), doc_number="12-05/345",
                                            doc_date=date(2026, 8, 14)))
        s.evaluation.sign(ev.id, date(2026, 10, 5))
        if ev.employee_id == 12:
            s.evaluation.record_notice(ev.id, NoticeMethod.REGISTERED_LETTER, date(2026, 10, 9), "04-12/88")
    yield s
    store.close()


def test_summary_lists_every_roster_line_by_unit(services) -> None:
    data = docs.summary(services, 2026, 3)
    rows = [r for u in data.units for r in u.rows]
    assert len(rows) == 5
    notes = {r.employee.ru: r.note.ru for r in rows}
    assert "Evaluated by the akim" in notes["Фамилия1 Имя1"]
    assert "пункт 6 Методики" in notes["Фамилия12 Имя12"]
    assert data.grades[0].ru.endswith("эффективно") and len(data.grades) == 4


def test_sheet_carries_the_bonus_evidence_and_the_grade(services) -> None:
    sheets = {s.employee.ru: s for s in docs.sheets(services, 2026, 3)}
    sheet = sheets["Фамилия10 Имя10"]
    assert sheet.score == D("4.25") and sheet.grade.ru.endswith("эффективно")
    assert sheet.bonus_lines[0].evidence == "№ 12-05/345, 14.08.2026" and sheet.bonus_lines[0].points > 0
    assert sheet.deadline == date(2026, 10, 20) and sheet.evaluator_name.ru == "Фамилия2 Имя2"


def test_notice_of_the_dismissed_and_its_pdf(services) -> None:
    from desktop_app.reports.notice_pdf import render_notices

    notices = docs.notices(services, 2026, 3)
    assert [n.employee.ru for n in notices] == ["Фамилия12 Имя12"]
    assert notices[0].dismissal_date == date(2026, 9, 15) and notices[0].outgoing_number == "04-12/88"
    pdf = render_notices(notices, "ru")
    path = Path(services.store.path).with_name("notice.pdf")
    path.write_bytes(pdf)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Фамилия12" in text and "4,25" in text


def test_annual_data_has_the_quarter_and_mean(services) -> None:
    data = docs.annual(services, 2026)
    rows = {r.employee.ru: r for u in data.units for r in u.rows}
    assert rows["Фамилия11 Имя11"].quarter_scores == (None, None, D("1.5"), None)
    assert rows["Фамилия11 Имя11"].grade.ru.endswith("не удовлетворительно")
