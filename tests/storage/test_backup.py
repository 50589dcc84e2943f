"""Backups and restores: automatic copies, pruning, encryption, the CLI (001 §12)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.services.backup import BackupService
from desktop_app.storage.backup import default_backup_dir, list_backups
from desktop_app.storage.check import check_file
from desktop_app.storage.database import open_store
from tests.sealing import env_with_password, office_key, raw_connect


def _units(path: Path) -> list[str]:
    conn = raw_connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name_kk FROM units ORDER BY id")]
    finally:
        conn.close()


def _add(store, name: str) -> None:
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [name, name])


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin,
                          capture_output=True, text=True, check=False, env=env_with_password())


def test_start_backup_is_made_before_the_first_write_and_pruned(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path, office_key())
    _add(store, "Бірінші")
    BackupService(store).save_settings(tmp_path / "usb", keep=2, daily=True)
    store.close()
    for name in ("Екінші", "Үшінші", "Төртінші"):
        store = open_store(db_path, office_key(), backup_on_start=True)
        _add(store, name)
        store.close()
    copies = list_backups(tmp_path / "usb")
    assert len(copies) == 2 and all("-start-" in c.path.name for c in copies)
    assert _units(copies[0].path) == ["Бірінші", "Екінші", "Үшінші"]  # before the first write of that start
    assert _units(copies[1].path) == ["Бірінші", "Екінші"]


def test_no_identical_copies_push_older_states_out(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path, office_key())
    _add(store, "Бірінші")
    BackupService(store).save_settings(tmp_path / "usb", keep=2, daily=True)
    store.close()
    for _ in range(4):  # started and closed without a change
        store = open_store(db_path, office_key(), backup_on_start=True)
        assert BackupService(store).automatic("exit") == (None, [])
        store.close()
    assert len(list_backups(tmp_path / "usb")) == 1


def test_missing_usb_drive_falls_back_beside_the_file_with_a_warning(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path, office_key())
    BackupService(store).save_settings(tmp_path / "no-drive" / "bagalau", keep=3, daily=True)
    store.close()
    store = open_store(db_path, office_key(), backup_on_start=True)
    try:
        assert "not available" in store.warnings[0].render()
        assert len(list_backups(default_backup_dir(db_path))) == 1
    finally:
        store.close()


def test_daily_due_follows_the_newest_copy(store) -> None:
    service = BackupService(store)
    assert service.daily_due()
    _add(store, "A")
    path, warnings = service.automatic("daily")
    assert path is not None and warnings == []
    assert not service.daily_due()
    assert service.daily_due(datetime.now() + timedelta(hours=25))


def test_listing_shows_counts_even_for_copies_without_evaluations(store, tmp_path: Path) -> None:
    _add(store, "A")
    service = BackupService(store)
    service.back_up(tmp_path / "copies")
    service.save_settings(tmp_path / "copies", keep=5, daily=False)
    [summary] = [s for s in service.list() if "-manual-" in s.path.name]
    assert summary.sound and summary.staff == 0 and not summary.encrypted
    assert summary.evaluations in (None, 0)


def test_encrypted_copy_restores_only_with_its_password(store, tmp_path: Path) -> None:
    _add(store, "Құпия бөлім")
    service = BackupService(store)
    sealed = service.back_up(tmp_path / "out", password="Ұзақ-құпиясөз-2026")
    assert sealed.name.endswith(".bgenc") and b"SQLite format 3" not in sealed.read_bytes()
    assert "Құпия".encode() not in sealed.read_bytes()
    _add(store, "Кейін қосылған")
    with pytest.raises(ValidationError, match="Wrong password"):
        service.restore(sealed, password="wrong-password")
    with pytest.raises(ValidationError, match="encrypted"):
        service.restore(sealed)
    aside = service.restore(sealed, password="Ұзақ-құпиясөз-2026")
    assert [r[0] for r in store.db.execute("SELECT name_kk FROM units")] == ["Құпия бөлім"]
    assert _units(aside) == ["Құпия бөлім", "Кейін қосылған"]  # the replaced content is kept aside


def test_restore_refuses_a_damaged_copy_and_changes_nothing(store, tmp_path: Path) -> None:
    _add(store, "A")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises(StorageError, match="damaged"):
        BackupService(store).restore(bad)
    assert [r[0] for r in store.db.execute("SELECT name_kk FROM units")] == ["A"]


def test_cli_backup_restore_check(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path, office_key())
    _add(store, "Бірінші")
    store.close()
    out = _cli("backup", "--db", str(db_path), "--to", str(tmp_path / "usb"))
    assert out.returncode == 0, out.stderr
    copy = Path(out.stdout.strip())
    assert copy.parent == tmp_path / "usb" and check_file(copy, office_key()) == []
    store = open_store(db_path, office_key())
    _add(store, "Екінші")
    store.close()
    out = _cli("restore", "--db", str(db_path), "--from", str(copy))
    assert out.returncode == 0, out.stderr
    assert _units(db_path) == ["Бірінші"]
    assert _cli("check", "--db", str(db_path)).returncode == 0


def test_cli_encrypted_backup_and_wrong_password_in_russian(db_path: Path, tmp_path: Path) -> None:
    open_store(db_path, office_key()).close()
    out = _cli("backup", "--db", str(db_path), "--to", str(tmp_path / "usb"), "--encrypt", stdin="пароль-123\n")
    assert out.returncode == 0, out.stderr
    sealed = out.stdout.strip()
    out = _cli("restore", "--db", str(db_path), "--from", sealed, "--lang", "ru", stdin="не-тот\n")
    assert out.returncode == 1 and "Неверный пароль" in out.stderr
    out = _cli("restore", "--db", str(db_path), "--from", sealed, stdin="пароль-123\n")
    assert out.returncode == 0, out.stderr


def test_cli_check_reports_a_non_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    out = _cli("check", "--db", str(junk), "--lang", "kk")
    assert out.returncode == 1 and "SQLite" in out.stderr and "емес" in out.stderr


@pytest.mark.parametrize("content", [b"", b"\x00", b"SQLite format 3\x00"])
def test_restore_refuses_empty_and_short_files(store, tmp_path: Path, content: bytes) -> None:
    """SQLite reads a short file as an empty database: restoring it would wipe the office."""
    _add(store, "A")
    bad = tmp_path / "short.sqlite"
    bad.write_bytes(content)
    with pytest.raises(StorageError):
        BackupService(store).restore(bad)
    assert [r[0] for r in store.db.execute("SELECT name_kk FROM units")] == ["A"]


def test_restore_refuses_a_database_that_is_not_an_office(store, tmp_path: Path) -> None:
    _add(store, "A")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a copy of a Bagalau office"):
        BackupService(store).restore(other)
    assert [r[0] for r in store.db.execute("SELECT name_kk FROM units")] == ["A"]


def test_cli_encrypt_and_decrypt_an_export(tmp_path: Path) -> None:
    doc = tmp_path / "summary.pdf"
    doc.write_bytes(b"%PDF-1.4 " + "Бағалау нәтижелері".encode() * 50)
    out = _cli("encrypt", str(doc), stdin="export-pass-1\n")
    assert out.returncode == 0, out.stderr
    sealed = Path(out.stdout.strip())
    assert sealed.name == "summary.pdf.bgenc" and "Бағалау".encode() not in sealed.read_bytes()
    original = doc.read_bytes()
    doc.unlink()
    out = _cli("decrypt", str(sealed), "--lang", "ru", stdin="wrong\n")
    assert out.returncode == 1 and "Неверный пароль" in out.stderr and not doc.exists()
    out = _cli("decrypt", str(sealed), stdin="export-pass-1\n")
    assert out.returncode == 0 and doc.read_bytes() == original
