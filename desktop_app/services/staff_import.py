"""Import a staff list: check every row, show the outcome, then import all rows or none.

ИИН is the key: a person already in the registry is left as is (only a dismissal date the registry
lacks is recorded), so importing the same file twice changes nothing. Unknown units and positions are
created; a position's holder takes a vacant position of the same title in the unit, or a new one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, Translate, identity_translate, msg
from desktop_app.domain.iin import parse_iin
from desktop_app.domain.staff import Appointment, Employee, Position, Unit
from desktop_app.domain.staff_validation import (
    check_title,
    clean_employee,
    employee_search_key,
    shorten,
    validate_employee,
)
from desktop_app.domain.text import fold, hidden_character
from desktop_app.services.staff_table_file import read_staff_table
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import Store
from desktop_app.storage.staff_repository import StaffRepository
from desktop_app.storage.structure_repository import StructureRepository

_YES = {"да", "иә", "ия", "yes", "1", "+", "true"}
_NO = {"нет", "жоқ", "жок", "no", "0", "-", "false", ""}


class Outcome(StrEnum):
    ADD = "add"
    UNCHANGED = "unchanged"
    DISMISS = "dismiss"
    ERROR = "error"


@dataclass
class ImportRow:
    """One data row of the file and what importing it does (or why it cannot)."""

    number: int
    iin: str
    name: str
    unit: str = ""
    position: str = ""
    category: str = ""
    leadership: bool = False
    appointed: date | None = None
    dismissed: date | None = None
    employee: Employee | None = None
    outcome: Outcome = Outcome.ADD
    reasons: list[Msg] = field(default_factory=list)

    def describe(self, translate: Translate = identity_translate) -> str:
        texts = {Outcome.ADD: N_("msg", "will be added"), Outcome.UNCHANGED: N_("msg", "already in the registry, "
                                                                                   "unchanged"),
                 Outcome.DISMISS: N_("msg", "already in the registry; the dismissal will be recorded")}
        if self.outcome == Outcome.ERROR:
            return "; ".join(r.render(translate) for r in self.reasons)
        return msg(texts[self.outcome]).render(translate)


@dataclass
class ImportPlan:
    rows: list[ImportRow]

    @property
    def errors(self) -> list[ImportRow]:
        return [r for r in self.rows if r.outcome == Outcome.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    def report(self, translate: Translate = identity_translate, only_errors: bool = False) -> str:
        lines = [msg(N_("msg", "Row {row}: {name} {iin} — {outcome}"), row=r.number, name=shorten(r.name),
                     iin=shorten(r.iin, 20),
                     outcome=r.describe(translate)).render(translate)
                 for r in self.rows if not only_errors or r.outcome == Outcome.ERROR]
        summary = msg(N_("msg", "{add} to add, {same} unchanged, {dismiss} dismissals, {bad} row(s) with errors."),
                      add=self.count(Outcome.ADD), same=self.count(Outcome.UNCHANGED),
                      dismiss=self.count(Outcome.DISMISS), bad=len(self.errors))
        return "\n".join([*lines, summary.render(translate)])


def _parse_day(text: str) -> date:
    parts = text.strip().split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValueError(text)
    return date(int(parts[2]), int(parts[1]), int(parts[0]))


_NAME_KEYS = ("last_name", "first_name", "middle_name")


def _visible(text: str) -> str:
    """The name as shown in the preview: a control or invisible character becomes a visible dot."""
    return "".join("·" if hidden_character(ch) else ch for ch in text)


def _day(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"  # strftime drops the zeros of year 0001


def _valid(iin: str) -> bool:
    return _birth_date(iin) is not None


def _birth_date(iin: str) -> date | None:
    try:
        return parse_iin(iin).birth_date
    except ValidationError:
        return None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _restore_leading_zeros(typed: str) -> str:
    """Excel keeps an ИИН typed into a number cell as a number: 010522652081 becomes 10522652081.

    Only people born in 2000–2009 have an ИИН starting with 0 (00 for 2000), so 10 or 11 digits are
    padded back to 12; the check digit then decides (a wrong one is explained by the caller)."""
    if typed.isascii() and typed.isdigit() and 10 <= len(typed) < 12:
        return typed.zfill(12)
    return typed


class StaffImportService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.people = StaffRepository(store)
        self.structure = StructureRepository(store)

    def plan(self, path: Path) -> ImportPlan:
        """Read and check the file; nothing is written."""
        columns, data = read_staff_table(Path(path))
        categories = set(self.structure.categories())
        known = {e.iin: e for e in self.people.employees()}
        positions = self._positions_by_unit()
        seen: dict[str, int] = {}
        rows = []
        for number, cells in data:
            def get(key: str, cells: list[str] = cells) -> str:
                i = columns.get(key)
                return cells[i].strip() if i is not None and i < len(cells) else ""

            typed = "".join(get("iin").split())
            iin = _restore_leading_zeros(typed)
            row = ImportRow(number, iin, _visible(" ".join(x for x in (get("last_name"), get("first_name"),
                                                                          get("middle_name")) if x)))
            rows.append(row)
            self._check_row(row, get, categories, positions)
            if iin != typed and row.reasons and not _valid(iin):
                row.reasons[0] = msg(N_("msg", "the ИИН {typed} has {n} digits: if Excel dropped its leading zeros "
                                             "(people born in 2000–2009), the full number {padded} would have a "
                                             "wrong check digit, so it is mistyped. Format the column as Text and "
                                             "type the ИИН again."), typed=typed, n=len(typed), padded=iin)
            if iin in seen:
                row.reasons.append(msg(N_("msg", "the ИИН {iin} is also on row {other}"), iin=iin, other=seen[iin]))
            seen.setdefault(iin, number)
            existing = known.get(iin)
            if existing is not None and existing.id is not None and row.dismissed and not row.reasons:
                self._check_dismissal(row, existing.id)
            if row.reasons:
                row.outcome = Outcome.ERROR
            elif existing is not None:
                row.employee = existing
                row.outcome = Outcome.DISMISS if row.dismissed and not existing.dismissal_date else Outcome.UNCHANGED
        return ImportPlan(rows)

    def _check_row(self, row: ImportRow, get, categories: set[str],  # type: ignore[no-untyped-def]
                   positions: dict[str, dict[str, Position]]) -> None:
        e = clean_employee(Employee(None, row.iin, get("last_name"), get("first_name"), get("middle_name"),
                                    phone=get("phone"), email=get("email")))
        try:
            validate_employee(e)
        except ValidationError as exc:
            row.reasons.extend(exc.messages)
        row.employee = e
        for key, label in (("last_name", N_("msg", "the surname")), ("first_name", N_("msg", "the first name")),
                           ("middle_name", N_("msg", "the patronymic")), ("unit", N_("msg", "the unit")),
                           ("position", N_("msg", "the position"))):
            if key in _NAME_KEYS and hidden_character(getattr(e, key)):
                continue  # validate_employee has said it already
            try:  # the raw cell: a line break inside a name is squashed by clean_employee, not in a unit
                check_title(key, get(key))
            except ValidationError as exc:
                row.reasons.extend(msg(N_("msg", "{what}: {problem}"), what=msg(label), problem=m)
                                   for m in exc.messages)
        if row.reasons:
            return  # a hostile cell: the other checks would only repeat it
        row.unit, row.position, row.category = get("unit"), get("position"), get("category")
        for value, text in ((row.unit, N_("msg", "the unit is empty")),
                            (row.position, N_("msg", "the position is empty")),
                            (row.category, N_("msg", "the category is empty"))):
            if not value:
                row.reasons.append(msg(text))
        if row.category and row.category not in categories:
            row.reasons.append(msg(N_("msg", "the category «{value}» is not in the list of categories"),
                                   value=row.category))
        lead = fold(get("leadership"))
        if lead in _YES:
            row.leadership = True
        elif lead not in _NO:
            row.reasons.append(msg(N_("msg", "«{value}» in the leadership column: write да or нет (иә or жоқ)"),
                                   value=get("leadership")))
        existing = positions.get(fold(row.unit), {}).get(fold(row.position))
        if existing is not None and (existing.category != row.category or existing.is_leadership != row.leadership):
            row.reasons.append(msg(N_("msg", "the position «{position}» of this unit is {category} in the registry, "
                                           "not {value}"), position=row.position, category=existing.category,
                                   value=row.category))
        for key, attr, label in (("appointed", "appointed", N_("msg", "appointment date")),
                                 ("dismissed", "dismissed", N_("msg", "dismissal date"))):
            text = get(key)
            if not text:
                if key == "appointed":
                    row.reasons.append(msg(N_("msg", "the appointment date is empty")))
                continue
            try:
                setattr(row, attr, _parse_day(text))
            except ValueError:
                row.reasons.append(msg(N_("msg", "the {what} «{value}» is not a date ДД.ММ.ГГГГ"),
                                       what=msg(label), value=text))
        self._check_dates(row)
        if not row.reasons:  # remember a new position so later rows must agree with it
            positions.setdefault(fold(row.unit), {}).setdefault(
                fold(row.position), Position(None, 0, row.position, row.position, row.category, row.leadership))

    def _check_dates(self, row: ImportRow) -> None:
        """Dates a person can have: not before they were 16 (birth date from the ИИН), not a year ahead,
        and a dismissal after the appointment (a one-day or reversed appointment is a typo)."""
        latest = date.today() + timedelta(days=366)
        born = _birth_date(row.iin)
        for day, label in ((row.appointed, N_("msg", "appointment date")),
                           (row.dismissed, N_("msg", "dismissal date"))):
            if day is None:
                continue
            if day > latest:
                row.reasons.append(msg(N_("msg", "the {what} {day} is more than a year ahead"), what=msg(label),
                                       day=_day(day)))
            elif born is not None and day < _add_years(born, 16):
                row.reasons.append(msg(N_("msg", "the {what} {day} is before the person was 16 years old (born "
                                              "{born} according to the ИИН)"), what=msg(label),
                                       day=_day(day), born=born.strftime("%d.%m.%Y")))
        if row.appointed and row.dismissed and row.dismissed <= row.appointed:
            row.reasons.append(msg(N_("msg", "the dismissal date {dismissed} is not after the appointment date "
                                          "{appointed}"), dismissed=_day(row.dismissed),
                                   appointed=_day(row.appointed)))

    def _check_dismissal(self, row: ImportRow, employee_id: int) -> None:
        """A dismissal recorded for someone already in the registry must end their appointments after
        they began: one on or before a start would cut it to one day or reverse it."""
        assert row.dismissed is not None
        for a in self.people.appointments(employee_id):
            if (a.date_to is None or a.date_to > row.dismissed) and row.dismissed <= a.date_from:
                row.reasons.append(msg(N_("msg", "the dismissal date {dismissed} is not after the start of the "
                                              "appointment on {start} in the registry"),
                                       dismissed=_day(row.dismissed),
                                       start=a.date_from.strftime("%d.%m.%Y")))
                return

    def _positions_by_unit(self) -> dict[str, dict[str, Position]]:
        units = {u.id: u for u in self.structure.units()}
        out: dict[str, dict[str, Position]] = {}
        for p in self.structure.positions():
            u = units.get(p.unit_id)
            if u is None:
                continue
            for uname in {fold(u.name_kk), fold(u.name_ru)}:
                for title in {fold(p.title_kk), fold(p.title_ru)}:
                    out.setdefault(uname, {}).setdefault(title, p)
        return out

    def apply(self, path: Path, progress: Callable[[int, int], None] | None = None) -> ImportPlan:
        """Import every row, or nothing: a plan with any error raises ValidationError listing them.

        `progress(done, total)` is called inside the transaction after each row (the window shows a
        progress bar with Cancel); an exception it raises rolls the whole import back.
        """
        plan = self.plan(path)
        if not plan.ok:
            raise ValidationError([msg(N_("msg", "Nothing was imported: {n} row(s) have errors."),
                                       n=len(plan.errors))]
                                  + [msg(N_("msg", "Row {row}: {reason}"), row=r.number, reason=reason)
                                     for r in plan.errors for reason in r.reasons])
        with self.store.atomic(), audit_reason(self.store, reason("staff_import", file=Path(path).name)):
            placer = _Placer(self.structure, self.people)
            total = len(plan.rows)
            for done, r in enumerate(plan.rows):
                if progress is not None:
                    progress(done, total)
                if r.outcome == Outcome.ADD and r.employee is not None and r.appointed is not None:
                    e = r.employee
                    emp_id = self.people.insert_employee(e, employee_search_key(e))
                    pos_id = placer.position_for(r)
                    self.people.insert_appointment(Appointment(None, emp_id, pos_id, r.appointed, r.dismissed))
                    placer.taken.add(pos_id)
                    if r.dismissed:
                        self._dismiss(emp_id, r.dismissed)
                elif r.outcome == Outcome.DISMISS and r.employee is not None and r.dismissed is not None:
                    assert r.employee.id is not None
                    self._dismiss(r.employee.id, r.dismissed)
            if progress is not None:
                progress(total, total)   # still inside: a Cancel on the last step undoes everything
        return plan

    def _dismiss(self, employee_id: int, day: date) -> None:
        from dataclasses import replace

        e = self.people.employee(employee_id)
        assert e is not None
        for a in self.people.appointments(employee_id):
            if a.date_to is None or a.date_to > day:
                self.people.update_appointment(replace(a, date_to=max(day, a.date_from)))
        e = replace(e, dismissal_date=day)
        self.people.update_employee(e, employee_search_key(e))


class _Placer:
    """Finds or creates the unit and a vacant position of the right title for each imported person."""

    def __init__(self, structure: StructureRepository, people: StaffRepository) -> None:
        self.structure = structure
        self.units: dict[str, Unit] = {}
        for u in structure.units():
            self.units.setdefault(fold(u.name_kk), u)
            self.units.setdefault(fold(u.name_ru), u)
        self.positions = structure.positions()
        today = date.today()
        self.taken = {a.position_id for a in people.appointments() if a.covers(today)}

    def unit_for(self, name: str) -> Unit:
        unit = self.units.get(fold(name))
        if unit is None:
            unit_id = self.structure.insert_unit(Unit(None, name, name))
            unit = self.structure.unit(unit_id)
            assert unit is not None
            self.units[fold(name)] = unit
        return unit

    def position_for(self, r: ImportRow) -> int:
        unit = self.unit_for(r.unit)
        same = [p for p in self.positions if p.unit_id == unit.id
                and fold(r.position) in (fold(p.title_kk), fold(p.title_ru))]
        for p in same:
            if p.id not in self.taken:
                return p.id or 0
        head = unit.head_position_id
        pos = Position(None, unit.id or 0, r.position, r.position, r.category, r.leadership,
                       None if r.leadership else head)
        pos_id = self.structure.insert_position(pos)
        self.positions.append(Position(pos_id, pos.unit_id, pos.title_kk, pos.title_ru, pos.category,
                                       pos.is_leadership, pos.supervisor_position_id))
        if r.leadership and head is None:  # the first leadership position heads a new unit
            unit = Unit(unit.id, unit.name_kk, unit.name_ru, pos_id, unit.sort_order)
            self.structure.update_unit(unit)
            self.units[fold(r.unit)] = unit
        return pos_id
