"""Security entries added to the main window's File menu: lock now, set/change the password, lock time.

Kept here (not in main_window.py) so the window stays ignorant of passwords; the application adds
them once the database is attached.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from desktop_app.services.security import SecurityService
from desktop_app.ui.changes import Area, ChangeBus, run_action
from desktop_app.ui.security.idle_lock import IdleLock
from desktop_app.ui.security.password_dialogs import SetPasswordDialog


class SecurityMenu(QObject):
    """Owns the actions; retranslates them when the language changes."""

    def __init__(self, window: QMainWindow, security: SecurityService, lock: IdleLock,
                 bus: ChangeBus | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.bus = bus
        self.security = security
        self.lock = lock
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockNow")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self._lock_now)
        self.password_action = QAction(window)
        self.password_action.setObjectName("setPassword")
        self.password_action.triggered.connect(self.set_password)
        self.idle_action = QAction(window)
        self.idle_action.setObjectName("idleMinutes")
        self.idle_action.triggered.connect(self._idle_minutes)
        menu = getattr(window, "file_menu", None)
        before = getattr(window, "quit_action", None)
        if menu is not None:
            for act in (self.lock_action, self.password_action, self.idle_action):
                menu.insertAction(before, act) if before is not None else menu.addAction(act)
            menu.insertSeparator(before) if before is not None else None
        window.addAction(self.lock_action)
        window.installEventFilter(self)
        self.retranslate()

    def _lock_now(self) -> None:
        if not self.security.has_password():
            QMessageBox.information(self.window, self.tr("Lock"),
                                    self.tr("Set a password first: without one the lock cannot be undone safely."))
            return
        self.lock.lock_now()

    def set_password(self) -> bool:
        done = bool(SetPasswordDialog(self.security, self.window).exec())
        if done and self.bus is not None:
            self.bus.announce(Area.SECURITY)
        return done

    def _idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, self.tr("Lock after a pause"),
            self.tr("Lock the window after this many minutes without use (0 = never):"),
            self.security.idle_minutes(), 0, 240)
        if not ok:
            return
        if run_action(self.window, lambda: self.security.set_idle_minutes(minutes), self.bus, Area.SECURITY) \
                is not None:
            self.lock.minutes = minutes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("&Lock the window"))
        self.password_action.setText(self.tr("Set or change the &password…"))
        self.idle_action.setText(self.tr("Lock after a pause…"))
