"""Unlocking a sealed office, creating a new one, and sealing a plain office on its first open.

A *credential* is what the user gives: the password, the recovery code (with the new password it sets),
or — inside the program and in tests — a `Sealing` (a data key with its header) already unlocked.
Storage never asks anything itself: the window, the command line or the test passes the credential to
`open_store(path, credential)`, the one way to open an office.
"""
from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.storage import keyring
from desktop_app.storage.engine import OfficeKey, connect_sealed
from desktop_app.storage.keyring import KeyHeader, Sealing


@dataclass(frozen=True)
class Password:
    text: str = field(repr=False)


@dataclass(frozen=True)
class RecoveryCode:
    """The sealed recovery code and the new password it sets; a new code is issued on success."""

    code: str = field(repr=False)
    new_password: str = field(repr=False)


Credential = Password | RecoveryCode | Sealing


@dataclass
class Unlocked:
    key: OfficeKey
    header: KeyHeader
    #: A recovery code made while opening (new office, sealed plain office, recovery): show it once.
    new_recovery_code: str = ""
    #: the header before this open rewrapped it (the recovery code was used), else None
    previous: KeyHeader | None = None


def wrong_password() -> ValidationError:
    return ValidationError(msg(N_("msg", "Wrong password.")), field="password")


def _refuse(header: KeyHeader, db_path: Path, error: ValidationError) -> ValidationError:
    """Count the failure in the key file (the pause survives a restart) and return the error to raise."""
    header = keyring.after_failure(header)
    with contextlib.suppress(OSError):  # a read-only medium: the pause is then kept by the dialog only
        keyring.write_header(db_path, header)
    wait = keyring.wait_left(header)
    if wait:
        return ValidationError(msg(N_("msg", "Wrong password or recovery code. Try again in {n} s."), n=wait),
                               field=error.field)
    return error


def unlock(db_path: Path, credential: Credential) -> Unlocked:
    """The data key of the sealed office at `db_path`; a wrong password is counted and refused."""
    if isinstance(credential, Sealing):
        # The holder of the data key may open a file whose key file is missing (e.g. a file copied by hand):
        # its own header is written beside it. A wrong key still fails on the first page.
        if not keyring.key_path(db_path).is_file():
            keyring.write_header(db_path, credential.header)
        return Unlocked(OfficeKey(credential.data_key, db_path), keyring.read_header(db_path))
    header = keyring.read_header(db_path)
    wait = keyring.wait_left(header)
    if wait:
        raise keyring.wait_error(wait)
    if isinstance(credential, Password):
        data_key = keyring.unlock_password(header, credential.text)
        if data_key is None:
            raise _refuse(header, db_path, wrong_password())
        code = ""
    else:
        data_key = keyring.unlock_recovery(header, credential.code)
        if data_key is None:
            raise _refuse(header, db_path, ValidationError(msg(N_("msg", "The recovery code is wrong.")),
                                                           field="code"))
        from desktop_app.domain.security import check_password_policy, new_recovery_code

        check_password_policy(credential.new_password)
        code = new_recovery_code()
        previous = header
        header = keyring.rewrap_both(header, data_key, credential.new_password, code)
    if header.failures or code:
        header = keyring.after_success(header)
        keyring.write_header(db_path, header)
    return Unlocked(OfficeKey(data_key, db_path), header, code, previous if code else None)


def create(db_path: Path, credential: Credential) -> Unlocked:
    """A new office: write its key file; the database file is created sealed by the opener."""
    if isinstance(credential, RecoveryCode):
        raise StorageError(msg(N_("msg", "The file {file} does not exist."), file=str(db_path)))
    code = ""  # a Sealing's code was shown by whoever made it (the password dialog)
    if isinstance(credential, Password):
        from desktop_app.domain.security import check_password_policy

        check_password_policy(credential.text)
        credential = keyring.new_sealing(credential.text)
        code = credential.recovery_code
    keyring.write_header(db_path, replace(credential.header, failures=0, locked_until=0.0))
    return Unlocked(OfficeKey(credential.data_key, db_path), credential.header, code)


def plain_password_ok(db_path: Path, password: str) -> bool | None:
    """For a plain office from before sealing: does `password` match its stored hash? None: it had none."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'security.password_hash'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    if not row or not row[0]:
        return None
    try:
        return PasswordHasher().verify(str(row[0]), password)
    except (VerificationError, InvalidHashError):
        return False


def seal_plain(db_path: Path, credential: Credential) -> Unlocked:
    """Encrypt the plain office at `db_path` in place (the caller made and verified a copy first).

    The password must match the one the plain office had (if it had one); otherwise it becomes the password.
    SQLCipher's `sqlcipher_export` writes every table, index and trigger into a new sealed file, which is
    checked and then renamed over the plain one; the plain file's -wal/-shm are checkpointed away first.
    """
    if isinstance(credential, RecoveryCode):
        raise ValidationError(msg(N_("msg", "This office is not sealed yet: enter its password.")),
                              field="password")
    if isinstance(credential, Password):
        ok = plain_password_ok(db_path, credential.text)
        if ok is False:
            raise wrong_password()
        if ok is None:
            from desktop_app.domain.security import check_password_policy

            check_password_policy(credential.text)
        credential = keyring.new_sealing(credential.text)
    import sqlcipher3

    plain = sqlite3.connect(db_path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()
    part = db_path.with_name(db_path.name + ".sealing")
    part.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS sealed KEY \"x'" + credential.data_key.hex() + "'\"", [str(part)])
        conn.execute("SELECT sqlcipher_export('sealed')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA sealed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()
    key = OfficeKey(credential.data_key, db_path)
    check = connect_sealed(part, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StorageError(msg(N_("msg", "Sealing {file} failed its check; the plain file is unchanged."),
                                   file=str(db_path)))
    finally:
        check.close()
    keyring.write_header(db_path, credential.header)
    part.replace(db_path)
    return Unlocked(key, credential.header, credential.recovery_code)
