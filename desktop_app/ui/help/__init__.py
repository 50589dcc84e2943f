"""Help inside the program: each rule explained in kk and ru with its legal paragraph.

Pages use `show_rule_help(parent, rule_id)`, `help_button(parent, rule_id)`, `HelpLinkLabel` or
`set_help_rule(widget, rule_id)`; the main window calls `install_help_menu(self)` once.
"""
from desktop_app.ui.help.dialog import RuleHelpDialog
from desktop_app.ui.help.links import (
    HelpButton,
    HelpLinkLabel,
    focused_rule_id,
    help_button,
    install_help_menu,
    set_help_rule,
    show_rule_help,
)

__all__ = [
    "HelpButton",
    "HelpLinkLabel",
    "RuleHelpDialog",
    "focused_rule_id",
    "help_button",
    "install_help_menu",
    "set_help_rule",
    "show_rule_help",
]
