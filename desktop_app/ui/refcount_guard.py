"""Work-around for a reference-counting bug of PySide6 6.12.0 on CPython 3.11 (found while testing issue 3).

Wrapped Qt methods that return void (setEnabled, setText, setItem, insertRow, …) hand back `None` without
taking a new reference, so every call lowers None's reference count by one (some bool results do the same
to True/False). CPython 3.11 starts with ≈5 000 references to None: after that many calls the program
aborts with "Fatal Python error: none_dealloc: deallocating None" — in a long session, or at exit of a test
run. Measured here: 20 000 `QWidget.setEnabled(True)` calls abort; with `install()` 400 000 calls are fine.

`install()` raises the counts of None, True and False once by 2**40. These objects are static and never
freed, so a high count is harmless; CPython 3.12+ makes them immortal and needs nothing. Call it before the
first widget is made (composition root; tests' conftest).
"""
from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40
_installed = False


def install() -> None:
    global _installed
    if _installed or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _BALLAST
    _installed = True
