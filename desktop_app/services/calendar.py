"""The office's working-day calendar: the package's holidays plus the office's own overrides."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.storage.database import Store


@dataclass(frozen=True)
class CalendarOverride:
    day: date
    is_working: bool
    note: str


class CalendarService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def overrides(self) -> list[CalendarOverride]:
        rows = self.store.db.execute("SELECT day, is_working, note FROM calendar_days ORDER BY day").fetchall()
        return [CalendarOverride(date.fromisoformat(d), bool(w), n) for d, w, n in rows]

    def calendar(self) -> WorkCalendar:
        return WorkCalendar({o.day: o.is_working for o in self.overrides()})

    def set_override(self, day: date, is_working: bool, note: str = "") -> None:
        with self.store.atomic():
            self.store.db.execute(
                "INSERT INTO calendar_days (day, is_working, note) VALUES (?, ?, ?) "
                "ON CONFLICT(day) DO UPDATE SET is_working = excluded.is_working, note = excluded.note",
                [day.isoformat(), int(is_working), note])

    def remove_override(self, day: date) -> None:
        with self.store.atomic():
            cur = self.store.db.execute("DELETE FROM calendar_days WHERE day = ?", [day.isoformat()])
            if cur.rowcount == 0:
                raise ValidationError(msg(N_("msg", "{day} has no override in the office calendar."),
                                          day=day.strftime("%d.%m.%Y")))
