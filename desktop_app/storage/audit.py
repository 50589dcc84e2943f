"""The audit log: every change to every table, append-only, chained by hashes (001 §12–§13).

How it works, so that other areas need not cooperate:
- On every open, `install_audit_triggers` (re)creates AFTER INSERT/UPDATE/DELETE triggers on every user
  table (tables added by later migrations included). Each trigger appends one row to `audit_log`: when,
  which table (its number) and row, what changed (nothing for an insert — the record holds its values;
  the changed columns old and new for an update; the whole old record for a delete), the reason the
  service gave, and `hash` = HMAC-SHA256(chain key, previous hash + entry)[:8] + a 4-byte check sum of
  the record after the change, computed by the Python function `audit_hash` registered on the
  connection (storage/audit_chain.py says why this layout and what each part covers). The chain key is derived from the sealed office's data key
  (storage/keyring.py `subkey(…, "audit")`), so an entry appended, or history rewritten with recomputed
  hashes, by anyone without that key does not fit the chain. A tool other than Bagalau that
  lacks the function cannot write to audited tables at all.
- BEFORE UPDATE / BEFORE DELETE triggers on `audit_log` abort: the log is append-only.
- A service passes the reason for a change with ``with audit_reason(store, "…"):`` around its writes
  (the reason is read by the trigger through the registered function `audit_reason()`).
- `verify_chain` recomputes every hash: an edited, deleted or inserted log row breaks the chain.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlite_utils import Database

from desktop_app.storage.audit_chain import (
    ACTIONS,
    AUDIT_TABLE,
    TABLES_TABLE,
    ChainReport,
    chain_key,
    row_hash,
    sql_audit_hash,
    verify_chain,
)

__all__ = ["AUDIT_TABLE", "ChainReport", "audit_reason", "audit_redacted", "install_audit_triggers",
           "row_hash", "verify_chain"]
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


def register_audit_functions(conn: sqlite3.Connection, context: AuditContext) -> None:
    conn.create_function("audit_hash", -1, sql_audit_hash(chain_key(conn)), deterministic=True)
    conn.create_function("audit_reason", 0, lambda: context.reason)
    conn.create_function("audit_redact", 0, lambda: 1 if context.redact else 0)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def audited_tables(db: Database) -> list[str]:
    names = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [n for (n,) in names if n != AUDIT_TABLE and not n.startswith(_SKIP_PREFIXES)]


def _json_of(table: str, columns: list[str], row: str) -> str:
    """JSON object of every column of `row` (blobs as hex, password hashes as "***")."""
    parts = [f"'{col.replace(chr(39), chr(39) * 2)}', {_value(table, col, row)}" for col in columns]
    return f"json_object({', '.join(parts)})"


def _row_id(db: Database, table: str, row: str) -> str:
    """The SQL naming a record: its key as stored (an integer stays an integer: fewer bytes in the log)."""
    info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    pks = sorted((r[5], r[1]) for r in info if r[5])
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
    if len(pks) == 1:
        return f"{row}.{_quote(pks[0][1])}"
    if "WITHOUT ROWID" in sql.upper():
        return "json_array(" + ", ".join(f"{row}.{_quote(c)}" for _, c in pks) + ")"
    return f"{row}.rowid"


def _value(table: str, col: str, row: str) -> str:
    ref = f"{row}.{_quote(col)}"
    value = f"CASE WHEN typeof({ref}) = 'blob' THEN hex({ref}) ELSE {ref} END"
    redact = _REDACT.get((table, col))
    if redact:
        value = f"CASE WHEN {redact.format(row=row)} THEN '***' ELSE {value} END"
    return value


def _changed_json(table: str, columns: list[str], row: str) -> str:
    """JSON object of the columns an UPDATE changed, their `row` (OLD or NEW) values: only what changed."""
    parts = " UNION ALL ".join(
        f"SELECT '{col.replace(chr(39), chr(39) * 2)}' AS k, {_value(table, col, row)} AS v "
        f"WHERE OLD.{_quote(col)} IS NOT NEW.{_quote(col)}" for col in columns)
    return f"(SELECT json_group_object(k, v) FROM ({parts}))"


def table_ids(db: Database) -> dict[str, int]:
    """Number of every audited table that has one (see audit_chain.TABLES_TABLE)."""
    if TABLES_TABLE not in db.table_names():
        return {}
    return {name: int(id_) for id_, name in db.execute(f"SELECT id, name FROM {TABLES_TABLE}").fetchall()}


def _number_tables(db: Database, tables: list[str]) -> dict[str, int]:
    ids = table_ids(db)
    for table in tables:
        if table not in ids:  # numbers are never reused: a table dropped and made again keeps its number
            db.execute(f"INSERT INTO {TABLES_TABLE} (name) VALUES (?)", [table])
    return table_ids(db)


def _trigger_sql(db: Database, table: str, tid: int) -> dict[str, str]:
    columns = [r[1] for r in db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
    q = _quote(table)
    lit = "'" + table.replace("'", "''") + "'"
    new_values = ", " + ", ".join(f"NEW.{_quote(c)}" for c in columns)
    out: dict[str, str] = {}
    for action, when, old, new, row, values in (
            ("insert", "AFTER INSERT", "NULL", "NULL", "NEW", new_values),
            ("update", "AFTER UPDATE", _changed_json(table, columns, "OLD"), _changed_json(table, columns, "NEW"),
             "NEW", new_values),
            ("delete", "AFTER DELETE", f"CASE WHEN audit_redact() THEN NULL ELSE {_json_of(table, columns, 'OLD')} END",
             "NULL", "OLD", "")):
        name = f"{_TRIGGER_PREFIX}{table}__{action}"
        changed = ""
        if action == "update":  # a no-op UPDATE is not a change
            changed = " WHEN " + " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in columns)
        # An insert stores no values (the record holds them); the row after the change is passed to
        # audit_hash for its check sum only. Old values, new values and the reason are one JSON array
        # (NULL when there is none of them): one column, one byte less per entry (storage/audit_chain.py).
        out[name] = (
            f"CREATE TRIGGER {_quote(name)} {when} ON {q} FOR EACH ROW{changed} BEGIN "
            f"INSERT INTO {AUDIT_TABLE} (at, table_id, row_id, action, change, hash) "
            f"SELECT at, {tid}, rid, {ACTIONS.index(action)}, c, audit_hash(p, at, {lit}, rid, '{action}', c{values}) "
            f"FROM (SELECT at, rid, p, CASE WHEN o IS NULL AND n IS NULL AND r IS NULL THEN NULL "
            f"ELSE json_array(json(o), json(n), r) END AS c "
            f"FROM (SELECT CAST(strftime('%s', 'now') AS INTEGER) AS at, {_row_id(db, table, row)} AS rid, "
            f"{old} AS o, {new} AS n, nullif(audit_reason(), '') AS r, "
            f"(SELECT hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1) AS p)); END")
    return out


def _append_only_sql() -> dict[str, str]:
    out = {}
    for action in ("update", "delete"):
        name = f"{_TRIGGER_PREFIX}{AUDIT_TABLE}__no_{action}"
        out[name] = (f"CREATE TRIGGER {_quote(name)} BEFORE {action.upper()} ON {AUDIT_TABLE} "
                     f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    return out


def wanted_triggers(db: Database, ids: dict[str, int] | None = None) -> dict[str, str]:
    """The triggers the current tables need (`ids`: table numbers; names alone are right without them)."""
    ids = table_ids(db) if ids is None else ids
    wanted = _append_only_sql()
    for table in audited_tables(db):
        wanted.update(_trigger_sql(db, table, ids.get(table, -1)))
    return wanted


def existing_triggers(db: Database) -> dict[str, str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {n: s for n, s in rows if n.startswith(_TRIGGER_PREFIX)}


def install_audit_triggers(db: Database) -> bool:
    """Make the audit triggers match the current tables. Writes only when something differs."""
    if AUDIT_TABLE not in db.table_names() or TABLES_TABLE not in db.table_names():
        return False
    tables = audited_tables(db)
    ids = table_ids(db)
    wanted = wanted_triggers(db, ids) if all(t in ids for t in tables) else None
    have = existing_triggers(db)
    if wanted == have:
        return False
    with db.atomic():
        if wanted is None:
            wanted = wanted_triggers(db, _number_tables(db, tables))
        for name in have:
            if wanted.get(name) != have[name]:
                db.execute(f"DROP TRIGGER IF EXISTS {_quote(name)}")
        for name, sql in wanted.items():
            if have.get(name) != sql:
                db.execute(sql)
    return True


def missing_protection(conn: sqlite3.Connection) -> list[str]:
    """Names of append-only or per-table audit triggers that should exist but do not."""
    db = Database(conn, execute_plugins=False)
    have = existing_triggers(db)
    return sorted(set(wanted_triggers(db)) - set(have))
