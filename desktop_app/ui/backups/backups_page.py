"""Backups page (key "backups"): where and how many copies, "Back up now", and restoring a copy (001 §12)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import fixed
from desktop_app.domain.records import BackupSummary
from desktop_app.services.backup import BackupService
from desktop_app.services.restore_checks import OtherOrganisationError
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.progress import ProgressSink, run_with_progress

_Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(QAbstractTableModel):
    WHEN, SIZE, STAFF, EVALUATIONS, STATE, FILE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BackupSummary] = []

    def set_rows(self, rows: list[BackupSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 6

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self.rows[index.row()]
        state = (self.tr("encrypted") if b.encrypted else self.tr("sound") if b.sound else self.tr("DAMAGED"))
        def count(n: int | None) -> str:
            return "—" if n is None else str(n)
        return [b.modified.strftime("%d.%m.%Y %H:%M"), self.size_text(b.size), count(b.staff), count(b.evaluations),
                state, b.path.name][index.column()]

    def size_text(self, n: int) -> str:
        """«1,8 МБ»: the unit in the interface language and the decimal comma of both (not «1.8 MB»)."""
        if n >= 1024 * 1024:
            return self.tr("{n} MB").format(n=fixed(n / 1024 / 1024, 1))
        return self.tr("{n} KB").format(n=fixed(n / 1024, 0))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Made"), self.tr("Size"), self.tr("Staff"), self.tr("Evaluations"), self.tr("State"),
                self.tr("File")][section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)


class BackupsPage(Retranslatable, QWidget):
    #: After a restore the application reopens the file so that every page shows the restored data
    #: (path, and the confirmation the reopened window shows: this page is gone with the old window).
    reopen_requested = Signal(str, str)
    #: The chosen folder, remembered outside the database too: a damaged file cannot tell where it is.
    settings_saved = Signal(str)

    shows = frozenset({Area.BACKUPS})

    def __init__(self, backup: BackupService, ctx: PageContext | None = None) -> None:
        super().__init__()
        self.backup = backup
        self.ctx = own_context(self, ctx)
        self.group = QGroupBox()
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 1000)
        self.daily = QCheckBox()
        self.daily.setObjectName("backupDaily")
        self.save = QPushButton()
        self.save.setObjectName("backupSave")
        self.save.clicked.connect(self._save_settings)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.folder_label, self.keep_label = QLabel(), QLabel()
        self.keep.setMaximumWidth(120)
        save_row = QHBoxLayout()
        save_row.addWidget(self.daily)
        save_row.addStretch(1)
        save_row.addWidget(self.save)
        self.form = QFormLayout(self.group)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow(self.keep_label, self.keep)
        self.form.addRow(save_row)
        self.now = QPushButton()
        self.now.setObjectName("backupNow")
        self.now.clicked.connect(lambda: self.back_up_now(encrypted=False))
        self.sealed = QPushButton()
        self.sealed.setObjectName("backupEncrypted")
        self.sealed.clicked.connect(lambda: self.back_up_now(encrypted=True))
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.model = BackupTableModel()
        self.view = QTableView()
        self.view.setObjectName("backupView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(BackupTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for b in (self.now, self.sealed, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._load_settings()
        self.retranslate()
        self.refresh()

    # -- settings ------------------------------------------------------------------------------
    def _load_settings(self) -> None:
        s = self.backup.settings()
        self.folder.setText(str(s.folder))
        self.keep.setValue(s.keep)
        self.daily.setChecked(s.daily)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _save_settings(self) -> None:
        try:
            self.backup.save_settings(Path(self.folder.text().strip()), self.keep.value(), self.daily.isChecked())
        except BagalauError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Settings saved."))
        self.settings_saved.emit(self.folder.text().strip())
        self.ctx.announce(Area.BACKUPS)   # refreshes this page; the audit log shows the change

    # -- actions -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_rows(self.backup.list())

    def _ask_password(self, title: str, confirm: bool) -> str | None:
        first, ok = QInputDialog.getText(self, title, self.tr("Password:"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, title, self.tr("Repeat it:"), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                QMessageBox.warning(self, title, self.tr("The two passwords differ."))
                return None
        return first

    def back_up_now(self, encrypted: bool, password: str | None = None) -> Path | None:
        """Make a copy with a progress dialog and Cancel; None when refused or cancelled."""
        title = self.tr("Encrypted copy") if encrypted else self.tr("Back up now")
        if encrypted and password is None:
            password = self._ask_password(title, confirm=True)
            if password is None:
                return None
        secret = password if encrypted else None

        def job(sink: ProgressSink) -> Path:
            return self.backup.back_up(password=secret, progress=sink.step)

        try:
            # In the GUI thread: the sqlite3 connection belongs to the thread that opened it.
            path = run_with_progress(self, title, job)
        except BagalauError as exc:
            show_error(self, exc)
            return None
        if path is None:
            self.status.setText(self.tr("Copy cancelled: nothing was written."))
            return None
        self.status.setText(self.tr("Copy made and verified: {file}").format(file=path))
        self.ctx.announce(Area.BACKUPS)
        return path

    def selected(self) -> BackupSummary | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            QMessageBox.information(self, self.tr("Restore"), self.tr("Choose a copy in the list first."))
            return False
        question = self.tr("Replace the current data with the copy made {when}?\n\nThe current data are "
                           "kept aside as a copy first, so this can be undone.").format(
            when=chosen.modified.strftime("%d.%m.%Y %H:%M"))
        if QMessageBox.question(self, self.tr("Restore"), question) != QMessageBox.StandardButton.Yes:
            return False
        password = None
        if chosen.encrypted:
            password = self._ask_password(self.tr("Encrypted copy"), confirm=False)
            if password is None:
                return False
        try:
            try:
                aside = self.backup.restore(chosen.path, password)
            except OtherOrganisationError as exc:  # never without a word
                ask = exc.render(qt_translate) + "\n\n" + self.tr("Restore this copy anyway?")
                if QMessageBox.question(self, self.tr("Restore"), ask) != QMessageBox.StandardButton.Yes:
                    return False
                aside = self.backup.restore(chosen.path, password, other_organisation_ok=True)
        except BagalauError as exc:
            show_error(self, exc)
            return False
        done = self.tr("Restored. The previous data are kept in {file}.").format(file=aside)
        self.status.setText(done)
        self.reopen_requested.emit(str(self.backup.store.path), done)
        return True

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.group.setTitle(self.tr("Automatic copies (on start, on exit and daily)"))
        self.folder_label.setText(self.tr("Folder (e.g. a USB drive):"))
        self.keep_label.setText(self.tr("Keep the last copies:"))
        self.browse.setText(self.tr("Choose…"))
        self.daily.setText(self.tr("Also once a day while the program runs"))
        self.save.setText(self.tr("Save settings"))
        self.now.setText(self.tr("Back up now"))
        self.sealed.setText(self.tr("Encrypted copy…"))
        self.restore_button.setText(self.tr("Restore…"))
        self.model.retranslate()
