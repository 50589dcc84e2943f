"""A session decided or held after an appeal's deadline (001 §19: 3 working days, §20: 10 working days) is
warned about, naming the appeal and the missed date, and can still be created."""
from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.appeal_deadlines import Stage
from desktop_app.domain.calibration import Member, Role
from tests.services.calibration_support import open_office

FILED = date(2026, 10, 14)


@pytest.fixture
def office(tmp_path, monkeypatch):
    s = open_office(tmp_path, monkeypatch)
    yield s
    s.close()


def _members(office, day: date) -> list[Member]:
    people = {p.employee_id: p for p in office.calibration.people(day)}
    return [Member(people[5], Role.CHAIR), Member(people[1], Role.SECRETARY), Member(people[6], Role.MEMBER)]


def _due(office, appeal_id: int) -> dict[Stage, date]:
    row = next(r for r in office.calibration.appeals(FILED) if r.appeal.id == appeal_id)
    return {s.stage: s.due for s in row.deadlines}


def test_no_warning_on_the_last_day_and_one_per_missed_deadline_the_day_after(office) -> None:
    cal = office.calibration
    aid = cal.file_appeal(1, FILED, "Бағамен келіспеймін")
    due = _due(office, aid)
    assert due[Stage.DECIDE] == date(2026, 10, 19)                      # 3 working days after 14.10
    assert cal.missed_deadlines([aid], due[Stage.DECIDE], due[Stage.HOLD]) == []     # the last days: on time
    late = [m.render() for m in cal.missed_deadlines([aid], date(2026, 10, 20), due[Stage.HOLD])]
    assert late == ["Appeal: Омарова Сәуле — the decision to hold the session was due by 19.10.2026 "
                    "(Methodology, item 19); it is taken on 20.10.2026."]
    both = [m.render() for m in cal.missed_deadlines([aid], date(2026, 12, 3), date(2026, 12, 3))]
    assert len(both) == 2 and f"the session was due by {due[Stage.HOLD]:%d.%m.%Y}" in both[1]
    assert "it is held on 03.12.2026" in both[1]


def test_a_late_session_is_still_created(office) -> None:
    cal = office.calibration
    aid = cal.file_appeal(1, FILED, "Бағамен келіспеймін")
    day = date(2026, 12, 3)
    assert cal.missed_deadlines([aid], day, day)
    sid = cal.create_session([aid], _members(office, day), day, "зал", day)
    assert [c.appeal.id for c in cal.session(sid).cases] == [aid]


def test_an_appeal_already_in_a_session_is_refused_by_name(office) -> None:
    from desktop_app.domain.errors import ValidationError

    cal = office.calibration
    aid = cal.file_appeal(1, FILED, "Бағамен келіспеймін")
    cal.create_session([aid], _members(office, FILED), FILED, "зал", FILED)
    with pytest.raises(ValidationError, match=r"Appeal: Омарова Сәуле — already in a session\."):
        cal.create_session([aid], _members(office, FILED), FILED, "зал", FILED)
    assert len(cal.sessions()) == 1
