"""Factories of the issue-6 pages (backups, audit log, retention), called by ui/pages.py on first show."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.container import Services
    from desktop_app.ui.main_window import MainWindow


def backups(services: Services, window: MainWindow) -> QWidget:
    from desktop_app.ui.backups.backups_page import BackupsPage

    page = BackupsPage(services.backup)
    page.reopen_requested.connect(window.open_database_requested.emit)
    page.settings_saved.connect(lambda folder: window.prefs.set("backup_folder", folder))
    return page


def audit(services: Services, window: MainWindow) -> QWidget:
    from desktop_app.ui.audit.audit_page import AuditPage

    page = AuditPage(services.audit)
    window.data_changed.connect(lambda _area: page.reload() if page.isVisible() else None)
    return page


def retention(services: Services, window: MainWindow) -> QWidget:
    from desktop_app.ui.retention.retention_page import RetentionPage

    page = RetentionPage(services.retention)
    window.data_changed.connect(lambda area: page.refresh() if area == "evaluation" else None)
    return page
