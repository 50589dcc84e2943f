"""`bagalau check`: is an office file sound — every page's seal, SQLite structure, schema, audit chain,
and the key file's record of the audit log (001 §12).

Reads the file read-only and changes nothing (only a wrong password is counted in the key file), so it
may be run on a file the window has open.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.storage import engine
from desktop_app.storage.audit import AUDIT_TABLE, missing_protection, verify_chain
from desktop_app.storage.audit_verify import verify_records
from desktop_app.storage.migrations import ORDER
from desktop_app.storage.readonly import open_readonly
from desktop_app.storage.sealing import Credential, unlock

SQLITE_HEADER = engine.SQLITE_HEADER


def check_file(path: Path, credential: Credential | None = None, *, older_schema_ok: bool = False,
               plain_ok: bool = False) -> list[Msg]:
    """Problems found in `path`; an empty list means the file, its schema and the audit chain are sound.

    A sealed office needs its `credential` (a wrong one raises ValidationError); a plain file is checked
    as it is and reported as not sealed. `older_schema_ok`: a copy from an earlier version lacks later
    schema steps; a restore adds them.
    """
    if not path.is_file():
        return [msg(N_("msg", "The file {file} does not exist."), file=str(path))]
    problems: list[Msg] = []
    key = None
    if engine.is_plain_sqlite(path) and plain_ok:  # a copy decrypted from its container, checked before a restore
        try:
            conn: sqlite3.Connection = open_readonly(path)
        except sqlite3.DatabaseError as exc:
            return [msg(N_("msg", "SQLite cannot open {file}: {detail}"), file=str(path), detail=str(exc))]
    elif engine.is_plain_sqlite(path):
        problems.append(msg(N_("msg", "{file} is not sealed: anyone who copies it can read it. Open it in "
                                      "Bagalau to seal it."), file=str(path)))
        try:
            conn = open_readonly(path)
        except sqlite3.DatabaseError as exc:
            return [*problems, msg(N_("msg", "SQLite cannot open {file}: {detail}"), file=str(path),
                                   detail=str(exc))]
    elif not (path.with_name(path.name + ".key")).is_file():
        return [msg(N_("msg", "{file} is not an SQLite database (its header is wrong)."), file=str(path))]
    else:
        if credential is None:
            return [msg(N_("msg", "{file} is sealed: its password is needed to check it."), file=str(path))]
        key = unlock(path.resolve(), credential).key
        try:
            conn = engine.connect_sealed(path, key, readonly=True)  # type: ignore[assignment]
        except engine.DatabaseError as exc:  # a page fails its HMAC, or the file is cut short
            return [msg(N_("msg", "SQLite reports damage: {detail}"), detail=str(exc))]
    try:
        problems.extend(_check(conn, older_schema_ok))
        if key is not None:
            from desktop_app.storage.audit_seal import header_problems

            problems.extend(header_problems(conn, path.resolve(), key))
        return problems
    except engine.DatabaseError as exc:
        return [*problems, msg(N_("msg", "SQLite reports damage: {detail}"), detail=str(exc))]
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, older_schema_ok: bool = False) -> list[Msg]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if not rows or rows[0][0] != "ok":
        return [msg(N_("msg", "SQLite reports damage: {detail}"),
                    detail="; ".join(str(r[0]) for r in rows[:5]))]
    problems: list[Msg] = []
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(msg(N_("msg", "{n} rows refer to records that do not exist (first in table {table})."),
                            n=len(fk), table=fk[0][0]))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    applied: set[str] = set()
    if "_sqlite_migrations" in tables:
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    missing = [fn.__name__ for fn in ORDER if fn.__name__ not in applied]
    if missing and not older_schema_ok:
        problems.append(msg(N_("msg", "The schema is incomplete: steps {steps} were not applied "
                                      "(open the file in Bagalau to update it)."), steps=", ".join(missing)))
    if AUDIT_TABLE not in tables:
        problems.append(msg(N_("msg", "The audit log is missing.")))
        return problems
    report = verify_chain(conn)
    broken = conn.execute("SELECT value FROM settings WHERE key = 'audit.broken_before_sealing'").fetchone() \
        if "settings" in tables else None
    if broken:
        problems.append(msg(N_("msg", "The audit log chain was already broken at entry {id} when this office "
                                      "was sealed: entries before it may have been altered outside Bagalau."),
                            id=broken[0]))
    if not report.ok:
        problems.append(msg(N_("msg", "The audit log chain is broken at entry {id}: entries were altered, "
                                      "removed or inserted outside Bagalau."), id=report.bad_id))
    for m in verify_records(conn, limit=5):
        problems.append(msg(N_("msg", "Record {row} of table {table} is not what Bagalau last wrote ({problem}): it "
                                      "was changed outside Bagalau or damaged on the disk."),
                            row=m.row_id, table=m.table, problem=m.problem))
    if not missing:
        absent = missing_protection(conn)
        if absent:
            problems.append(msg(N_("msg", "The audit log protection is missing ({names}): the file was "
                                          "changed outside Bagalau."), names=", ".join(absent[:3])))
    return problems


def organisation_names(path: Path, key: engine.OfficeKey | None = None) -> tuple[str, str] | None:
    """(Kazakh, Russian) organisation name held in the database file `path` (sealed: read with `key`),
    read-only; None if absent."""
    try:
        conn = open_readonly(path) if key is None or engine.is_plain_sqlite(path) else \
            engine.connect_sealed(path, key, readonly=True)
    except engine.DatabaseError:
        return None
    try:
        row = conn.execute("SELECT name_kk, name_ru FROM organisation WHERE id = 1").fetchone()
    except engine.DatabaseError:
        return None
    finally:
        conn.close()
    return (str(row[0] or ""), str(row[1] or "")) if row else None
