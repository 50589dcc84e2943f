"""`bagalau check`: is a database file sound — SQLite structure, schema, audit chain (001 §12).

Reads the file read-only and changes nothing, so it may be run on a file the window has open.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.storage.audit import AUDIT_TABLE, missing_protection, verify_chain
from desktop_app.storage.audit_verify import verify_records
from desktop_app.storage.migrations import ORDER
from desktop_app.storage.readonly import open_readonly

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path, *, older_schema_ok: bool = False) -> list[Msg]:
    """Problems found in `path`; an empty list means the file, its schema and the audit chain are sound.

    `older_schema_ok`: a copy from an earlier version lacks later schema steps; a restore adds them."""
    if not path.is_file():
        return [msg(N_("msg", "The file {file} does not exist."), file=str(path))]
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            return [msg(N_("msg", "{file} is not an SQLite database (its header is wrong)."), file=str(path))]
    try:
        conn = open_readonly(path)
    except sqlite3.DatabaseError as exc:
        return [msg(N_("msg", "SQLite cannot open {file}: {detail}"), file=str(path), detail=str(exc))]
    try:
        return _check(conn, older_schema_ok)
    except sqlite3.DatabaseError as exc:
        return [msg(N_("msg", "SQLite reports damage: {detail}"), detail=str(exc))]
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


def organisation_names(path: Path) -> tuple[str, str] | None:
    """(Kazakh, Russian) organisation name held in the database file `path`, read-only; None if absent."""
    try:
        conn = open_readonly(path)
    except sqlite3.DatabaseError:
        return None
    try:
        row = conn.execute("SELECT name_kk, name_ru FROM organisation WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return (str(row[0] or ""), str(row[1] or "")) if row else None
