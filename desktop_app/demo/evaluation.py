"""Demo part: evaluated quarters relative to `today` — last year and this year's finished quarters
signed, received and final as far as `today` allows (various grades, one unsatisfactory, bonus entries
with evidence), the current quarter half scored (it is still running, so nothing is signed: 001 §4).
The quarters are closed afterwards by `demo_close`, once the calibration part has heard its appeals.

One employee is weak in both years, so the annual results show the warning of the Law on civil
service, Art. 33 p. 6. The head of apparatus is evaluated by the akim, who is not on the corps "B"
register: the organisation card names him as the evaluator outside corps "B" (001 §16).
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from desktop_app.demo.akimat_scale import akimat_bonus_items
from desktop_app.domain.deadlines import appeal_window_end, quarter_deadline
from desktop_app.domain.evaluation import NoticeMethod, score_keys
from desktop_app.domain.external_evaluator import ExternalEvaluator
from desktop_app.domain.methodology.presets import load_preset
from desktop_app.domain.quarters import quarter_bounds, quarter_of
from desktop_app.domain.records import EntryRow
from desktop_app.domain.staff import Absence, AbsenceKind, Appointment, AppointmentKind
from desktop_app.services.container import Services

AKIM = ExternalEvaluator("Әлімжанов Нұрлан Серікұлы", "Алимжанов Нурлан Серикович", "Қарасу ауданының әкімі",
                         "Аким Карасуского района")


def _ensure_methodology(services: Services, first_day: date) -> None:
    """The typical methodology (2025 wording) and, for the quarters before it, the 2023 wording."""
    m = services.methodology
    if not m.list_versions():
        m.copy_preset("typical_2025")
    if m.version_in_force(first_day) is None:
        old = load_preset("typical_2025").with_changes(
            id=None, lineage="", version=1, effective_from=date(2023, 3, 30), act_date=date(2023, 3, 20),
            act_number="41", bonus_items=akimat_bonus_items(),
            name_kk="«Б» корпусы қызметшілерінің қызметін бағалау әдістемесі (2023 жылғы редакция)",
            name_ru="Методика оценки деятельности служащих корпуса «Б» (редакция 2023 года)")
        m.save(old)


def _quarters(today: date) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    current = quarter_of(today)
    done = [(y, q) for y in (today.year - 1, today.year) for q in (1, 2, 3, 4) if (y, q) < current]
    return done, current


def _old_quarters(today: date) -> list[tuple[int, int]]:
    """Two quarters closed more than three years ago: their documents may leave the office file, so the
    demo has a case for the retention act (001 §12)."""
    last = quarter_of(date(today.year - 3, today.month, 1) - timedelta(days=130))
    before = (last[0], last[1] - 1) if last[1] > 1 else (last[0] - 1, 4)
    # the 2023 wording of the methodology (in force from 30.03.2023) must cover them
    return [q for q in (before, last) if q >= (2023, 2)]


def _old_evaluation(services: Services, today: date, old: list[tuple[int, int]]) -> list[str]:
    """The old quarters, evaluated and closed in their own time (their own random numbers: the recent
    quarters of the demo stay as they were)."""
    rng = random.Random(7)
    lines = []
    for year, quarter in old:
        q = services.quarter.open_quarter(year, quarter)
        rows = services.evaluation.grid(q.id)
        n = _fill_quarter(services, q.id, year, quarter, rows, {}, rng, True, today)
        cal = services.calendar.calendar()
        due = quarter_deadline(cal, year, quarter, services.evaluation.methodology_of(q.id).deadlines)
        if not services.quarter.close_problems(q.id):
            services.quarter.close_quarter(q.id, closed_on=datetime.combine(cal.add_working_days(due, 15), time(17)))
        lines.append(f"{quarter} quarter {year}: {n}")
    return lines


def _absent_evaluator(services: Services, year: int, quarter: int) -> str:
    """A unit head on leave over the end of the previous quarter; a chief specialist acts (001 §3)."""
    snap = services.quarter.quarters_repo.snapshot()
    q_end = quarter_bounds(year, quarter)[1]
    holders = {a.position_id: a.employee_id for a in snap.appointments if a.covers(q_end)
               and a.kind is AppointmentKind.APPOINTED}
    for unit in sorted(snap.units.values(), key=lambda u: -u.sort_order):
        head = holders.get(unit.head_position_id or -1)
        staff = [holders[p.id] for p in snap.positions.values() if p.supervisor_position_id == unit.head_position_id
                 and p.unit_id == unit.id and p.id in holders]
        if head is None or not staff:
            continue
        start, end = q_end - timedelta(days=9), q_end + timedelta(days=12)
        services.staff.save_absence(Absence(None, head, AbsenceKind.LEAVE, start, end,
                                            "жыл сайынғы еңбек демалысы / ежегодный трудовой отпуск"))
        services.staff.save_appointment(Appointment(None, min(staff), unit.head_position_id or 0, start, end,
                                                    AppointmentKind.ACTING, "№ 57-ж"))
        return unit.name_ru
    return ""


def demo_evaluation(services: Services, today: date) -> str:
    rng = random.Random(4)
    done, current = _quarters(today)
    old = _old_quarters(today)
    _ensure_methodology(services, quarter_bounds(*(old or done)[0])[1])
    _absent_evaluator(services, *done[-1])
    services.quarter.set_external_evaluator(None, AKIM)
    weak: int | None = None
    middling: int | None = None
    profile: dict[int, float] = {}
    lines = []
    for year, quarter in [*done, current]:
        q = services.quarter.open_quarter(year, quarter)
        rows = services.evaluation.grid(q.id)
        for r in rows:
            profile.setdefault(r.employee.id or 0, rng.uniform(3.1, 4.8))
        if weak is None:
            plain_staff = sorted(r.employee.id or 0 for r in rows if r.evaluation.form == 2
                                 and not r.evaluation.without_participation)
            weak = plain_staff[len(plain_staff) // 2] if plain_staff else None
            middling = plain_staff[len(plain_staff) // 3] if plain_staff else None
        if weak is not None:
            # Low enough in the previous quarter to stay unsatisfactory after a calibration raise.
            profile[weak] = 1.0 if (year, quarter) == done[-1] else 1.6
        if middling is not None:
            profile[middling] = 2.5 if (year, quarter) == done[-1] else 3.6
        finished = (year, quarter) != current
        # The previous quarter's two weakest results are appealed (demo_calibration): they stay received
        # until the appeals are decided (domain/sheet_moves.py: no final result while an appeal is pending).
        hold = 2 if (year, quarter) == done[-1] else 0
        n = _fill_quarter(services, q.id, year, quarter, rows, profile, rng, finished, today, hold)
        lines.append(f"{quarter} quarter {year}: {n}")
    lines += _old_evaluation(services, today, old)
    return "evaluation: " + "; ".join(lines)


def _score(rng: random.Random, base: float) -> Decimal:
    value = min(5.0, max(0.5, rng.gauss(base, 0.35)))
    return Decimal(str(round(value * 2) / 2 if rng.random() < 0.6 else round(value, 1)))


def _fill_quarter(services: Services, quarter_id: int, year: int, quarter: int, rows, profile: dict[int, float],  # type: ignore[no-untyped-def]
                  rng: random.Random, finished: bool, today: date, hold: int = 0) -> str:
    ev_svc = services.evaluation
    cal = services.calendar.calendar()
    m = ev_svc.methodology_of(quarter_id)
    q_start, q_end = quarter_bounds(year, quarter)
    due = quarter_deadline(cal, year, quarter, m.deadlines)
    signed_on = cal.add_working_days(q_end, 5)
    received_on = cal.add_working_days(signed_on, 1)
    entered = signed = 0
    finals: list[tuple[Decimal, int, date, bool]] = []     # score, sheet, final date, may be appealed
    for i, r in enumerate(rows):
        ev = r.evaluation
        if not finished and i % 2 == 1:
            continue   # the current quarter is half done
        for key in score_keys(r.template):
            ev_svc.set_score(ev.id, key, _score(rng, profile.get(r.employee.id or 0, 4.0)))
        entered += 1
        if rng.random() < 0.45:
            items = list(m.bonus_items)
            for _ in range(rng.randint(1, 3)):
                item = rng.choice(items)
                day = q_start + timedelta(days=rng.randint(3, 80))
                ev_svc.add_entry(EntryRow(None, ev.id or 0, "bonus", item.id, Decimal(rng.randint(1, 3)),
                                          doc_number=f"{rng.randint(1, 30)}-{rng.randint(1, 9):02d}/"
                                                     f"{rng.randint(100, 999)}", doc_date=day))
        # Nothing is dated after `today` or before the quarter ended (domain/event_dates.py).
        if not finished or signed_on > today:
            continue
        ev_svc.sign(ev.id or 0, signed_on)
        signed += 1
        if received_on > today:
            continue
        if ev.without_participation:
            ev_svc.record_notice(ev.id or 0, NoticeMethod.REGISTERED_LETTER, received_on,
                                 f"№ 04-12/{rng.randint(100, 999)}")
        else:
            ev_svc.receive(ev.id or 0, received_on)
        final_on = cal.add_working_days(appeal_window_end(cal, received_on, m.deadlines), 1)
        if final_on <= today:
            stored = ev_svc.repo.evaluation(ev.id or 0)
            score = stored.score if stored is not None and stored.score is not None else Decimal(0)
            finals.append((score, ev.id or 0, final_on, ev.evaluator_employee_id is not None))
    appealed = {f[1] for f in sorted((f for f in finals if f[3]), key=lambda f: (f[0], f[1]))[:hold]}
    for f in finals:
        if f[1] not in appealed:
            ev_svc.finalise(f[1], f[2])
    if finished:
        return f"{entered} sheets, {signed} signed, due {due:%d.%m.%Y}"
    return f"{entered} of {len(rows)} sheets entered"


def demo_close(services: Services, today: date) -> str:
    """Close every past quarter whose evaluation is complete (domain/quarter_close.py); one still waiting
    for something (an undecided appeal) stays open with its reasons, as it would in a real office."""
    closed, waiting = [], []
    for q in services.quarter.quarters():
        if q.status == "final" or quarter_bounds(q.year, q.quarter)[1] >= today:
            continue
        if services.quarter.close_problems(q.id):
            waiting.append(f"{q.quarter}/{q.year}")
        else:
            services.quarter.close_quarter(q.id)
            closed.append(f"{q.quarter}/{q.year}")
    return f"closed: {', '.join(closed) or '-'}; still open: {', '.join(waiting) or '-'}"
