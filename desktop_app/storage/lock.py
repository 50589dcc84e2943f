"""One running program per database file: an exclusive lock on a sidecar `<file>.lock`."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, msg


class FileLock:
    """Holds an OS-level exclusive lock for as long as the program keeps the database open.

    The OS releases the lock when the process dies, so a crash never leaves the file "in use".
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: TextIO | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+")  # noqa: SIM115 - held open on purpose: the OS lock lives as long as the handle
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            fh.close()
            raise StorageError(msg(N_("msg", "The database {file} is already open in another Bagalau window. "
                                             "Close it there first."), file=str(self.path.with_suffix("")))) from err
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
