"""Real damage to the file: truncation and bit flips are detected on open, never silently used (001 §12).

`PRAGMA integrity_check` walks every b-tree page but does not read the bytes of a cell's content, so
the damage done here is to what it reads: page headers (type, free-block pointer, cell count, cell
content offset, fragmented bytes, right-most child) of every b-tree page, and the file's length.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.backup import backup_file, default_backup_dir, timestamped_name
from desktop_app.storage.check import check_file
from desktop_app.storage.database import DatabaseDamagedError, open_store


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory) -> Path:
    """A closed, checkpointed office file with a few hundred rows (about 70 pages)."""
    path = tmp_path_factory.mktemp("sound") / "office.sqlite"
    store = open_store(path)
    with store.atomic():
        for i in range(300):
            store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)",
                             [f"Құрылымдық бөлімше {i} " * 3, f"Структурное подразделение {i}"])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def _btree_headers(data: bytes) -> list[tuple[int, int]]:
    """(offset of the page header, header length) for every b-tree page of the file."""
    size = int.from_bytes(data[16:18], "big")
    out = []
    for page in range(len(data) // size):
        base = page * size + (100 if page == 0 else 0)
        kind = data[base]
        if kind in (2, 5):  # interior pages: 12-byte header
            out.append((base, 12))
        elif kind in (10, 13):  # leaf pages: 8-byte header
            out.append((base, 8))
    return out


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "office.sqlite"
    path.write_bytes(data)
    return path


def _assert_refused(path: Path) -> DatabaseDamagedError:
    with pytest.raises(DatabaseDamagedError) as info:
        open_store(path, lock=False)
    assert check_file(path) != []  # `bagalau check` agrees
    return info.value


@pytest.mark.parametrize("shift", [0])
def test_a_bit_flip_in_any_byte_of_any_btree_page_header_is_refused(sound_file: Path, tmp_path: Path,
                                                                   shift: int) -> None:
    """Every header byte of every b-tree page, one bit each (rotating; all 8 bits were tried once by hand)."""
    data = sound_file.read_bytes()
    headers = _btree_headers(data)
    assert len(headers) > 50
    flips = 0
    for page, (base, length) in enumerate(headers):
        for byte in range(length):
            damaged = bytearray(data)
            damaged[base + byte] ^= 1 << ((page + byte + shift) % 8)
            path = _write(tmp_path, bytes(damaged))
            with pytest.raises(DatabaseDamagedError):
                open_store(path, lock=False).close()
            flips += 1
    assert flips == sum(length for _, length in headers)


@pytest.mark.parametrize("garbage", [b"\x00" * 8, b"\xff" * 8, b"\x0d\x00\x00\xff\xff\x00\x00\x00"])
def test_garbled_page_headers_are_refused(sound_file: Path, tmp_path: Path, garbage: bytes) -> None:
    data = sound_file.read_bytes()
    for base, _ in _btree_headers(data)[::7]:
        damaged = bytearray(data)
        damaged[base:base + len(garbage)] = garbage
        _assert_refused(_write(tmp_path, bytes(damaged)))


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_truncated_file_is_refused(sound_file: Path, tmp_path: Path, keep: float) -> None:
    data = sound_file.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    for cut in (int(len(data) * keep) // page * page, int(len(data) * keep)):  # on and off a page boundary
        _assert_refused(_write(tmp_path, data[:cut]))


def test_file_cut_inside_its_header_is_refused(sound_file: Path, tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, sound_file.read_bytes()[:60]))


def test_damaged_file_offers_the_newest_sound_copy_and_keeps_the_damage(sound_file: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, sound_file.read_bytes())
    folder = default_backup_dir(path)
    older = backup_file(path, folder / timestamped_name("office", "start"))
    newest_bad = folder / timestamped_name("office", "exit")
    newest_bad.write_bytes(b"SQLite format 3\x00" + bytes(5000))  # a broken copy is skipped
    damaged = bytearray(path.read_bytes())
    base, _ = _btree_headers(bytes(damaged))[3]
    damaged[base] = 0
    path.write_bytes(bytes(damaged))
    error = _assert_refused(path)
    assert error.backup == older
    assert path.read_bytes() == bytes(damaged)  # nothing was overwritten by the failed open
    conn = sqlite3.connect(error.backup)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 300
    conn.close()


def test_altered_record_content_passes_integrity_check_but_not_bagalau_check(tmp_path: Path) -> None:
    """A flipped byte inside a record is invisible to integrity_check; the audit log still knows the value."""
    path = tmp_path / "office.sqlite"
    store = open_store(path)
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Отдел ZQXJ финансов')")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    json_prefix = '":"Отдел '.encode()
    spots = [i for i in range(len(data)) if data.startswith(b"ZQXJ", i)]
    record = [i for i in spots if bytes(data[i - len(json_prefix):i]) != json_prefix]
    assert len(spots) == 2 and len(record) == 1  # one in the units record, one in the log's JSON
    data[record[0]] ^= 0x01  # "Z" becomes "["
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name_ru FROM units")] == ["Отдел [QXJ финансов"]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # SQLite sees nothing wrong
    conn.close()
    problems = [p.render() for p in check_file(path)]
    assert problems == [("Record 1 of table units is not what Bagalau last wrote (changed): it was changed "
                         "outside Bagalau or damaged on the disk.")]


def test_edit_with_another_tool_is_found_by_check(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    store = open_store(path)
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Бөлім', 'Отдел')")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute('DROP TRIGGER "audit__units__update"')
    conn.execute("UPDATE units SET name_ru = 'Подложный отдел'")
    conn.commit()
    conn.close()
    problems = [p.render() for p in check_file(path)]
    assert any("Record 1 of table units is not what Bagalau last wrote (changed)" in p for p in problems)
