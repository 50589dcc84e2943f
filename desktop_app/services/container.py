"""The services a window is given. Built once per open database by the composition root.

Each area of the program adds its service as a field here and one line in `build_services`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.audit import AuditService
from desktop_app.services.backup import BackupService
from desktop_app.services.calendar import CalendarService
from desktop_app.services.calibration import CalibrationService
from desktop_app.services.dashboard import DashboardService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.methodology import MethodologyService
from desktop_app.services.quarter import QuarterService
from desktop_app.services.retention import RetentionService
from desktop_app.services.security import SecurityService
from desktop_app.services.staff import StaffService
from desktop_app.storage.database import Store
from desktop_app.storage.sealing import Credential


@dataclass
class Services:
    """Everything the UI and the CLI may call for one open database."""

    store: Store
    calendar: CalendarService
    staff: StaffService
    methodology: MethodologyService
    calibration: CalibrationService
    quarter: QuarterService
    evaluation: EvaluationService
    dashboard: DashboardService
    backup: BackupService
    security: SecurityService
    audit: AuditService
    retention: RetentionService

    def close(self) -> None:
        self.store.close()


def build_services(store: Store) -> Services:
    calendar = CalendarService(store)  # one office calendar, shared by every area that counts working days
    methodology = MethodologyService(store)
    quarter = QuarterService(store, calendar, methodology.version_in_force, methodology.find)
    evaluation = EvaluationService(quarter)
    calibration = CalibrationService(store, calendar, evaluation, methodology)
    _mark_documents_with_the_audit_head(store)
    return Services(
        store=store,
        calendar=calendar,
        staff=StaffService(store),
        methodology=methodology,
        calibration=calibration,
        quarter=quarter,
        evaluation=evaluation,
        dashboard=DashboardService(evaluation, more=[calibration.due_items]),
        backup=BackupService(store),
        security=SecurityService(store),
        audit=AuditService(store),
        retention=RetentionService(store),
    )


def open_services(path: Path, credential: Credential | str) -> Services:
    """Open the office file at `path` with `credential` (storage/sealing.py; a str is the password) and
    wire its services (for tools that run without the window)."""
    from desktop_app.storage.database import open_store
    from desktop_app.storage.sealing import Password

    return build_services(open_store(path, Password(credential) if isinstance(credential, str) else credential))


def _mark_documents_with_the_audit_head(store: Store) -> None:
    """Every document printed from now on carries the newest audit entry's number and hash."""
    from desktop_app.reports.audit_mark import set_audit_mark_provider
    from desktop_app.storage.backup import audit_head

    set_audit_mark_provider(lambda: audit_head(store.db.conn))
