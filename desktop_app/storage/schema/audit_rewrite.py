"""What every migration that rewrites the audit log shares (s10, s11, s12): its triggers dropped before, the
new rows written in batches, the new table put in the log's place, and a chain found broken before the
rewrite recorded so that `bagalau check` keeps reporting it (the rewrite re-keys every entry)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from desktop_app.storage.audit_chain import AUDIT_TABLE, chain_key

_BATCH = 5000


def begin_rewrite(db: Database) -> bytes:
    """The chain key of the sealed office, its audit triggers dropped ((re)created after the migrations by
    install_audit_triggers)."""
    key = chain_key(db.conn)
    if key is None:  # pragma: no cover - offices are always opened sealed
        raise RuntimeError("the audit log is rewritten only in a sealed office")
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_\\_%' "
                              "ESCAPE '\\'").fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    return key


def replace_audit_log(db: Database, new_table: str, rows: Iterable[Sequence[object]], width: int,
                      broken_at: int | None) -> None:
    """Write `rows` (`width` columns each) into `new_table`, already created, and make it the audit log."""
    insert = f"INSERT INTO {new_table} VALUES ({', '.join('?' * width)})"
    batch: list[Sequence[object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            db.conn.executemany(insert, batch)
            batch.clear()
    db.conn.executemany(insert, batch)
    db.execute(f"DROP TABLE {AUDIT_TABLE}")
    db.execute(f"ALTER TABLE {new_table} RENAME TO {AUDIT_TABLE}")
    if broken_at is not None:
        db.execute("INSERT INTO settings (key, value) VALUES ('audit.broken_before_sealing', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(broken_at)])
