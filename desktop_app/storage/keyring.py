"""The key header of a sealed office: the wrapped data key, beside the file as "<file>.key".

The office file is encrypted by SQLCipher 4 with a random 256-bit *data key*. The data key is stored
only wrapped (AES-256-GCM, `cryptography`), twice, in a small JSON file next to the office:

    {"format": "bagalau-key", "version": 1,
     "kdf": {"name": "argon2id", "t": 3, "m": 65536, "p": 4},
     "password": {"salt": b64, "nonce": b64, "wrap": b64},   # key = argon2id(password, salt)
     "recovery": {"salt": b64, "nonce": b64, "wrap": b64},   # key = argon2id(recovery code, salt)
     "audit": {"count": N, "head": hex},                     # the audit log's length and newest hash
     "mac": hex,                                             # HMAC over all of the above
     "lockout": {"failures": n, "until": unix time}}         # wrong passwords, readable before the key

Why a sidecar: SQLCipher encrypts every byte of the file from the first page on, so nothing can be read
from it before the key is known. The header is small and rewritten atomically; a password change or a
recovery rewraps the data key there and never touches a data page, and the old wrap is gone at once.

Rules that keep a forged header harmless:
- only the KDF parameters this program writes (`KDF_PROFILE`) are accepted, so a header cannot make
  the program spend minutes or gigabytes on one guess;
- each wrap's associated data names its slot and the KDF parameters: moving or editing bytes fails;
- the MAC (a key derived from the data key) covers wraps and the audit count/head: after unwrapping,
  any change made without the data key — a replaced password slot, an older audit head — is detected;
- the lockout counter is outside the MAC on purpose: it is written before the key is known.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.i18n import N_, msg

FORMAT = "bagalau-key"
VERSION = 1
KEY_SUFFIX = ".key"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: `t` passes over `m` KiB with `p` lanes."""

    t: int
    m: int
    p: int


#: argon2-cffi's default profile (RFC 9106 "low memory"): about 140 ms here. The only one accepted.
KDF_PROFILE = KdfParams(t=3, m=65536, p=4)
ACCEPTED_KDF = frozenset({KDF_PROFILE})


@dataclass(frozen=True)
class Wrap:
    salt: bytes
    nonce: bytes
    wrap: bytes


@dataclass(frozen=True)
class KeyHeader:
    kdf: KdfParams
    password: Wrap
    recovery: Wrap
    audit_count: int = 0
    audit_head: str = ""
    mac: str = ""
    failures: int = 0
    locked_until: float = 0.0
    #: "demo" for the demo office, whose password is public: the password dialog then says it
    note: str = ""


@dataclass(frozen=True)
class Sealing:
    """A data key with the header that wraps it: what a new sealed file is created with.

    `recovery_code` is the code wrapped in the header when it was just made (to show once), else "".
    """

    data_key: bytes
    header: KeyHeader
    recovery_code: str = field(default="", repr=False)


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


# -- derivations ---------------------------------------------------------------------------------
def derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    """argon2id(secret) → 32-byte key-encryption key. Refuses parameters the program does not write."""
    from argon2.low_level import Type, hash_secret_raw

    if kdf not in ACCEPTED_KDF:
        raise _not_ours()
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf.t, memory_cost=kdf.m,
                           parallelism=kdf.p, hash_len=32, type=Type.ID)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose ("audit", "header") derived from the data key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"bagalau {purpose} v1".encode()).derive(data_key)


def _aad(slot: str, kdf: KdfParams) -> bytes:
    return f"{FORMAT} v{VERSION} {slot} argon2id t={kdf.t} m={kdf.m} p={kdf.p}".encode()


def _wrap(secret: str, data_key: bytes, slot: str, kdf: KdfParams) -> Wrap:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    return Wrap(salt, nonce, AESGCM(derive(secret, salt, kdf)).encrypt(nonce, data_key, _aad(slot, kdf)))


def _unwrap(secret: str, w: Wrap, slot: str, kdf: KdfParams) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(derive(secret, w.salt, kdf)).decrypt(w.nonce, w.wrap, _aad(slot, kdf))
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == 32 else None


def normalize_code(code: str) -> str:
    from desktop_app.domain.security import normalize_recovery_code

    return normalize_recovery_code(code)


# -- making and changing headers -----------------------------------------------------------------
def new_sealing(password: str, recovery_code: str | None = None, note: str = "") -> Sealing:
    """A fresh random data key wrapped by `password` and by a recovery code (new unless given)."""
    from desktop_app.domain.security import new_recovery_code

    code = recovery_code or new_recovery_code()
    data_key = os.urandom(32)
    header = KeyHeader(KDF_PROFILE, _wrap(password, data_key, "password", KDF_PROFILE),
                       _wrap(normalize_code(code), data_key, "recovery", KDF_PROFILE), note=note)
    return Sealing(data_key, sign(header, data_key), code)


def unlock_password(header: KeyHeader, password: str) -> bytes | None:
    return _unwrap(password, header.password, "password", header.kdf)


def unlock_recovery(header: KeyHeader, code: str) -> bytes | None:
    return _unwrap(normalize_code(code), header.recovery, "recovery", header.kdf)


def rewrap_password(header: KeyHeader, data_key: bytes, password: str) -> KeyHeader:
    return sign(replace(header, kdf=KDF_PROFILE, password=_wrap(password, data_key, "password", KDF_PROFILE)),
                data_key)


