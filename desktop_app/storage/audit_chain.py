"""The audit log's hash chain: what each entry's hash covers, and checking it (001 §12–§13).

Three layouts of the log have existed; a file is checked in the layout it holds:
- legacy (a plain office from before sealing): SHA-256 hex text with a `prev_hash` column;
- keyed v1 (storage/schema/s10): HMAC-SHA256[:16] over the entry with every inserted row's values as JSON;
- compact (storage/schema/s11 wrote it as "v2" with old, new and reason in three columns; s12 made them
  one `change` column, the current layout): an entry stores no values for an insert (the row itself
  holds them), only the changed columns for an update, the full old row for a delete — as one JSON
  array [old, new, reason], NULL when there is none of them; times as unix seconds; the table as a small
  number (`_bagalau_audit_tables`). Its `hash` is 12 bytes: the first 8 are
  HMAC-SHA256(chain key, previous hash + entry), the last 4 a check sum of the row's full values after
  the change (`row_sum`), covered by the HMAC, which `bagalau check` compares with the record today.
  64 bits of HMAC: a forger without the chain key has one chance in 2^64 per entry and no way to test a
  guess (the file itself is sealed).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

AUDIT_TABLE = "audit_log"
#: Number ↔ name of every audited table (not audited itself: its names are covered by each entry's hash).
TABLES_TABLE = "_bagalau_audit_tables"
#: Entry actions as stored (0 costs no byte in an SQLite record: most entries are inserts).
ACTIONS = ("insert", "update", "delete")
#: Bytes of the keyed chain hash kept per entry, then bytes of the row check sum.
CHAIN_BYTES = 8
SUM_BYTES = 4
#: Bytes of HMAC-SHA256 the keyed v1 layout kept per entry.
HASH_BYTES_V1 = 16


def _payload_v1(prev: Any, at: str, table: str, row_id: Any, action: str, old_json: Any, new_json: Any,
                reason: Any) -> bytes:
    """Canonical JSON of a v1 / legacy row's fields, so that no two rows serialise alike."""
    prev_text = prev.hex() if isinstance(prev, bytes | bytearray) else (prev or "")
    return json.dumps([prev_text, at, table, None if row_id is None else str(row_id), action,
                       old_json, new_json, reason or ""], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def row_hash(prev_hash: str, at: str, table: str, row_id: Any, action: str,
             old_json: Any, new_json: Any, reason: Any) -> str:
    """The unkeyed SHA-256 hash of one log row of a plain office from before sealing (its old chain)."""
    return hashlib.sha256(_payload_v1(prev_hash, at, table, row_id, action, old_json, new_json, reason)).hexdigest()


def keyed_hash_v1(key: bytes, prev: bytes | None, at: str, table: str, row_id: Any, action: str,
                  old_json: Any, new_json: Any, reason: Any) -> bytes:
    """The keyed v1 hash of one log row: HMAC-SHA256 with the chain key, first 16 bytes."""
    payload = _payload_v1(prev or b"", at, table, row_id, action, old_json, new_json, reason)
    return hmac.new(key, payload, hashlib.sha256).digest()[:HASH_BYTES_V1]


def row_sum(values: tuple[Any, ...] | list[Any]) -> bytes:
    """A 4-byte check sum of a record's values in column order (as SQLite stores them)."""
    plain = [v.hex() if isinstance(v, bytes | bytearray) else v for v in values]
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).digest()[:SUM_BYTES]


def _mac(key: bytes | None, payload: list[Any]) -> bytes:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, data, hashlib.sha256).digest() if key is not None else hashlib.sha256(data).digest()


def entry_hash(key: bytes | None, prev: bytes | None, at: int, table: str, row_id: Any, action: str,
               change: Any, rsum: bytes) -> bytes:
    """The stored `hash` of a compact entry: 8 bytes of HMAC (SHA-256 without a key: bench copies only)
    over the previous hash and the entry (its `change` text as stored), then the row check sum `rsum`
    (b"" for a delete)."""
    mac = _mac(key, [(prev or b"").hex(), at, table, None if row_id is None else str(row_id), action, change,
                     rsum.hex()])
    return mac[:CHAIN_BYTES] + rsum


def entry_hash_v2(key: bytes | None, prev: bytes | None, at: int, table: str, row_id: Any, action: str,
                  old_json: Any, new_json: Any, reason: Any, rsum: bytes) -> bytes:
    """The `hash` of an entry of the compact v2 layout (old, new and reason in three columns; s11)."""
    mac = _mac(key, [(prev or b"").hex(), at, table, None if row_id is None else str(row_id), action,
                     old_json, new_json, reason or "", rsum.hex()])
    return mac[:CHAIN_BYTES] + rsum


