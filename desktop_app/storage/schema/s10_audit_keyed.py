"""The audit log keyed and compact: HMAC chain, 16-byte hashes as bytes, no redundant parts.

- `hash` becomes HMAC-SHA256(chain key, …)[:16] stored as a BLOB; the chain key is derived from the
  sealed office's data key, so nobody without it can append or rewrite entries that fit the chain;
- `prev_hash` goes: it is always the previous row's `hash` (the verifier carries it along);
- the indexes on (table_name, row_id) and on `at` go: the log is read in id order (time order) by the
  viewer, `bagalau check` and the extract, which scan it anyway; they made up about a sixth of the file.

The old SHA-256 chain is verified before it is replaced; if it was already broken, the first bad entry is
kept in the setting `audit.broken_before_sealing`, so that `bagalau check` keeps reporting it instead of
the new chain silently blessing an earlier edit.
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from desktop_app.storage.audit_chain import AUDIT_TABLE, _verify_legacy_chain
from desktop_app.storage.audit_chain import keyed_hash_v1 as keyed_hash
from desktop_app.storage.schema.audit_rewrite import begin_rewrite, replace_audit_log


def m092_audit_keyed(db: Database) -> None:
    key = begin_rewrite(db)
    report = _verify_legacy_chain(db.conn)
    db.execute("""
        CREATE TABLE audit_log_keyed (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old_json TEXT,
            new_json TEXT,
            reason TEXT NOT NULL DEFAULT '',
            hash BLOB NOT NULL
        )""")

    def keyed() -> Iterator[tuple[object, ...]]:
        prev: bytes | None = None
        for row in db.conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason "
                                   f"FROM {AUDIT_TABLE} ORDER BY id"):
            prev = keyed_hash(key, prev, *row[1:])
            yield (*row, prev)

    replace_audit_log(db, "audit_log_keyed", keyed(), 9, None if report.ok else report.bad_id)
