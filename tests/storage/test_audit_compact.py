"""The compact audit log: an office written with the keyed v1 log is migrated, its chain rekeyed, and the
reader still sees what every entry changed (storage/schema/s11_audit_compact.py)."""
from __future__ import annotations

from pathlib import Path

from desktop_app.services.audit import AuditService
from desktop_app.storage.audit import _json_of, audit_reason
from desktop_app.storage.audit_chain import chain_key, keyed_hash_v1, log_layout, verify_chain
from desktop_app.storage.check import check_file
from desktop_app.storage.database import open_store
from tests.sealing import office_key, raw_connect

_UNIT_COLUMNS = ["id", "name_kk", "name_ru", "head_position_id", "sort_order", "evaluator_name_kk",
                 "evaluator_name_ru", "evaluator_position_kk", "evaluator_position_ru"]


def _unit_json(conn, unit: int) -> str:
    return conn.execute(f"SELECT {_json_of('units', _UNIT_COLUMNS, 'units')} FROM units WHERE id = ?",
                        [unit]).fetchone()[0]


def _v1_office(tmp_path: Path) -> Path:
    """An office as the previous version left it: every inserted record's values in the log, 16-byte hashes,
    and unit 3 renamed afterwards with another tool (the v1 log's values disagree with it)."""
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    with store.atomic():
        for i in range(3):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"Бөлім {i}", f"Отдел {i}"])
    inserted = [_unit_json(store.db.conn, u) for u in (1, 2, 3)]
    with store.atomic(), audit_reason(store, "Бұйрық № 4"):
        store.db.execute("UPDATE units SET name_ru = 'Отдел финансов' WHERE id = 1")
    updated = _unit_json(store.db.conn, 1)
    with store.atomic():
        store.db.execute("DELETE FROM units WHERE id = 2")
    store.close()
    conn = raw_connect(path)
    key = chain_key(conn)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP TABLE audit_log")
    conn.execute("DROP TABLE _bagalau_audit_tables")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m093_audit_compact', 'm094_audit_one_column')")
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, table_name TEXT NOT NULL, "
                 "row_id TEXT, action TEXT NOT NULL, old_json TEXT, new_json TEXT, reason TEXT NOT NULL DEFAULT '', "
                 "hash BLOB NOT NULL)")
    entries = [("1", "insert", None, inserted[0], ""), ("2", "insert", None, inserted[1], ""),
               ("3", "insert", None, inserted[2], ""), ("1", "update", inserted[0], updated, "Бұйрық № 4"),
               ("2", "delete", inserted[1], None, "")]
    prev = None
    for i, (rid, action, old, new, reason) in enumerate(entries, start=1):
        at = f"2026-05-0{i}T09:30:00.250Z"
        prev = keyed_hash_v1(key, prev, at, "units", rid, action, old, new, reason)
        conn.execute("INSERT INTO audit_log VALUES (?, ?, 'units', ?, ?, ?, ?, ?, ?)",
                     [i, at, rid, action, old, new, reason, prev])
    conn.execute("UPDATE units SET name_ru = 'Подложный отдел' WHERE id = 3")
    conn.commit()
    conn.close()
    return path


def test_a_v1_log_is_made_compact_keeps_its_chain_and_what_each_entry_changed(tmp_path: Path) -> None:
    path = _v1_office(tmp_path)
    store = open_store(path, office_key())
    try:
        assert log_layout(store.db.conn) == "compact"
        assert verify_chain(store.db.conn).ok and verify_chain(store.db.conn).rows == 5
        stored = store.db.execute("SELECT at, row_id, action, change, length(hash) FROM audit_log ORDER BY id").fetchall()
        assert stored[0] == (1777627800, 1, 0, None, 8)  # 2026-05-01 09:30:00 UTC, no values
        assert [s[4] for s in stored] == [8, 8, 12, 12, 8]  # a record's last entry keeps its check sum
        assert stored[3][3] == '[{"name_ru":"Отдел 0"},{"name_ru":"Отдел финансов"},"Бұйрық № 4"]'
        entries = {e.id: e for e in AuditService(store).entries()}
        # the insert shows what it put in: the record now, with the later update's old value put back
        first = {c.field: c.new for c in entries[1].changes}
        assert (first["name_kk"], first["name_ru"]) == ("Бөлім 0", "Отдел 0")
        assert {c.field: c.new for c in entries[2].changes}["name_ru"] == "Отдел 1"  # from the delete
        assert [(c.field, c.old, c.new) for c in entries[4].changes] == [("name_ru", "Отдел 0", "Отдел финансов")]
        assert {c.field: c.old for c in entries[5].changes}["name_kk"] == "Бөлім 1"
        # a search finds every entry about a record that mentions the text, its insert included
        assert [e.id for e in AuditService(store).entries(text="ОТДЕЛ ФИНАНСОВ")] == [4, 1]
        with store.atomic():  # new entries continue the rekeyed chain
            store.db.execute("UPDATE units SET name_kk = 'Қаржы' WHERE id = 1")
        assert verify_chain(store.db.conn).ok
    finally:
        store.close()
    # unit 3 was renamed outside Bagalau before the update: still reported after the migration
    problems = [p.render() for p in check_file(path, office_key())]
    assert problems == ["Record 3 of table units is not what Bagalau last wrote (changed): it was changed "
                        "outside Bagalau or damaged on the disk."]


def test_a_column_added_later_does_not_make_older_records_look_changed(db_path: Path, monkeypatch) -> None:
    store = open_store(db_path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Бөлім', 'Отдел')")
    store.close()
    from desktop_app.storage import migrations

    def m999_units_code(db) -> None:
        db.execute("ALTER TABLE units ADD COLUMN code TEXT NOT NULL DEFAULT 'U'")

    monkeypatch.setattr(migrations, "ORDER", [*migrations.ORDER, m999_units_code])
    open_store(db_path, office_key()).close()
    assert check_file(db_path, office_key()) == []
    conn = raw_connect(db_path)
    conn.execute('DROP TRIGGER "audit__units__update"')
    conn.execute("UPDATE units SET name_ru = 'Подлог'")
    conn.commit()
    conn.close()
    assert "Record 1 of table units is not what Bagalau last wrote (changed): it was changed outside Bagalau " \
           "or damaged on the disk." in [p.render() for p in check_file(db_path, office_key())]


def test_an_insert_entry_holds_no_values_and_few_bytes(store) -> None:
    with store.atomic():
        for i in range(200):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"Бөлім {i}", f"Отдел {i}"])
    sizes = store.db.execute("SELECT count(change), max(length(hash)) FROM audit_log").fetchone()
    assert sizes == (0, 12)
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 200
