"""Finding, copying out and removing the evaluation documents of whole quarters (001 §12).

What belongs to a quarter is found from the schema, not from a list: every row that refers — through
foreign keys, at any depth — to the quarter's row (rosters, evaluations, scores, bonus entries,
appeals, calibration votes …), so tables added later are archived too. The archive file gets the same
tables with those rows, plus the rows they refer to (employees, units, positions, methodology), so it
can be read on its own.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.storage.audit import audited_tables
from desktop_app.storage.database import Store


@dataclass(frozen=True)
class QuarterDocuments:
    quarter_id: int
    year: int
    quarter: int
    completed_on: str  # ISO date the quarter became final
    evaluations: int


@dataclass
class Collected:
    """Rows to move (table → rowids, in discovery order: parents first) and rows to copy only."""

    moved: dict[str, set[int]] = field(default_factory=dict)
    referenced: dict[str, set[int]] = field(default_factory=dict)

    @property
    def moved_rows(self) -> int:
        return sum(len(v) for v in self.moved.values())


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class RetentionRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    def final_quarters(self) -> list[QuarterDocuments]:
        if "quarters" not in self.db.table_names():
            return []
        rows = self.db.execute(
            "SELECT q.id, q.year, q.quarter, substr(coalesce(q.closed_at, ''), 1, 10), "
            "(SELECT count(*) FROM evaluations e WHERE e.quarter_id = q.id) "
            "FROM quarters q WHERE q.status = 'final' AND q.closed_at IS NOT NULL ORDER BY q.year, q.quarter")
        return [QuarterDocuments(*r) for r in rows.fetchall()]

    # -- discovery -------------------------------------------------------------------------------
    def _foreign_keys(self) -> list[tuple[str, str, str, str]]:
        """(child table, child column, parent table, parent column) for every single-column FK."""
        out = []
        for table in audited_tables(self.db):
            for fk in self.db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
                parent, col, to = fk[2], fk[3], fk[4]
                out.append((table, col, parent, to or "rowid"))
        return out

    def collect(self, quarter_ids: list[int]) -> Collected:
        found = Collected()
        found.moved["quarters"] = set(quarter_ids)
        fks = self._foreign_keys()
        changed = True
        while changed:  # children of moved rows are moved too, at any depth
            changed = False
            for child, col, parent, to in fks:
                ids = found.moved.get(parent)
                if not ids or child == parent:
                    continue
                rows = self._ids(child, f"{_q(col)} IN (SELECT {_q(to)} FROM {_q(parent)} WHERE rowid IN "
                                      f"({','.join('?' * len(ids))}))", sorted(ids))
                new = rows - found.moved.get(child, set())
                if new:
                    found.moved.setdefault(child, set()).update(new)
                    changed = True
        changed = True
        while changed:  # what the moved rows refer to is copied (not removed), at any height
            changed = False
            for child, col, parent, to in fks:
                ids = found.moved.get(child, set()) | found.referenced.get(child, set())
                if not ids:
                    continue
                rows = self._ids(parent, f"{_q(to)} IN (SELECT {_q(col)} FROM {_q(child)} WHERE rowid IN "
                                       f"({','.join('?' * len(ids))}))", sorted(ids))
                new = rows - found.referenced.get(parent, set()) - found.moved.get(parent, set())
                if new:
                    found.referenced.setdefault(parent, set()).update(new)
                    changed = True
        return found

    def _ids(self, table: str, where: str, args: list[int]) -> set[int]:
        return {r[0] for r in self.db.execute(f"SELECT rowid FROM {_q(table)} WHERE {where}", args)}

    # -- archive file ----------------------------------------------------------------------------
    def write_archive(self, path: Path, found: Collected, act: dict[str, str]) -> int:
        """Write a standalone SQLite file with the moved and referenced rows; returns rows written."""
        tmp = path.with_name(path.name + ".part")
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(tmp)
        written = 0
        try:
            out.execute("CREATE TABLE archive_act (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            out.executemany("INSERT INTO archive_act VALUES (?, ?)", sorted(act.items()))
            for table in sorted(set(found.moved) | set(found.referenced)):
                sql = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                      [table]).fetchone()[0]
                out.execute(sql)
                ids = sorted(found.moved.get(table, set()) | found.referenced.get(table, set()))
                cols = [r[1] for r in self.db.execute(f"PRAGMA table_info({_q(table)})").fetchall()]
                col_list = ", ".join(_q(c) for c in cols)
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    rows = self.db.execute(f"SELECT {col_list} FROM {_q(table)} WHERE rowid IN "
                                           f"({','.join('?' * len(chunk))})", chunk).fetchall()
                    out.executemany(f"INSERT INTO {_q(table)} ({col_list}) VALUES ({','.join('?' * len(cols))})",
                                    rows)
                    written += len(rows)
            out.commit()
            if out.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise OSError(f"archive {path} failed its integrity check")
        finally:
            out.close()
        tmp.replace(path)
        return written

    def delete(self, found: Collected) -> None:
        """Remove the moved rows, deepest first (call inside the action's transaction)."""
        for table in reversed(list(found.moved)):
            ids = sorted(found.moved[table])
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                self.db.execute(f"DELETE FROM {_q(table)} WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)

    # -- acts ------------------------------------------------------------------------------------
    def next_act_number(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(number), 0) + 1 FROM retention_acts").fetchone()[0])

    def insert_act(self, number: int, kind: str, made_on: str, quarters: str, rows: int, archive_file: str,
                   archive_sha256: str, act_sha256: str) -> None:
        self.db.execute("INSERT INTO retention_acts (number, kind, made_on, quarters, rows_moved, archive_file, "
                        "archive_sha256, act_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [number, kind, made_on, quarters, rows, archive_file, archive_sha256, act_sha256])

    def acts(self) -> list[tuple]:
        return self.db.execute("SELECT number, kind, made_on, quarters, rows_moved, archive_file "
                               "FROM retention_acts ORDER BY number DESC").fetchall()

    def approver(self) -> tuple[str, str, str]:
        """Who approves a retention act: the appointing official's name, position in Kazakh and in Russian."""
        row = self.db.execute("SELECT appointing_official_name, appointing_official_title, "
                              "appointing_official_title_ru FROM organisation WHERE id = 1").fetchone()
        return (row[0], row[1], row[2]) if row else ("", "", "")

    def organisation(self) -> tuple[str, str, str]:
        row = self.db.execute("SELECT name_kk, name_ru, hr_head_name FROM organisation WHERE id = 1").fetchone()
        return (row[0], row[1], row[2]) if row else ("", "", "")

