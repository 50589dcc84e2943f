"""Dialogs of closing a quarter and of moving many sheets: the reasons a quarter stays open, the reason
for reopening it, and the sheets a batch could not move."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.reasons import MATTERS, SHEETS, Reason, reason_lines
from desktop_app.services.evaluation import BatchRefusal
from desktop_app.services.quarter import QuarterNotClosable
from desktop_app.ui.i18n import LiveTexts, Retranslatable, qt_translate
from desktop_app.ui.screen import fit_to_screen


class ReasonsDialog(Retranslatable, QDialog):
    """A heading and one line per reason: "59 листов: …" with the names folded under it (one name: "Name:
    reason"). The messages are kept and rendered again on a language switch (QA B15)."""

    def __init__(self, title: Callable[[], str], heading: Callable[[], str], items: Sequence[Reason],
                 count_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonsDialog")
        self._title, self._heading, self._items, self._count_text = title, heading, list(items), count_text
        self.heading = QLabel()
        self.heading.setObjectName("reasonsHeading")
        self.heading.setWordWrap(True)
        self.lines = QTreeWidget()
        self.lines.setObjectName("reasons")
        self.lines.setHeaderHidden(True)
        # A reason is a whole sentence: wrapped in the dialog's width, never cut with "…".
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines.header().setStretchLastSection(False)
        self.lines.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setUniformRowHeights(False)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addWidget(box)
        self.retranslate()
        fit_to_screen(self, 760, 420)

    def texts(self) -> list[str]:
        """The shown lines, top level only (what a user reads without unfolding)."""
        return [self._top(i).text(0) for i in range(self.lines.topLevelItemCount())]

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.heading.setText(self._heading())
        self.lines.clear()
        for line, names in reason_lines(self._items, qt_translate, self._count_text):
            top = QTreeWidgetItem(self.lines, [line])
            if names:
                top.setToolTip(0, ", ".join(names))
            for name in names:
                QTreeWidgetItem(top, [name])
        self._fit_rows()

    def _fit_rows(self) -> None:
        """A tree view sizes a row before it knows its width, so a long reason would stay one cut line:
        give each reason the height of its text wrapped in the column's width."""
        width = max(self.lines.viewport().width() - self.lines.indentation() - 12, 200)
        metrics = self.lines.fontMetrics()
        for i in range(self.lines.topLevelItemCount()):
            item = self._top(i)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text(0))
            item.setSizeHint(0, QSize(width, box.height() + 6))
        self.lines.doItemsLayout()

    def _top(self, i: int) -> QTreeWidgetItem:
        item = self.lines.topLevelItem(i)
        if item is None:   # i < topLevelItemCount(): only a programming error gets here
            raise LookupError(f"no top-level line {i}")
        return item

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()


def close_refused(exc: QuarterNotClosable, parent: QWidget | None) -> ReasonsDialog:
    return ReasonsDialog(lambda: QCoreApplication.translate("ReasonsDialog", "The quarter stays open"),
                         lambda: exc.render(qt_translate), exc.problems, MATTERS, parent)


def batch_refused(refused: Sequence[BatchRefusal], moved: int, parent: QWidget | None) -> ReasonsDialog:
    def heading() -> str:
        if moved == 0:
            return QCoreApplication.translate("ReasonsDialog", "No sheet moved:")
        return QCoreApplication.translate("ReasonsDialog", "Sheets moved: {moved}. Not moved: {refused}, "
                                                           "for these reasons:").format(moved=moved,
                                                                                        refused=len(refused))
    return ReasonsDialog(lambda: QCoreApplication.translate("ReasonsDialog", "Some sheets did not move"), heading,
                         refused, SHEETS, parent)


class ReopenDialog(LiveTexts, QDialog):
    """Reopening a closed quarter needs a written reason; it is kept in the audit log."""

    def __init__(self, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.live(self.setWindowTitle, title)
        label = QLabel()
        self.live(label.setText, lambda: self.tr("Why is the closed quarter reopened? The reason is kept in the "
                                                 "audit log."))
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
