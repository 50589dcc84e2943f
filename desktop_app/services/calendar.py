"""The office's working-day calendar: the package's holidays plus the office's own overrides."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.calendar_transfers import Transfer, estimated_holidays, parse_transfers
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

    #: dates to confirm, and the government's list of transfers ----------------------
    def to_confirm(self, year: int) -> dict[date, str]:
        """Holidays the package only estimates (Kurban ait) that the office has not yet confirmed or
        moved: an override of its own on the date (a day off confirmed, or a working day if moved)
        settles it."""
        own = {o.day for o in self.overrides()}
        return {d: name for d, name in estimated_holidays(year).items() if d not in own}

    def confirm(self, day: date, note: str = "") -> None:
        """The office confirms an estimated holiday as a day off on this date."""
        if day not in estimated_holidays(day.year):
            raise ValidationError(msg(N_("msg", "{day} is not a holiday the calendar only estimates."),
                                      day=day.strftime("%d.%m.%Y")))
        self.set_override(day, False, note)

    def read_transfers(self, path: Path, year: int) -> list[Transfer]:
        """The rows of a CSV or XLSX list of transferred days off, checked (nothing is written)."""
        from desktop_app.services.staff_table_file import read_rows  # one reader for every table file

        if not 2000 <= year <= 2100:
            raise ValidationError(msg(N_("msg", "The year {year} is outside 2000–2100."), year=year))
        return parse_transfers(read_rows(path), year)

    def import_transfers(self, path: Path, year: int) -> list[Transfer]:
        """All the rows become office overrides (the act as the note), or none when any row is wrong."""
        transfers = self.read_transfers(path, year)
        with self.store.atomic():
            for t in transfers:
                self.repo.upsert(t.day, t.is_working, t.act)
        return transfers
