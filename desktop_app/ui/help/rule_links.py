"""A wrapped line of links to several rules ("Rules: Title (001 §7) · Title (002 §21)"), placed where they act."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.links import show_rule_help
from desktop_app.ui.help.rule_map import rule_links_html, rule_of_link
from desktop_app.ui.i18n import Retranslatable


class RuleLinks(Retranslatable, QLabel):
    """Word-wrapped, so long Kazakh titles never widen the page; follows language switches."""

    def __init__(self, rule_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule_ids = list(rule_ids)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda link: show_rule_help(self, rule_of_link(link) or None))
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Rules:") + " " + rule_links_html(self.rule_ids, interface_language()))
