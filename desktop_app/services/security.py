"""The program's password and its recovery code (001 §13: evaluation results are confidential).

Decisions (documented for the README in notes/security-readme.md):
- The password hash (argon2id, argon2-cffi defaults) lives in the database's `settings` table under
  `security.password_hash`, so the file carries its own protection to whatever computer it is copied;
  the audit triggers never copy `security.*` values into the log.
- At set-up a recovery code is generated and shown once, to be printed or written down and kept sealed
  by the head of HR. Only its argon2id hash is stored. The code resets the password and is then replaced
  by a new one. There is no other back door.
- The idle lock time is the `lock.idle_minutes` setting (default 10; 0 = never).
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.security import check_password_policy, new_recovery_code, normalize_recovery_code
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import Store
from desktop_app.storage.settings import read_setting, write_setting

PASSWORD_KEY = "security.password_hash"
RECOVERY_KEY = "security.recovery_hash"
IDLE_KEY = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10


class SecurityService:
    """Password set-up, checks, change and reset for one open database."""

    def __init__(self, store: Store, hasher: PasswordHasher | None = None) -> None:
        self.store = store
        self._hasher = hasher or PasswordHasher()

    # -- settings rows -------------------------------------------------------------------------
    def _get(self, key: str) -> str | None:
        return read_setting(self.store.db.conn, key)

    def _put(self, key: str, value: str) -> None:
        write_setting(self.store.db.conn, key, value)

    def _matches(self, key: str, secret: str) -> bool:
        stored = self._get(key)
        if not stored:
            return False
        try:
            return self._hasher.verify(stored, secret)
        except (VerificationError, InvalidHashError):
            return False

    # -- password ------------------------------------------------------------------------------
    def has_password(self) -> bool:
        return bool(self._get(PASSWORD_KEY))

    def verify(self, password: str) -> bool:
        return self._matches(PASSWORD_KEY, password)

    def set_first_password(self, password: str) -> str:
        """Set the password of a file that has none; returns the recovery code to print and seal."""
        if self.has_password():
            raise ValidationError(msg(N_("msg", "A password is already set: change it instead.")),
                                  field="password")
        return self._install(password, "password set")

    def change_password(self, current: str, new: str) -> None:
        if not self.verify(current):
            raise ValidationError(msg(N_("msg", "The current password is wrong.")), field="current")
        check_password_policy(new)
        with self.store.atomic(), audit_reason(self.store, "password changed"):
            self._put(PASSWORD_KEY, self._hasher.hash(new))

    def reset_with_recovery_code(self, code: str, new: str) -> str:
        """Reset a forgotten password with the sealed recovery code; returns the NEW code to seal."""
        if not self._matches(RECOVERY_KEY, normalize_recovery_code(code)):
            raise ValidationError(msg(N_("msg", "The recovery code is wrong.")), field="code")
        return self._install(new, "password reset with the recovery code")

    def _install(self, password: str, reason: str) -> str:
        check_password_policy(password)
        code = new_recovery_code()
        with self.store.atomic(), audit_reason(self.store, reason):
            self._put(PASSWORD_KEY, self._hasher.hash(password))
            self._put(RECOVERY_KEY, self._hasher.hash(normalize_recovery_code(code)))
        return code

    # -- idle lock -----------------------------------------------------------------------------
    def idle_minutes(self) -> int:
        value = self._get(IDLE_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        if not 0 <= minutes <= 240:
            raise ValidationError(msg(N_("msg", "The lock time is from 0 (never) to 240 minutes.")),
                                  field="minutes")
        with self.store.atomic(), audit_reason(self.store, "idle lock time"):
            self._put(IDLE_KEY, str(minutes))
