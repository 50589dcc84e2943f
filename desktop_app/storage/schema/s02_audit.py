"""The audit log (001 §12–§13: evaluation records are kept three years and are confidential).

Every change to any table is written here by triggers that `storage/audit.py` (re)creates on each
open, so tables added by later migrations are covered without their authors doing anything. Rows are
chained by hashes; triggers on the log itself make it append-only.
"""
from __future__ import annotations

from sqlite_utils import Database


def m090_audit_log(db: Database) -> None:
    db.execute("""
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old_json TEXT,
            new_json TEXT,
            reason TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX audit_log_table ON audit_log(table_name, row_id)")
    db.execute("CREATE INDEX audit_log_at ON audit_log(at)")
