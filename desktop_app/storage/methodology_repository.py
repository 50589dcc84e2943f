"""Reading and writing methodology versions; the only place that knows the `methodologies` table."""
from __future__ import annotations

from datetime import date, datetime

from desktop_app.domain.methodology.codec import dumps, loads
from desktop_app.domain.methodology.model import Methodology
from desktop_app.storage.database import Store

_COLS = "id, document"


class MethodologyRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self):
        return self.store.db

    @staticmethod
    def _row(row: tuple[int, str]) -> Methodology:
        return loads(row[1]).with_changes(id=row[0])

    def get(self, methodology_id: int) -> Methodology | None:
        row = self.db.execute(f"SELECT {_COLS} FROM methodologies WHERE id = ?", [methodology_id]).fetchone()
        return self._row(row) if row else None

    def all(self) -> list[Methodology]:
        """Every version, the one in force for the latest date first."""
        rows = self.db.execute(f"SELECT {_COLS} FROM methodologies "
                               "ORDER BY effective_from DESC, version DESC, id DESC").fetchall()
        return [self._row(r) for r in rows]

    def in_force(self, day: date) -> Methodology | None:
        """The version with the greatest effective date on or before `day` (the newest version on a tie)."""
        row = self.db.execute(f"SELECT {_COLS} FROM methodologies WHERE effective_from <= ? "
                              "ORDER BY effective_from DESC, version DESC, id DESC LIMIT 1",
                              [day.isoformat()]).fetchone()
        return self._row(row) if row else None

    def next_version(self, lineage: str) -> int:
        row = self.db.execute("SELECT MAX(version) FROM methodologies WHERE lineage = ?", [lineage]).fetchone()
        return (row[0] or 0) + 1

    @staticmethod
    def _values(m: Methodology) -> list[object]:
        return [m.lineage, m.version, m.name_kk, m.name_ru, m.act_number,
                m.act_date.isoformat() if m.act_date else None, m.effective_from.isoformat(), m.score_model,
                m.preset, dumps(m.with_changes(id=None)).decode("utf-8")]

    def insert(self, m: Methodology) -> int:
        now = datetime.now().isoformat(timespec="seconds")
        cur = self.db.execute(
            "INSERT INTO methodologies (lineage, version, name_kk, name_ru, act_number, act_date, effective_from, "
            "score_model, preset, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*self._values(m), now, now])
        return int(cur.lastrowid)

    def update(self, methodology_id: int, m: Methodology) -> None:
        now = datetime.now().isoformat(timespec="seconds")
        self.db.execute(
            "UPDATE methodologies SET lineage = ?, version = ?, name_kk = ?, name_ru = ?, act_number = ?, "
            "act_date = ?, effective_from = ?, score_model = ?, preset = ?, document = ?, updated_at = ? "
            "WHERE id = ?", [*self._values(m), now, methodology_id])

    def delete(self, methodology_id: int) -> None:
        self.db.execute("DELETE FROM methodologies WHERE id = ?", [methodology_id])

    def _quarters_using(self, methodology_id: int, final_only: bool) -> int:
        # The quarters table belongs to the evaluation area; it may not exist yet.
        if "quarters" not in self.db.table_names():
            return 0
        sql = "SELECT COUNT(*) FROM quarters WHERE methodology_id = ?" + (" AND status = 'final'" if final_only else "")
        return int(self.db.execute(sql, [methodology_id]).fetchone()[0])

    def used_by_final_quarter(self, methodology_id: int) -> bool:
        return self._quarters_using(methodology_id, final_only=True) > 0

    def used_by_any_quarter(self, methodology_id: int) -> bool:
        return self._quarters_using(methodology_id, final_only=False) > 0
