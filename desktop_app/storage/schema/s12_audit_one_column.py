"""The compact audit log with old values, new values and reason in one column (`change`).

Every SQLite record spends a byte per column even on NULL; most entries (inserts without a reason) had
three NULL columns. One JSON array [old, new, reason] — NULL when there is none of them — keeps the ten-year
office's log under 0.4 of the file (bench `audit_share`). The s11 (v2) chain is verified first, every
entry's hash is recomputed over the new column (the record check sums are kept), and an already broken
chain is recorded in `audit.broken_before_sealing` as s10 and s11 do.
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from desktop_app.storage.audit_chain import (
    AUDIT_TABLE,
    CHAIN_BYTES,
    compact_entries_v2,
    entry_hash,
    verify_chain_v2_with,
)
from desktop_app.storage.schema.audit_rewrite import begin_rewrite, replace_audit_log


def m094_audit_one_column(db: Database) -> None:
    key = begin_rewrite(db)
    report = verify_chain_v2_with(db.conn, key)
    db.execute("""
        CREATE TABLE audit_log_one (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            table_id INTEGER NOT NULL,
            row_id,
            action INTEGER NOT NULL CHECK (action IN (0, 1, 2)),
            change TEXT,
            hash BLOB NOT NULL
        )""")
    changes = dict(db.conn.execute(
        f"SELECT id, CASE WHEN old_json IS NULL AND new_json IS NULL AND reason IS NULL THEN NULL "
        f"ELSE json_array(json(old_json), json(new_json), reason) END FROM {AUDIT_TABLE}").fetchall())
    tids = dict(db.conn.execute(f"SELECT id, table_id FROM {AUDIT_TABLE}").fetchall())

    def one_column() -> Iterator[tuple[object, ...]]:
        prev: bytes | None = None
        for id_, at, table, rid, action, _old, _new, _reason, hash_ in list(compact_entries_v2(db.conn)):
            change = changes[id_]
            prev = entry_hash(key, prev, at, table or "", rid, action, change, bytes(hash_)[CHAIN_BYTES:])
            yield (id_, at, tids[id_], rid, ("insert", "update", "delete").index(action), change, prev)

    replace_audit_log(db, "audit_log_one", one_column(), 7, None if report.ok else report.bad_id)
