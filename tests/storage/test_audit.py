"""The audit log: every change recorded, append-only, hash-chained, checked (001 §12–§13)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.storage.audit import audit_reason, verify_chain
from desktop_app.storage.check import check_file
from desktop_app.storage.database import open_store
from tests.sealing import env_with_password, office_key, raw_connect


def _add_unit(store, kk: str = "Қаржы бөлімі", ru: str = "Финансовый отдел") -> int:
    with store.atomic():
        return store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [kk, ru]).lastrowid


def _log(store) -> list[tuple]:
    return store.db.execute("SELECT t.name, CAST(a.row_id AS TEXT), "
                            "CASE a.action WHEN 0 THEN 'insert' WHEN 1 THEN 'update' ELSE 'delete' END, "
                            "a.change ->> 0, a.change ->> 1, coalesce(a.change ->> 2, '') FROM audit_log a "
                            "JOIN _bagalau_audit_tables t ON t.id = a.table_id ORDER BY a.id").fetchall()


def test_insert_update_delete_are_logged_compactly_with_old_new_and_reason(store) -> None:
    """An insert stores no values (the record holds them), an update only what changed, a delete the old record."""
    unit = _add_unit(store)
    with store.atomic(), audit_reason(store, "Бұйрық № 12"):
        store.db.execute("UPDATE units SET name_ru = 'Отдел финансов' WHERE id = ?", [unit])
        store.db.execute("UPDATE units SET name_ru = 'Отдел финансов' WHERE id = ?", [unit])  # no change
    with store.atomic():
        store.db.execute("DELETE FROM units WHERE id = ?", [unit])
    log = _log(store)
    assert [(t, r, a) for t, r, a, *_ in log] == [("units", str(unit), "insert"), ("units", str(unit), "update"),
                                                 ("units", str(unit), "delete")]
    assert log[0][3:5] == (None, None)
    assert (json.loads(log[1][3]), json.loads(log[1][4])) == ({"name_ru": "Финансовый отдел"},
                                                              {"name_ru": "Отдел финансов"})
    assert log[1][5] == "Бұйрық № 12" and log[0][5] == "" and log[2][5] == ""
    assert json.loads(log[2][3])["name_kk"] == "Қаржы бөлімі" and log[2][4] is None


def test_tables_added_by_later_migrations_are_audited(db_path: Path, monkeypatch) -> None:
    open_store(db_path, office_key()).close()
    from desktop_app.storage import migrations

    def m999_test_quarters(db) -> None:
        db.execute("CREATE TABLE quarters_test (id INTEGER PRIMARY KEY, year INTEGER, data BLOB)")

    monkeypatch.setattr(migrations, "ORDER", [*migrations.ORDER, m999_test_quarters])
    store = open_store(db_path, office_key())
    try:
        with store.atomic():
            store.db.execute("INSERT INTO quarters_test (year, data) VALUES (2026, x'00ff')")
        assert _log(store)[-1][:3] == ("quarters_test", "1", "insert")
        with store.atomic():
            store.db.execute("UPDATE quarters_test SET data = x'01' WHERE id = 1")
        assert json.loads(_log(store)[-1][3]) == {"data": "00FF"}
    finally:
        store.close()


def test_password_hashes_never_reach_the_log(store) -> None:
    with store.atomic():
        store.db.execute("INSERT INTO settings (key, value) VALUES ('security.password_hash', '$argon2id$x')")
        store.db.execute("INSERT INTO settings (key, value) VALUES ('backup.keep', '7')")
        store.db.execute("UPDATE settings SET value = '$argon2id$y' WHERE key = 'security.password_hash'")
        store.db.execute("UPDATE settings SET value = '8' WHERE key = 'backup.keep'")
        store.db.execute("DELETE FROM settings WHERE key LIKE '%.%'")
    rows = [r for r in _log(store) if r[0] == "settings"]
    assert "$argon2id" not in repr(rows)
    assert json.loads(rows[3][3])["value"] == "7" and json.loads(rows[3][4])["value"] == "8"
    assert {json.loads(r[3])["value"] for r in rows[4:]} == {"***", "8"}


def test_log_is_append_only(store) -> None:
    _add_unit(store)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE audit_log SET change = 'forged'")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM audit_log")
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1


def test_failed_action_leaves_no_log_entry(store) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('A', 'A')")
        store.db.execute("INSERT INTO positions (unit_id, title_kk, title_ru, category) VALUES (99, 'x', 'x', 'E-1')")
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def _tamper(db_path: Path, sql: str) -> None:
    """What someone with a raw SQLite tool could do: drop the protection, then edit the log."""
    conn = raw_connect(db_path)
    conn.execute('DROP TRIGGER "audit__audit_log__no_update"')
    conn.execute('DROP TRIGGER "audit__audit_log__no_delete"')
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, bad_id", [
    ("UPDATE audit_log SET row_id = 3 WHERE id = 2", 2),
    ("DELETE FROM audit_log WHERE id = 2", 3),
    ("UPDATE audit_log SET change = json_array(NULL, NULL, 'other') WHERE id = 1", 1),
])
def test_tampering_with_the_log_is_reported_by_check(db_path: Path, sql: str, bad_id: int) -> None:
    store = open_store(db_path, office_key())
    for i in range(3):
        _add_unit(store, f"Бөлім {i}", f"Финансовый {i}")
    store.close()
    assert check_file(db_path, office_key()) == []
    _tamper(db_path, sql)
    conn = raw_connect(db_path)
    assert not verify_chain(conn).ok
    conn.close()
    out = subprocess.run([sys.executable, "-m", "desktop_app", "check", "--db", str(db_path), "--lang", "ru"],
                         capture_output=True, text=True, check=False, env=env_with_password())
    assert out.returncode == 1
    assert f"Цепочка журнала изменений нарушена на записи {bad_id}:" in out.stderr


def test_missing_protection_alone_is_reported(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    _add_unit(store)
    store.close()
    conn = raw_connect(db_path)
    conn.execute('DROP TRIGGER "audit__units__update"')
    conn.commit()
    conn.close()
    problems = check_file(db_path, office_key())
    assert len(problems) == 1 and "protection" in problems[0].render()
    open_store(db_path, office_key()).close()  # opening in Bagalau puts the protection back
    assert check_file(db_path, office_key()) == []


def test_outside_tools_cannot_write_unaudited(db_path: Path) -> None:
    open_store(db_path, office_key()).close()
    conn = raw_connect(db_path)
    with pytest.raises(sqlcipher3.OperationalError, match=r"audit_hash|audit_reason"):
        conn.execute("INSERT INTO units (name_kk, name_ru) VALUES ('x', 'y')")
    conn.close()


def test_bulk_insert_chain_stays_sound(store) -> None:
    with store.atomic():
        for i in range(500):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"k{i}", f"r{i}"])
    report = verify_chain(store.db.conn)
    assert report.ok and report.rows == 500
