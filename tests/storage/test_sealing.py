"""Sealed at rest: real office files and copies on disk reveal nothing and cannot be altered.

The demo office is written (sealed with the password "demo") once per module; its names and ИИН are read
through Bagalau and then looked for in the raw bytes of the file, its -wal, its key file and its copies.
The forgeries are made the way an attacker would: with a SQLCipher tool and the data key (the strongest
case short of knowing the chain key), or by editing the key file.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.demo import write_demo
from desktop_app.domain.errors import BagalauError, StorageError, ValidationError
from desktop_app.services.backup import BackupService
from desktop_app.storage import keyring
from desktop_app.storage.audit_chain import compact_entries, entry_hash, row_hash
from desktop_app.storage.check import check_file
from desktop_app.storage.database import open_store
from desktop_app.storage.sealing import Password, RecoveryCode
from tests.sealing import office_key, raw_connect


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path)
    return path


def _secrets(path: Path) -> list[bytes]:
    """Names and ИИН of the demo's staff, as they would appear in a plain file (UTF-8)."""
    store = open_store(path, office_key())
    try:
        rows = store.db.execute("SELECT iin, last_name, first_name FROM employees").fetchall()
    finally:
        store.close()
    assert len(rows) >= 10
    return [v.encode() for row in rows for v in row if v and len(v) >= 5]


def test_the_office_its_wal_its_key_file_and_its_copies_reveal_nothing(demo: Path, tmp_path: Path) -> None:
    secrets = _secrets(demo)
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo, office)
    shutil.copyfile(keyring.key_path(demo), keyring.key_path(office))
    store = open_store(office, Password("demo"), backup_on_start=True)  # the start copy goes beside it
    try:
        with store.atomic():  # a change that sits in the -wal
            store.db.execute("UPDATE employees SET phone = '+7 701 000 0000' WHERE id = 1")
        manual = BackupService(store).back_up(tmp_path / "usb")
        files = [office, office.with_name(office.name + "-wal"), keyring.key_path(office), manual,
                 keyring.key_path(manual), *sorted((tmp_path / "office-backups").glob("*.sqlite"))]
        assert len(files) >= 6
        for f in files:
            data = f.read_bytes()
            assert data and not data.startswith(b"SQLite format 3"), f
            leaked = [s.decode() for s in secrets if s in data]
            assert not leaked, f"{f.name} holds {leaked[:3]}"
    finally:
        store.close()


def test_a_wrong_password_or_recovery_code_is_refused_and_changes_nothing(demo: Path, tmp_path: Path) -> None:
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo, office)
    shutil.copyfile(keyring.key_path(demo), keyring.key_path(office))
    before = hashlib.sha256(office.read_bytes()).hexdigest()
    with pytest.raises(ValidationError, match="Wrong password"):
        open_store(office, Password("Demo"))
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        open_store(office, RecoveryCode("AAAA-BBBB-CCCC-DDDD-EEEE", "new-password-1"))
    assert hashlib.sha256(office.read_bytes()).hexdigest() == before
    assert keyring.read_header(office).failures == 2
    # a SQLite tool without the key reads nothing
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(office).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_forged_key_file_cannot_make_a_guess_expensive(demo: Path, tmp_path: Path) -> None:
    """Only the KDF parameters the program writes are accepted: a header asking 4 GiB is refused at once."""
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo, office)
    data = json.loads(keyring.key_path(demo).read_text())
    data["kdf"]["m"] = 4 * 1024 * 1024
    keyring.key_path(office).write_text(json.dumps(data))
    started = time.perf_counter()
    with pytest.raises(StorageError, match="not one Bagalau writes"):
        open_store(office, Password("demo"))
    assert time.perf_counter() - started < 0.5


def _office_with_history(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    for i in range(4):
        with store.atomic():
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"Бөлім {i}", f"Отдел {i}"])
    store.close()
    assert check_file(path, office_key()) == []
    return path


def _problems(path: Path) -> list[str]:
    return [m.render() for m in check_file(path, office_key())]


def _edit(path: Path, *sql: str, params: list[list[object]] | None = None) -> None:
    """An edit with a SQLCipher tool and the data key: the log's protection dropped first."""
    conn = raw_connect(path)
    conn.execute('DROP TRIGGER IF EXISTS "audit__audit_log__no_update"')
    conn.execute('DROP TRIGGER IF EXISTS "audit__audit_log__no_delete"')
    for i, statement in enumerate(sql):
        conn.execute(statement, (params or [[]] * len(sql))[i])
    conn.commit()
    conn.close()


def test_forgery_1_an_appended_entry_does_not_fit_the_keyed_chain(tmp_path: Path) -> None:
    path = _office_with_history(tmp_path)
    conn = raw_connect(path)
    last_id, last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    at = 1_796_000_000
    old, new = '{"name_ru":"Отдел 1"}', '{"name_ru":"X"}'
    change = f"[{old},{new},null]"
    forged = entry_hash(None, last, at, "units", 1, "update", change, b"\0" * 4)  # no chain key
    _edit(path, "INSERT INTO audit_log (at, table_id, row_id, action, change, hash) "
                "VALUES (?, (SELECT id FROM _bagalau_audit_tables WHERE name = 'units'), 1, 1, ?, ?)",
          params=[[at, change, forged]])
    assert any(f"chain is broken at entry {last_id + 1}:" in p for p in _problems(path))


