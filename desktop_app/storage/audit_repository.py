"""Reading the audit log for the viewer and its printable extract (filters run in SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.storage.audit import AUDIT_TABLE
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


class AuditRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    def tables(self) -> list[str]:
        return [r[0] for r in self.db.execute(f"SELECT DISTINCT table_name FROM {AUDIT_TABLE} ORDER BY 1")]

    def rows(self, table: str | None = None, since_utc: str | None = None, until_utc: str | None = None,
             text: str | None = None, limit: int = 5000) -> list[AuditRow]:
        """Newest first. `text` is matched case-insensitively (Kazakh/Russian too) in values and reason."""
        where: list[str] = []
        args: list[object] = []
        if table:
            where.append("table_name = ?")
            args.append(table)
        if since_utc:
            where.append("at >= ?")
            args.append(since_utc)
        if until_utc:
            where.append("at < ?")
            args.append(until_utc)
        if text:
            where.append("(instr(fold(coalesce(old_json, '') || ' ' || coalesce(new_json, '') || ' ' || reason "
                         "|| ' ' || coalesce(row_id, '')), fold(?)) > 0)")
            args.append(text)
        sql = (f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason FROM {AUDIT_TABLE}"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT ?")
        args.append(limit)
        return [AuditRow(*r) for r in self.db.execute(sql, args).fetchall()]

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

    def organisation_names(self) -> tuple[str, str]:
        """(Kazakh, Russian) name of the organisation, for the headings of printed extracts and acts."""
        row = self.db.execute("SELECT name_kk, name_ru FROM organisation WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else ("", "")


def _short(last: str | None, first: str | None, middle: str | None) -> str:
    """"Сейітов Е.Б." — how the extract names a person."""
    initials = "".join(f"{p[0]}." for p in (first, middle) if p)
    return f"{last or ''} {initials}".strip()
