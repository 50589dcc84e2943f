"""Which key file belongs to the office now: the sealed file records its wraps' fingerprints.

A password change rewraps the data key in the key file. Without more, someone who kept the old key file
(and knew the old password) could put it back and open the office with the old password. So the sealed
database records, in the small table `_bagalau_key_slots` (bookkeeping, not audited; the change itself is
logged through the `security.key_changed` setting), the fingerprint of the key file's wraps; on open
a key file whose fingerprint is not recorded is refused. A change records [old, new] first and writes the
key file second, so a crash between the two leaves an office that opens; the next open keeps only the
current one.
"""
from __future__ import annotations

import hashlib

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, msg
from desktop_app.storage import engine
from desktop_app.storage.keyring import KeyHeader

TABLE = "_bagalau_key_slots"


def fingerprint(header: KeyHeader) -> str:
    return hashlib.sha256(header.password.wrap + header.recovery.wrap).hexdigest()[:32]


def recorded(conn: object) -> list[str]:
    try:
        rows = conn.execute(f"SELECT fingerprint FROM {TABLE} ORDER BY rowid").fetchall()  # type: ignore[attr-defined]
    except engine.OperationalError:  # no table yet: an office from before this record
        return []
    return [str(r[0]) for r in rows]


def record(conn: object, fingerprints: list[str]) -> None:
    """Replace the list (the caller holds the transaction)."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (fingerprint TEXT PRIMARY KEY)")  # type: ignore[attr-defined]
    conn.execute(f"DELETE FROM {TABLE}")  # type: ignore[attr-defined]
    for f in fingerprints:
        conn.execute(f"INSERT OR IGNORE INTO {TABLE} (fingerprint) VALUES (?)", [f])  # type: ignore[attr-defined]


def check_and_settle(conn: object, header: KeyHeader, previous: KeyHeader | None, file: str) -> list[str] | None:
    """Refuse a key file the office does not know; return the list to record (None: nothing to write).

    `previous`: the header before the opener itself rewrapped it (the recovery code was used).
    """
    slots = recorded(conn)
    current = fingerprint(header)
    known = fingerprint(previous) if previous is not None else current
    if slots and known not in slots:
        raise StorageError(msg(N_("msg", "The key file of {file} is older than the office (the password was "
                                          "changed since): it was put back outside Bagalau and is refused. Use "
                                          "the key file that was beside the office, or the recovery code."),
                               file=file))
    return None if slots == [current] else [current]
