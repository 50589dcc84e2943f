"""Closing a quarter, its read-only state, reopening with a reason, many sheets at once, dates that cannot lie
and the running quarter's provisional roster — on a real database file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import EvaluationStatus, NoticeMethod
from desktop_app.domain.quarter_close import Pending
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.container import build_services
from desktop_app.services.quarter import QuarterNotClosable
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office
from tests.sealing import office_key

AKIM = "Evaluated by the akim outside corps B"


@pytest.fixture
def office(tmp_path: Path):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    services = build_services(store)
    services.methodology.copy_preset("typical_2025")
    services.quarter.today = lambda: date(2026, 10, 2)
    q = services.quarter.open_quarter(2026, 3)
    services.quarter.override(q.id, 1, include=False, reason=AKIM)
    yield services, q.id
    services.close()


def _sheets(services, qid: int) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return {r.employee.id: r.evaluation.id for r in services.evaluation.grid(qid)}


def _score_all(services, qid: int) -> None:  # type: ignore[no-untyped-def]
    for r in services.evaluation.grid(qid):
        for key in ([c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]):
            services.evaluation.set_score(r.evaluation.id, key, "4")


def test_many_sheets_move_at_once_and_the_others_are_listed_with_their_reason(office) -> None:
    services, qid = office
    ev = services.evaluation
    _score_all(services, qid)
    ids = _sheets(services, qid)
    services.quarter.today = lambda: date(2026, 10, 19)
    result = ev.move_many(list(ids.values()), Move.SIGN, date(2026, 10, 16))
    assert len(result.moved) == 4 and result.refused == []
    # Employee 12 is received on 16.10, the others on 19.10 (Monday): their window runs over Republic Day,
    # observed on Monday 26.10.2026, so the fifth working day is 27.10, not 26.10 (001 §10, 004 §13.15).
    ev.move_many([ids[12]], Move.RECEIVE, date(2026, 10, 16))
    ev.move_many([ids[2], ids[10], ids[11]], Move.RECEIVE, date(2026, 10, 19))
    services.quarter.today = lambda: date(2026, 10, 27)
    result = ev.move_many(list(ids.values()), Move.FINALISE, date(2026, 10, 27))
    assert result.moved == [ids[12]]
    refused = {r.evaluation_id: r.reason.render() for r in result.refused}
    assert set(refused) == {ids[2], ids[10], ids[11]}
    assert all("27.10.2026" in text for text in refused.values())
    services.quarter.today = lambda: date(2026, 10, 28)
    result = ev.move_many(list(ids.values()), Move.FINALISE, date(2026, 10, 28))
    assert sorted(result.moved) == sorted([ids[2], ids[10], ids[11]])
    assert [r.evaluation_id for r in result.refused] == [ids[12]]
    assert result.refused[0].reason.render() == "The result is already final."   # ids[12] was final already
    final = {r.evaluation.id: r.evaluation for r in ev.grid(qid)}
    assert all(e.status is EvaluationStatus.FINAL for e in final.values())
    assert final[ids[10]].finalised_on == date(2026, 10, 28)
    assert [h.new_value for h in ev.history(ids[10]) if h.field == "status"] == ["signed", "received", "final"]


def test_a_future_or_too_early_date_is_refused_and_nothing_changes(office) -> None:
    services, qid = office
    ev = services.evaluation
    _score_all(services, qid)
    ids = _sheets(services, qid)
    services.quarter.today = lambda: date(2026, 10, 19)
    with pytest.raises(ValidationError, match=r"30\.09\.2026"):
        ev.sign(ids[10], date(2026, 9, 30))
    with pytest.raises(ValidationError, match="future"):
        ev.sign(ids[10], date(2026, 10, 20))
    result = ev.move_many([ids[10], ids[11]], Move.SIGN, date(2026, 10, 20))
    assert result.moved == [] and len(result.refused) == 2
    assert {r.evaluation.status for r in ev.grid(qid)} == {EvaluationStatus.DRAFT}
    ev.sign(ids[10], date(2026, 10, 19))     # today itself
    assert ev.sheet(ids[10]).evaluation.signed_on == date(2026, 10, 19)


def test_a_dismissed_servant_is_signed_after_dismissal_and_told_after_the_quarter(tmp_path: Path) -> None:
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    store.db.execute("UPDATE employees SET dismissal_date = '2026-09-10' WHERE id = 12")
    services = build_services(store)
    try:
        services.methodology.copy_preset("typical_2025")
        services.quarter.today = lambda: date(2026, 9, 15)
        q = services.quarter.open_quarter(2026, 3)
        sid = _sheets(services, q.id)[12]
        services.evaluation.set_score(sid, "overall", "3")
        with pytest.raises(ValidationError, match=r"10\.09\.2026"):
            services.evaluation.sign(sid, date(2026, 9, 10))
        services.evaluation.sign(sid, date(2026, 9, 11))        # before the quarter ended (001 §6)
        with pytest.raises(ValidationError, match=r"30\.09\.2026"):
            services.evaluation.record_notice(sid, NoticeMethod.SMS, date(2026, 9, 14))
        services.quarter.today = lambda: date(2026, 10, 5)
        new = services.evaluation.record_notice(sid, NoticeMethod.SMS, date(2026, 10, 1))
        assert new.status is EvaluationStatus.RECEIVED and new.received_on == date(2026, 10, 1)
    finally:
        services.close()


def _finish(services, qid: int) -> dict[int, int]:  # type: ignore[no-untyped-def]
    _score_all(services, qid)
    ids = _sheets(services, qid)
    services.quarter.today = lambda: date(2026, 10, 30)
    services.evaluation.move_many(list(ids.values()), Move.SIGN, date(2026, 10, 5))
    services.evaluation.move_many(list(ids.values()), Move.RECEIVE, date(2026, 10, 6))
    return ids


def test_close_is_refused_with_each_person_and_reason_then_closes(office) -> None:
    services, qid = office
    services.quarter.today = lambda: date(2026, 9, 30)
    with pytest.raises(ValidationError, match="still running"):
        services.quarter.close_quarter(qid)
    ids = _finish(services, qid)
    services.quarter.today = lambda: date(2026, 10, 13)          # the window of 06.10 ends on 13.10
    with pytest.raises(QuarterNotClosable) as exc:
        services.quarter.close_quarter(qid)
    assert {p.kind for p in exc.value.problems} == {Pending.WINDOW_OPEN}
    assert len(exc.value.problems) == 4 and {p.employee_id for p in exc.value.problems} == {2, 10, 11, 12}
    services.quarter.today = lambda: date(2026, 10, 14)
    services.calibration.file_appeal(ids[11], date(2026, 10, 8), "Не согласен с оценкой")
    services.evaluation.move_many([i for e, i in ids.items() if e != 11], Move.FINALISE, date(2026, 10, 14))
    result = services.evaluation.move_many([ids[11]], Move.FINALISE, date(2026, 10, 14))
    assert result.moved == [] and "appeal" in result.refused[0].reason.render()
    with pytest.raises(QuarterNotClosable) as exc:
        services.quarter.close_quarter(qid)
    kinds = {(p.employee_id, p.kind) for p in exc.value.problems}
    assert kinds == {(11, Pending.NOT_FINAL), (11, Pending.APPEAL_UNDECIDED)}
    assert "Фамилия11" in "\n".join(exc.value.lines(lambda c, t: t))
    appeal = services.calibration.appeals(date(2026, 10, 14))[0].appeal
    services.calibration.decide_late(appeal.id, False)      # the appeal is not heard: decided
    services.evaluation.finalise(ids[11], date(2026, 10, 14))
    closed = services.quarter.close_quarter(qid)
    assert closed.status == "final" and closed.closed_at


def test_a_closed_quarter_is_read_only_and_reopens_with_a_reason_in_the_audit_log(office) -> None:
    services, qid = office
    ids = _finish(services, qid)
    services.quarter.today = lambda: date(2026, 10, 20)
    services.evaluation.move_many(list(ids.values()), Move.FINALISE, date(2026, 10, 20))
    services.quarter.close_quarter(qid)
    refusals = [
        lambda: services.evaluation.set_score(ids[10], "overall", "5", reason="late correction"),
        lambda: services.quarter.rebuild_roster(qid),
        lambda: services.quarter.override(qid, 10, include=False, reason="on study leave"),
        lambda: services.evaluation.apply_calibrated_score(ids[10], "4.5", "protocol No. 9"),
        lambda: services.calibration.file_appeal(ids[10], date(2026, 10, 20), "late appeal"),
    ]
    for action in refusals:
        with pytest.raises(ValidationError, match="closed"):
            action()
    assert services.evaluation.sheet(ids[10]).evaluation.score == 4
    with pytest.raises(ValidationError):
        services.quarter.reopen_quarter(qid, " ")
    services.quarter.reopen_quarter(qid, "Дата вручения указана неверно")
    entry = services.audit.entries(table="quarters")[0]
    assert entry.reason == "Дата вручения указана неверно" and any(c.new == "open" for c in entry.changes)
    services.evaluation.set_score(ids[10], "overall", "5", reason="протокол № 9")


def test_a_running_quarter_counts_worked_days_up_to_today_and_is_provisional(tmp_path: Path) -> None:
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=1)
    services = build_services(store)
    try:
        services.methodology.copy_preset("typical_2025")
        services.quarter.today = lambda: date(2026, 7, 14)     # 1..14 July 2026: 9 working days (6.07 Capital Day)
        q = services.quarter.open_quarter(2026, 3)
        line = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}[10]
        assert line.decision.provisional and line.decision.worked_days == 9 and not line.decision.included
        assert any("Provisional" in n.render() for n in line.notes)
        services.quarter.today = lambda: date(2026, 10, 1)
        services.quarter.rebuild_roster(q.id)
        line = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}[10]
        assert not line.decision.provisional and line.decision.included and line.decision.worked_days > 60
    finally:
        services.close()


def test_the_dashboard_counts_open_quarters_and_the_annual_item_is_provisional_until_closed(office) -> None:
    services, qid = office
    ids = _finish(services, qid)
    today = date(2026, 11, 2)
    services.quarter.today = lambda: today
    texts = [i.text.render() for i in services.dashboard.items(today)]
    assert any("Annual results of 2026" in t and "provisional" in t for t in texts), texts
    services.evaluation.move_many(list(ids.values()), Move.FINALISE, date(2026, 10, 20))
    ready = [i for i in services.dashboard.items(today) if "close the quarter" in i.text.render()]
    assert len(ready) == 1 and ready[0].quarter_id == qid
    services.quarter.close_quarter(qid)
    assert [p.quarter_id for p in services.dashboard.progress()] == []
    items = services.dashboard.items(today)
    assert not [i for i in items if i.quarter_id == qid]
    annual = [i.text.render() for i in items if i.page == "annual"]
    assert any("provisional: 1 quarters" in t for t in annual), annual     # Q4 is not over
    annual = [i.text.render() for i in services.dashboard.items(date(2027, 1, 10)) if i.page == "annual"]
    assert any("Annual results of 2026" in t and "every quarter of the year is closed" in t for t in annual)


def test_the_two_years_warning_uses_closed_quarters_and_says_provisional(office) -> None:
    services, qid = office
    ev = services.evaluation
    for r in ev.grid(qid):                                           # employee 12 unsatisfactory in 2026
        keys = [c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]
        for key in keys:
            ev.set_score(r.evaluation.id, key, "1" if r.employee.id == 12 else "4")
    ids = _sheets(services, qid)
    services.quarter.today = lambda: date(2026, 10, 30)
    ev.move_many(list(ids.values()), Move.SIGN, date(2026, 10, 5))
    ev.move_many(list(ids.values()), Move.RECEIVE, date(2026, 10, 6))
    ev.move_many(list(ids.values()), Move.FINALISE, date(2026, 10, 20))
    # 2025: a closed quarter where employee 12 was unsatisfactory too.
    services.quarter.today = lambda: date(2026, 1, 15)
    q25 = services.quarter.open_quarter(2025, 4)
    services.quarter.override(q25.id, 1, include=False, reason=AKIM)
    ids25 = _sheets(services, q25.id)
    for r in ev.grid(q25.id):
        keys = [c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]
        for key in keys:
            ev.set_score(r.evaluation.id, key, "1" if r.employee.id == 12 else "4")
    ev.move_many(list(ids25.values()), Move.SIGN, date(2026, 1, 5))
    ev.move_many(list(ids25.values()), Move.RECEIVE, date(2026, 1, 6))
    ev.move_many(list(ids25.values()), Move.FINALISE, date(2026, 1, 15))   # 7.01 Christmas
    services.quarter.close_quarter(q25.id)
    today = date(2026, 11, 2)
    services.quarter.today = lambda: today
    warned = [i.text.render() for i in services.dashboard.items(today) if i.level == "warning"]
    assert warned == []                                              # 2026's only quarter is still open
    services.quarter.close_quarter(qid)
    warned = [i.text.render() for i in services.dashboard.items(today) if i.level == "warning"]
    assert len(warned) == 1 and "Фамилия12" in warned[0] and "provisional" in warned[0]   # Q4 2026 not over
    later = date(2027, 1, 10)
    warned = [i.text.render() for i in services.dashboard.items(later) if i.level == "warning"]
    assert len(warned) == 1 and "Фамилия12" in warned[0] and "provisional" not in warned[0]


def test_the_selected_sheets_print_alone(office) -> None:
    import io

    from pypdf import PdfReader

    from desktop_app.reports.sheet_pdf import render_sheets
    from desktop_app.services.evaluation_documents import sheets

    services, qid = office
    ids = _sheets(services, qid)
    chosen = sheets(services, 2026, 3, {ids[10], ids[12]})
    assert sorted(s.employee.ru for s in chosen) == ["Фамилия10 Имя10", "Фамилия12 Имя12"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_sheets(chosen, "ru"))).pages)
    assert "Фамилия10" in text and "Фамилия12" in text and "Фамилия11" not in text


def test_an_appeal_dated_in_the_future_or_inside_the_quarter_is_refused(office) -> None:
    services, qid = office
    ids = _finish(services, qid)                                  # received on 06.10.2026
    services.quarter.today = lambda: date(2026, 10, 8)
    with pytest.raises(ValidationError, match="future") as exc:
        services.calibration.file_appeal(ids[10], date(2026, 10, 9), "Не согласен")
    assert exc.value.field == "filed_on"
    with pytest.raises(ValidationError, match=r"30\.09\.2026"):
        services.calibration.file_appeal(ids[10], date(2026, 10, 8), "Не согласен", received_on=date(2026, 9, 30))
    assert services.calibration.appeals(date(2026, 10, 8)) == []
    services.calibration.file_appeal(ids[10], date(2026, 10, 8), "Не согласен")     # today itself
    assert len(services.calibration.appeals(date(2026, 10, 8))) == 1
