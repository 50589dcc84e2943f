"""Do the records still say what the audit log says they were last set to? (`bagalau check`)

`PRAGMA integrity_check` walks the file's structure but does not read the bytes inside a record, and
SQLCipher's page HMAC stops only an edit made without the data key: an edit made with another SQLite
tool and the key while the triggers were dropped passes both. Every entry of the log ends with a
4-byte check sum of its record's values after the change (storage/audit_chain.py), covered by the keyed
chain: comparing the last entry of each record with the record finds such changes. Records older than
the log are not compared. A column added to a table later (always at the end) is not in the sums of
entries written before it: the sum is also tried over the leading columns only.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from desktop_app.storage.audit import _quote, _row_id, audited_tables, table_ids
from desktop_app.storage.audit_chain import ACTIONS, AUDIT_TABLE, CHAIN_BYTES, log_layout, row_sum


@dataclass(frozen=True)
class RecordMismatch:
    table: str
    row_id: str
    problem: str  # "changed" | "deleted-in-log" | "missing"


def verify_records(conn: sqlite3.Connection, limit: int = 20) -> list[RecordMismatch]:
    """Records whose current content differs from their last entry in the audit log (first `limit`)."""
    if log_layout(conn) != "compact":  # an office not yet opened by this version: its migration checks them
        return []
    db = Database(conn, execute_plugins=False)
    last: dict[int, dict[str, tuple[int, bytes]]] = {}
    for tid, rid, action, hash_ in conn.execute(f"SELECT table_id, row_id, action, hash FROM {AUDIT_TABLE} "
                                                f"ORDER BY id"):
        last.setdefault(tid, {})[str(rid)] = (action, bytes(hash_)[CHAIN_BYTES:])
    ids = table_ids(db)
    out: list[RecordMismatch] = []
    for table in audited_tables(db):
        logged = last.get(ids.get(table, -1))
        if not logged:
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
        q = _quote(table)
        current = {str(r[0]): r[1:] for r in conn.execute(
            f"SELECT {_row_id(db, table, q)}, {', '.join(_quote(c) for c in columns)} FROM {q}")}
        for row_id, (action, rsum) in logged.items():
            now = current.get(row_id)
            if ACTIONS[action] == "delete":
                if now is not None:
                    out.append(RecordMismatch(table, row_id, "deleted-in-log"))
            elif now is None:
                out.append(RecordMismatch(table, row_id, "missing"))
            elif rsum and not any(row_sum(now[:k]) == rsum for k in range(len(now), 0, -1)):
                out.append(RecordMismatch(table, row_id, "changed"))
            if len(out) >= limit:
                return out
    return out
