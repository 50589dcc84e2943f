"""Real damage to the sealed file: truncation and bit flips are detected on open, never silently used
(001 §12).

The office file is encrypted by SQLCipher 4 in 4096-byte pages, each with its own IV and HMAC-SHA512: a
flipped bit anywhere in a page in use — in the encrypted content, the IV or the HMAC — fails that page's
HMAC when it is read, and `PRAGMA integrity_check` on open reads every page of every b-tree.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.storage.backup import backup_connection, default_backup_dir, timestamped_name
from desktop_app.storage.check import check_file
from desktop_app.storage.database import DatabaseDamagedError, open_store
from tests.sealing import office_key, raw_connect

PAGE = 4096  # SQLCipher 4's default page size


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory) -> Path:
    """A closed, checkpointed, vacuumed (no free pages) sealed office file with a few hundred rows."""
    path = tmp_path_factory.mktemp("sound") / "office.sqlite"
    store = open_store(path, office_key())
    with store.atomic():
        for i in range(300):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)",
                             [f"Құрылымдық бөлімше {i} " * 3, f"Структурное подразделение {i}"])
    store.db.execute("VACUUM")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "office.sqlite"
    path.write_bytes(data)
    return path


def _assert_refused(path: Path) -> DatabaseDamagedError:
    with pytest.raises(DatabaseDamagedError) as info:
        open_store(path, office_key(), lock=False)
    assert check_file(path, office_key()) != []  # `bagalau check` agrees
    return info.value


def test_a_bit_flip_in_any_page_is_refused(sound_file: Path, tmp_path: Path) -> None:
    """One bit in every page, at offsets spread over the page (content, IV, HMAC at the end)."""
    data = sound_file.read_bytes()
    pages = len(data) // PAGE
    assert pages > 20 and len(data) % PAGE == 0
    offsets = [16, 100, 1000, 2048, 3000, PAGE - 80, PAGE - 64, PAGE - 1]  # the last 80 bytes: IV and HMAC
    for page in range(pages):
        offset = offsets[page % len(offsets)]
        damaged = bytearray(data)
        damaged[page * PAGE + offset] ^= 1 << (page % 8)
        path = _write(tmp_path, bytes(damaged))
        with pytest.raises(DatabaseDamagedError):
            open_store(path, office_key(), lock=False).close()


@pytest.mark.parametrize("garbage", [b"\x00" * 8, b"\xff" * 8, b"SQLite format 3\x00"])
def test_garbled_pages_are_refused(sound_file: Path, tmp_path: Path, garbage: bytes) -> None:
    data = sound_file.read_bytes()
    for page in range(0, len(data) // PAGE, 7):
        damaged = bytearray(data)
        damaged[page * PAGE + 200:page * PAGE + 200 + len(garbage)] = garbage
        _assert_refused(_write(tmp_path, bytes(damaged)))


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_truncated_file_is_refused(sound_file: Path, tmp_path: Path, keep: float) -> None:
    data = sound_file.read_bytes()
    for cut in (int(len(data) * keep) // PAGE * PAGE, int(len(data) * keep)):  # on and off a page boundary
        _assert_refused(_write(tmp_path, data[:cut]))


def test_file_cut_inside_its_header_is_refused(sound_file: Path, tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, sound_file.read_bytes()[:60]))


def test_damaged_file_offers_the_newest_sound_copy_and_keeps_the_damage(sound_file: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, sound_file.read_bytes())
    folder = default_backup_dir(path)
    store = open_store(path, office_key(), lock=False)
    older = backup_connection(store.db.conn, folder / timestamped_name("office", "start"))
    store.close()
    newest_bad = folder / timestamped_name("office", "exit")
    newest_bad.write_bytes(older.read_bytes()[:PAGE] + bytes(5 * PAGE))  # a broken sealed copy is skipped
    damaged = bytearray(path.read_bytes())
    damaged[3 * PAGE + 500] ^= 0x10
    path.write_bytes(bytes(damaged))
    error = _assert_refused(path)
    assert error.backup == older
    assert path.read_bytes() == bytes(damaged)  # nothing was overwritten by the failed open
    conn = raw_connect(error.backup)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 300
    conn.close()


def test_a_byte_changed_inside_a_record_is_refused_on_open(tmp_path: Path) -> None:
    """Before sealing, a flipped byte inside a record passed integrity_check and only the audit log knew;
    now the page's HMAC refuses it, and no name can be found in the file to aim at."""
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Отдел ZQXJ финансов')")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    assert b"ZQXJ" not in data and "Қаржы".encode() not in data
    for page in range(1, len(data) // PAGE):  # a change in any page that holds the record or the log
        damaged = bytearray(data)
        damaged[page * PAGE + PAGE // 2] ^= 0x01
        _assert_refused(_write(tmp_path, bytes(damaged)))


def test_edit_with_another_tool_is_found_by_check(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Бөлім', 'Отдел')")
    store.close()
    conn = raw_connect(path)
    conn.execute('DROP TRIGGER "audit__units__update"')
    conn.execute("UPDATE units SET name_ru = 'Подложный отдел'")
    conn.commit()
    conn.close()
    problems = [p.render() for p in check_file(path, office_key())]
    assert any("Record 1 of table units is not what Bagalau last wrote (changed)" in p for p in problems)
