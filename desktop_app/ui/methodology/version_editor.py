"""The editor of one methodology version: tabs for general data and deadlines, grade bands, sheets,
the bonus scale and the penalty rules. `current()` gives the edited version (not yet saved)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from desktop_app.domain.methodology.model import Methodology
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.bands_tab import BandsTab
from desktop_app.ui.methodology.general_tab import GeneralTab
from desktop_app.ui.methodology.penalty_tab import PenaltyTab
from desktop_app.ui.methodology.scale_tab import BonusScaleTab
from desktop_app.ui.methodology.sheets_tab import SheetsTab


def _scroll(w: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(w)
    return area


class VersionEditor(Retranslatable, QTabWidget):
    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionEditor")
        self.general = GeneralTab()
        self.bands = BandsTab()
        self.sheets = SheetsTab()
        self.scale = BonusScaleTab(lang)
        self.penalties = PenaltyTab(lang)
        self.tabs = (self.general, self.bands, self.sheets, self.scale, self.penalties)
        for tab in self.tabs:
            self.addTab(_scroll(tab) if tab in (self.general, self.sheets, self.penalties) else tab, "")
        self.original: Methodology | None = None
        self.retranslate()

    def load(self, m: Methodology) -> None:
        self.original = m
        for tab in self.tabs:
            tab.load(m)

    def current(self) -> Methodology:
        """The version as edited; a table cell that is not a number raises ValueError."""
        if self.original is None:
            raise ValueError("nothing loaded")
        m = self.original
        for tab in self.tabs:
            m = tab.apply(m)
        return m

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("General and deadlines"), self.tr("Grade bands"),
                                  self.tr("Evaluation sheets"), self.tr("Bonus scale"), self.tr("Penalty points"))):
            self.setTabText(i, text)