def test_forgery_2_history_rewritten_with_recomputed_hashes_is_detected(tmp_path: Path) -> None:
    path = _office_with_history(tmp_path)
    conn = raw_connect(path)
    rows = list(compact_entries(conn))
    conn.close()
    statements, params, prev = [], [], None
    for id_, at, table, row_id, action, change, hash_ in rows:
        # every hash recomputed, the unkeyed way (the attacker lacks the chain key); entry 1 "was" another time
        at = at - 86_400 if id_ == 1 else at
        prev = entry_hash(None, prev, at, table, row_id, action, change, hash_[8:])
        statements.append("UPDATE audit_log SET at = ?, hash = ? WHERE id = ?")
        params.append([at, prev, id_])
    _edit(path, *statements, params=params)
    problems = _problems(path)
    assert any("chain is broken at entry 1" in p for p in problems)


def test_forgery_3_a_deleted_tail_is_detected_by_the_key_file(tmp_path: Path) -> None:
    path = _office_with_history(tmp_path)
    conn = raw_connect(path)
    count = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    _edit(path, "DELETE FROM audit_log WHERE id > 2")  # the chain of what remains is intact
    problems = _problems(path)
    assert any(f"shorter than when Bagalau last wrote it ({count} entries)" in p for p in problems), problems
    store = open_store(path, office_key())  # the next open says so too
    try:
        assert any("its end was deleted" in w.render() for w in store.warnings)
    finally:
        store.close()


def test_forgery_4_a_replaced_password_slot_opens_nothing(demo: Path, tmp_path: Path) -> None:
    """The old "replace the password hash with your own": a wrap of another key under the attacker's password."""
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo, office)
    theirs = keyring.new_sealing("attacker-pass-1")
    header = keyring.read_header(demo)
    keyring.write_header(office, keyring.KeyHeader(header.kdf, theirs.header.password, header.recovery,
                                                   header.audit_count, header.audit_head, header.mac))
    with pytest.raises(BagalauError):
        open_store(office, Password("attacker-pass-1"))
    with pytest.raises(ValidationError, match="Wrong password"):  # and the real password no longer unwraps
        open_store(office, Password("demo"))


def test_forgery_5_an_older_key_file_after_a_password_change_does_not_bring_the_old_password_back(
        tmp_path: Path) -> None:
    from tests.sealing import password_office

    office = tmp_path / "office.sqlite"
    password_office(office, "first-password-1")
    old_key_file = keyring.key_path(office).read_text()
    store = open_store(office, Password("first-password-1"))
    from desktop_app.services.security import SecurityService

    SecurityService(store).change_password("first-password-1", "second-password-2")
    store.close()
    keyring.key_path(office).write_text(old_key_file)  # the attacker puts the old key file back
    with pytest.raises(StorageError, match="older"):
        open_store(office, Password("first-password-1"))


def test_forgery_6_any_byte_edited_without_the_key_is_refused(tmp_path: Path) -> None:
    path = _office_with_history(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x04
    path.write_bytes(bytes(data))
    from desktop_app.storage.database import DatabaseDamagedError

    with pytest.raises(DatabaseDamagedError):
        open_store(path, office_key())
    assert _problems(path)


def test_a_plain_office_is_sealed_on_first_open_after_a_verified_copy(tmp_path: Path) -> None:
    """An office of the current version written before sealing: a plain SQLite file with the old chain."""
    (tmp_path / "source").mkdir()
    sealed = _office_with_history(tmp_path / "source")
    plain = tmp_path / "office.sqlite"
    conn = raw_connect(sealed)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(plain)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    legacy = sqlite3.connect(plain)  # the old, unkeyed layout of the log, rebuilt from the compact one
    legacy.execute("DELETE FROM _sqlite_migrations WHERE name IN "
                   "('m092_audit_keyed', 'm093_audit_compact', 'm094_audit_one_column')")
    for (name,) in legacy.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        legacy.execute(f'DROP TRIGGER "{name}"')
    entries = list(compact_entries(legacy))
    legacy.execute("DROP TABLE audit_log")
    legacy.execute("DROP TABLE _bagalau_audit_tables")
    legacy.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, table_name TEXT NOT NULL, "
                   "row_id TEXT, action TEXT NOT NULL, old_json TEXT, new_json TEXT, reason TEXT NOT NULL DEFAULT '', "
                   "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
    prev = ""
    for id_, at, table, row_id, action, _change, _hash in entries:
        at_text = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(at))
        new = json.dumps({"id": int(row_id), "name_kk": f"Бөлім {int(row_id) - 1}", "name_ru": f"Отдел {int(row_id) - 1}"},
                         ensure_ascii=False) if table == "units" else None
        h = row_hash(prev, at_text, table, str(row_id), action, None, new, "")
        legacy.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, NULL, ?, '', ?, ?)",
                       [id_, at_text, table, str(row_id), action, new, prev, h])
        prev = h
    legacy.commit()
    legacy.close()
    assert plain.read_bytes().startswith(b"SQLite format 3")
    store = open_store(plain, Password("new-password-1"))
    try:
        assert not plain.read_bytes().startswith(b"SQLite format 3")
        assert store.new_recovery_code and store.plain_copies  # the verified copy made before sealing
        assert all(c.read_bytes().startswith(b"SQLite format 3") for c in store.plain_copies)
        assert store.db.execute("SELECT count(*) FROM units").fetchone()[0] == 4
        assert BackupService(store).seal_plain_copies(store.plain_copies) == store.plain_copies
        assert not any(c.read_bytes().startswith(b"SQLite format 3") for c in store.plain_copies)
    finally:
        store.close()
    assert check_file(plain, Password("new-password-1")) == []
