"""Showing refusals and failures to the user, in the interface language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.i18n import qt_translate


def error_text(exc: BagalauError) -> str:
    return exc.render(qt_translate)


def show_error(parent: QWidget | None, exc: BagalauError, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Bagalau"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
