"""Closing a started program in a test: the window goes before its office, so no page outlives its file."""
from __future__ import annotations

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
