"""The "Rules and legal basis" window: every rule on the left with a search box, the chosen rule on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.rules_help import RuleHelp, all_rules, grouped, has_rule, rule, search
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.render import rule_html
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.screen import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole


class RuleHelpDialog(Retranslatable, QDialog):
    """Explains each rule in the interface language, with the act, its paragraph and the paragraph's words.

    Non-modal, so the user can keep it open next to the page where the rule acts. Follows run-time
    language switches.
    """

    def __init__(self, parent: QWidget | None = None, rule_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleHelpDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._rules = all_rules()
        self._current = ""

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ruleSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._refilter)
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("ruleList")
        self.rule_list.setWordWrap(True)
        self.rule_list.setSpacing(1)
        self.rule_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap long titles when resized
        self.rule_list.currentItemChanged.connect(self._item_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("ruleSearchEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.search_edit)
        left_box.addWidget(self.rule_list, 1)
        left_box.addWidget(self.empty_label)

        self.title_label = QLabel()
        self.title_label.setObjectName("ruleTitle")
        self.title_label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.reference_label = QLabel()
        self.reference_label.setObjectName("ruleReference")
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setObjectName("ruleBody")
        self.body.setOpenLinks(False)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(6, 0, 0, 0)
        right_box.addWidget(self.title_label)
        right_box.addWidget(self.reference_label)
        right_box.addWidget(self.body, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 640])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        box.addLayout(bottom)

        fit_to_screen(self, 1000, 620)
        self.retranslate()
        self.select_rule(rule_id if rule_id and has_rule(rule_id) else self._rules[0].id)

    # -- public ------------------------------------------------------------------------------
    def language(self) -> str:
        return interface_language()

    def current_rule_id(self) -> str:
        return self._current

    def visible_rule_ids(self) -> list[str]:
        items = (self.rule_list.item(i) for i in range(self.rule_list.count()))
        return [it.data(ID_ROLE) for it in items if it.data(ID_ROLE)]

    def select_rule(self, rule_id: str) -> None:
        """Show `rule_id`; clears a search that would hide it."""
        if rule_id not in self.visible_rule_ids():
            self.search_edit.clear()
        self._select_row_of(rule_id)
        self._show(rule_id)

    # -- list --------------------------------------------------------------------------------
    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a topic heading, not a rule: cannot be chosen
        font = QFont(self.rule_list.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().windowText())
        self.rule_list.addItem(item)

    def _add_rule(self, r: RuleHelp, lang: str, indent: bool) -> None:
        item = QListWidgetItem(("   " if indent else "") + r.title(lang))
        item.setData(ID_ROLE, r.id)
        item.setToolTip(r.reference(lang) or r.id)
        self.rule_list.addItem(item)

    def _fill(self, rules: list[RuleHelp], by_topic: bool) -> None:
        """The list: by topic with headings when not searching, else the hits, best first."""
        lang = self.language()
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        if by_topic:
            for title, members in grouped(tuple(rules)):
                if title is not None:
                    self._add_header(title.render(qt_translate))
                for r in members:
                    self._add_rule(r, lang, indent=title is not None)
        else:
            for r in rules:
                self._add_rule(r, lang, indent=False)
        self.rule_list.blockSignals(False)
        self.empty_label.setVisible(not rules)
        ids = self.visible_rule_ids()
        if self._current in ids:
            self._select_row_of(self._current)
        elif ids:
            self._select_row_of(ids[0])  # shows it through currentItemChanged

    def _select_row_of(self, rule_id: str) -> None:
        for i in range(self.rule_list.count()):
            if self.rule_list.item(i).data(ID_ROLE) == rule_id:
                self.rule_list.setCurrentRow(i)
                self.rule_list.scrollToItem(self.rule_list.item(i))
                return

    def _refilter(self, text: str = "") -> None:
        query = self.search_edit.text()
        self._fill(search(query, self._rules), by_topic=not query.strip())

    def _item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(item.data(ID_ROLE))

    # -- body --------------------------------------------------------------------------------
    def _show(self, rule_id: str) -> None:
        self._current = rule_id
        r = rule(rule_id)
        lang = self.language()
        self.title_label.setText(r.title(lang))
        ref = r.reference(lang)
        # The paragraph the rule rests on; the rule's internal id ("deadline.quarter") is never shown.
        self.reference_label.setText(ref)
        self.reference_label.setVisible(bool(ref))
        self.body.setHtml(rule_html(r, lang))

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules and legal basis"))
        self.search_edit.setPlaceholderText(self.tr("Search: a word, a paragraph (§19), an id…"))
        self.empty_label.setText(self.tr("No rule matches the search."))
        self._refilter()
        if self._current:
            self._show(self._current)
