"""Reading the audit log for the viewer and its printable extract (filters run in SQL)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.text import fold
from desktop_app.storage.audit import _json_of, _quote, _row_id
from desktop_app.storage.audit_chain import ACTIONS, AUDIT_TABLE, TABLES_TABLE, split_change
from desktop_app.storage.database import Store


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str  # UTC, ISO 8601 with "Z"
    table_name: str
    row_id: str | None
    action: str
    old_json: str | None
    new_json: str | None
    reason: str


_SELECT = (f"SELECT a.id, strftime('%Y-%m-%dT%H:%M:%SZ', a.at, 'unixepoch'), t.name, a.row_id, a.action, "
           f"a.change FROM {AUDIT_TABLE} a JOIN {TABLES_TABLE} t ON t.id = a.table_id")


def _row(r: tuple) -> AuditRow:
    return AuditRow(r[0], r[1], r[2], None if r[3] is None else str(r[3]), ACTIONS[r[4]], *split_change(r[5]))


def _seconds(iso_utc: str) -> int:
    return int(datetime.fromisoformat(iso_utc).timestamp())


class AuditRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    def tables(self) -> list[str]:
        return [r[0] for r in self.db.execute(f"SELECT name FROM {TABLES_TABLE} WHERE id IN "
                                              f"(SELECT DISTINCT table_id FROM {AUDIT_TABLE}) ORDER BY 1")]

    def rows(self, table: str | None = None, since_utc: str | None = None, until_utc: str | None = None,
             text: str | None = None, limit: int = 5000) -> list[AuditRow]:
        """Newest first. `text` is matched case-insensitively (Kazakh/Russian too) in values and reason:
        every entry about a record that mentions it (now, or in the log's old values) is found."""
        where: list[str] = []
        args: list[object] = []
        if table:
            where.append("t.name = ?")
            args.append(table)
        if since_utc:
            where.append("a.at >= ?")
            args.append(_seconds(since_utc))
        if until_utc:
            where.append("a.at < ?")
            args.append(_seconds(until_utc))
        if not text:
            sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id DESC LIMIT ?"
            return [_row(r) for r in self.db.execute(sql, [*args, limit]).fetchall()]
        needle = fold(text)
        about = self._records_mentioning(needle)
        cur = self.db.execute(_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id DESC",
                              args)
        out: list[AuditRow] = []
        for r in cur:
            row = _row(r)
            if (row.table_name, row.row_id) in about or needle in fold(
                    f"{row.old_json or ''} {row.new_json or ''} {row.reason} {row.row_id or ''}"):
                out.append(row)
                if len(out) >= limit:
                    break
        return out

    def _records_mentioning(self, needle: str) -> set[tuple[str, str | None]]:
        """(table, record) of every record whose values mention `needle` now or in the log's old values:
        a search finds every entry about such a record, its insert (which stores no values) included."""
        found: set[tuple[str, str | None]] = set()
        for table, rid in self.db.execute(
                f"SELECT DISTINCT t.name, a.row_id FROM {AUDIT_TABLE} a JOIN {TABLES_TABLE} t ON t.id = a.table_id "
                f"WHERE a.action != 0 AND instr(fold(coalesce(a.change, '')), ?)",
                [needle]):
            found.add((table, None if rid is None else str(rid)))
        for (table,) in self.db.execute(f"SELECT name FROM {TABLES_TABLE}").fetchall():
            if table not in self.db.table_names():
                continue
            columns = [r[1] for r in self.db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
            q = _quote(table)
            for (rid,) in self.db.execute(f"SELECT {_row_id(self.db, table, q)} FROM {q} "
                                          f"WHERE instr(fold({_json_of(table, columns, q)}), ?)", [needle]):
                found.add((table, str(rid)))
        return found

    def inserted_values(self, rows: list[AuditRow]) -> dict[int, dict[str, object] | None]:
        """What each insert among `rows` put in (entry id → column → value; None when unknown).

        An insert stores no values: the record holds them. They are rebuilt from the record as it is
        now, going back through the later entries of the same record (an update gives back the old
        values of what it changed, a delete the whole old record); a record removed at the end of its
        keeping term (001 §12: its delete stores no values) has nothing to show, by design."""
        inserts = [r for r in rows if r.action == "insert" and r.row_id is not None]
        if not inserts:
            return {}
        keys = {(r.table_name, str(r.row_id)) for r in inserts}
        states: dict[tuple[str, str], dict[str, object] | None] = {}
        for table in {t for t, _ in keys}:
            states.update({(table, rid): v for rid, v in self._live(table, {k for t, k in keys if t == table})
                           .items()})
        out: dict[int, dict[str, object] | None] = {}
        wanted = {r.id for r in inserts}
        later = self.db.execute(
            f"SELECT a.id, t.name, a.row_id, a.action, a.change FROM {AUDIT_TABLE} a "
            f"JOIN {TABLES_TABLE} t ON t.id = a.table_id WHERE a.id >= ? AND t.name IN "
            f"({', '.join('?' * len({t for t, _ in keys}))}) ORDER BY a.id DESC",
            [min(wanted), *{t for t, _ in keys}])
        for id_, table, rid, action, change in later:
            key = (table, str(rid))
            if key not in keys:
                continue
            old = split_change(change)[0]
            state = states.get(key)
            if action == 0:  # before its insert the record did not exist
                if id_ in wanted:
                    out[id_] = dict(state) if state is not None else None
                states[key] = None
            elif action == 1:
                if state is not None:
                    states[key] = {**state, **json.loads(old or "{}")}
            else:
                states[key] = json.loads(old) if old else None
        return out

    def _live(self, table: str, row_ids: set[str]) -> dict[str, dict[str, object]]:
        """Records of `table` named by `row_ids`, as column → value (blobs as hex, password hashes hidden)."""
        if table not in self.db.table_names():
            return {}
        columns = [r[1] for r in self.db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
        q = _quote(table)
        rid = _row_id(self.db, table, q)
        out: dict[str, dict[str, object]] = {}
        ids = sorted(row_ids)
        for i in range(0, len(ids), 500):  # an integer key is found through its index
            part = ids[i:i + 500]
            args = [int(x) if x.lstrip("-").isdigit() else x for x in part]
            for key, as_json in self.db.execute(f"SELECT {rid}, {_json_of(table, columns, q)} FROM {q} "
                                                f"WHERE {rid} IN ({', '.join('?' * len(part))})", args):
                out[str(key)] = json.loads(as_json)
        return out

    def count(self) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {AUDIT_TABLE}").fetchone()[0])

    def hr_head_name(self) -> str:
        """Who signs an extract: the head of the HR service from the organisation card."""
        row = self.db.execute("SELECT hr_head_name FROM organisation WHERE id = 1").fetchone()
        return row[0] if row else ""

    def employee_names(self) -> dict[str, tuple[str, str]]:
        """Employee number (as the log stores it) -> (Kazakh, Russian) surname and initials."""
        out: dict[str, tuple[str, str]] = {}
        for row in self.db.execute("SELECT id, last_name, first_name, middle_name, last_name_ru, first_name_ru, "
                                   "middle_name_ru FROM employees"):
            kk = _short(row[1], row[2], row[3])
            out[str(row[0])] = (kk, _short(row[4] or row[1], row[5] or row[2], row[6] or row[3]))
        return out

    def sheet_owners(self) -> dict[str, tuple[str, int, int]]:
        """Evaluation sheet number (as the log stores it) -> (employee number, year, quarter)."""
        return {str(r[0]): (str(r[1]), r[2], r[3]) for r in self.db.execute(
            "SELECT e.id, e.employee_id, q.year, q.quarter FROM evaluations e JOIN quarters q ON q.id = e.quarter_id")}

    def organisation_names(self) -> tuple[str, str]:
        """(Kazakh, Russian) name of the organisation, for the headings of printed extracts and acts."""
        row = self.db.execute("SELECT name_kk, name_ru FROM organisation WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else ("", "")


def _short(last: str | None, first: str | None, middle: str | None) -> str:
    """"Сейітов Е.Б." — how the extract names a person."""
    initials = "".join(f"{p[0]}." for p in (first, middle) if p)
    return f"{last or ''} {initials}".strip()
