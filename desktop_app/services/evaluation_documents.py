"""The data of the evaluation documents (reports/evaluation_data.py) built from a quarter's evaluations.

    sheets(services, year, quarter) -> list[SheetData]       # every evaluee of the quarter, by unit
    summary(services, year, quarter) -> SummaryData
    annual(services, year) -> AnnualData
    notices(services, year, quarter) -> list[NoticeData]     # the dismissed evaluees (001 §6, §9)

Read-only: everything comes through the quarter and evaluation services (one staff snapshot per call).
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.domain.deadlines import quarter_deadline
from desktop_app.domain.designees import Designee
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import Evaluation, EvaluationStatus, NoticeMethod
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.model import GradeBand, Methodology, SheetTemplate
from desktop_app.domain.methodology.sheet_extras import PersonalPoints
from desktop_app.domain.people import is_male
from desktop_app.domain.records import EntryRow
from desktop_app.domain.roster import Reason, RosterStatus
from desktop_app.domain.staff import Employee, Position, StaffSnapshot
from desktop_app.domain.text import split_bilingual
from desktop_app.reports.calibration_data import ru_spelling
from desktop_app.reports.evaluation_data import (
    EMPTY,
    AnnualData,
    AnnualRow,
    AnnualUnit,
    CalibrationNote,
    CriterionLine,
    DesigneeLine,
    NoticeData,
    PersonalLine,
    PointLine,
    SanctionLine,
    SheetData,
    SummaryData,
    SummaryRow,
    SummaryUnit,
)
from desktop_app.reports.labels import L
from desktop_app.services.evaluation import EvaluationService, entry_points
from desktop_app.services.sheet_notes import calculation, calibrated_mark, calibration_notes
from desktop_app.storage.quarter_repository import QuarterRow

if TYPE_CHECKING:
    from desktop_app.services.container import Services

STATUS = {EvaluationStatus.DRAFT: L("Жоба", "Черновик"), EvaluationStatus.SIGNED: L("Қол қойылды", "Подписан"),
          EvaluationStatus.RECEIVED: L("Танысты", "Получен"), EvaluationStatus.FINAL: L("Түпкілікті", "Окончательный")}
NOTICE = {NoticeMethod.REGISTERED_LETTER: L("табыс етілгені туралы хабарламасы бар тапсырыс хат",
                                            "заказное письмо с уведомлением о вручении"),
          NoticeMethod.PHONE: L("телефонограмма", "телефонограмма"), NoticeMethod.TELEGRAM: L("жеделхат", "телеграмма"),
          NoticeMethod.SMS: L("ұялы байланыс нөміріне мәтіндік хабарлама", "текстовое сообщение на номер сотовой связи"),
          NoticeMethod.EMAIL: L("электрондық пошта", "электронная почта"),
          NoticeMethod.OTHER: L("хабарлауды тіркейтін өзге байланыс құралы", "иные средства связи с фиксацией")}
NOT_EVALUATED = L("бағаланбайды (Әдістеменің 5-тармағы)", "не оценивается (пункт 5 Методики)")
WITHOUT = L("қатысуынсыз бағаланды (Әдістеменің 6-тармағы)", "оценён без участия (пункт 6 Методики)")


def name(e: Employee | None) -> L:
    return L(e.full_name("kk"), e.full_name("ru")) if e is not None else EMPTY


def spelled(snap: StaffSnapshot, written: str) -> L:
    """A name typed once on the organisation card ("Тоқтаров Н.Б.", "Тоқтаров Нұрлан Бекұлы") in both
    spellings: the employee it names lends the Russian one ("Токтаров Н.Б."); a name of nobody on the staff
    has its Kazakh letters written with the nearest Russian ones. A Russian paper never signs in Kazakh."""
    key = written.replace(" ", "").casefold()
    if not key:
        return EMPTY
    found = {e.short_name("ru") if "." in written else e.full_name("ru") for e in snap.employees.values()
             if key in (e.short_name("kk").replace(" ", "").casefold(), e.full_name("kk").replace(" ", "").casefold())}
    return L(written, found.pop() if len(found) == 1 else ru_spelling(written))


def grade_label(g: GradeBand | None) -> L | None:
    return L(g.name_kk, g.name_ru) if g is not None else None


def grades(m: Methodology) -> tuple[L, ...]:
    return tuple(L(b.name_kk, b.name_ru) for b in reversed(m.sorted_bands()))


def _quarter(services: Services, year: int, quarter: int) -> QuarterRow:
    q = services.quarter.find(year, quarter)
    if q is None:
        raise ValidationError(msg(N_("msg", "Quarter {quarter} of {year} is not opened."), quarter=quarter,
                                  year=year))
    return q


def _organisation(services: Services) -> L:
    org = services.staff.organisation()
    return L(org.name_kk, org.name_ru)


def _position_held(snap: StaffSnapshot, employee_id: int, on: date) -> Position | None:
    """The position (not an acting one) held on `on`, or the last one held before it."""
    best = None
    for a in snap.appointments:
        if a.employee_id == employee_id and a.kind.value != "acting" and a.date_from <= on and (
                best is None or a.date_from >= best.date_from):
            best = a
    return snap.positions.get(best.position_id) if best else None


def _position_of(snap: StaffSnapshot, employee_id: int, on: date) -> tuple[L, L, str]:
    """(position, unit, category) held on `on` (or last held before it)."""
    pos = _position_held(snap, employee_id, on)
    unit = snap.units.get(pos.unit_id) if pos else None
    return (L(pos.title_kk, pos.title_ru) if pos else EMPTY, L(unit.name_kk, unit.name_ru) if unit else EMPTY,
            pos.category if pos else "")


def _extras(ev_svc: EvaluationService, m: Methodology, t: SheetTemplate, ev: Evaluation, entries: list[EntryRow],
            personal: list[PersonalPoints], designees: list[Designee], snap: StaffSnapshot,
            due: date) -> dict[str, Any]:
    """The sheet's sanction (002 §21), personal points (002 §26) and designees (001 §17), as printed."""
    out: dict[str, Any] = {}
    if ev.sanction.months or personal:
        points = ev_svc._outcome(m, t, ev, entries, personal=personal).points
        if points is not None and ev.sanction.months:
            day = f", {ev.sanction.order_date:%d.%m.%Y}" if ev.sanction.order_date else ""
            out["sanction"] = SanctionLine(ev.sanction.months, f"№ {ev.sanction.order_number}{day}",
                                           points.sanction_deduction,
                                           m.sanction.percent_per_month if m.sanction else 16)
        counted = [ln.points for ln in points.lines if ln.kind == "personal"] if points is not None else []
        out["personal_lines"] = tuple(PersonalLine(p.points, p.note, counted[i] if i < len(counted) else 0)
                                      for i, p in enumerate(personal))
    rows = []
    for d in designees:
        emp = snap.employees.get(d.employee_id)
        pos, _u, _c = _position_of(snap, d.employee_id, d.designated_on)
        rows.append(DesigneeLine(name(emp) if emp else EMPTY, pos, d.designated_on, d.proposed_score))
    if rows:
        out["designees"] = tuple(rows)
    return out


