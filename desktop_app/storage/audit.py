"""The audit log: every change to every table, append-only, chained by hashes (001 §12–§13).

How it works, so that other areas need not cooperate:
- On every open, `install_audit_triggers` (re)creates AFTER INSERT/UPDATE/DELETE triggers on every user
  table (tables added by later migrations included). Each trigger appends one row to `audit_log`: when,
  which table and row, old and new values as JSON, the reason the service gave, and
  `hash = HMAC-SHA256(chain key, previous hash + row content)` (16 bytes) computed by the Python function
  `audit_hash` registered on the connection. The chain key is derived from the sealed office's data key
  (storage/keyring.py `subkey(…, "audit")`), so an entry appended, or history rewritten with recomputed
  hashes, by anyone without that key does not fit the chain. A tool other than Bagalau that
  lacks the function cannot write to audited tables at all.
- BEFORE UPDATE / BEFORE DELETE triggers on `audit_log` abort: the log is append-only.
- A service passes the reason for a change with ``with audit_reason(store, "…"):`` around its writes
  (the reason is read by the trigger through the registered function `audit_reason()`).
- `verify_chain` recomputes every hash: an edited, deleted or inserted log row breaks the chain.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlite_utils import Database

AUDIT_TABLE = "audit_log"
#: Tables that are not audited: the log itself and SQLite / sqlite-utils bookkeeping.
_SKIP_PREFIXES = ("sqlite_", "_sqlite_", "_bagalau_")
#: Values never copied into the log: (table, column, SQL condition on the row). The password and
#: recovery-code hashes live in `settings` under `security.*` (see services/security.py).
_REDACT = {("settings", "value"): "{row}.key LIKE 'security.%'"}
_TRIGGER_PREFIX = "audit__"


class AuditContext:
    """Per-connection state read by the triggers: the reason for the changes being made."""

    def __init__(self) -> None:
        self.reason = ""
        #: True while documents past their retention term are removed (001 §12): the log then records
        #: that a row was deleted, not its content — the log must not become a copy of destroyed papers.
        self.redact = False


class HasAudit(Protocol):
    audit: AuditContext


@contextmanager
def audit_reason(store: HasAudit, reason: str) -> Iterator[None]:
    """Record `reason` with every change made inside the block (e.g. "Calibration decision No. 3").

    Use it inside or around `store.atomic()`; blocks nest, the innermost reason wins.
    """
    previous = store.audit.reason
    store.audit.reason = reason
    try:
        yield
    finally:
        store.audit.reason = previous


@contextmanager
def audit_redacted(store: HasAudit) -> Iterator[None]:
    """Deletions inside the block are logged without the deleted values (retention, 001 §12)."""
    previous = store.audit.redact
    store.audit.redact = True
    try:
        yield
    finally:
        store.audit.redact = previous


#: Bytes of HMAC-SHA256 kept per entry: 128 bits, stored as a BLOB (not hex text) to keep the log small.
HASH_BYTES = 16


def _payload(prev: Any, at: str, table: str, row_id: Any, action: str, old_json: Any, new_json: Any,
             reason: Any) -> bytes:
    """Canonical JSON of a row's fields, so that no two rows serialise alike."""
    prev_text = prev.hex() if isinstance(prev, bytes | bytearray) else (prev or "")
    return json.dumps([prev_text, at, table, None if row_id is None else str(row_id), action,
                       old_json, new_json, reason or ""], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def row_hash(prev_hash: str, at: str, table: str, row_id: Any, action: str,
             old_json: Any, new_json: Any, reason: Any) -> str:
    """The unkeyed SHA-256 hash of one log row of a plain office from before sealing (its old chain)."""
    return hashlib.sha256(_payload(prev_hash, at, table, row_id, action, old_json, new_json, reason)).hexdigest()


def keyed_hash(key: bytes, prev: bytes | None, at: str, table: str, row_id: Any, action: str,
               old_json: Any, new_json: Any, reason: Any) -> bytes:
    """The keyed hash of one log row: HMAC-SHA256 with the chain key, first HASH_BYTES bytes."""
    payload = _payload(prev or b"", at, table, row_id, action, old_json, new_json, reason)
    return hmac.new(key, payload, hashlib.sha256).digest()[:HASH_BYTES]


def chain_key(conn: object) -> bytes | None:
    """The audit chain key of a sealed connection (derived from its data key), else None."""
    from desktop_app.storage.engine import seal_of
    from desktop_app.storage.keyring import subkey

    seal = seal_of(conn)
    return subkey(seal.data_key, "audit") if seal is not None else None


def register_audit_functions(conn: sqlite3.Connection, context: AuditContext) -> None:
    key = chain_key(conn)
    if key is not None:
        conn.create_function("audit_hash", 8, lambda *a: keyed_hash(key, *a), deterministic=True)
    else:
        conn.create_function("audit_hash", 8, row_hash, deterministic=True)
    conn.create_function("audit_reason", 0, lambda: context.reason)
    conn.create_function("audit_redact", 0, lambda: 1 if context.redact else 0)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def audited_tables(db: Database) -> list[str]:
    names = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [n for (n,) in names if n != AUDIT_TABLE and not n.startswith(_SKIP_PREFIXES)]


def _json_of(table: str, columns: list[str], row: str) -> str:
    parts = []
    for col in columns:
        ref = f"{row}.{_quote(col)}"
        value = f"CASE WHEN typeof({ref}) = 'blob' THEN hex({ref}) ELSE {ref} END"
        redact = _REDACT.get((table, col))
        if redact:
            value = f"CASE WHEN {redact.format(row=row)} THEN '***' ELSE {value} END"
        parts.append(f"'{col.replace(chr(39), chr(39) * 2)}', {value}")
    return f"json_object({', '.join(parts)})"


def _row_id(db: Database, table: str, row: str) -> str:
    info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    pks = sorted((r[5], r[1]) for r in info if r[5])
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
    if len(pks) == 1:
        return f"CAST({row}.{_quote(pks[0][1])} AS TEXT)"
    if "WITHOUT ROWID" in sql.upper():
        return "json_array(" + ", ".join(f"{row}.{_quote(c)}" for _, c in pks) + ")"
    return f"CAST({row}.rowid AS TEXT)"


def _trigger_sql(db: Database, table: str) -> dict[str, str]:
    columns = [r[1] for r in db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
    q = _quote(table)
    lit = "'" + table.replace("'", "''") + "'"
    out: dict[str, str] = {}
    for action, when, old, new, row in (
            ("insert", "AFTER INSERT", "NULL", _json_of(table, columns, "NEW"), "NEW"),
            ("update", "AFTER UPDATE", _json_of(table, columns, "OLD"), _json_of(table, columns, "NEW"), "NEW"),
            ("delete", "AFTER DELETE", f"CASE WHEN audit_redact() THEN NULL ELSE {_json_of(table, columns, 'OLD')} END",
             "NULL", "OLD")):
        name = f"{_TRIGGER_PREFIX}{table}__{action}"
        changed = ""
        if action == "update":  # a no-op UPDATE is not a change
            changed = " WHEN " + " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in columns)
        out[name] = (
            f"CREATE TRIGGER {_quote(name)} {when} ON {q} FOR EACH ROW{changed} BEGIN "
            f"INSERT INTO {AUDIT_TABLE} (at, table_name, row_id, action, old_json, new_json, reason, hash) "
            f"SELECT at, {lit}, rid, '{action}', o, n, r, audit_hash(p, at, {lit}, rid, '{action}', o, n, r) "
            f"FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, {_row_id(db, table, row)} AS rid, "
            f"{old} AS o, {new} AS n, audit_reason() AS r, "
            f"(SELECT hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1) AS p); END")
    return out


def _append_only_sql() -> dict[str, str]:
    out = {}
    for action in ("update", "delete"):
        name = f"{_TRIGGER_PREFIX}{AUDIT_TABLE}__no_{action}"
        out[name] = (f"CREATE TRIGGER {_quote(name)} BEFORE {action.upper()} ON {AUDIT_TABLE} "
                     f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    return out


def wanted_triggers(db: Database) -> dict[str, str]:
    wanted = _append_only_sql()
    for table in audited_tables(db):
        wanted.update(_trigger_sql(db, table))
    return wanted


def existing_triggers(db: Database) -> dict[str, str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {n: s for n, s in rows if n.startswith(_TRIGGER_PREFIX)}


def install_audit_triggers(db: Database) -> bool:
    """Make the audit triggers match the current tables. Writes only when something differs."""
    if AUDIT_TABLE not in db.table_names():
        return False
    wanted = wanted_triggers(db)
    have = existing_triggers(db)
    if wanted == have:
        return False
    with db.atomic():
        for name in have:
            if wanted.get(name) != have[name]:
                db.execute(f"DROP TRIGGER IF EXISTS {_quote(name)}")
        for name, sql in wanted.items():
            if have.get(name) != sql:
                db.execute(sql)
    return True


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the log's hash chain. `bad_id` is the first row that does not fit."""

    rows: int
    bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_id is None and not self.problem


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute every hash in id order; the first mismatch is reported.

    A sealed office's chain is keyed (HMAC with the key derived from its data key); a plain file from
    before sealing still has its old SHA-256 chain with a `prev_hash` column, checked the old way.
    """
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({AUDIT_TABLE})")}
    if "prev_hash" in columns:
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
    return verify_chain_with(conn, key)


def verify_chain_with(conn: sqlite3.Connection, key: bytes) -> ChainReport:
    """The keyed chain checked with the chain key `key` (a plain copy carries its office's key)."""
    prev: bytes | None = None
    count = 0
    cur = conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason, hash "
                       f"FROM {AUDIT_TABLE} ORDER BY id")
    for row_id_, at, table, row_id, action, old, new, reason, hash_ in cur:
        count += 1
        if not hmac.compare_digest(keyed_hash(key, prev, at, table, row_id, action, old, new, reason),
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


def missing_protection(conn: sqlite3.Connection) -> list[str]:
    """Names of append-only or per-table audit triggers that should exist but do not."""
    db = Database(conn, execute_plugins=False)
    have = existing_triggers(db)
    return sorted(set(wanted_triggers(db)) - set(have))
