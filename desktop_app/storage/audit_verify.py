"""Do the records still say what the audit log says they were last set to? (`bagalau check`)

`PRAGMA integrity_check` walks the file's structure but does not read the bytes inside a record, so a
flipped bit in a name or a score, or an edit made with another SQLite tool while the triggers were
dropped, passes it. The audit log holds the last value Bagalau wrote to every record: comparing the
two finds such changes. Records older than the log (created before it existed) are not compared;
columns added to a table later are compared only once they were written.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from desktop_app.storage.audit import AUDIT_TABLE, _json_of, _quote, _row_id, audited_tables


@dataclass(frozen=True)
class RecordMismatch:
    table: str
    row_id: str
    problem: str  # "changed" | "deleted-in-log" | "missing"


def verify_records(conn: sqlite3.Connection, limit: int = 20) -> list[RecordMismatch]:
    """Records whose current content differs from their last entry in the audit log (first `limit`)."""
    db = Database(conn, execute_plugins=False)
    out: list[RecordMismatch] = []
    for table in audited_tables(db):
        logged = {r[0]: (r[1], r[2]) for r in conn.execute(
            f"SELECT row_id, action, new_json FROM {AUDIT_TABLE} WHERE id IN "
            f"(SELECT max(id) FROM {AUDIT_TABLE} WHERE table_name = ? GROUP BY row_id)", [table])}
        if not logged:
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
        row = _quote(table)
        current = dict(conn.execute(f"SELECT {_row_id(db, table, row)}, {_json_of(table, columns, row)} "
                                    f"FROM {row}").fetchall())
        for row_id, (action, new_json) in logged.items():
            now = current.get(row_id)
            if action == "delete":
                if now is not None:
                    out.append(RecordMismatch(table, row_id, "deleted-in-log"))
            elif now is None:
                out.append(RecordMismatch(table, row_id, "missing"))
            else:
                was, is_ = json.loads(new_json), json.loads(now)
                if any(was[k] != is_[k] for k in was.keys() & is_.keys()):
                    out.append(RecordMismatch(table, row_id, "changed"))
            if len(out) >= limit:
                return out
    return out
