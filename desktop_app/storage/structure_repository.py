"""Organisation card, the category list, structural units and positions: rows ↔ domain dataclasses."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop_app.domain.staff import Organisation, OrgKind, Position, Unit
from desktop_app.storage.database import Store

_ORG_FIELDS = ("name_kk", "name_ru", "kind", "district", "region", "head_name", "hr_head_name",
               "appointing_official_name", "appointing_official_title", "appointing_official_title_ru", "order_act",
               "issue_place_kk", "issue_place_ru")


def _unit(row: Any) -> Unit:
    return Unit(row[0], row[1], row[2], row[3], row[4])


def _position(row: Any) -> Position:
    return Position(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6])


_UNIT_COLS = "id, name_kk, name_ru, head_position_id, sort_order"
_POS_COLS = "id, unit_id, title_kk, title_ru, category, is_leadership, supervisor_position_id"


class StructureRepository:
    """Reads and writes the office structure. Callers group writes in `store.atomic()`."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- organisation ---------------------------------------------------------------------------
    def organisation(self) -> Organisation:
        row = self.db.execute(f"SELECT {', '.join(_ORG_FIELDS)} FROM organisation WHERE id = 1").fetchone()
        values = dict(zip(_ORG_FIELDS, row, strict=True))
        values["kind"] = OrgKind(values["kind"])
        return Organisation(**values)

    def save_organisation(self, org: Organisation) -> None:
        values = asdict(org)
        values["kind"] = str(org.kind)
        sets = ", ".join(f"{f} = ?" for f in _ORG_FIELDS)
        self.db.execute(f"UPDATE organisation SET {sets} WHERE id = 1", [values[f] for f in _ORG_FIELDS])

    # -- categories -----------------------------------------------------------------------------
    def categories(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT code FROM categories ORDER BY sort_order, code")]

    def add_category(self, code: str) -> None:
        top = self.db.execute("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM categories").fetchone()[0]
        self.db.execute("INSERT INTO categories (code, sort_order) VALUES (?, ?)", [code, top])

    def rename_category(self, old: str, new: str) -> None:
        self.db.execute("UPDATE categories SET code = ? WHERE code = ?", [new, old])

    def delete_category(self, code: str) -> None:
        self.db.execute("DELETE FROM categories WHERE code = ?", [code])

    def category_in_use(self, code: str) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM positions WHERE category = ?", [code]).fetchone()[0])

    # -- units ----------------------------------------------------------------------------------
    def units(self) -> list[Unit]:
        return [_unit(r) for r in self.db.execute(f"SELECT {_UNIT_COLS} FROM units ORDER BY sort_order, id")]

    def unit(self, unit_id: int) -> Unit | None:
        row = self.db.execute(f"SELECT {_UNIT_COLS} FROM units WHERE id = ?", [unit_id]).fetchone()
        return _unit(row) if row else None

    def insert_unit(self, u: Unit) -> int:
        order = u.sort_order or self.db.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM units").fetchone()[0]
        cur = self.db.execute("INSERT INTO units (name_kk, name_ru, head_position_id, sort_order) VALUES (?, ?, ?, ?)",
                              [u.name_kk, u.name_ru, u.head_position_id, order])
        return int(cur.lastrowid or 0)

    def update_unit(self, u: Unit) -> None:
        self.db.execute("UPDATE units SET name_kk = ?, name_ru = ?, head_position_id = ?, sort_order = ? WHERE id = ?",
                        [u.name_kk, u.name_ru, u.head_position_id, u.sort_order, u.id])

    def delete_unit(self, unit_id: int) -> None:
        self.db.execute("DELETE FROM units WHERE id = ?", [unit_id])

    def positions_in_unit(self, unit_id: int) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM positions WHERE unit_id = ?", [unit_id]).fetchone()[0])

    # -- positions ------------------------------------------------------------------------------
    def positions(self) -> list[Position]:
        return [_position(r) for r in self.db.execute(f"SELECT {_POS_COLS} FROM positions ORDER BY unit_id, id")]

    def position(self, position_id: int) -> Position | None:
        row = self.db.execute(f"SELECT {_POS_COLS} FROM positions WHERE id = ?", [position_id]).fetchone()
        return _position(row) if row else None

    def insert_position(self, p: Position) -> int:
        cur = self.db.execute(
            "INSERT INTO positions (unit_id, title_kk, title_ru, category, is_leadership, supervisor_position_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [p.unit_id, p.title_kk, p.title_ru, p.category, int(p.is_leadership), p.supervisor_position_id])
        return int(cur.lastrowid or 0)

    def update_position(self, p: Position) -> None:
        self.db.execute(
            "UPDATE positions SET unit_id = ?, title_kk = ?, title_ru = ?, category = ?, is_leadership = ?, "
            "supervisor_position_id = ? WHERE id = ?",
            [p.unit_id, p.title_kk, p.title_ru, p.category, int(p.is_leadership), p.supervisor_position_id, p.id])

    def delete_position(self, position_id: int) -> None:
        self.db.execute("DELETE FROM positions WHERE id = ?", [position_id])

    def appointments_to_position(self, position_id: int) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM appointments WHERE position_id = ?",
                                   [position_id]).fetchone()[0])
