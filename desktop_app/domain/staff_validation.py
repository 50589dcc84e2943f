"""Checks on staff records before they are saved; every message says exactly what is wrong.

A check collects all problems of one record (so a dialog can list them at once) and raises one
ValidationError whose `field` names the first input at fault.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.iin import normalise_iin, parse_iin
from desktop_app.domain.staff import Absence, Appointment, Employee, Position, Unit
from desktop_app.domain.text import MAX_NAME_LENGTH, MAX_TITLE_LENGTH, fold, hidden_character

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[+\d\s()\-]+$")
_NAME_FIELDS = ("last_name", "first_name", "middle_name", "last_name_ru", "first_name_ru", "middle_name_ru")


class _Problems:
    """Collects messages and the first field at fault."""

    def __init__(self) -> None:
        self.messages: list[Msg] = []
        self.field: str | None = None

    def add(self, field: str, message: Msg) -> None:
        self.messages.append(message)
        if self.field is None:
            self.field = field

    def raise_if_any(self) -> None:
        if self.messages:
            raise ValidationError(self.messages, field=self.field)


def _squash(text: str) -> str:
    return " ".join(text.split())


def clean_employee(e: Employee) -> Employee:
    """Trim spaces; keep the ИИН digits only as typed (spaces removed)."""
    names: dict[str, Any] = {f: _squash(getattr(e, f)) for f in _NAME_FIELDS}
    return replace(e, iin=normalise_iin(e.iin), phone=_squash(e.phone), email=e.email.strip(),
                   address=_squash(e.address), **names)


def validate_employee(e: Employee) -> None:
    p = _Problems()
    try:
        parse_iin(e.iin)
    except ValidationError as exc:
        p.add("iin", exc.messages[0])
    if not e.last_name:
        p.add("last_name", msg(N_("msg", "The surname is empty.")))
    if not e.first_name:
        p.add("first_name", msg(N_("msg", "The first name is empty.")))
    for f in _NAME_FIELDS:
        value = getattr(e, f)
        _check_text(p, f, value, MAX_NAME_LENGTH)
        if value and len(value) <= MAX_NAME_LENGTH and any(ch.isdigit() for ch in value):
            p.add(f, msg(N_("msg", "A name must not contain digits: «{value}»."), value=value))
    if e.phone:
        digits = sum(ch.isdigit() for ch in e.phone)
        if not _PHONE_CHARS.match(e.phone) or not 10 <= digits <= 15:
            p.add("phone", msg(N_("msg", "The phone number «{value}» is not valid: use digits, e.g. "
                                       "+7 701 123 45 67."), value=e.phone))
    if e.email and not _EMAIL.match(e.email):
        p.add("email", msg(N_("msg", "The e-mail address «{value}» is not valid."), value=e.email))
    p.raise_if_any()


def shorten(text: str, limit: int = 60) -> str:
    """A value quoted in a message: a hostile 100 000-character cell must not flood the report."""
    return text if len(text) <= limit else text[:limit] + "…"


def _check_text(p: _Problems, field: str, value: str, limit: int) -> None:
    """Too long, or holding a control or invisible character."""
    if len(value) > limit:
        p.add(field, msg(N_("msg", "«{value}» is too long: {n} characters, at most {limit}."),
                         value=shorten(value, 30), n=len(value), limit=limit))
    hidden = hidden_character(value)
    if hidden is not None:
        p.add(field, msg(N_("msg", "«{value}» contains an invisible or control character ({code}): retype it."),
                         value=shorten("".join(ch if hidden_character(ch) is None else "·" for ch in value)),
                         code=hidden))


def check_title(field: str, value: str) -> None:
    """A unit name or position title from a file: not too long, no control or invisible characters."""
    p = _Problems()
    _check_text(p, field, value, MAX_TITLE_LENGTH)
    p.raise_if_any()


def employee_search_key(e: Employee) -> str:
    """Folded names in both spellings plus the ИИН: what the instant search matches against."""
    parts = [getattr(e, f) for f in _NAME_FIELDS] + [e.iin]
    return fold(" ".join(p for p in parts if p))


def validate_unit(u: Unit) -> None:
    p = _Problems()
    if not u.name_kk.strip():
        p.add("name_kk", msg(N_("msg", "The unit name in Kazakh is empty.")))
    if not u.name_ru.strip():
        p.add("name_ru", msg(N_("msg", "The unit name in Russian is empty.")))
    _check_text(p, "name_kk", u.name_kk, MAX_TITLE_LENGTH)
    _check_text(p, "name_ru", u.name_ru, MAX_TITLE_LENGTH)
    p.raise_if_any()


def validate_position(pos: Position, categories: list[str]) -> None:
    p = _Problems()
    if not pos.title_kk.strip():
        p.add("title_kk", msg(N_("msg", "The position title in Kazakh is empty.")))
    if not pos.title_ru.strip():
        p.add("title_ru", msg(N_("msg", "The position title in Russian is empty.")))
    _check_text(p, "title_kk", pos.title_kk, MAX_TITLE_LENGTH)
    _check_text(p, "title_ru", pos.title_ru, MAX_TITLE_LENGTH)
    if pos.category not in categories:
        p.add("category", msg(N_("msg", "The category «{value}» is not in the list of categories."),
                              value=pos.category))
    if pos.id is not None and pos.supervisor_position_id == pos.id:
        p.add("supervisor_position_id", msg(N_("msg", "A position cannot supervise itself.")))
    p.raise_if_any()


def validate_category_code(code: str) -> None:
    if not code.strip():
        raise ValidationError(msg(N_("msg", "The category code is empty.")), field="code")
    if len(code) > 20 or any(ch.isspace() for ch in code.strip()):
        raise ValidationError(msg(N_("msg", "The category code «{value}» must be one short word, e.g. E-R-3."),
                                  value=code), field="code")


def validate_period(date_from: date, date_to: date | None) -> None:
    if date_to is not None and date_to < date_from:
        raise ValidationError(msg(N_("msg", "The end date {to} is before the start date {start}."),
                                  to=date_to.strftime("%d.%m.%Y"), start=date_from.strftime("%d.%m.%Y")),
                              field="date_to")


def validate_appointment(a: Appointment, others: list[Appointment], dismissal: date | None) -> None:
    """An appointment's dates are in order, within employment, and do not overlap another of the same kind.

    An acting or seconded period may overlap the main appointment (001 §3); two main appointments may not.
    """
    validate_period(a.date_from, a.date_to)
    if dismissal is not None and a.date_from > dismissal:
        raise ValidationError(msg(N_("msg", "The appointment starts on {start}, after the dismissal on {dismissed}."),
                                  start=a.date_from.strftime("%d.%m.%Y"),
                                  dismissed=dismissal.strftime("%d.%m.%Y")), field="date_from")
    far = date.max
    for o in others:
        if o.id == a.id or o.kind != a.kind:
            continue
        if a.date_from <= (o.date_to or far) and o.date_from <= (a.date_to or far):
            raise ValidationError(msg(N_("msg", "The period overlaps another period of the same kind that starts "
                                              "on {start}."), start=o.date_from.strftime("%d.%m.%Y")),
                                  field="date_from")


def validate_absence(a: Absence, others: list[Absence]) -> None:
    validate_period(a.date_from, a.date_to)
    for o in others:
        if o.id != a.id and a.date_from <= o.date_to and o.date_from <= a.date_to:
            raise ValidationError(msg(N_("msg", "The absence overlaps another absence from {start} to {end}."),
                                      start=o.date_from.strftime("%d.%m.%Y"), end=o.date_to.strftime("%d.%m.%Y")),
                                  field="date_from")
