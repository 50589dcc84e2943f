"""Work the first page would otherwise wait for, done in the background while the window opens.

Importing the `holidays` package and computing a year's public holidays takes 0.3–0.6 s the first time
(the package imports every country's module); every deadline needs them (004 §13.15), so the first page
that shows a due date paid it. A daemon thread does it as soon as the window exists; a page that needs
the holidays sooner simply waits on Python's import lock for the rest.
"""
from __future__ import annotations

import threading
from datetime import date

_started = False


def _work() -> None:
    from desktop_app.domain.calendar import public_holidays

    year = date.today().year
    for y in (year, year - 1, year + 1):
        public_holidays(y)


def warm_up() -> None:
    """Start the background work once per process (later calls do nothing)."""
    global _started
    if _started:
        return
    _started = True
    threading.Thread(target=_work, name="bagalau-warm-up", daemon=True).start()
