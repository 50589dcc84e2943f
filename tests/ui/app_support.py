"""Driving the real program in a test: closing it (the window goes before its office, so no page outlives its
file), and the main window shown in each language."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def close_app(app: Any) -> None:
    """Stop the idle lock, delete the window (pages must not react to later language changes on a closed
    file), then close the office."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app._stop_lock()
    if app.window is not None:
        app.window.close()
        app.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if app.services is not None:
        app.services.close()


def main_window_in_each_language(qtbot: Any, services: Any, languages: Any, prefs: Any,
                                 width: int = 1366) -> Iterator[tuple[str, Any]]:
    """The real main window at `width`×740, shown in Kazakh and then in Russian: yields (language, window)
    once the navigation speaks that language; the window is deleted afterwards."""
    import shiboken6

    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(services, languages, prefs)
    w.resize(width, 740)
    w.show()
    try:
        for lang, home in (("kk", "Басты бет"), ("ru", "Главная")):
            w.set_language(lang)
            qtbot.waitUntil(lambda home=home: w.nav.item(0).text() == home)
            yield lang, w
    finally:
        shiboken6.delete(w)
