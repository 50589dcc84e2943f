"""The quarter page from the keyboard: the entry grid never needs the mouse.

On the entry tab: Ctrl+B / Ctrl+Shift+B add a bonus / penalty entry to the current evaluee, Ctrl+Shift+S
signed, Ctrl+Shift+R received, Ctrl+Shift+F final, Ctrl+Shift+N notice, Ctrl+S saves the comments, F6
moves grid → comments → entries, Del on the entries list removes one. On the roster: F2/Enter override,
Ctrl+F filter, Ctrl+R rebuild. Anywhere on the page: Ctrl+PgDown/PgUp (Ctrl+Tab) switch roster and entry,
Ctrl+N opens a quarter, Ctrl+P the print menu, Ctrl+E the summary as Excel, F5 reloads.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop_app.ui.shortcuts import bind, focus_edit

if TYPE_CHECKING:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

WIDGET = Qt.ShortcutContext.WidgetShortcut


def install_quarter_shortcuts(page: QuarterPage) -> None:
    d = page.detail
    entry_tab, roster_tab = page.tabs.widget(1), page.tabs.widget(0)
    assert entry_tab is not None and roster_tab is not None
    # The entry tab's actions answer only while that tab is shown (Qt matches visible widgets only).
    bind(entry_tab, "Ctrl+B", d.add_bonus.click, d.add_bonus)
    bind(entry_tab, "Ctrl+Shift+B", d.add_penalty.click, d.add_penalty)
    bind(entry_tab, "Ctrl+Shift+S", d.sign_button.click, d.sign_button)
    bind(entry_tab, "Ctrl+Shift+R", d.receive_button.click, d.receive_button)
    bind(entry_tab, "Ctrl+Shift+F", d.final_button.click, d.final_button)
    bind(entry_tab, "Ctrl+Shift+N", d.notice_button.click, d.notice_button)
    bind(entry_tab, "Ctrl+S", d.save_comments.click, d.save_comments)
    bind(d.entries, "Del", d.remove_entry.click, d.remove_entry, context=WIDGET)
    bind(page.roster_view, ["F2", "Return", "Enter"], page._override, page.override_button, context=WIDGET)
    bind(roster_tab, "Ctrl+F", lambda: focus_edit(page.roster_filter))
    bind(roster_tab, "Ctrl+R", page.rebuild_button.click, page.rebuild_button)
    bind(page, ["Ctrl+N", "Ins"], page.open_button.click, page.open_button)
    bind(page, "Ctrl+P", page.print_button.showMenu, page.print_button)
    bind(page, "Ctrl+E", lambda: page._document("summary_xlsx"))
    bind(page, "F5", lambda: page.reload())
    # F6: grid → comments → entries → grid (Tab inside the grid moves between cells, so it cannot leave it).
    bind(entry_tab, "F6", lambda: _next_pane(page))
    # Roster ⇄ entry: the tables would take Ctrl+PgDown for themselves.
    bind(page, ["Ctrl+PgDown", "Ctrl+Tab"], lambda: page.tabs.setCurrentIndex((page.tabs.currentIndex() + 1) % 2))
    bind(page, ["Ctrl+PgUp", "Ctrl+Shift+Tab"], lambda: page.tabs.setCurrentIndex((page.tabs.currentIndex() + 1) % 2))
    # Showing the entry tab puts the cursor in the grid: type a score at once.
    page.tabs.currentChanged.connect(lambda i: page.grid.setFocus() if i == 1 else page.roster_view.setFocus())


def _next_pane(page: QuarterPage) -> None:
    d = page.detail
    panes = [page.grid, d.comments, d.entries]
    current = next((i for i, w in enumerate(panes) if w.hasFocus()), -1)
    panes[(current + 1) % len(panes)].setFocus(Qt.FocusReason.ShortcutFocusReason)