def rewrap_both(header: KeyHeader, data_key: bytes, password: str, code: str) -> KeyHeader:
    return sign(replace(header, kdf=KDF_PROFILE, password=_wrap(password, data_key, "password", KDF_PROFILE),
                        recovery=_wrap(normalize_code(code), data_key, "recovery", KDF_PROFILE)), data_key)


def with_audit(header: KeyHeader, data_key: bytes, count: int, head: str) -> KeyHeader:
    return sign(replace(header, audit_count=count, audit_head=head), data_key)


# -- MAC -------------------------------------------------------------------------------------------
def _signed_part(header: KeyHeader) -> bytes:
    d = _to_dict(header)
    d.pop("mac", None)
    d.pop("lockout", None)
    return json.dumps(d, sort_keys=True, separators=(",", ":")).encode()


def sign(header: KeyHeader, data_key: bytes) -> KeyHeader:
    mac = hmac.new(subkey(data_key, "header"), _signed_part(header), hashlib.sha256).hexdigest()
    return replace(header, mac=mac)


def mac_ok(header: KeyHeader, data_key: bytes) -> bool:
    want = hmac.new(subkey(data_key, "header"), _signed_part(header), hashlib.sha256).hexdigest()
    return hmac.compare_digest(want, header.mac)


# -- the file ---------------------------------------------------------------------------------------
def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _to_dict(h: KeyHeader) -> dict[str, object]:
    def w(x: Wrap) -> dict[str, str]:
        return {"salt": _b64(x.salt), "nonce": _b64(x.nonce), "wrap": _b64(x.wrap)}

    return {"format": FORMAT, "version": VERSION,
            "kdf": {"name": "argon2id", "t": h.kdf.t, "m": h.kdf.m, "p": h.kdf.p},
            "password": w(h.password), "recovery": w(h.recovery),
            "audit": {"count": h.audit_count, "head": h.audit_head}, "mac": h.mac,
            "lockout": {"failures": h.failures, "until": h.locked_until}, "note": h.note}


def _not_ours() -> StorageError:
    return StorageError(msg(N_("msg", "The key file of this office is not one Bagalau writes (it was altered "
                                      "or damaged): the office cannot be unlocked with it.")))


def parse(text: str) -> KeyHeader:
    """A header from its JSON; anything malformed or with foreign KDF costs is refused before any work."""
    try:
        d = json.loads(text)
        if d.get("format") != FORMAT or d.get("version") != VERSION or d["kdf"].get("name") != "argon2id":
            raise _not_ours()
        kdf = KdfParams(int(d["kdf"]["t"]), int(d["kdf"]["m"]), int(d["kdf"]["p"]))

        def w(x: dict[str, str]) -> Wrap:
            out = Wrap(base64.b64decode(x["salt"], validate=True), base64.b64decode(x["nonce"], validate=True),
                       base64.b64decode(x["wrap"], validate=True))
            if len(out.salt) != 16 or len(out.nonce) != 12 or len(out.wrap) != 48:
                raise _not_ours()
            return out

        lock = d.get("lockout") or {}
        header = KeyHeader(kdf, w(d["password"]), w(d["recovery"]), int(d["audit"]["count"]),
                           str(d["audit"]["head"]), str(d["mac"]), max(0, int(lock.get("failures", 0))),
                           float(lock.get("until", 0.0)), str(d.get("note", ""))[:20])
    except StorageError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _not_ours() from exc
    if kdf not in ACCEPTED_KDF:
        raise _not_ours()
    return header


def dumps(header: KeyHeader) -> str:
    return json.dumps(_to_dict(header), indent=1) + "\n"


def read_header(db_path: Path) -> KeyHeader:
    path = key_path(db_path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise StorageError(msg(N_("msg", "The key file {key} of the sealed office is missing. It must stay "
                                          "beside the office file (copies made by Bagalau carry their own); "
                                          "without it the office cannot be opened."), key=str(path))) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _not_ours() from exc
    return parse(text)


def write_header(db_path: Path, header: KeyHeader, durable: bool = True) -> None:
    """Replace the header atomically (write aside, fsync, rename): a crash leaves the old or the new one."""
    path = key_path(db_path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(dumps(header))
        if durable:
            fh.flush()
            os.fsync(fh.fileno())
    tmp.replace(path)


# -- wrong passwords ----------------------------------------------------------------------------------
def pause_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first three, then 5, 10, 20 … up to 60.

    argon2id already makes each try cost; the pause stops someone at the desk from guessing quickly.
    """
    return 0 if failures < 3 else min(60, 5 * 2 ** (failures - 3))


def wait_left(header: KeyHeader, now: float | None = None) -> int:
    now = time.time() if now is None else now
    return max(0, int(header.locked_until - now + 0.999))


def after_failure(header: KeyHeader, now: float | None = None) -> KeyHeader:
    now = time.time() if now is None else now
    failures = header.failures + 1
    return replace(header, failures=failures, locked_until=now + pause_after(failures))


def after_success(header: KeyHeader) -> KeyHeader:
    return replace(header, failures=0, locked_until=0.0)


def wait_error(seconds: int) -> ValidationError:
    return ValidationError(msg(N_("msg", "Too many wrong passwords: try again in {n} s."), n=seconds),
                           field="password")


def replace_lockout(header: KeyHeader, locked_until: float) -> KeyHeader:
    """The header with the pause ending at `locked_until` (unix time); the failure count stays."""
    return replace(header, locked_until=locked_until)
