"""The running program: language, the open database and its main window; opening another file."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.domain.errors import StorageError
from desktop_app.prefs import Prefs
from desktop_app.services.container import Services, build_services
from desktop_app.storage.database import DatabaseDamagedError, open_store
from desktop_app.ui.errors import error_text, show_error
from desktop_app.ui.i18n import LanguageManager
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.welcome import WelcomeDialog


class BagalauApplication(QObject):
    def __init__(self, prefs: Prefs, language: str | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self.languages = LanguageManager(self)
        self.languages.set_language(language or prefs.language or "kk")
        self.window: MainWindow | None = None
        self.services: Services | None = None

    def start(self, db: Path) -> bool:
        if not db.exists():
            dialog = WelcomeDialog(self.languages)
            if not dialog.exec():
                return False
            self.prefs.set("language", self.languages.language)
            db.parent.mkdir(parents=True, exist_ok=True)
            if dialog.choice == WelcomeDialog.DEMO:
                from desktop_app.demo import write_demo

                write_demo(db)
        return self.open(db)

    def open(self, db: Path) -> bool:
        try:
            store = open_store(db)
        except DatabaseDamagedError as exc:
            store = self._offer_backup(exc)
            if store is None:
                return False
        except StorageError as exc:
            show_error(None, exc)
            return False
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.services is not None:
            self.services.close()
        self.services = build_services(store)
        self.window = MainWindow(self.services, self.languages, self.prefs)
        self.window.open_database_requested.connect(self._open_other)
        self.prefs.set("last_db", str(db))
        self.window.show()
        return True

    def _offer_backup(self, exc: DatabaseDamagedError):  # type: ignore[no-untyped-def]
        text = error_text(exc)
        if exc.backup is None:
            QMessageBox.critical(None, self.tr("Damaged database"),
                                 text + "\n\n" + self.tr("No good backup copy was found."))
            return None
        stamp = datetime.fromtimestamp(exc.backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        answer = QMessageBox.question(
            None, self.tr("Damaged database"),
            text + "\n\n" + self.tr("Open the newest good copy, made {when}? "
                                    "The damaged file is kept aside, not deleted.").format(when=stamp))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        aside = exc.path.with_name(f"{exc.path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        exc.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            exc.path.with_name(exc.path.name + suffix).unlink(missing_ok=True)
        shutil.copy2(exc.backup, exc.path)
        try:
            return open_store(exc.path)
        except StorageError as again:
            show_error(None, again)
            return None

    def _open_other(self, path: str) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open database"), "",
                                                  self.tr("Bagalau database (*.sqlite *.db)"))
            if not path:
                return
        self.open(Path(path))
