"""Appeals and sessions end to end on a real database file (001 §10, §19, §22, §23)."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.domain.calibration import ArgumentForm, Member, Motion, Role, SessionStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.storage.calibration_repository import FeedbackMeeting
from tests.services.calibration_support import open_office

DAY = date(2026, 10, 20)


@pytest.fixture
def office(tmp_path, monkeypatch):
    s = open_office(tmp_path, monkeypatch)
    yield s
    s.close()


def members(office, *ids: int) -> list[Member]:
    people = {p.employee_id: p for p in office.calibration.people(DAY)}
    roles = [Role.CHAIR, Role.SECRETARY] + [Role.MEMBER] * len(ids)
    return [Member(people[i], r) for i, r in zip(ids, roles, strict=False)]


def test_an_appeal_keeps_deadlines_and_a_late_one_needs_a_decision(office) -> None:
    cal = office.calibration
    on_time = cal.file_appeal(1, date(2026, 10, 14), "Бағамен келіспеймін")     # 9.10 + 5 wd = 16.10
    late = cal.file_appeal(2, date(2026, 10, 19), scan_path="/scans/isaev.pdf")
    rows = {r.appeal.id: r for r in cal.appeals(date(2026, 10, 19))}
    assert not rows[on_time].late and rows[late].late
    assert rows[on_time].next_due.due == date(2026, 10, 19)                     # §19: 3 wd after 14.10
    assert rows[on_time].appeal.appellant_name == "Омарова Сәуле"
    with pytest.raises(ValidationError, match="filed late"):
        cal.create_session([late], members(office, 5, 1, 6), DAY, "зал", date(2026, 10, 20))
    with pytest.raises(ValidationError, match="text of the appeal"):
        cal.file_appeal(1, date(2026, 10, 14))


def test_invalid_composition_is_refused_with_the_reason_and_changes_nothing(office) -> None:
    cal = office.calibration
    aid = cal.file_appeal(1, date(2026, 10, 14), "Келіспеймін")
    with pytest.raises(ValidationError) as err:
        cal.create_session([aid], members(office, 5, 1, 2), DAY, "зал", date(2026, 10, 15))   # 2 scored her
    assert "gave the disputed score" in str(err.value)
    with pytest.raises(ValidationError, match="HR service"):
        cal.create_session([aid], members(office, 5, 4, 6), DAY, "зал", date(2026, 10, 15))
    assert cal.sessions() == []
    proposed = [p.employee_id for p in cal.proposed([aid], DAY)]
    assert proposed[0] == 1 and 2 not in proposed and 3 not in proposed
    default = cal.default_members([aid], DAY)
    assert {m.employee_id for m in default}.isdisjoint({2, 3}) and len(default) == 3


def test_session_votes_close_and_the_adopted_score_replaces_the_original(office) -> None:
    cal = office.calibration
    a1 = cal.file_appeal(1, date(2026, 10, 14), "Келіспеймін")
    a2 = cal.file_appeal(2, date(2026, 10, 15), "Не согласен")
    sid = cal.create_session([a1, a2], members(office, 5, 1, 6), DAY, "мәжіліс залы", date(2026, 10, 16), "45-ө")
    s = cal.session(sid)
    assert s.number == "1" and [m.role for m in s.members] == [Role.CHAIR, Role.SECRETARY, Role.MEMBER]
    cal.set_case(a1, "Кешіктірді", "Мерзім ұзартылды", ArgumentForm.ORAL, [Motion(), Motion(3.5, 6, "Расталды")])
    cal.set_case(a2, "Орташа", "Жүктеме", ArgumentForm.WRITTEN, [Motion(), Motion(4.5)])
    cal.vote(a1, 5, 1)
    cal.vote(a1, 1, 0)
    with pytest.raises(ValidationError, match="majority"):
        cal.close_session(sid, date(2026, 10, 21))       # case 1 has 1–1 of 3: no majority yet
    cal.vote(a1, 6, 1)
    for voter in (5, 1, 6):
        cal.vote(a2, voter, 0)
    scores = cal.close_session(sid, date(2026, 10, 21))
    assert scores == {a1: 3.5, a2: 4.0}
    row = office.store.db.execute("SELECT score, original_score, calibrated FROM evaluations WHERE id = 1").fetchone()
    assert row == (3.5, 2.5, 1)
    assert cal.session(sid).status is SessionStatus.CLOSED
    with pytest.raises(ValidationError, match="closed"):
        cal.vote(a1, 5, 0)
    # the protocol: register number, votes, in kk and ru; DOCX too
    kk = " ".join(PdfReader(io.BytesIO(cal.papers.protocol(sid, "kk"))).pages[0].extract_text().split())
    assert "ХАТТАМА" in kk and "№ 1" in kk and "Омарова С." in kk
    ru = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(cal.papers.protocol(sid, "ru"))).pages)
    assert "Повысить оценку с 2,50 до 3,50" in " ".join(ru.split())
    assert "надлежащим образом" in " ".join(ru.split())          # the grade of 3.50 (001 §7), recomputed
    history = office.evaluation.history(1)
    assert any("Протокол калибровочной сессии № 1" in (h.reason or "") for h in history)
    assert cal.papers.protocol(sid, "both", "docx")[:2] == b"PK"
    assert b"%PDF" in cal.papers.order(sid, "ru")[:8]
    # feedback meeting (001 §23) and its memo
    cal.save_feedback(FeedbackMeeting(a1, date(2026, 10, 23), "Есептер", "Excel", "Орынбасар"))
    memo = " ".join(PdfReader(io.BytesIO(cal.papers.memo(a1, "ru"))).pages[0].extract_text().split())
    assert "Обзор достижений" in memo and "3,50" in memo
    # the next session of the year gets number 2
    a3 = cal.file_appeal(3, date(2026, 10, 14), "x")
    sid2 = cal.create_session([a3], members(office, 4, 1, 6), DAY, "зал", date(2026, 10, 16))
    assert cal.session(sid2).number == "2"


def test_an_evaluator_who_sits_does_not_vote_on_their_own_case(office) -> None:
    cal = office.calibration
    a1 = cal.file_appeal(1, date(2026, 10, 14), "Келіспеймін")
    a2 = cal.file_appeal(2, date(2026, 10, 15), "Не согласен")
    # 4 (Нұрланова) evaluated case 2 and sits: 5 members, case 2 decided by 4.
    ms = members(office, 5, 1, 6)
    people = {p.employee_id: p for p in cal.people(DAY)}
    with pytest.raises(ValidationError, match="odd number"):
        cal.create_session([a1, a2], [*ms, Member(people[4])], DAY, "зал", date(2026, 10, 16))
    sid = cal.create_session([a1], members(office, 5, 1, 4), DAY, "зал", date(2026, 10, 16))
    cal.set_case(a1, "", "", ArgumentForm.WRITTEN, [Motion(), Motion(3.0)])
    with pytest.raises(ValidationError, match="Only a member"):
        cal.vote(a1, 2, 0)
    assert cal.session(sid).number == "1"


def test_dashboard_lines_for_open_appeal_steps(office) -> None:
    cal = office.calibration
    on_time = cal.file_appeal(1, date(2026, 10, 14), "Келіспеймін")
    cal.file_appeal(2, date(2026, 10, 19), "Кеш")
    items = cal.due_items(date(2026, 10, 20))
    texts = [i.text.render() for i in items]
    assert any("filed late" in t for t in texts)
    decide = next(i for i in items if "decide on the session" in i.text.render())
    assert decide.level == "overdue" and decide.due == date(2026, 10, 19) and decide.page == "appeals"
    cal.create_session([on_time], members(office, 5, 1, 6), date(2026, 10, 22), "зал", date(2026, 10, 16))
    hold = [i for i in cal.due_items(date(2026, 10, 20)) if "hold the calibration session" in i.text.render()]
    # §20: ten working days after 14.10; Republic Day (Sun 25.10) is observed on Mon 26.10
    assert hold and hold[0].due == date(2026, 10, 29)
