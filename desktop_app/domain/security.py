"""Confidentiality rules (001 §13): the password policy, recovery codes, and the encrypted container.

Encrypted container (backups and exports that leave the office folder), all integers big-endian:

    offset  size  field
    0       8     magic  b"BGLENC1\\n"
    8       1     scrypt log2(N)   (15 → N = 32768)
    9       1     scrypt r          (8)
    10      1     scrypt p          (1)
    11      16    salt              (random)
    27      12    nonce             (random)
    39      …     AES-256-GCM ciphertext followed by its 16-byte tag

The key is scrypt(password UTF-8, salt, N, r, p, 32 bytes); the 39-byte header is the GCM associated
data, so changing any header byte is detected like a wrong password. Library: `cryptography` (PyCA).
"""
from __future__ import annotations

import os
import secrets

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

MAGIC = b"BGLENC1\n"
HEADER_SIZE = 8 + 3 + 16 + 12
_LOG2_N, _R, _P = 15, 8, 1
MIN_PASSWORD_LENGTH = 8
#: Alphabet of recovery codes: no 0/O, 1/I/L, so that a code read from paper is typed right.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def check_password_policy(password: str) -> None:
    """Refuse passwords too weak for confidential evaluation results (001 §13)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(msg(N_("msg", "The password must have at least {n} characters."),
                                  n=MIN_PASSWORD_LENGTH), field="password")
    if len(set(password)) < 4:
        raise ValidationError(msg(N_("msg", "The password is too simple: use at least four different "
                                            "characters.")), field="password")


def new_recovery_code() -> str:
    """A recovery code like "K7QX-M2PD-9TZA-HR4C-WN8E" (about 98 bits), printed once and sealed."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(20))
    return "-".join(chars[i:i + 4] for i in range(0, 20, 4))


def normalize_recovery_code(code: str) -> str:
    """Upper case, no spaces or dashes, O→0-free alphabet: what was printed, however it is typed."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def is_encrypted(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(password.encode("utf-8"))


def encrypt(data: bytes, password: str) -> bytes:
    """Seal `data` with `password` in the container described above."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    # The same rules as the program's own password (an empty password used to give a plain
    # copy, a one-letter one was accepted); an encrypted copy is never written without a real password.
    check_password_policy(password)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + bytes([_LOG2_N, _R, _P]) + salt + nonce
    return header + AESGCM(_key(password, salt, _LOG2_N, _R, _P)).encrypt(nonce, data, header)


def decrypt(blob: bytes, password: str) -> bytes:
    """Open a container; a wrong password or any altered byte is refused with the same message."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_encrypted(blob) or len(blob) < HEADER_SIZE + 16:
        raise ValidationError(msg(N_("msg", "This file is not an encrypted Bagalau copy.")), field="file")
    # Only the cost this program writes: the header is read before anything is authenticated, and an
    # altered one (log2 N = 22, r = 32, p = 16) made scrypt spend 26 s and 4.2 GB before the wrong-
    # password answer.
    if (blob[8], blob[9], blob[10]) != (_LOG2_N, _R, _P):
        raise ValidationError(msg(N_("msg", "This file is not an encrypted Bagalau copy, or its header was "
                                            "altered: it cannot be opened.")), field="file")
    log2_n, r, p = _LOG2_N, _R, _P
    salt, nonce = blob[11:27], blob[27:39]
    try:
        return AESGCM(_key(password, salt, log2_n, r, p)).decrypt(nonce, blob[HEADER_SIZE:], blob[:HEADER_SIZE])
    except InvalidTag:
        raise ValidationError(msg(N_("msg", "Wrong password, or the encrypted file was altered: "
                                            "it cannot be opened.")), field="password") from None
