"""A plain SQLite copy of a sealed file: what `bagalau decrypt` makes of a sealed retention archive."""
from __future__ import annotations

from pathlib import Path

from desktop_app.storage.backup import is_sound
from desktop_app.storage.engine import OfficeKey, connect_sealed


def unseal_file(path: Path, key: OfficeKey, dest: Path) -> Path:
    """A plain SQLite copy `dest` of the sealed file `path` (a retention archive opened with the office's
    password, `bagalau decrypt`). Nothing of the office's keys goes into it."""
    dest.unlink(missing_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    conn = connect_sealed(path, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(part)])
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    if not is_sound(part):
        part.unlink(missing_ok=True)
        raise OSError(f"copy {dest} failed its integrity check")
    part.replace(dest)
    return dest
