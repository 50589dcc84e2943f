"""The pages of the main window, in navigation order. Each area adds its `PageSpec` here.

Titles are functions so that they are re-read after a language switch; factories receive the
services and the main window and are called the first time the page is shown (fast start-up).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.container import Services
    from desktop_app.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[["Services", "MainWindow"], QWidget]
    shortcut: str = ""


def _staff_page(services: "Services", window: "MainWindow") -> QWidget:
    from desktop_app.ui.staff.staff_page import StaffPage

    return StaffPage(services, window)


def _structure_page(services: "Services", window: "MainWindow") -> QWidget:
    from desktop_app.ui.staff.structure_page import StructurePage

    return StructurePage(services, window)


def _organisation_page(services: "Services", window: "MainWindow") -> QWidget:
    from desktop_app.ui.staff.organisation_page import OrganisationPage

    return OrganisationPage(services, window)


def default_pages() -> list[PageSpec]:
    pages: list[PageSpec] = []
    pages.append(PageSpec("staff", lambda: QCoreApplication.translate("Navigation", "Staff"),
                          _staff_page, "Ctrl+1"))
    pages.append(PageSpec("structure", lambda: QCoreApplication.translate("Navigation", "Units and positions"),
                          _structure_page))
    pages.append(PageSpec("organisation", lambda: QCoreApplication.translate("Navigation", "Organisation"),
                          _organisation_page))
    return pages