def sheets(services: Services, year: int, quarter: int,
           evaluation_ids: Collection[int] | None = None) -> list[SheetData]:
    """One sheet per evaluee of the quarter (001 §16), ordered by unit and name."""
    q = _quarter(services, year, quarter)
    ev_svc = services.evaluation
    m = ev_svc.methodology_of(q.id)
    snap = services.quarter.quarters_repo.snapshot()
    roster = {d.employee_id: d for d in services.quarter.quarters_repo.roster(q.id)}
    entries = ev_svc.repo.quarter_entries(q.id)
    personal = ev_svc.repo.quarter_personal_points(q.id)
    designees = ev_svc.repo.quarter_designees(q.id)
    org = _organisation(services)
    hr = services.staff.organisation().hr_head_name
    due = quarter_deadline(services.calendar.calendar(), year, quarter, m.deadlines)
    calibrated = calibration_notes(services)
    out: list[tuple[str, str, SheetData]] = []
    for ev in ev_svc.repo.evaluations(q.id):
        if evaluation_ids is not None and ev.id not in evaluation_ids:
            continue   # the rows selected in the entry grid
        t = ev_svc.template(m, ev.form)
        emp = snap.employees[ev.employee_id]
        d = roster.get(ev.employee_id)
        pos = snap.positions.get(d.position_id) if d else None
        unit = snap.units.get(d.unit_id) if d else None
        evaluator = snap.employees.get(ev.evaluator_employee_id or -1)
        ev_pos, _u, _c = _position_of(snap, evaluator.id or 0, due) if evaluator else (EMPTY, EMPTY, "")
        ev_name = name(evaluator)
        if evaluator is None and ev.external is not None:   # the akim, the maslikhat secretary (001 §16)
            x = ev.external
            ev_name, ev_pos = L(x.name("kk"), x.name("ru")), L(x.position("kk"), x.position("ru"))
        criteria = tuple(CriterionLine(L(c.name_kk, c.name_ru), ev.scores.get(c.id)) for c in t.criteria) \
            if t.mode == "criteria" else ()
        lines = {"bonus": [], "penalty": []}  # type: dict[str, list[PointLine]]
        for n in entries.get(ev.id or 0, []):
            item = m.bonus_item(n.item_id) if n.kind == "bonus" else m.penalty_item(n.item_id)
            points = entry_points(m, n)
            lines[n.kind].append(PointLine(L(item.text_kk, item.text_ru) if item else L(n.item_id, n.item_id),
                                           points, n.evidence, n.quantity,
                                           calculation(item.rule if item else None, n.quantity, points)))
        extras = _extras(ev_svc, m, t, ev, entries.get(ev.id or 0, []), personal.get(ev.id or 0, []),
                         designees.get(ev.id or 0, []), snap, due)
        notice = EMPTY     # the way the dismissed evaluee was told, in the words of each copy (001 §9)
        if ev.notice_on and ev.notice_method:
            way = NOTICE[ev.notice_method]
            notice = L(*(f"{text}, {ev.notice_on:%d.%m.%Y} {ev.notice_ref}".strip() for text in (way.kk, way.ru)))
        data = SheetData(
            organisation=org, year=year, quarter=quarter, employee=name(emp),
            position=L(pos.title_kk, pos.title_ru) if pos else EMPTY,
            unit=L(unit.name_kk, unit.name_ru) if unit else EMPTY, category=pos.category if pos else "",
            form=ev.form, evaluator_name=ev_name, evaluator_position=ev_pos, criteria=criteria,
            score=ev.score, grade=grade_label(m.grade_for(ev.score) if ev.score is not None and m.bands else None),
            bonus_lines=tuple(lines["bonus"]), penalty_lines=tuple(lines["penalty"]), comments=ev.comments,
            status=STATUS[ev.status], evaluated_on=ev.signed_on, deadline=due, acknowledged_on=ev.received_on,
            without_participation=ev.without_participation, dismissal_date=emp.dismissal_date, notice_note=notice,
            final_after_calibration=ev.calibrated, hr_officer_name=spelled(snap, hr), methodology=L(m.name_kk, m.name_ru),
            employee_male=is_male(emp.iin, emp.full_name("ru")),
            calibration=calibrated.get(ev.id or 0) if ev.calibrated else None, finalised_on=ev.finalised_on,
            **extras)
        out.append((unit.name_ru if unit else "", emp.full_name("ru"), data))
    out.sort(key=lambda x: (x[0], x[1]))
    return [d for _u, _n, d in out]


