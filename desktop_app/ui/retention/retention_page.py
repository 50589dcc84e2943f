"""Retention page (key "retention"): quarters whose documents passed the three-year term (001 §12),
moved to an archive file or destroyed — always with the printed act, in the same action."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.services.retention import ActResult, RetentionItem, RetentionService
from desktop_app.ui.cells import is_checked
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.documents import choose_document_language
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind


class RetentionPage(Retranslatable, QWidget):
    # Destroying documents removes quarters' sheets and appeals (their retention period is over).
    shows = frozenset({Area.QUARTER, Area.EVALUATION, Area.CALIBRATION, Area.RETENTION})

    def __init__(self, retention: RetentionService, ctx: PageContext | None = None) -> None:
        super().__init__()
        self.retention = retention
        self.ctx = own_context(self, ctx)
        self.items: list[RetentionItem] = []
        self._acts: list[tuple] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("retentionTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("retentionEncrypt")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("retentionArchive")
        self.archive_button.clicked.connect(lambda: self.run("archive"))
        self.destroy_button = QPushButton()
        self.destroy_button.setObjectName("retentionDestroy")
        self.destroy_button.clicked.connect(lambda: self.run("destroy"))
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.acts_label = QLabel()
        self.acts = QTableWidget(0, 5)
        self.acts.setObjectName("retentionActs")
        self.acts.verticalHeader().hide()
        self.acts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.acts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QHBoxLayout()
        for w in (self.archive_button, self.destroy_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        # the option on a line of its own: beside the buttons its long label made the page wider than 1366
        layout.addWidget(self.encrypt)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.acts_label)
        layout.addWidget(self.acts, 1)
        bind(self, "F5", lambda: self.refresh())   # keyboard
        self.retranslate()
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the quarters and the acts from the database, then show them."""
        self.items = self.retention.items(today)
        self._acts = self.retention.acts()
        self.table.setRowCount(0)   # fresh data: no tick carries over
        self._render()

    def _render(self) -> None:
        """Show what `refresh` read (also on a language switch: no database access); keeps the ticks."""
        ticked = set(self.checked_ids()) if self.table.rowCount() == len(self.items) else set()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            check = QTableWidgetItem(f"{item.year} — {item.quarter}")
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if item.due else Qt.ItemFlag(0))
            check.setFlags(flags)
            if item.due:
                check.setCheckState(Qt.CheckState.Checked if item.quarter_id in ticked else Qt.CheckState.Unchecked)
            values = [f"{item.completed_on:%d.%m.%Y}", f"{item.term_ends:%d.%m.%Y}", str(item.evaluations),
                      self.tr("may leave") if item.due else self.tr("keep")]
            self.table.setItem(row, 0, check)
            for col, value in enumerate(values, 1):
                self.table.setItem(row, col, QTableWidgetItem(value))
        acts = self._acts
        self.acts.setRowCount(len(acts))
        for row, (number, kind, made_on, quarters, _rows, archive) in enumerate(acts):
            kind_text = self.tr("archived") if kind == "archive" else self.tr("destroyed")
            for col, value in enumerate([str(number), date.fromisoformat(made_on).strftime("%d.%m.%Y"), kind_text,
                                         quarters, Path(archive).name if archive else "—"]):
                self.acts.setItem(row, col, QTableWidgetItem(value))

    def checked_ids(self) -> list[int]:
        return [self.items[r].quarter_id for r in range(self.table.rowCount())
                if is_checked(self.table, r)]

    def run(self, kind: str, *, archive_path: Path | None = None, act_path: Path | None = None,
            lang: str | None = None, password: str | None = None) -> ActResult | None:
        """Ask what is needed (tests pass it in), then archive or destroy with the act."""
        ids = self.checked_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Retention"), self.tr("Tick the quarters to move out first."))
            return None
        if kind == "destroy" and act_path is None:
            question = self.tr("Destroy the evaluation documents of the ticked quarters? They are removed from "
                               "the office file; only the act remains.")
            if QMessageBox.question(self, self.tr("Retention"), question) != QMessageBox.StandardButton.Yes:
                return None
        if kind == "archive" and archive_path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Archive file"), f"bagalau-archive-{date.today()}.sqlite",
                                                  self.tr("Bagalau archive (*.sqlite)"))
            if not name:
                return None
            archive_path = Path(name)
            if self.encrypt.isChecked():
                password, ok = QInputDialog.getText(self, self.tr("Archive file"), self.tr("Password:"),
                                                    QLineEdit.EchoMode.Password)
                if not ok or not password:
                    return None
        lang = lang or choose_document_language(self)
        if not lang:
            return None
        if act_path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the act"), "retention-act.pdf",
                                                  self.tr("PDF documents (*.pdf)"))
            if not name:
                return None
            act_path = Path(name)
        try:
            result = self.retention.remove(ids, kind, act_path, lang, archive_path=archive_path, password=password)
        except BagalauError as exc:
            show_error(self, exc)
            return None
        self.ctx.announce(Area.RETENTION, Area.QUARTER, Area.EVALUATION, Area.CALIBRATION)   # refreshes this page
        self.status.setText(self.tr("Act No. {n} saved to {file}.").format(n=result.number, file=result.act_path))
        return result

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Evaluation documents are kept three years from the day the evaluation was "
                                   "completed (Methodology, item 12). Quarters past that term may be moved to an "
                                   "archive file or destroyed; an act is printed in the same action."))
        self.table.setHorizontalHeaderLabels([self.tr("Year — quarter"), self.tr("Completed"),
                                              self.tr("Keep until"), self.tr("Evaluations"), self.tr("State")])
        self.acts.setHorizontalHeaderLabels([self.tr("Act No."), self.tr("Date"), self.tr("Kind"),
                                             self.tr("Quarters"), self.tr("Archive file")])
        self.acts_label.setText(self.tr("Acts"))
        if self.items or self._acts:
            self._render()  # state words in the table
        self.encrypt.setText(self.tr("Encrypt the archive with its own password (otherwise it opens with the "
                                     "office's password or recovery code)"))
        self.archive_button.setText(self.tr("Move to an archive file…"))
        self.destroy_button.setText(self.tr("Destroy…"))
