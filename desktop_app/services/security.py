"""The office's password and recovery code (001 §13: evaluation results are confidential).

The office file is sealed (SQLCipher); its data key is wrapped by the password and by the recovery code
in the key file beside it (storage/keyring.py). So:
- checking the password = unwrapping the data key with it (argon2id, ≈ 140 ms);
- changing it rewraps the data key (no data page is touched) and the old password stops working at once;
- the recovery code (shown once, printed or written down, kept sealed by the head of HR) replaces a
  forgotten password and is then replaced by a new one. There is no other way in: losing both = data gone;
- wrong tries are counted in the key file, so the pause after them survives a restart.

`OfficeGate` does the same for an office that is not open yet (the password dialog on start); once it
accepts, `credential` opens the office without deriving the key a second time.
The idle lock time is the `lock.idle_minutes` setting (default 10; 0 = never).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import BagalauError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.security import check_password_policy, new_recovery_code
from desktop_app.storage import keyring
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import Store
from desktop_app.storage.engine import is_plain_sqlite
from desktop_app.storage.keyring import Sealing
from desktop_app.storage.sealing import Credential, Password, plain_password_ok
from desktop_app.storage.settings import read_setting, write_setting

IDLE_KEY = "lock.idle_minutes"
#: Written (with the time) when the password or the recovery code changes, so the audit log shows it.
CHANGED_KEY = "security.key_changed"
DEFAULT_IDLE_MINUTES = 10


def _already_set() -> ValidationError:
    return ValidationError(msg(N_("msg", "A password is already set: change it instead.")), field="password")


class SecurityService:
    """Password checks, change and reset for one open (sealed) office."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _header(self) -> keyring.KeyHeader:
        return keyring.read_header(self.store.path)

    def _data_key(self) -> bytes:
        assert self.store.key is not None, "an open office is always sealed"
        return self.store.key.data_key

    # -- password ------------------------------------------------------------------------------
    def has_password(self) -> bool:
        return self.store.key is not None

    def verify(self, password: str) -> bool:
        """True when `password` unwraps this office's data key. Wrong tries are counted in the key file."""
        header = self._header()
        ok = keyring.unlock_password(header, password) == self._data_key()
        new = keyring.after_success(header) if ok else keyring.after_failure(header)
        if new != header:
            keyring.write_header(self.store.path, new)
        return ok

    def wait_seconds(self) -> int:
        """Seconds left of the pause after wrong passwords (kept in the key file)."""
        return keyring.wait_left(self._header())

    def set_first_password(self, password: str) -> str:
        raise _already_set()

    def change_password(self, current: str, new: str) -> None:
        """Rewrap the data key with `new`; the data pages are not touched, `current` stops working at once."""
        if not self.verify(current):
            raise ValidationError(msg(N_("msg", "The current password is wrong.")), field="current")
        check_password_policy(new)
        header = keyring.rewrap_password(self._header(), self._data_key(), new)
        self._commit(header, reason("password_changed"))

    def reset_with_recovery_code(self, code: str, new: str) -> str:
        """Replace a forgotten password with the sealed recovery code; returns the NEW code to seal."""
        header = self._header()
        if keyring.unlock_recovery(header, code) != self._data_key():
            raise ValidationError(msg(N_("msg", "The recovery code is wrong.")), field="code")
        check_password_policy(new)
        fresh = new_recovery_code()
        self._commit(keyring.rewrap_both(header, self._data_key(), new, fresh),
                     reason("password_reset"))
        return fresh

    def _commit(self, header: keyring.KeyHeader, reason: str) -> None:
        """Record the old and the new key file in the office first, then write the new key file
        (storage/key_slots.py): a crash in between leaves an office that opens with either."""
        from desktop_app.storage import key_slots

        old = key_slots.fingerprint(self._header())
        with self.store.atomic(), audit_reason(self.store, reason):
            key_slots.record(self.store.db.conn, [old, key_slots.fingerprint(header)])
            write_setting(self.store.db.conn, CHANGED_KEY, f"{datetime.now():%Y-%m-%d %H:%M:%S}")
        keyring.write_header(self.store.path, keyring.after_success(header))
        with self.store.atomic(), audit_reason(self.store, reason):  # from now on only the new key file
            key_slots.record(self.store.db.conn, [key_slots.fingerprint(header)])

    # -- idle lock -----------------------------------------------------------------------------
    def idle_minutes(self) -> int:
        value = read_setting(self.store.db.conn, IDLE_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        if not 0 <= minutes <= 240:
            raise ValidationError(msg(N_("msg", "The lock time is from 0 (never) to 240 minutes.")),
                                  field="minutes")
        with self.store.atomic(), audit_reason(self.store, reason("idle_lock")):
            write_setting(self.store.db.conn, IDLE_KEY, str(minutes))


class OfficeGate:
    """The password (or a new one) for an office that is not open yet: the start dialog talks to this.

    - a sealed office: `verify` unwraps the data key; `reset_with_recovery_code` rewraps it;
    - a plain office from before sealing: `verify` checks its old password hash; with no password at all
      `has_password()` is False and `set_first_password` chooses the one it will be sealed with;
    - no file yet: `set_first_password` makes the key that the new office will be sealed with.
    After success, `credential` is what `open_store` takes; `recovery_code` is a code to show once.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.credential: Credential | None = None
        self.recovery_code = ""

    def exists(self) -> bool:
        return self.path.is_file() and self.path.stat().st_size > 0

    def sealed(self) -> bool:
        return self.exists() and not is_plain_sqlite(self.path)

    def is_demo(self) -> bool:
        """The demo office (its key file says so): the password dialog then shows the demo's password."""
        try:
            return self.sealed() and keyring.read_header(self.path).note == "demo"
        except BagalauError:
            return False

    def has_password(self) -> bool:
        if not self.exists():
            return False
        return True if self.sealed() else plain_password_ok(self.path, "") is not None

    def wait_seconds(self) -> int:
        try:
            return keyring.wait_left(keyring.read_header(self.path)) if self.sealed() else 0
        except BagalauError:
            return 0

    def verify(self, password: str) -> bool:
        if not self.sealed():
            if plain_password_ok(self.path, password):
                self.credential = Password(password)
                return True
            return False
        from desktop_app.storage.sealing import unlock

        try:
            unlocked = unlock(self.path, Password(password))
        except ValidationError:
            return False
        self.credential = Sealing(unlocked.key.data_key, unlocked.header)
        return True

    def set_first_password(self, password: str) -> str:
        if self.has_password():
            raise _already_set()
        check_password_policy(password)
        sealing = keyring.new_sealing(password)
        self.credential, self.recovery_code = sealing, sealing.recovery_code
        return sealing.recovery_code

    def change_password(self, current: str, new: str) -> None:
        raise _already_set()

    def reset_with_recovery_code(self, code: str, new: str) -> str:
        from desktop_app.storage.sealing import RecoveryCode, unlock

        if not self.sealed():
            raise ValidationError(msg(N_("msg", "This office is not sealed yet: enter its password.")),
                                  field="code")
        unlocked = unlock(self.path, RecoveryCode(code, new))
        self.credential = Sealing(unlocked.key.data_key, unlocked.header)
        self.recovery_code = unlocked.new_recovery_code
        return unlocked.new_recovery_code
