"""The running program: language, the open database and its main window; opening another file.

Start-up order is chosen for speed: the main window (navigation, menus) is shown first, then the
database stack is imported, the password asked (the office file is sealed: nothing can be read before it), the file opened on the next turn of the event loop (with the automatic copy made before the
first write), and the first page appears. A plain office from before sealing is sealed on that open. Heavy modules (sqlite-utils, services) are imported inside the
methods that need them. Copies are also made on exit and daily (001 §12); the idle lock hides the
data after a pause (001 §13).
"""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.prefs import Prefs
from desktop_app.ui.errors import error_text, show_error
from desktop_app.ui.i18n import LanguageManager, qt_translate
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.welcome import WelcomeDialog

if TYPE_CHECKING:
    from desktop_app.services.container import Services
    from desktop_app.storage.database import DatabaseDamagedError, Store
    from desktop_app.storage.sealing import Credential
    from desktop_app.ui.security.idle_lock import IdleLock


class BagalauApplication(QObject):
    #: The office is open and its first page is shown (used by `bagalau bench`).
    ready = Signal()
    #: Opening failed; the program has nothing to show.
    failed = Signal()

    def __init__(self, prefs: Prefs, language: str | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self.languages = LanguageManager(self)
        self.languages.set_language(language or prefs.language or "kk")
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self._new_file = False
        self._guided_setup = False
        self._idle_lock: IdleLock | None = None
        #: given by a caller that already holds the key (tests, `bagalau bench`): no password dialog
        self._credential: Credential | None = None
        self._daily = QTimer(self)
        self._daily.setInterval(30 * 60 * 1000)
        self._daily.timeout.connect(self._daily_backup)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._close_services)

    def start(self, db: Path, credential: Credential | None = None) -> bool:
        """Show the window for `db` at once and open the file right after. False: the user gave up."""
        self._credential = credential
        if not db.exists():
            dialog = WelcomeDialog(self.languages)
            if not dialog.exec():
                return False
            self.prefs.set("language", self.languages.language)
            db.parent.mkdir(parents=True, exist_ok=True)
            if dialog.choice == WelcomeDialog.OPEN and dialog.path is not None:
                db = self._existing_file(dialog.path, db)
                self._new_window(None, db)
                QTimer.singleShot(0, lambda: self._open_into_window(db))
                return True
            self._new_file = True
            self._guided_setup = dialog.choice == WelcomeDialog.EMPTY
            if dialog.choice == WelcomeDialog.DEMO:
                from desktop_app.demo import write_demo

                write_demo(db)
        self._new_window(None, db)
        QTimer.singleShot(0, lambda: self._open_into_window(db))
        return True

    def _existing_file(self, chosen: Path, here: Path) -> Path:
        """The file to work on when the welcome screen opened an existing one: a copy at `here` when the
        user agrees (a USB drive may be pulled out while the program writes), else the file itself."""
        answer = QMessageBox.question(
            None, self.tr("Open an existing file"),
            self.tr("Work on a copy on this computer? The file {chosen} stays as it is; the copy is kept as "
                    "{here}. Choose No to work on the file where it is.").format(chosen=chosen, here=here))
        if answer != QMessageBox.StandardButton.Yes:
            return chosen
        try:
            from desktop_app.storage.keyring import key_path

            if key_path(chosen).is_file():  # a sealed office travels with its key file
                shutil.copy2(key_path(chosen), key_path(here))
            shutil.copy2(chosen, here)
        except OSError as exc:
            QMessageBox.warning(None, self.tr("Open an existing file"),
                                self.tr("The copy could not be made ({error}); the file is opened where it is.")
                                .format(error=exc.strerror or exc))
            return chosen
        return here

    def open(self, db: Path, credential: Credential | None = None) -> bool:
        """Open `db` now (synchronously), replacing the current database and window."""
        if self.services is not None and self.services.store.path == db.resolve():
            key = self.services.store.key
            if credential is None and key is not None:  # the same office (e.g. after a restore): same key
                from desktop_app.storage.keyring import Sealing, read_header

                credential = Sealing(key.data_key, read_header(key.office))
            self._close_services()  # reopening the same file: release its lock first
        self._credential = credential
        store = self._open_store(db)
        if store is None:
            return False
        from desktop_app.services.container import build_services

        services = build_services(store)
        if not self._unlock(services):
            services.close()  # the current office stays open
            return False
        self._new_window(services, db)
        self.services = services
        self._after_attach(services)
        return True

    # -- internals ---------------------------------------------------------------------------
    def _new_window(self, services: Services | None, db: Path) -> None:
        if self.window is not None:
            self._stop_lock()
            self.window.close()
            self.window.deleteLater()
        if self.services is not None and self.services is not services:
            self._close_services()
        self.window = MainWindow(services, self.languages, self.prefs, title_file=db.name)
        self.window.open_database_requested.connect(self._open_other)
        self.window.show()
        if services is not None:
            self.ready.emit()

    def _services_for(self, store: Store) -> Services:
        from desktop_app.services.container import build_services

        if self.services is not None:
            self._close_services()
        self.services = build_services(store)
        return self.services

    def _open_into_window(self, db: Path) -> None:
        store = self._open_store(db)
        services = self._services_for(store) if store is not None and self.window is not None else None
        if services is None or not self._unlock(services):
            self._close_services()
            if self.window is not None:
                self.window.close()
            self.failed.emit()
            return
        assert self.window is not None
        self.window.attach(services)
        self._after_attach(services)
        self.prefs.set("last_db", str(db))
        self.ready.emit()

    # -- confidentiality and copies --------------------------------------------------
    def _unlock(self, services: Services) -> bool:
        """After the office opened (the password was asked before: the file is sealed): the guided set-up
        of a new empty office, the recovery code made while opening, the plain copies left behind."""
        from desktop_app.ui.security.password_dialogs import RecoveryCodeDialog

        store = services.store
        if store.new_recovery_code:  # a plain office sealed now, or the code used on the command line
            RecoveryCodeDialog(store.new_recovery_code, self.window, store.path.name).exec()
            store.new_recovery_code = ""
        if store.plain_copies:
            from desktop_app.ui.security.plain_copies import offer_to_seal

            offer_to_seal(self.window, services, store.plain_copies)
        if self._new_file:
            self._new_file = False
            if self._guided_setup:  # an empty office; its password was set before it was created
                from desktop_app.ui.setup_wizard import SetupWizard

                SetupWizard(services, self.languages, self.window).exec()  # what was saved stays on Cancel
                self.prefs.set("language", self.languages.language)
        return True

    def _after_attach(self, services: Services) -> None:
        from desktop_app.ui.security.idle_lock import IdleLock
        from desktop_app.ui.security.menu import SecurityMenu

        assert self.window is not None
        security = services.security
        idle_lock = IdleLock(self.window, security.verify, security.idle_minutes(), can_lock=security.has_password)
        self._idle_lock = idle_lock
        SecurityMenu(self.window, security, idle_lock, self.window.bus)
        self._daily.start()
        if services.store.warnings:
            text = "\n".join(m.render(qt_translate) for m in services.store.warnings)
            QTimer.singleShot(0, lambda: QMessageBox.warning(self.window, self.tr("Backups"), text))

    def _daily_backup(self) -> None:
        if self.services is not None and self.services.backup.daily_due():
            self.services.backup.automatic("daily")

    def _stop_lock(self) -> None:
        if self._idle_lock is not None:
            self._idle_lock.stop()
            self._idle_lock = None

    def _close_services(self) -> None:
        """Close the open database, after the copy made on exit."""
        if self.services is None:
            return
        services, self.services = self.services, None
        try:
            services.backup.automatic("exit")
        finally:
            services.close()

    def _ask_credential(self, db: Path) -> Credential | None:
        """The password dialog for `db` (or, for a new or password-less plain office, the one that sets it)."""
        from desktop_app.services.security import OfficeGate
        from desktop_app.ui.security.password_dialogs import PasswordPromptDialog, SetPasswordDialog

        if self._credential is not None:
            credential, self._credential = self._credential, None
            return credential
        gate = OfficeGate(db)
        if gate.has_password():
            dialog: QDialog = PasswordPromptDialog(gate, self.window, demo=gate.is_demo())
        else:  # a new office, or a plain one that never had a password: it is sealed with this one
            dialog = SetPasswordDialog(gate, self.window, sealing=gate.exists())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return gate.credential

    def _open_store(self, db: Path) -> Store | None:
        from desktop_app.storage.database import DatabaseDamagedError, open_store

        try:
            credential = self._ask_credential(db)
            if credential is None:
                return None
            return open_store(db, credential, backup_on_start=True)
        except ValidationError as exc:
            show_error(self.window, exc)
            return None
        except DatabaseDamagedError as exc:
            return self._offer_backup(self._newest_copy(exc))
        except StorageError as exc:
            show_error(self.window, exc)
            return None

    def _newest_copy(self, exc: DatabaseDamagedError) -> DatabaseDamagedError:
        """Also look in the backup folder the user chose (remembered in prefs, e.g. the USB drive)."""
        from desktop_app.storage.backup import newest_sound_backup

        folder = self.prefs.get("backup_folder")
        other = newest_sound_backup(Path(folder), exc.path.stem, exc.key) if folder else None
        if other is not None and (exc.backup is None or other.stat().st_mtime > exc.backup.stat().st_mtime):
            exc.backup = other
        return exc

    def _offer_backup(self, exc: DatabaseDamagedError) -> Store | None:
        from desktop_app.storage.database import open_store
        from desktop_app.storage.keyring import Sealing, key_path, read_header

        text = error_text(exc)
        if exc.backup is None:
            QMessageBox.critical(self.window, self.tr("Damaged database"),
                                 text + "\n\n" + self.tr("No good backup copy was found."))
            return None
        stamp = datetime.fromtimestamp(exc.backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        answer = QMessageBox.question(
            self.window, self.tr("Damaged database"),
            text + "\n\n" + self.tr("Open the newest good copy, made {when}? "
                                    "The damaged file is kept aside, not deleted.").format(when=stamp))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        from desktop_app.storage.damaged import put_copy_in_place, set_aside

        aside = set_aside(exc.path)  # with its -wal and -shm, untouched: nothing committed is lost
        if key_path(exc.path).is_file():  # the damaged file keeps a copy of its key file beside it
            shutil.copy2(key_path(exc.path), key_path(aside))
        put_copy_in_place(exc.backup, exc.path)
        if key_path(exc.backup).is_file():  # a sealed copy carries its key file (the office's wraps)
            shutil.copy2(key_path(exc.backup), key_path(exc.path))
        try:
            if exc.key is not None:  # the damage was found after unlocking: the copy opens with the same key
                return open_store(exc.path, Sealing(exc.key.data_key, read_header(exc.path)), backup_on_start=True)
            credential = self._ask_credential(exc.path)
            return open_store(exc.path, credential, backup_on_start=True) if credential is not None else None
        except (StorageError, ValidationError) as again:
            show_error(self.window, again)
            return None

    def _open_other(self, path: str, notice: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open database"), "",
                                                  self.tr("Bagalau database (*.sqlite *.db)"))
            if not path:
                return
        if self.open(Path(path)) and notice and self.window is not None:
            self._show_notice(notice)

    def _show_notice(self, text: str) -> None:
        """What the old window said last (e.g. "Restored…") on the new one, until the user closes it: the
        old window and its status line are gone with the reopen. Not blocking: the pages load meanwhile.
        The backups page's restore is the only sender, hence the title."""
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("openNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
