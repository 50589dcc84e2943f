"""`.part` leftovers of killed copies are cleaned on the next start, and `demo --force` never loses an
office: it respects the lock, keeps a copy, and builds the demo aside."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app.demo as demo
from desktop_app.cli.translation import make_translate
from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.storage.backup import default_backup_dir
from desktop_app.storage.database import open_store
from tests.sealing import office_key, raw_connect

RU = make_translate("ru")


def _office(db: Path, unit: str) -> Path:
    store = open_store(db, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [unit, unit])
    store.close()
    return db


def _units(db: Path) -> list[str]:
    conn = raw_connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT name_kk FROM units ORDER BY id")]
    finally:
        conn.close()


def test_partial_copies_left_by_a_kill_are_removed_on_the_next_start(tmp_path: Path) -> None:
    db = _office(tmp_path / "office.sqlite", "Ескі мекеме бөлімі")
    backups = default_backup_dir(db)
    backups.mkdir(exist_ok=True)
    left = [backups / "office-manual-20261203-101010-000001.sqlite.part",
            backups / "office-manual-20261203-101010-000002.sqlite.bgenc.part",
            backups / "office-manual-20261203-101010-000001.sqlite.part-journal",
            tmp_path / "office.sqlite.part", tmp_path / "office.sqlite.part-wal"]
    scratch = tmp_path / "office.part-abc123"
    scratch.mkdir()
    (scratch / "office-manual-20261203.sqlite").write_bytes(b"plain copy of confidential data")
    kept = [backups / "office-manual-20261203-101010-000003.sqlite", backups / "other-manual-1.sqlite.part",
            tmp_path / "notes.part", tmp_path / "office.sqlite.rescue"]
    for p in left + kept:
        p.write_bytes(b"x")
    open_store(db, office_key()).close()
    assert [p for p in left if p.exists()] == [] and not scratch.exists()
    assert all(p.exists() for p in kept)  # other offices' files and what is not ours stay


def test_demo_force_refuses_an_office_open_in_another_program(tmp_path: Path) -> None:
    db = _office(tmp_path / "office.sqlite", "Ескі мекеме бөлімі")
    holder = open_store(db, office_key())
    try:
        before = db.read_bytes()
        result = subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--force", str(db), "--lang", "ru"],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 1
        assert "уже открыта в другом окне" in result.stderr
        assert db.read_bytes() == before
        assert not (tmp_path / "office.sqlite.part").exists()  # the demo built aside is removed again
    finally:
        holder.close()
    assert _units(db) == ["Ескі мекеме бөлімі"]


def test_demo_force_keeps_a_copy_of_the_replaced_office(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.demo.staff import demo_staff

    monkeypatch.setattr(demo, "_parts", lambda: [demo_staff])
    db = _office(tmp_path / "office.sqlite", "Ескі мекеме бөлімі")
    with pytest.raises(ValidationError) as info:
        demo.write_demo(db)
    assert "--force" in info.value.render(RU)
    summary = demo.write_demo(db, replace=True)
    copies = list(default_backup_dir(db).glob("office-pre-demo-*.sqlite"))
    assert len(copies) == 1 and str(copies[0]) in summary
    assert _units(copies[0]) == ["Ескі мекеме бөлімі"]
    assert "Ескі мекеме бөлімі" not in _units(db) and len(_units(db)) > 1


def test_a_demo_killed_midway_leaves_nothing_half_built(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.demo.staff import demo_staff

    def killed(services, today):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # the process stops between two parts

    monkeypatch.setattr(demo, "_parts", lambda: [demo_staff, killed])
    db = tmp_path / "demo.sqlite"
    with pytest.raises(KeyboardInterrupt):
        demo.write_demo(db)
    assert not db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_demo_force_onto_a_locked_office_raises_storage_error(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.demo.staff import demo_staff

    monkeypatch.setattr(demo, "_parts", lambda: [demo_staff])
    db = _office(tmp_path / "office.sqlite", "Ескі мекеме бөлімі")
    holder = open_store(db, office_key())
    try:
        with pytest.raises(StorageError):
            demo.write_demo(db, replace=True)
        assert not list(default_backup_dir(db).glob("*pre-demo*"))
    finally:
        holder.close()
    assert _units(db) == ["Ескі мекеме бөлімі"]


def test_a_demo_killed_by_the_system_leaves_no_office_and_its_part_is_cleaned(tmp_path: Path) -> None:
    import os
    import signal
    import time

    db = tmp_path / "demo.sqlite"
    part = tmp_path / "demo.sqlite.part"
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "demo", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (part.exists() and part.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert part.exists()  # it was killed while building
    assert not db.exists()  # nothing half-built under the office's name
    open_store(db, office_key()).close()  # the next start of that office
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]