def split_change(change: str | None) -> tuple[str | None, str | None, str]:
    """(old values JSON, new values JSON, reason) of a stored `change` ([old, new, reason] or NULL)."""
    if not change:
        return None, None, ""
    old, new, reason = json.loads(change)
    dump = lambda v: None if v is None else json.dumps(v, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    return dump(old), dump(new), reason or ""


def sql_audit_hash(key: bytes | None):
    """The SQL function the triggers call: audit_hash(prev, at, table, row_id, action, change, value1, value2,
    …) — the values are the row after the change (none for a delete), never stored."""
    def audit_hash(prev: Any, at: Any, table: str, row_id: Any, action: str, change: Any, *values: Any) -> bytes:
        rsum = row_sum(values) if action != "delete" else b""
        return entry_hash(key, prev, at, table, row_id, action, change, rsum)
    return audit_hash


def chain_key(conn: object) -> bytes | None:
    """The audit chain key of a sealed connection (derived from its data key), else None."""
    from desktop_app.storage.engine import seal_of
    from desktop_app.storage.keyring import subkey

    seal = seal_of(conn)
    return subkey(seal.data_key, "audit") if seal is not None else None


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the log's hash chain. `bad_id` is the first row that does not fit."""

    rows: int
    bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_id is None and not self.problem


def log_layout(conn: sqlite3.Connection) -> str:
    """"legacy", "v1", "v2" or "compact": which layout the file's log has (see the module doc)."""
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({AUDIT_TABLE})")}
    if "prev_hash" in columns:
        return "legacy"
    if "table_id" not in columns:
        return "v1"
    return "compact" if "change" in columns else "v2"


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute every hash in id order; the first mismatch is reported.

    A sealed office's chain is keyed (HMAC with the key derived from its data key); a plain file from
    before sealing still has its old SHA-256 chain with a `prev_hash` column, checked the old way.
    """
    layout = log_layout(conn)
    if layout == "legacy":
        return _verify_legacy_chain(conn)
    key = chain_key(conn)
    if key is None:  # a plain copy for another person carries its office's chain key (storage/audit_seal.py)
        try:
            row = conn.execute("SELECT key FROM _bagalau_chain_key").fetchone()
        except Exception:
            row = None
        if row is None:
            return ChainReport(0, None, "no key")
        key = bytes(row[0])
    if layout == "v2":
        return verify_chain_v2_with(conn, key)
    return verify_chain_with(conn, key) if layout == "compact" else verify_chain_v1_with(conn, key)


def _action(action: Any) -> str:
    return ACTIONS[action] if isinstance(action, int) and 0 <= action < len(ACTIONS) else str(action)


def compact_entries(conn: sqlite3.Connection, after_id: int = 0):
    """(id, at, table name, row_id, action name, change, hash) in id order."""
    cur = conn.execute(f"SELECT a.id, a.at, t.name, a.row_id, a.action, a.change, a.hash "
                       f"FROM {AUDIT_TABLE} a LEFT JOIN {TABLES_TABLE} t ON t.id = a.table_id "
                       f"WHERE a.id > ? ORDER BY a.id", [after_id])
    for id_, at, table, row_id, action, change, hash_ in cur:
        yield id_, at, table, row_id, _action(action), change, hash_


def compact_entries_v2(conn: sqlite3.Connection):
    """(id, at, table name, row_id, action name, old_json, new_json, reason, hash) of a v2 log, in id order."""
    cur = conn.execute(f"SELECT a.id, a.at, t.name, a.row_id, a.action, a.old_json, a.new_json, a.reason, a.hash "
                       f"FROM {AUDIT_TABLE} a LEFT JOIN {TABLES_TABLE} t ON t.id = a.table_id ORDER BY a.id")
    for id_, at, table, row_id, action, old, new, reason, hash_ in cur:
        yield id_, at, table, row_id, _action(action), old, new, reason, hash_


def verify_chain_with(conn: sqlite3.Connection, key: bytes | None) -> ChainReport:
    """The compact keyed chain checked with the chain key `key` (a plain copy carries its office's key)."""
    prev: bytes | None = None
    count = 0
    for id_, at, table, row_id, action, change, hash_ in compact_entries(conn):
        count += 1
        stored = bytes(hash_) if isinstance(hash_, bytes | memoryview) else b""
        want = entry_hash(key, prev, at, table or "", row_id, action, change, stored[CHAIN_BYTES:])
        if table is None or not hmac.compare_digest(want, stored):
            return ChainReport(count, id_, "hash")
        prev = stored
    return ChainReport(count)


def verify_chain_v2_with(conn: sqlite3.Connection, key: bytes | None) -> ChainReport:
    """The compact v2 chain (s11, before s12) checked with the chain key `key`."""
    prev: bytes | None = None
    count = 0
    for id_, at, table, row_id, action, old, new, reason, hash_ in compact_entries_v2(conn):
        count += 1
        stored = bytes(hash_) if isinstance(hash_, bytes | memoryview) else b""
        want = entry_hash_v2(key, prev, at, table or "", row_id, action, old, new, reason, stored[CHAIN_BYTES:])
        if table is None or not hmac.compare_digest(want, stored):
            return ChainReport(count, id_, "hash")
        prev = stored
    return ChainReport(count)


def verify_chain_v1_with(conn: sqlite3.Connection, key: bytes) -> ChainReport:
    """The keyed v1 chain (before storage/schema/s11) checked with the chain key `key`."""
    prev: bytes | None = None
    count = 0
    cur = conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason, hash "
                       f"FROM {AUDIT_TABLE} ORDER BY id")
    for row_id_, at, table, row_id, action, old, new, reason, hash_ in cur:
        count += 1
        if not hmac.compare_digest(keyed_hash_v1(key, prev, at, table, row_id, action, old, new, reason),
                                   hash_ if isinstance(hash_, bytes) else b""):
            return ChainReport(count, row_id_, "hash")
        prev = hash_
    return ChainReport(count)


def _verify_legacy_chain(conn: sqlite3.Connection) -> ChainReport:
    prev = ""
    count = 0
    cur = conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason, prev_hash, hash "
                       f"FROM {AUDIT_TABLE} ORDER BY id")
    for row_id_, at, table, row_id, action, old, new, reason, prev_hash, hash_ in cur:
        count += 1
        if prev_hash != prev:
            return ChainReport(count, row_id_, "prev_hash")
        if row_hash(prev_hash, at, table, row_id, action, old, new, reason) != hash_:
            return ChainReport(count, row_id_, "hash")
        prev = hash_
    return ChainReport(count)
