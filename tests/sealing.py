"""The tests' office key: one sealing (argon2id, ≈ 0.3 s) per test session, shared by every test office.

Production derives the key from the password with the parameters the program writes; the tests open
their offices with this already-unlocked `Sealing` (storage/sealing.py accepts it like a password), so
~700 tests do not each pay two argon2id derivations. It is the demo office's key (password "demo"), so
that demo offices written by a test open like any test office; commands run by the tests get the
password from $BAGALAU_PASSWORD (tests/conftest.py). Tests of the password path make their own keys.
"""
from __future__ import annotations

import os
from pathlib import Path

from desktop_app.demo import DEMO_PASSWORD, demo_sealing
from desktop_app.storage.engine import OfficeKey, SealedConnection, connect_sealed
from desktop_app.storage.keyring import Sealing

TEST_PASSWORD = DEMO_PASSWORD


def office_key() -> Sealing:
    return demo_sealing()


def raw_connect(path: Path | str) -> SealedConnection:
    """What someone holding the data key could do with a SQLCipher tool: a raw connection to a test office
    (no Bagalau functions registered, no lock)."""
    return connect_sealed(Path(path), OfficeKey(office_key().data_key, Path(path)))


def dump(conn) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every row of every table, in a fixed order (sqlcipher3 connections have no iterdump)."""
    out: list[tuple] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for t in tables:
        out.extend((t, *row) for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid'))
    return out


def env_with_password(**extra: str) -> dict[str, str]:
    """The environment for a `bagalau` subprocess that opens a test office (password from $BAGALAU_PASSWORD)."""
    return {**os.environ, "BAGALAU_PASSWORD": TEST_PASSWORD, **extra}


_TEMPLATES: dict[str, tuple[Path, str]] = {}


def password_office(path: Path, password: str) -> str:
    """Put at `path` an empty office sealed with `password` (the production path: argon2id, once per password
    per session; later calls copy the template with its key file). Returns its recovery code."""
    import shutil
    import tempfile

    from desktop_app.storage.database import open_store
    from desktop_app.storage.keyring import key_path
    from desktop_app.storage.sealing import Password

    if password not in _TEMPLATES:
        template = Path(tempfile.mkdtemp(prefix="bagalau-template-")) / "office.sqlite"
        store = open_store(template, Password(password))
        code = store.new_recovery_code
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        _TEMPLATES[password] = (template, code)
    template, code = _TEMPLATES[password]
    shutil.copyfile(template, path)
    shutil.copyfile(key_path(template), key_path(path))
    return code
