"""Opening database files: migrations, locking, damage, transactions (issue: foundation)."""
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.domain.errors import StorageError
from desktop_app.storage.backup import default_backup_dir, list_backups
from desktop_app.storage.database import DatabaseDamagedError, open_store
from tests.sealing import office_key, raw_connect


def test_new_file_is_migrated_with_foreign_keys_and_wal(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    try:
        tables = set(store.db.table_names())
        assert {"organisation", "units", "positions", "employees", "appointments", "absences",
                "calendar_days", "_sqlite_migrations"} <= tables
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(sqlcipher3.IntegrityError):
            store.db.execute("INSERT INTO positions (unit_id, title_kk, title_ru, category) VALUES (999, 'a', 'b', 'E-1')")
    finally:
        store.close()


def test_reopening_applies_nothing_and_keeps_data(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Финансовый отдел')")
    store.close()
    store = open_store(db_path, office_key())
    try:
        assert store.db.execute("SELECT name_kk FROM units").fetchall() == [("Қаржы бөлімі",)]
        assert list_backups(default_backup_dir(db_path)) == []  # no pending migration, no copy
    finally:
        store.close()


def test_pending_migration_copies_file_aside_first(db_path: Path, monkeypatch) -> None:
    store = open_store(db_path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('A', 'A')")
    store.close()
    from desktop_app.storage import migrations

    def m999_test(db) -> None:
        db.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(migrations, "ORDER", [*migrations.ORDER, m999_test])
    store = open_store(db_path, office_key())
    store.close()
    copies = list_backups(default_backup_dir(db_path))
    assert len(copies) == 1 and "pre-migrate" in copies[0].path.name
    old = raw_connect(copies[0].path)
    assert old.execute("SELECT count(*) FROM units").fetchone()[0] == 1
    assert "extra" not in [r[0] for r in old.execute("SELECT name FROM sqlite_master")]


def test_failing_transaction_leaves_no_trace(store) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Бөлім', 'Отдел')")
        store.db.execute("INSERT INTO positions (unit_id, title_kk, title_ru, category) "
                         "VALUES (12345, 'x', 'x', 'E-1')")
    assert store.db.execute("SELECT count(*) FROM units").fetchone()[0] == 0


def test_second_program_on_same_file_is_refused(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    try:
        code = ("import sys\nfrom desktop_app.storage.database import open_store\n"
                "from desktop_app.storage.sealing import Password\n"
                "from desktop_app.domain.errors import StorageError\n"
                f"try:\n    open_store({str(db_path)!r}, Password('x'))\nexcept StorageError as e:\n    print('REFUSED', e)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stdout.startswith("REFUSED") and "already open" in out.stdout
    finally:
        store.close()
    # once closed, it opens again
    open_store(db_path, office_key()).close()


def test_second_open_in_same_process_is_refused(db_path: Path) -> None:
    store = open_store(db_path, office_key())
    try:
        with pytest.raises(StorageError):
            open_store(db_path, office_key())
    finally:
        store.close()


def test_garbage_file_is_damaged_not_traceback(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseDamagedError) as info:
        open_store(db_path, office_key())
    assert info.value.backup is None
    assert "damaged" in info.value.render()
    # the lock was released: a later open of a repaired file works
    db_path.unlink()
    open_store(db_path, office_key()).close()


def test_damaged_file_points_to_newest_sound_backup(db_path: Path) -> None:
    from desktop_app.storage.backup import backup_connection, timestamped_name

    store = open_store(db_path, office_key())
    with store.atomic():
        for i in range(300):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"Бөлім {i}" * 5, f"Отдел {i}"])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = backup_connection(store.db.conn, default_backup_dir(db_path) / timestamped_name("office", "manual"))
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data), page):  # garble the b-tree page headers, as a bad sector would
        for i in range(start, start + 8):
            data[i] ^= 0x5A
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError) as info:
        open_store(db_path, office_key())
    assert info.value.backup == good


def test_missing_folder_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_store(tmp_path / "nope" / "office.sqlite", office_key())
    assert "does not exist" in info.value.render()
