"""The program password and its sealed recovery code (001 §13)."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.security import decrypt, encrypt, new_recovery_code
from desktop_app.services.security import SecurityService


@pytest.fixture
def security(store) -> SecurityService:
    # cheap argon2id parameters keep the tests quick; the program uses argon2-cffi's defaults
    return SecurityService(store, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_first_password_gives_a_recovery_code_and_is_stored_as_argon2id(security, store) -> None:
    assert not security.has_password()
    code = security.set_first_password("Бағалау-2026")
    assert len(code) == 24 and code.count("-") == 4
    assert security.has_password() and security.verify("Бағалау-2026") and not security.verify("бағалау-2026")
    stored = store.db.execute("SELECT value FROM settings WHERE key = 'security.password_hash'").fetchone()[0]
    assert stored.startswith("$argon2id$") and "Бағалау" not in stored
    log = " ".join(r[0] for r in store.db.execute("SELECT new_json FROM audit_log WHERE table_name = 'settings'"))
    assert "$argon2id$" not in log
    with pytest.raises(ValidationError, match="already set"):
        security.set_first_password("another-password")


@pytest.mark.parametrize("weak, why", [("short7!", "at least 8"), ("aaaaaaaaaa", "too simple"), ("", "at least 8")])
def test_weak_passwords_are_refused(security, weak: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        security.set_first_password(weak)
    assert not security.has_password()


def test_change_needs_the_current_password(security) -> None:
    security.set_first_password("first-password")
    with pytest.raises(ValidationError, match="current password is wrong"):
        security.change_password("not-it", "second-password")
    security.change_password("first-password", "second-password")
    assert security.verify("second-password") and not security.verify("first-password")


def test_recovery_code_resets_once_and_is_replaced(security, store) -> None:
    code = security.set_first_password("forgotten-one")
    typed = " " + code.lower().replace("-", " ") + " "  # however it is typed from the paper
    new_code = security.reset_with_recovery_code(typed, "remembered-2")
    assert security.verify("remembered-2") and new_code != code
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        security.reset_with_recovery_code(code, "third-password")
    with pytest.raises(ValidationError, match="recovery code is wrong"):
        security.reset_with_recovery_code(new_recovery_code(), "third-password")
    reasons = [r[0] for r in store.db.execute("SELECT reason FROM audit_log WHERE table_name = 'settings'")]
    assert "password reset with the recovery code" in reasons


def test_no_recovery_without_a_code_set(security) -> None:
    with pytest.raises(ValidationError):
        security.reset_with_recovery_code(new_recovery_code(), "some-password")


def test_idle_minutes(security) -> None:
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
