"""The office password and its sealed recovery code (001 §13) on a sealed office.

Real offices on disk, sealed with real argon2id (the parameters the program writes): a few derivations
per test, so these tests share one office per password where they can.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.security import decrypt, encrypt, new_recovery_code
from desktop_app.services.security import OfficeGate, SecurityService
from desktop_app.storage import keyring
from desktop_app.storage.database import open_store
from desktop_app.storage.sealing import Password, RecoveryCode

PASSWORD = "Бағалау-2026"


@pytest.fixture
def office(tmp_path: Path):
    """A new sealed office made with a password (the production path), with one unit in it."""
    path = tmp_path / "office.sqlite"
    store = open_store(path, Password(PASSWORD))
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Финансовый отдел')")
    yield store
    store.close()


def _data_pages(path: Path) -> str:
    """A hash of the office file's bytes (after a checkpoint): every data page, encrypted."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_office_made_with_a_password_gives_a_recovery_code(office) -> None:
    security = SecurityService(office)
    code = office.new_recovery_code
    assert len(code) == 24 and code.count("-") == 4
    assert security.has_password() and security.verify(PASSWORD) and not security.verify("бағалау-2026")
    header = keyring.key_path(office.path).read_text("utf-8")
    assert PASSWORD not in header and code not in header and "argon2id" in header
    with pytest.raises(ValidationError, match="already set"):
        security.set_first_password("another-password")


@pytest.mark.parametrize("weak, why", [("short7!", "at least 8"), ("aaaaaaaaaa", "too simple"), ("", "at least 8")])
def test_a_weak_password_does_not_create_an_office(tmp_path: Path, weak: str, why: str) -> None:
    path = tmp_path / "office.sqlite"
    with pytest.raises(ValidationError, match=why):
        open_store(path, Password(weak))
    assert not path.exists() and not keyring.key_path(path).exists()


def test_change_rewraps_without_touching_a_data_page_and_the_old_password_stops(office) -> None:
    security = SecurityService(office)
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(ValidationError, match="current password is wrong"):
        security.change_password("not-it", "second-password")
    before = _data_pages(office.path)
    header_before = keyring.read_header(office.path)
    # the change writes one audit entry (in the -wal): the office file's pages stay as they were
    security.change_password(PASSWORD, "second-password")
    assert _data_pages(office.path) == before
    assert keyring.read_header(office.path).password != header_before.password
    assert keyring.read_header(office.path).recovery == header_before.recovery  # the sealed code still works
    assert security.verify("second-password") and not security.verify(PASSWORD)
    path = office.path
    office.close()
    with pytest.raises(ValidationError, match="Wrong password"):
        open_store(path, Password(PASSWORD))
    open_store(path, Password("second-password")).close()


def test_recovery_code_replaces_the_password_once_and_is_replaced(office) -> None:
    security = SecurityService(office)
    code = office.new_recovery_code
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _data_pages(office.path)
    typed = " " + code.lower().replace("-", " ") + " "  # however it is typed from the paper
    new_code = security.reset_with_recovery_code(typed, "remembered-2")
    assert _data_pages(office.path) == before  # rewrapped, not re-encrypted
    assert security.verify("remembered-2") and new_code != code and not security.verify(PASSWORD)
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        security.reset_with_recovery_code(code, "third-password")
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        security.reset_with_recovery_code(new_recovery_code(), "third-password")
    reasons = [r[0] for r in office.db.execute("SELECT change ->> 2 FROM audit_log WHERE table_id = "
                                                   "(SELECT id FROM _bagalau_audit_tables WHERE name = 'settings')")]
    assert reason("password_reset") in reasons


def test_the_recovery_code_opens_a_closed_office_with_a_new_password(office) -> None:
    path, code = office.path, office.new_recovery_code
    office.close()
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        open_store(path, RecoveryCode(new_recovery_code(), "new-password-1"))
    store = open_store(path, RecoveryCode(code, "new-password-1"))
    try:
        assert store.new_recovery_code and store.new_recovery_code != code
        assert store.db.execute("SELECT name_ru FROM units").fetchall() == [("Финансовый отдел",)]
    finally:
        store.close()
    gate = OfficeGate(path)
    assert gate.verify("new-password-1") and not gate.verify(PASSWORD)
    with pytest.raises(ValidationError):  # the old code was replaced
        open_store(path, RecoveryCode(code, "other-password-2"))


def test_wrong_passwords_pause_and_the_pause_survives_a_restart(office) -> None:
    path = office.path
    office.close()
    for _ in range(3):
        with pytest.raises(ValidationError):
            open_store(path, Password("wrong-password"))
    # a new program (a new gate reading the key file) still waits, without trying the password at all
    gate = OfficeGate(path)
    assert 0 < gate.wait_seconds() <= 5
    with pytest.raises(ValidationError, match="try again in"):
        open_store(path, Password(PASSWORD))
    header = keyring.read_header(path)
    keyring.write_header(path, keyring.replace_lockout(header, 0.0))  # the pause is over
    open_store(path, Password(PASSWORD)).close()
    assert keyring.read_header(path).failures == 0


def test_idle_minutes(store) -> None:
    security = SecurityService(store)
    assert security.idle_minutes() == 10
    security.set_idle_minutes(3)
    assert security.idle_minutes() == 3
    with pytest.raises(ValidationError):
        security.set_idle_minutes(-1)


def test_container_refuses_wrong_password_and_any_altered_byte() -> None:
    data = "Бағалау нәтижелері құпия".encode() * 100
    sealed = encrypt(data, "дұрыс-құпиясөз")
    assert decrypt(sealed, "дұрыс-құпиясөз") == data
    with pytest.raises(ValidationError, match="Wrong password"):
        decrypt(sealed, "қате")
    for pos in (9, 20, 30, len(sealed) // 2, len(sealed) - 1):  # header (params, salt, nonce), body, tag
        altered = bytearray(sealed)
        altered[pos] ^= 1
        with pytest.raises(ValidationError):
            decrypt(bytes(altered), "дұрыс-құпиясөз")
    with pytest.raises(ValidationError, match="not an encrypted"):
        decrypt(b"SQLite format 3\x00" + bytes(100), "x")
