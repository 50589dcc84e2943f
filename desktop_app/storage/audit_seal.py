"""What the key file says about the audit log, checked against the log (issue 11).

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
