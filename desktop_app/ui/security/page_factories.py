"""Factories of the issue-6 pages (backups, audit log, retention), called by ui/pages.py on first show."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.container import Services
    from desktop_app.ui.changes import PageContext


def backups(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.backups.backups_page import BackupsPage

    page = BackupsPage(services.backup, ctx)
    page.reopen_requested.connect(ctx.open_database)
    if ctx.prefs is not None:
        prefs = ctx.prefs
        page.settings_saved.connect(lambda folder: prefs.set("backup_folder", folder))
    return page


def audit(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.audit.audit_page import AuditPage

    return AuditPage(services.audit)


def retention(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.retention.retention_page import RetentionPage

    return RetentionPage(services.retention, ctx)
