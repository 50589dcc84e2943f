"""The office's working-day calendar: the package's holidays plus the office's own overrides."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.storage.calendar_repository import CalendarRepository
from desktop_app.storage.database import Store


@dataclass(frozen=True)
class CalendarOverride:
    day: date
    is_working: bool
    note: str


class CalendarService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = CalendarRepository(store)

    def overrides(self) -> list[CalendarOverride]:
        return [CalendarOverride(d, w, n) for d, w, n in self.repo.all()]

    def calendar(self) -> WorkCalendar:
        return WorkCalendar({o.day: o.is_working for o in self.overrides()})

    def set_override(self, day: date, is_working: bool, note: str = "") -> None:
        with self.store.atomic():
            self.repo.upsert(day, is_working, note)

    def remove_override(self, day: date) -> None:
        with self.store.atomic():
            if not self.repo.delete(day):
                raise ValidationError(msg(N_("msg", "{day} has no override in the office calendar."),
                                          day=day.strftime("%d.%m.%Y")))
