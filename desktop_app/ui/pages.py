"""The pages of the main window, in navigation order. Each area adds its `PageSpec` here.

One way to build a page: its factory receives the services (from which it hands the page only the ones the
page uses) and the `PageContext` (change bus, language, prefs, how to open another page) — never the main
window. Factories are called the first time the page is shown (fast start-up). Each page class declares
the areas it shows (`shows`, ui/changes.py) and has `refresh()`; the window's change bus calls it.
Titles are functions so that they are re-read after a language switch.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.container import Services
    from desktop_app.ui.changes import PageContext


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


PageFactory = Callable[["Services", "PageContext"], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: PageFactory
    shortcut: str = ""


def _staff_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.staff.staff_page import StaffPage

    return StaffPage(services.staff, ctx)


def _structure_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.staff.structure_page import StructurePage

    return StructurePage(services.staff, ctx)


def _organisation_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.staff.organisation_page import OrganisationPage

    return OrganisationPage(services.staff, ctx, external=services.quarter)


def _dashboard_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.dashboard.dashboard_page import DashboardPage

    page = DashboardPage(services.dashboard)

    def open_page(key: str, quarter_id: int) -> None:
        target = ctx.open_page(key)
        if quarter_id and target is not None and hasattr(target, "reload"):
            target.reload(select=quarter_id)

    page.open_requested.connect(open_page)
    return page


def _quarter_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    def documents(kind: str, quarter_id: int, evaluation_ids: list[int] | None = None) -> object:
        from desktop_app.ui import evaluation_printing as printing

        if kind == "summary_xlsx":
            q = services.quarter.quarter(quarter_id)
            return printing.export_summary(page, services, q.year, q.quarter)
        if kind == "sheets" and evaluation_ids:      # the rows selected in the entry grid
            return printing.print_sheets_of(page, services, quarter_id, evaluation_ids)
        return getattr(printing, f"print_{kind}_of")(page, services, quarter_id)

    page = QuarterPage(services.quarter, services.evaluation, ctx.language, documents=documents, ctx=ctx)
    return page


def _annual_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.annual.annual_page import AnnualPage

    def documents(kind: str, year: int) -> object:
        from desktop_app.ui import evaluation_printing as printing

        if kind == "annual_xlsx":
            return printing.export_annual(page, services, year)
        return printing.print_annual(page, services, year)

    page = AnnualPage(services.evaluation, services.calendar, ctx.language, documents=documents)
    return page


def _calendar_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.calendar.calendar_page import CalendarPage

    return CalendarPage(services.calendar, ctx=ctx)


def _statistics_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.statistics.statistics_page import build_statistics_page

    page = build_statistics_page(services, ctx)
    page.refresh()
    return page


def _methodology_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.methodology.page import MethodologyPage

    return MethodologyPage(services.methodology, ctx.language, ctx=ctx)


def _appeals_page(services: Services, ctx: PageContext) -> QWidget:
    from desktop_app.ui.calibration.appeals_page import AppealsPage

    return AppealsPage(services.calibration, ctx=ctx)


def _safety_page(name: str) -> PageFactory:
    """Backups, audit log and retention pages; built in ui/security/page_factories.py."""
    def factory(services: Services, ctx: PageContext) -> QWidget:
        from desktop_app.ui.security import page_factories

        return getattr(page_factories, name)(services, ctx)
    return factory


def default_pages() -> list[PageSpec]:
    """The navigation in order. Titles stay literal `translate` calls so that lupdate finds them."""
    def tr(text: object) -> Callable[[], str]:
        # QT_TRANSLATE_NOOP returns its source text unchanged; PySide6's stub types that result as `object`
        source = cast(str, text)
        return lambda: QCoreApplication.translate("Navigation", source)

    return [
        PageSpec("dashboard", tr(QT_TRANSLATE_NOOP("Navigation", "Dashboard")), _dashboard_page, "Ctrl+0"),
        PageSpec("staff", tr(QT_TRANSLATE_NOOP("Navigation", "Staff")), _staff_page, "Ctrl+1"),
        PageSpec("structure", tr(QT_TRANSLATE_NOOP("Navigation", "Units and positions")), _structure_page,
                 "Ctrl+8"),
        PageSpec("organisation", tr(QT_TRANSLATE_NOOP("Navigation", "Organisation")), _organisation_page,
                 "Ctrl+9"),
        PageSpec("quarter", tr(QT_TRANSLATE_NOOP("Navigation", "Quarter evaluation")), _quarter_page, "Ctrl+2"),
        PageSpec("annual", tr(QT_TRANSLATE_NOOP("Navigation", "Annual results")), _annual_page, "Ctrl+3"),
        PageSpec("calendar", tr(QT_TRANSLATE_NOOP("Navigation", "Calendar")), _calendar_page, "Ctrl+4"),
        PageSpec("statistics", tr(QT_TRANSLATE_NOOP("Navigation", "Statistics")), _statistics_page, "Ctrl+5"),
        PageSpec("methodology", tr(QT_TRANSLATE_NOOP("Navigation", "Methodology")), _methodology_page,
                 "Ctrl+6"),
        PageSpec("appeals", tr(QT_TRANSLATE_NOOP("Navigation", "Appeals and calibration")), _appeals_page,
                 "Ctrl+7"),
        PageSpec("backups", tr(QT_TRANSLATE_NOOP("Navigation", "Backups")), _safety_page("backups"),
                 "Ctrl+Alt+1"),
        PageSpec("audit", tr(QT_TRANSLATE_NOOP("Navigation", "Audit log")), _safety_page("audit"), "Ctrl+Alt+2"),
        PageSpec("retention", tr(QT_TRANSLATE_NOOP("Navigation", "Retention")), _safety_page("retention"),
                 "Ctrl+Alt+3"),
    ]
