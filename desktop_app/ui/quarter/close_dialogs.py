"""Dialogs of closing a quarter and of moving many sheets: the reasons a quarter stays open, the reason
for reopening it, and the sheets a batch could not move (issue 14)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.quarter_close import CloseProblem
from desktop_app.services.evaluation import BatchRefusal
from desktop_app.ui.i18n import qt_translate
from desktop_app.ui.screen import fit_to_screen


def _list(lines: Sequence[str], name: str) -> QListWidget:
    view = QListWidget()
    view.setObjectName(name)
    view.setWordWrap(True)
    view.addItems(list(lines))
    return view


class ReasonsDialog(QDialog):
    """A heading and one line per person and reason; used for a refused close and a partial batch."""

    def __init__(self, title: str, heading: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonsDialog")
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setObjectName("reasonsHeading")
        self.heading.setWordWrap(True)
        self.lines = _list(lines, "reasons")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addWidget(box)
        fit_to_screen(self, 760, 420)


def close_refused(problems: Sequence[CloseProblem], heading: str, lang: str, parent: QWidget | None) -> ReasonsDialog:
    lines = [f"{p.name(lang)}: {p.reason.render(qt_translate)}" for p in problems]
    return ReasonsDialog(QCoreApplication.translate("ReasonsDialog", "The quarter stays open"), heading, lines, parent)


def batch_refused(refused: Sequence[BatchRefusal], moved: int, lang: str, parent: QWidget | None) -> ReasonsDialog:
    heading = QCoreApplication.translate("ReasonsDialog", "Sheets moved: {moved}. Not moved: {refused} — each "
                                                          "with its reason:").format(moved=moved, refused=len(refused))
    lines = [f"{r.name(lang)}: {r.reason.render(qt_translate)}" for r in refused]
    return ReasonsDialog(QCoreApplication.translate("ReasonsDialog", "Some sheets did not move"), heading, lines,
                         parent)


class ReopenDialog(QDialog):
    """Reopening a closed quarter needs a written reason; it is kept in the audit log."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(title)
        label = QLabel(self.tr("Why is the closed quarter reopened? The reason is kept in the audit log."))
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(90)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(box)
        self.resize(520, 220)

    def value(self) -> str:
        return self.reason.toPlainText().strip()
