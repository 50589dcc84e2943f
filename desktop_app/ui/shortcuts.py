"""Keyboard shortcuts of the pages (every frequent action has one).

`bind(page, keys, slot)` adds a window-wide action owned by a page: Qt matches a shortcut only while
its widget is visible, so each page of the main window's stack answers only while it is shown, and the
same keys (Ctrl+N, Delete, F5 …) mean "add", "delete", "refresh" on every page. `SHORTCUTS` lists them
for the "Keyboard shortcuts" dialog of the Help menu.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

Keys = str | Sequence[str]


def _keys(keys: Keys) -> list[str]:
    return [keys] if isinstance(keys, str) else list(keys)


def shortcut_text(keys: Keys) -> str:
    """"Ctrl+N, Ins" as the user's keyboard names them."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in _keys(keys))


def bind(owner: QWidget, keys: Keys, slot: Callable[[], object], button: QAbstractButton | None = None,
         context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    """Let `keys` run `slot` while `owner` is visible in the active window.

    With a `button`, the keys run the button (a disabled button does nothing, as with the mouse) and
    its tooltip names the keys.
    """
    action = QAction(owner)
    action.setShortcuts([QKeySequence(k) for k in _keys(keys)])
    action.setShortcutContext(context)
    if button is not None:
        action.triggered.connect(lambda _=False: button.click())
        button.setToolTip(shortcut_text(keys))
    else:
        action.triggered.connect(lambda _=False: slot())
    owner.addAction(action)
    return action


def focus_edit(edit: QLineEdit) -> None:
    """Ctrl+F: put the cursor in a search or filter box with its text selected (typing replaces it)."""
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()


def shortcuts() -> list[tuple[str, str, str]]:
    """(where, keys, what) for the Help menu's list, in the interface language."""
    everywhere = QCoreApplication.translate("Shortcuts", "Everywhere")
    page = QCoreApplication.translate("Shortcuts", "Any page")
    grid = QCoreApplication.translate("Shortcuts", "Quarter: entry grid")
    roster = QCoreApplication.translate("Shortcuts", "Quarter: roster")
    rows = [
        (everywhere, "Ctrl+0 … Ctrl+9, Ctrl+Alt+1 … Ctrl+Alt+3",
         QCoreApplication.translate("Shortcuts", "Go to a page (shown next to its name)")),
        (everywhere, "F1",
         QCoreApplication.translate("Shortcuts", "Rule and legal basis of the focused line or field")),
        (everywhere, "Ctrl+O", QCoreApplication.translate("Shortcuts", "Open another database")),
        (everywhere, "Ctrl+L", QCoreApplication.translate("Shortcuts", "Lock the program")),
        (everywhere, "Ctrl+Q", QCoreApplication.translate("Shortcuts", "Quit")),
        (page, "Ctrl+N, Ins", QCoreApplication.translate("Shortcuts", "Add (employee, unit, appeal, item, quarter…)")),
        (page, "F2, Enter", QCoreApplication.translate("Shortcuts", "Open or edit the selected line")),
        (page, "Del", QCoreApplication.translate("Shortcuts", "Delete the selected line")),
        (page, "Ctrl+S", QCoreApplication.translate("Shortcuts", "Save")),
        (page, "Ctrl+F", QCoreApplication.translate("Shortcuts", "Search or filter")),
        (page, "Ctrl+P", QCoreApplication.translate("Shortcuts", "Print")),
        (page, "Ctrl+E", QCoreApplication.translate("Shortcuts", "Export (Excel or file)")),
        (page, "F5", QCoreApplication.translate("Shortcuts", "Refresh from the database")),
        (page, "Ctrl+Tab", QCoreApplication.translate("Shortcuts", "Next tab")),
        (grid, "0–5, Enter", QCoreApplication.translate("Shortcuts", "Type a score; Enter saves it and goes down")),
        (grid, "Tab, ←↑→↓", QCoreApplication.translate("Shortcuts", "Move between cells")),
        (grid, "Del", QCoreApplication.translate("Shortcuts", "Clear a draft cell")),
        (grid, "Ctrl+B", QCoreApplication.translate("Shortcuts", "Add a bonus entry to the current evaluee")),
        (grid, "Ctrl+Shift+B", QCoreApplication.translate("Shortcuts", "Add a penalty entry to the current evaluee")),
        (grid, "Ctrl+Shift+S", QCoreApplication.translate("Shortcuts", "Signed by the evaluator")),
        (grid, "Ctrl+Shift+R", QCoreApplication.translate("Shortcuts", "Result received by the evaluee")),
        (grid, "Ctrl+Shift+F", QCoreApplication.translate("Shortcuts", "Make the result final")),
        (grid, "Ctrl+Shift+N", QCoreApplication.translate("Shortcuts", "Notice to a dismissed evaluee")),
        (grid, "F6", QCoreApplication.translate("Shortcuts", "Go to the comments, the entries, back to the grid")),
        (grid, "Ctrl+S", QCoreApplication.translate("Shortcuts", "Save the evaluator's comments")),
        (roster, "F2, Enter", QCoreApplication.translate("Shortcuts", "Override the selected decision")),
        (roster, "Ctrl+R", QCoreApplication.translate("Shortcuts", "Rebuild the roster")),
    ]
    return [(where, shortcut_text(keys.split(", ")) if "…" not in keys and "–" not in keys and "←" not in keys
             else keys, what) for where, keys, what in rows]
