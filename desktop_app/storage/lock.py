"""One running program per database file: an exclusive OS lock on a sidecar `<file>.lock` and on the
database file itself.

The sidecar alone was not enough: deleting it let a second writer in while the first still
worked. The database file cannot be deleted from under a lock-holder unnoticed, so it is locked too:
with flock() on POSIX (separate from the fcntl() byte locks SQLite uses, so the two never interfere),
and on Windows a byte far beyond any data and beyond SQLite's own lock bytes (at 1 GiB).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TextIO

from desktop_app.domain.errors import StorageError
from desktop_app.domain.i18n import N_, msg

_WINDOWS_LOCK_OFFSET = 1 << 40  # 1 TiB: no office grows there; SQLite's lock bytes sit at 1 GiB


class FileLock:
    """Holds an OS-level exclusive lock for as long as the program keeps the database open.

    The OS releases the lock when the process dies, so a crash never leaves the file "in use".
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: TextIO | None = None
        self._db_fd: int | None = None

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
        try:
            self.lock_database()
        except BaseException:
            self.release()
            raise

    def lock_database(self) -> None:
        """Lock the database file itself, once it exists (a new office: after SQLite created it)."""
        if self._db_fd is not None or not self.db_path.is_file():
            return
        fd = os.open(self.db_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
                return  # a file system without such locks (some network drives): the .lock file still holds
            raise StorageError(msg(N_("msg", "The database {file} is already open in another Bagalau window. "
                                             "Close it there first."), file=str(self.db_path))) from err
        self._db_fd = fd

    def relock_database(self) -> None:
        """The file was written back under its name (a new file): lock the new one."""
        if self._db_fd is not None:
            os.close(self._db_fd)
            self._db_fd = None
        self.lock_database()

    def release(self) -> None:
        if self._db_fd is not None:
            os.close(self._db_fd)  # closing the descriptor releases its lock
            self._db_fd = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None
