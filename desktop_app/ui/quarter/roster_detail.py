"""The roster tab's detail line: the whole decision of the selected employee, its rules, and — when nobody
can evaluate them (001 §16) — a link to where the evaluator outside corps "B" is written."""
from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.columns import HeaderMemory, wrap_header
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.rule_map import roster_rules, rule_links_html, rule_of_link
from desktop_app.ui.i18n import qt_translate
from desktop_app.ui.quarter.roster_model import SEARCH_ROLE, RosterTableModel

if TYPE_CHECKING:
    from desktop_app.prefs import Prefs
    from desktop_app.ui.quarter.quarter_page import QuarterPage



def show_roster_line(self: QuarterPage) -> None:
    """The whole decision of the current roster line: reason, rule, notes, override history."""
    idx = self.roster_view.currentIndex()
    if not idx.isValid():
        self.roster_detail.setText(QCoreApplication.translate("QuarterPage", "Choose a line to see the whole decision; double-click to "
                                           "override it."))
        set_help_rule(self.roster_view, "eligibility.worked_days")
        return
    line = self.roster_model.lines[self.roster_proxy.mapToSource(idx).row()]
    rules = roster_rules(line.decision)
    # F1 on the roster opens the rule of the selected decision (001 §3, §5, §6, §16, §17).
    set_help_rule(self.roster_view, rules[0] if rules else "eligibility.worked_days")
    parts = [f"<b>{line.employee.full_name(self.lang())}</b>", line.reason.render(qt_translate)]
    if line.decision.included:
        parts.append(line.rule.render(qt_translate))
    parts += [n.render(qt_translate) for n in line.notes]
    for rec in line.history:
        parts.append(QCoreApplication.translate("QuarterPage", "Override of {when}: {reason}").format(when=rec.created_at.replace("T", " "),
                                                                    reason=rec.reason))
    text = "<br>".join(html.escape(p) if i else p for i, p in enumerate(parts))
    if rules:
        text += "<br>" + QCoreApplication.translate("QuarterPage", "Rule (F1):") + " " + rule_links_html(rules, interface_language())
    if line.needs_evaluator:    # nobody to evaluate (001 §16): take the user to where it is set
        text += "<br><a href=\"set-evaluator\">" + html.escape(QCoreApplication.translate(
            "QuarterPage", "Write the evaluator outside corps \"B\" on the organisation card…")) + "</a>"
    self.roster_detail.setText(text)

def rule_link(self: QuarterPage, link: str) -> None:
    if link == "set-evaluator":
        page = self.ctx.open_page("organisation")
        box = getattr(page, "external_box", None)
        if box is not None:
            box.focus()
        return
    if rule_of_link(link):
        show_rule_help(self, rule_of_link(link))


class RosterTab(QWidget):
    """The roster tab: filter, override, the table with every decision, the detail of the selected one.

    The page keeps references to these widgets (`QuarterPage.roster_view`…); what they do is passed in."""

    def __init__(self, lang: str, prefs: Prefs | None, override: Callable[[], None],
                 current_changed: Callable[[], None], link: Callable[[str], None]) -> None:
        super().__init__()
        self.model = RosterTableModel(lang)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(SEARCH_ROLE)   # names match in either spelling
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setObjectName("rosterTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)   # units in order, as loaded
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        # The decision and its reason next to the name (the model's order stays: exports and tests use it).
        rh = self.view.horizontalHeader()
        rh.moveSection(rh.visualIndex(RosterTableModel.REASON), rh.visualIndex(RosterTableModel.DECISION) + 1)
        # Ten columns do not all fit 1280 px: a squeezed header wraps, and its tooltip is whole.
        wrap_header(self.view)
        self.columns = HeaderMemory(self.view, prefs, "quarter.roster")
        self.view.doubleClicked.connect(lambda *_: override())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: current_changed())
        self.filter = QLineEdit()
        self.filter.setObjectName("rosterFilter")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.override_button = QPushButton()
        self.override_button.setObjectName("override")
        self.override_button.clicked.connect(lambda *_: override())
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.detail = QLabel()
        self.detail.setObjectName("rosterDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setStyleSheet("QLabel { background: #fafafa; border: 1px solid #ddd; padding: 6px; }")
        self.detail.setMinimumHeight(64)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.detail.linkActivated.connect(link)
        rl = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.override_button)
        rl.addLayout(bar)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.detail)
        rl.addWidget(self.summary)