def summary(services: Services, year: int, quarter: int) -> SummaryData:
    """The quarter by unit (001 §7): every roster line, evaluated or not, with its grade and status."""
    q = _quarter(services, year, quarter)
    m = services.evaluation.methodology_of(q.id)
    snap = services.quarter.quarters_repo.snapshot()
    evs = {e.employee_id: e for e in services.evaluation.repo.evaluations(q.id)}
    calibrated = calibration_notes(services)
    units: dict[int, list[tuple[str, SummaryRow]]] = {}
    for d in services.quarter.quarters_repo.roster(q.id):
        emp = snap.employees[d.employee_id]
        pos = snap.positions.get(d.position_id)
        ev = evs.get(d.employee_id)
        score = ev.score if ev else None
        if not d.included:
            kk, ru = split_bilingual(d.override_reason)
            note = (L(f"бағаланбайды: {kk}", f"не оценивается: {ru}")
                    if d.reason is Reason.OVERRIDE else NOT_EVALUATED)
        else:
            note = WITHOUT if d.status is RosterStatus.WITHOUT_PARTICIPATION else EMPTY
        if ev is not None and ev.calibrated and ev.id in calibrated:
            note = calibrated_mark(calibrated[ev.id or 0], score, note)
        row = SummaryRow(name(emp), L(pos.title_kk, pos.title_ru) if pos else EMPTY, pos.category if pos else "",
                         score, grade_label(m.grade_for(score) if score is not None and m.bands else None),
                         STATUS[ev.status] if ev else EMPTY, note)
        units.setdefault(d.unit_id, []).append((emp.full_name("ru"), row))
    org = services.staff.organisation()
    return SummaryData(_organisation(services), year, quarter, _units(snap, units, SummaryUnit), grades(m),
                       date.today(), spelled(snap, org.hr_head_name), EMPTY, L(m.name_kk, m.name_ru))


