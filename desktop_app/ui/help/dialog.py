"""The "Rules and legal basis" window: every rule on the left with a search box, the chosen rule on the right."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.rules_help import RuleHelp, all_rules, has_rule, rule, search
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.render import rule_html

ID_ROLE = Qt.ItemDataRole.UserRole


class RuleHelpDialog(QDialog):
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
        self.rule_list.setSpacing(2)
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
        splitter.setSizes([300, 620])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        box.addLayout(bottom)

        self.resize(960, 600)
        self.retranslate()
        self.select_rule(rule_id if rule_id and has_rule(rule_id) else self._rules[0].id)

    # -- public ------------------------------------------------------------------------------
    def language(self) -> str:
        return interface_language()

    def current_rule_id(self) -> str:
        return self._current

    def visible_rule_ids(self) -> list[str]:
        return [self.rule_list.item(i).data(ID_ROLE) for i in range(self.rule_list.count())]

    def select_rule(self, rule_id: str) -> None:
        """Show `rule_id`; clears a search that would hide it."""
        if rule_id not in self.visible_rule_ids():
            self.search_edit.clear()
        for i in range(self.rule_list.count()):
            if self.rule_list.item(i).data(ID_ROLE) == rule_id:
                self.rule_list.setCurrentRow(i)
                self.rule_list.scrollToItem(self.rule_list.item(i))
                break
        self._show(rule_id)

    # -- list --------------------------------------------------------------------------------
    def _fill(self, rules: list[RuleHelp]) -> None:
        lang = self.language()
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for r in rules:
            item = QListWidgetItem(r.title(lang))
            item.setData(ID_ROLE, r.id)
            item.setToolTip(r.reference())
            self.rule_list.addItem(item)
        self.rule_list.blockSignals(False)
        self.empty_label.setVisible(not rules)
        ids = [r.id for r in rules]
        if self._current in ids:
            self.rule_list.setCurrentRow(ids.index(self._current))
        elif ids:
            self.rule_list.setCurrentRow(0)  # shows it through currentItemChanged

    def _refilter(self, text: str = "") -> None:
        self._fill(search(self.search_edit.text(), self._rules))

    def _item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(item.data(ID_ROLE))

    # -- body --------------------------------------------------------------------------------
    def _show(self, rule_id: str) -> None:
        self._current = rule_id
        r = rule(rule_id)
        lang = self.language()
        self.title_label.setText(r.title(lang))
        self.reference_label.setText(self.tr("Rule {id} · {reference}").format(id=r.id, reference=r.reference())
                                     if r.reference() else self.tr("Rule {id}").format(id=r.id))
        self.body.setHtml(rule_html(r, lang))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules and legal basis"))
        self.search_edit.setPlaceholderText(self.tr("Search: a word, a paragraph (§19), an id…"))
        self.empty_label.setText(self.tr("No rule matches the search."))
        self._refilter()
        if self._current:
            self._show(self._current)
