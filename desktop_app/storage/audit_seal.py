"""What the key file says about the audit log, checked against the log.

The key file (storage/keyring.py) records the log's length and newest hash after every write, under a
MAC made with a key derived from the data key. A file edit that cuts the end of the log, or rewrites it,
cannot update that record without the data key: on the next open and in `bagalau check` it shows.
"""
from __future__ import annotations

from pathlib import Path

from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.storage import engine, keyring
from desktop_app.storage.audit import AUDIT_TABLE
from desktop_app.storage.engine import OfficeKey


def header_problems(conn: object, path: Path, key: OfficeKey) -> list[Msg]:
    """Messages when the key file was altered or the log no longer holds what the key file recorded."""
    try:
        header = keyring.read_header(path)
    except Exception:
        return []
    if not keyring.mac_ok(header, key.data_key):
        return [msg(N_("msg", "The key file of {file} was altered outside Bagalau (its seal does not match)."),
                    file=str(path))]
    if header.audit_count <= 0:
        return []
    try:
        row = conn.execute(f"SELECT hash FROM {AUDIT_TABLE} WHERE id = ?",  # type: ignore[attr-defined]
                           [header.audit_count]).fetchone()
        last = conn.execute(f"SELECT max(id) FROM {AUDIT_TABLE}").fetchone()  # type: ignore[attr-defined]
    except engine.DatabaseError:
        return []
    if last is None or last[0] is None or int(last[0]) < header.audit_count or row is None:
        return [msg(N_("msg", "The audit log of {file} is shorter than when Bagalau last wrote it "
                              "({n} entries): its end was deleted outside Bagalau."),
                    file=str(path), n=header.audit_count)]
    if head_text(row[0]) != header.audit_head:
        return [msg(N_("msg", "The audit log of {file} was rewritten outside Bagalau: entry {n} is not the "
                              "one Bagalau recorded."), file=str(path), n=header.audit_count)]
    return []


def head_text(value: object) -> str:
    """A stored hash (hex text or bytes) as hex text."""
    return value.hex() if isinstance(value, bytes | bytearray) else str(value or "")


#: In a copy for another person (plain, inside the password container): the chain key of the office it came
#: from, so that whoever seals it as their own office can check the chain once and rekey it.
CARRIED_KEY_TABLE = "_bagalau_chain_key"


def carry_chain_key(conn: object, schema: str, key: bytes) -> None:
    conn.execute(f"CREATE TABLE {schema}.{CARRIED_KEY_TABLE} (key BLOB NOT NULL)")  # type: ignore[attr-defined]
    conn.execute(f"INSERT INTO {schema}.{CARRIED_KEY_TABLE} (key) VALUES (?)", [key])  # type: ignore[attr-defined]


def rekey_carried_chain(conn: object) -> None:
    """A plain copy of another office just sealed: check its chain with the key it carries, then rekey
    every entry with this office's chain key. A chain that did not check is recorded (first bad entry)
    in `audit.broken_before_sealing`, which `bagalau check` keeps reporting."""

    try:
        row = conn.execute(f"SELECT key FROM {CARRIED_KEY_TABLE}").fetchone()  # type: ignore[attr-defined]
    except engine.OperationalError:
        return
    if row is not None:
        rekey_chain(conn, bytes(row[0]))
    conn.execute(f"DROP TABLE IF EXISTS {CARRIED_KEY_TABLE}")  # type: ignore[attr-defined]
    conn.commit()  # type: ignore[attr-defined]


def rekey_chain(conn: object, old_key: bytes) -> None:
    """Check the chain with `old_key` (the chain key of the office a copy came from), then recompute every
    hash with this office's chain key; a chain that did not check is recorded (see above).

    A copy made by an older version still has the keyed v1 log: it is rekeyed as such, and the migration
    that follows (storage/schema/s11) makes it compact with the new key."""
    from desktop_app.storage.audit_chain import (
        CHAIN_BYTES,
        chain_key,
        compact_entries,
        compact_entries_v2,
        entry_hash,
        entry_hash_v2,
        keyed_hash_v1,
        log_layout,
        verify_chain_v1_with,
        verify_chain_v2_with,
        verify_chain_with,
    )

    new_key = chain_key(conn)
    if new_key is None or new_key == old_key:
        return
    layout = log_layout(conn)  # type: ignore[arg-type]
    verify = {"compact": verify_chain_with, "v2": verify_chain_v2_with}.get(layout, verify_chain_v1_with)
    report = verify(conn, old_key)  # type: ignore[arg-type]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "  # type: ignore[attr-defined]
                                "AND tbl_name = ?", [AUDIT_TABLE]).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')  # type: ignore[attr-defined]  # recreated by the opener
    prev: bytes | None = None
    updates: list[tuple[bytes, int]] = []
    if layout == "compact":
        for id_, at, table, row_id, action, change, hash_ in list(compact_entries(conn)):  # type: ignore[arg-type]
            prev = entry_hash(new_key, prev, at, table or "", row_id, action, change, bytes(hash_)[CHAIN_BYTES:])
            updates.append((prev, id_))
    elif layout == "v2":  # a copy made between s11 and s12
        for id_, at, table, row_id, action, old, new, reason, hash_ in list(compact_entries_v2(conn)):  # type: ignore[arg-type]
            prev = entry_hash_v2(new_key, prev, at, table or "", row_id, action, old, new, reason,
                                 bytes(hash_)[CHAIN_BYTES:])
            updates.append((prev, id_))
    else:
        rows = conn.execute(f"SELECT id, at, table_name, row_id, action, old_json, new_json, reason "  # type: ignore[attr-defined]
                            f"FROM {AUDIT_TABLE} ORDER BY id").fetchall()
        for r in rows:
            prev = keyed_hash_v1(new_key, prev, *r[1:])
            updates.append((prev, r[0]))
    conn.executemany(f"UPDATE {AUDIT_TABLE} SET hash = ? WHERE id = ?", updates)  # type: ignore[attr-defined]
    if not report.ok:
        conn.execute("INSERT INTO settings (key, value) VALUES ('audit.broken_before_sealing', ?) "  # type: ignore[attr-defined]
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(report.bad_id)])
    conn.commit()  # type: ignore[attr-defined]
