"""The office's own calendar days (`calendar_days`): transferred days off and extra working days."""
from __future__ import annotations

from datetime import date

from desktop_app.storage.database import Store


class CalendarRepository:
    """Rows of `calendar_days` as (day, is_working, note). Callers group writes in `store.atomic()`."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def all(self) -> list[tuple[date, bool, str]]:
        rows = self.db.execute("SELECT day, is_working, note FROM calendar_days ORDER BY day").fetchall()
        return [(date.fromisoformat(d), bool(w), n) for d, w, n in rows]

    def upsert(self, day: date, is_working: bool, note: str) -> None:
        self.db.execute(
            "INSERT INTO calendar_days (day, is_working, note) VALUES (?, ?, ?) "
            "ON CONFLICT(day) DO UPDATE SET is_working = excluded.is_working, note = excluded.note",
            [day.isoformat(), int(is_working), note])

    def delete(self, day: date) -> bool:
        """Remove the override of `day`; False when there was none."""
        return self.db.execute("DELETE FROM calendar_days WHERE day = ?", [day.isoformat()]).rowcount > 0
