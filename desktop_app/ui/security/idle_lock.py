"""The idle lock: after N minutes without keyboard or mouse the window hides all data (001 §13).

`IdleLock` is an event filter installed on the QApplication (so it sees input in every window and
dialog) — the main window needs no change. Locking takes the window's central widget out (it is kept,
not destroyed, so nothing typed is lost), hides the menu bar and shows a `LockScreen` that asks the
password. Open dialogs are not closed (that would cancel what was typed in them): each is covered by
its own opaque lock screen, which also takes the password when a modal dialog blocks the window.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.i18n import Retranslatable


def pause_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first three, then 5, 10, 20 … up to 60.

    argon2id already makes each try cost; the pause stops someone at the desk from guessing quickly.
    """
    return 0 if failures < 3 else min(60, 5 * 2 ** (failures - 3))


def hold_off(widgets: list[QWidget], seconds: int, then: Callable[[], None] | None = None) -> None:
    """Disable `widgets` for `seconds` (a wrong password was typed too often), then call `then` (e.g. take
    away "Try again in 5 seconds", which would otherwise go on telling the user to wait)."""
    if seconds <= 0:
        return
    for w in widgets:
        w.setEnabled(False)
    # the first widget is the timer's context: if the dialog is gone by then, nothing is called
    def enable() -> None:
        for w in widgets:
            w.setEnabled(True)
        if then is not None:
            then()

    QTimer.singleShot(seconds * 1000, widgets[0], enable)


_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockScreen(Retranslatable, QWidget):
    """Shown instead of the window's content: the program name, a password field, nothing else."""

    unlocked = Signal()

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._verify = verify
        self.failures = 0
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.title.setStyleSheet("font-size: 18pt")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setFixedWidth(480)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMinimumHeight(64)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._try)
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self._try)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.title, self.hint, self.password, self.button, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def _try(self) -> None:
        if self._verify(self.password.text()):
            self.password.clear()
            self.error.clear()
            self.failures = 0
            self.unlocked.emit()
        else:
            self.password.clear()
            self.failures += 1
            pause = pause_after(self.failures)
            self.error.setText(self.tr("Wrong password. Try again in %n second(s).", "", pause) if pause
                               else self.tr("Wrong password."))
            hold_off([self.password, self.button], pause, self._pause_over)

    def _pause_over(self) -> None:
        self.error.clear()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bagalau is locked"))
        # one wording for both ways in: a pause and Ctrl+L (it said "after a pause" after Ctrl+L too)
        self.hint.setText(self.tr("The window is locked: evaluation results are confidential. "
                                  "Enter the password to go on."))
        self.button.setText(self.tr("Unlock"))


class IdleLock(QObject):
    """Locks `window` after `minutes` idle minutes (0 = never) and on `lock_now()`."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, verify: Callable[[str], bool], minutes: int,
                 clock: Callable[[], float] = time.monotonic,
                 can_lock: Callable[[], bool] = lambda: True) -> None:
        """`can_lock`: False while no password is set (a lock nobody could open would lose work)."""
        super().__init__(window)
        self._can_lock = can_lock
        self.window = window
        self._verify = verify
        self.minutes = minutes
        self._clock = clock
        self._last_input = clock()
        self._content: QWidget | None = None
        self._covers: list[LockScreen] = []
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        assert app is not None, "the idle lock watches a running application"
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._content is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked:
            self._last_input = self._clock()
        elif event.type() == QEvent.Type.Resize and self.locked:
            for cover in self._covers:
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
        return False

    def check(self) -> None:
        """Lock when the idle time has passed (called by the timer; tests call it with a fake clock)."""
        if self.minutes > 0 and not self.locked and self._clock() - self._last_input >= self.minutes * 60 \
                and self._can_lock():
            self.lock_now()

    def lock_now(self) -> None:
        if self.locked:
            return
        for w in QApplication.topLevelWidgets():
            if w is not self.window and w.isVisible() and not isinstance(w, LockScreen):
                cover = LockScreen(self._verify, w)
                cover.setAutoFillBackground(True)
                cover.setGeometry(w.rect())
                cover.unlocked.connect(self.unlock)
                cover.show()
                cover.raise_()
                self._covers.append(cover)
        self._content = self.window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()
        self.window.menuBar().setVisible(False)
        self.screen = LockScreen(self._verify)
        self.screen.unlocked.connect(self.unlock)
        self.window.setCentralWidget(self.screen)
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if self._content is None:
            return
        self.window.takeCentralWidget()
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
        self.window.setCentralWidget(self._content)
        self._content.show()
        self._content = None
        self.window.menuBar().setVisible(True)
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        self._last_input = self._clock()
        self.locked_changed.emit(False)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
