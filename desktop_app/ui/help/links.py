"""How pages reach the rules help: one call, a "?" button, a link label, the Help menu and F1.

A page that applies a rule places `help_button(self, "deadline.quarter")` (or a `HelpLinkLabel`) next to
it, or marks a widget with `set_help_rule(widget, "grade.bands")` so that F1 there opens that rule.
Rule ids are listed in resources/help/rules.json.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolButton, QWidget

from desktop_app.domain.rules_help import has_rule, rule
from desktop_app.ui.help.dialog import RuleHelpDialog
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable

#: Dynamic property naming the rule a widget shows; F1 opens the help on it.
RULE_PROPERTY = "ruleHelpId"


def show_rule_help(parent: QWidget | None, rule_id: str | None = None) -> RuleHelpDialog:
    """Open (or bring forward) the rules help of `parent`'s window on `rule_id`. The one call pages use.

    One help window per main window: a second call selects the rule in the window already open.
    """
    owner = parent.window() if parent is not None else None
    dialog = owner.findChild(RuleHelpDialog, "ruleHelpDialog") if owner is not None else None
    if dialog is None:
        dialog = RuleHelpDialog(owner, rule_id)
    elif rule_id and has_rule(rule_id):
        dialog.select_rule(rule_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def set_help_rule(widget: QWidget, rule_id: str) -> None:
    """Mark `widget` as showing `rule_id`: F1 while it (or a child) has the focus opens that rule."""
    widget.setProperty(RULE_PROPERTY, rule_id)


def focused_rule_id() -> str | None:
    """The rule of the focused widget or of its nearest marked ancestor, if any."""
    w = QApplication.focusWidget()
    while w is not None:
        value = w.property(RULE_PROPERTY)
        if isinstance(value, str) and value:
            return value
        w = w.parentWidget()
    return None


class HelpButton(Retranslatable, QToolButton):
    """A small "?" button that opens the help on one rule; its tooltip names the rule."""

    def __init__(self, rule_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule_id = rule_id
        self.setObjectName(f"help_{rule_id}")
        self.setText("?")
        self.setFixedSize(20, 20)
        # A round "?" in the link colour: visible next to a text without looking like a command button.
        self.setStyleSheet("QToolButton { border: 1px solid palette(mid); border-radius: 10px; font-weight: bold;"
                           " color: palette(link); background: palette(base); padding: 0; }"
                           "QToolButton:hover { border-color: palette(link); }")
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        set_help_rule(self, rule_id)
        self.clicked.connect(lambda: show_rule_help(self, self.rule_id))
        self.retranslate()

    def retranslate(self) -> None:
        r = rule(self.rule_id)
        self.setToolTip(self.tr("Rule and legal basis: {title} ({reference})").format(
            title=r.title(interface_language()), reference=r.reference(interface_language()) or r.id))
        self.setAccessibleName(self.tr("Help on the rule"))


def help_button(parent: QWidget | None, rule_id: str) -> HelpButton:
    """A "?" button for `rule_id`, to place next to where the rule acts (roster reason, deadline, grade)."""
    return HelpButton(rule_id, parent)


class HelpLinkLabel(Retranslatable, QLabel):
    """A link that opens the help on one rule: shows the reference ("001 §5"), or the rule's title too."""

    def __init__(self, rule_id: str, parent: QWidget | None = None, show_title: bool = False) -> None:
        super().__init__(parent)
        self.rule_id = rule_id
        self.show_title = show_title
        self.setObjectName(f"helpLink_{rule_id}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        set_help_rule(self, rule_id)
        self.linkActivated.connect(lambda _link: show_rule_help(self, self.rule_id))
        self.retranslate()

    def retranslate(self) -> None:
        r = rule(self.rule_id)
        title = r.title(interface_language())
        ref = r.reference(interface_language()) or self.tr("legal basis")
        shown = f"{title} ({ref})" if self.show_title else ref
        self.setText(f"<a href='rule:{self.rule_id}'>{shown.replace('&', '&amp;').replace('<', '&lt;')}</a>")
        self.setToolTip(self.tr("Rule and legal basis: {title} ({reference})").format(title=title, reference=ref))


class _HelpMenuTranslator(QObject):
    """Re-reads the menu item's text when the main window receives LanguageChange."""

    def __init__(self, action: QAction, window: QMainWindow) -> None:
        super().__init__(action)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Rules and legal basis…"))
        self.action.setToolTip(self.tr("How each rule of the program works and which paragraph it comes from"))


def install_help_menu(main_window: QMainWindow) -> QAction:
    """Add "Rules and legal basis…" (F1) at the top of `main_window.help_menu`.

    F1 opens the rule of the focused widget when a page marked it (`set_help_rule`), else the whole list.
    """
    menu = main_window.help_menu  # type: ignore[attr-defined]
    action = QAction(main_window)
    action.setObjectName("rulesHelpAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_rule_help(main_window, focused_rule_id()))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    _HelpMenuTranslator(action, main_window)
    return action
