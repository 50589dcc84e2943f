"""Windows and dialogs no bigger than the screen they open on (1366×768, or 1280×720 at 150 %)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window frame and title bar around a window that would fill the screen.
FRAME_W, FRAME_H = 16, 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or to what the screen's free area (task bar taken off) holds."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_W)
        height = min(height, free.height() - FRAME_H)
    widget.resize(max(width, 200), max(height, 150))