def _units(snap: StaffSnapshot, units: dict, cls):  # type: ignore[no-untyped-def]
    ordered = sorted(units, key=lambda u: (snap.units[u].sort_order if u in snap.units else 0, u))
    return tuple(cls(L(snap.units[u].name_kk, snap.units[u].name_ru) if u in snap.units else EMPTY,
                     tuple(r for _n, r in sorted(units[u], key=lambda x: x[0]))) for u in ordered)


def annual(services: Services, year: int) -> AnnualData:
    """The year's mean per employee (001 §4) with the Art. 33 p. 6 warning, by unit."""
    m = services.methodology.version_in_force(date(year, 12, 31))
    if m is None:
        raise ValidationError(msg(N_("msg", "No methodology is in force for {quarter} quarter {year}: "
                                         "add one first."), quarter=4, year=year))
    snap = services.quarter.quarters_repo.snapshot()
    units: dict[int, list[tuple[str, AnnualRow]]] = {}
    changed = _calibrated_quarters(services, year)
    for line in services.evaluation.annual(year):
        r = line.result
        position, _unit, category = _position_of(snap, r.employee_id, date(year, 12, 31))
        unit_id = _unit_id(snap, r.employee_id, date(year, 12, 31))
        scores = tuple(r.quarter_scores.get(q) for q in (1, 2, 3, 4))
        # The law is cited once, in the footnote the "*" refers to (reports/annual_pdf.py WARNING).
        note = L("қатарынан екінші жыл қанағаттанарлықсыз", "второй год подряд неудовлетворительно") \
            if r.two_years_warning else EMPTY
        for quarter, note_of in changed.get(r.employee_id, []):
            note = calibrated_mark(note_of, r.quarter_scores.get(quarter), note, quarter)
        units.setdefault(unit_id, []).append((line.employee.full_name("ru"), AnnualRow(
            name(line.employee), position, category, scores, r.mean, grade_label(r.grade),  # type: ignore[arg-type]
            r.two_years_warning, note)))
    org = services.staff.organisation()
    return AnnualData(_organisation(services), year, _units(snap, units, AnnualUnit), grades(m), date.today(),
                      spelled(snap, org.hr_head_name), EMPTY, L(m.name_kk, m.name_ru),
                      tuple(services.quarter.not_closed(year, date.today())))


def _calibrated_quarters(services: Services, year: int) -> dict[int, list[tuple[int, CalibrationNote]]]:
    """employee id -> the quarters of `year` whose score a calibration session changed (001 §22)."""
    notes = calibration_notes(services)
    out: dict[int, list[tuple[int, CalibrationNote]]] = {}
    for q in services.quarter.quarters():
        if q.year != year:
            continue
        for ev in services.evaluation.repo.evaluations(q.id):
            if ev.calibrated and (ev.id or 0) in notes:
                out.setdefault(ev.employee_id, []).append((q.quarter, notes[ev.id or 0]))
    return out


def _unit_id(snap: StaffSnapshot, employee_id: int, on: date) -> int:
    pos = _position_held(snap, employee_id, on)
    return pos.unit_id if pos else 0


def notices(services: Services, year: int, quarter: int) -> list[NoticeData]:
    """Letters to the evaluees dismissed in the quarter (001 §6, §9), with the method if recorded."""
    q = _quarter(services, year, quarter)
    m = services.evaluation.methodology_of(q.id)
    snap = services.quarter.quarters_repo.snapshot()
    org = services.staff.organisation()
    out = []
    for ev in services.evaluation.repo.evaluations(q.id):
        if not ev.without_participation:
            continue
        emp = snap.employees[ev.employee_id]
        position, _unit, _cat = _position_of(snap, emp.id or 0, emp.dismissal_date or date(year, 12, 31))
        out.append(NoticeData(
            organisation=_organisation(services), organisation_address=org.district, employee=name(emp), addressee_male=is_male(emp.iin, emp.full_name("ru")),
            employee_address=emp.address, year=year, quarter=quarter, score=ev.score,
            grade=grade_label(m.grade_for(ev.score) if ev.score is not None and m.bands else None),
            dismissal_date=emp.dismissal_date, position=position,
            method=NOTICE[ev.notice_method] if ev.notice_method else EMPTY, letter_date=ev.notice_on,
            outgoing_number=ev.notice_ref,
            appointing_official_name=spelled(snap, org.appointing_official_name),
            appointing_official_title=L(org.appointing_official_title,
                                        org.appointing_official_title_ru or org.appointing_official_title),
            signer_name=spelled(snap, org.hr_head_name),
            # the letter is signed by the head of the HR service (001 §8), named with the position
            signer_position=L("Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом")))
    return out
