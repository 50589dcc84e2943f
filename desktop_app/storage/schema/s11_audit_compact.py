"""The audit log made compact (it was four fifths of a ten-year office file).

The keyed v1 log (s10) stored every inserted record's values as JSON, though the record itself holds
them. The compact layout (storage/audit_chain.py) keeps per entry: the time as unix seconds, the table
as a number (`_bagalau_audit_tables`), the record's key as stored, the action as 0/1/2, the changed
columns only for an update, the old record for a delete, the reason or NULL, and a 12-byte `hash`
(8 bytes of keyed HMAC + 4 bytes of the record's check sum). What an insert put in is rebuilt for the
reader from the record and the later entries (storage/audit_repository.py). (s12 then puts old, new and
reason into one column.)

The v1 chain is verified before it is replaced; an already broken chain is kept in the setting
`audit.broken_before_sealing` (as s10 does), so `bagalau check` keeps reporting it. A record that no
longer matches the v1 log's last values gets a check sum that cannot match, so `bagalau check` keeps
reporting that record too.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime

from sqlite_utils import Database

from desktop_app.storage.audit import _json_of, _quote, _row_id, audited_tables
from desktop_app.storage.audit_chain import (
    ACTIONS,
    AUDIT_TABLE,
    SUM_BYTES,
    TABLES_TABLE,
    entry_hash_v2,
    row_sum,
    verify_chain_v1_with,
)
from desktop_app.storage.schema.audit_rewrite import begin_rewrite, replace_audit_log

_INT = re.compile(r"-?[0-9]+")


def _seconds(at: str) -> int:
    return int(datetime.fromisoformat(at).timestamp())


def _key_types(db: Database, table: str) -> bool:
    """Whether the table's records are named by an integer (rowid or an INTEGER primary key)."""
    info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    pks = [r for r in info if r[5]]
    if len(pks) == 1:
        return "INT" in str(pks[0][2]).upper()
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
    return "WITHOUT ROWID" not in sql.upper()


def _live_sums(db: Database, table: str, last_new: dict[str, str | None]) -> dict[str, bytes]:
    """Check sum of each record of `table` named in `last_new` (its last v1 values, JSON): the record's
    own sum when it agrees with them, else a sum that cannot match (reported by `bagalau check`)."""
    columns = [r[1] for r in db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
    q = _quote(table)
    out: dict[str, bytes] = {}
    cols = ", ".join(_quote(c) for c in columns)
    for rid, as_json, *values in db.execute(f"SELECT {_row_id(db, table, q)}, {_json_of(table, columns, q)}, "
                                            f"{cols} FROM {q}").fetchall():
        key = str(rid)
        if key not in last_new:
            continue
        logged = last_new[key]
        was = json.loads(logged) if logged else {}
        is_ = json.loads(as_json)
        agrees = all(was[k] == is_[k] for k in was.keys() & is_.keys())
        out[key] = row_sum(values) if agrees else b"\0" * SUM_BYTES
    return out


def m093_audit_compact(db: Database) -> None:
    key = begin_rewrite(db)
    report = verify_chain_v1_with(db.conn, key)
    db.execute(f"CREATE TABLE {TABLES_TABLE} (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    db.execute(f"INSERT INTO {TABLES_TABLE} (name) SELECT DISTINCT table_name FROM {AUDIT_TABLE} ORDER BY 1")
    tids = {name: int(i) for i, name in db.execute(f"SELECT id, name FROM {TABLES_TABLE}").fetchall()}
    # The last v1 entry of every record: its check sum comes from the record as it is now.
    last: dict[tuple[str, str], int] = {}
    last_new: dict[str, dict[str, str | None]] = {}
    for id_, table, rid, action, new in db.conn.execute(
            f"SELECT id, table_name, row_id, action, new_json FROM {AUDIT_TABLE} WHERE id IN "
            f"(SELECT max(id) FROM {AUDIT_TABLE} GROUP BY table_name, row_id)"):
        if action != "delete":
            last[(table, str(rid))] = id_
            last_new.setdefault(table, {})[str(rid)] = new
    present = set(audited_tables(db))
    sums = {t: _live_sums(db, t, rows) if t in present else {} for t, rows in last_new.items()}
    int_keys = {t: _key_types(db, t) if t in present else True for t in tids}
    db.execute("""
        CREATE TABLE audit_log_compact (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            table_id INTEGER NOT NULL,
            row_id,
            action INTEGER NOT NULL CHECK (action IN (0, 1, 2)),
            old_json TEXT,
            new_json TEXT,
            reason TEXT,
            hash BLOB NOT NULL
        )""")

    def compact() -> Iterator[tuple[object, ...]]:
        prev: bytes | None = None
        cur = db.conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason "
                              f"FROM {AUDIT_TABLE} ORDER BY id")
        for id_, at, table, rid, action, old, new, reason in cur:
            seconds = _seconds(at)
            if rid is not None and int_keys.get(table) and _INT.fullmatch(str(rid)):
                rid = int(rid)
            if action == "insert":
                old = new = None
            elif action == "update":  # only what changed
                was, is_ = json.loads(old or "{}"), json.loads(new or "{}")
                changed = [k for k in is_ if was.get(k) != is_.get(k)]
                old = json.dumps({k: was.get(k) for k in changed}, ensure_ascii=False, separators=(",", ":"))
                new = json.dumps({k: is_.get(k) for k in changed}, ensure_ascii=False, separators=(",", ":"))
            rsum = b""
            if last.get((table, str(rid))) == id_:
                rsum = sums.get(table, {}).get(str(rid), b"\0" * SUM_BYTES)
            reason = reason or None
            prev = entry_hash_v2(key, prev, seconds, table, rid, action, old, new, reason, rsum)
            yield (id_, seconds, tids[table], rid, ACTIONS.index(action), old, new, reason, prev)

    replace_audit_log(db, "audit_log_compact", compact(), 9, None if report.ok else report.bad_id)
