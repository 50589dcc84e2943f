"""The sheet's detail beside the entry grid fits its column at 1366×768 in Kazakh and Russian: nothing is cut at
the right edge (its four state buttons in one row, the entry buttons in one row and an unwrapped label made it
wider than its place, so the sheet's text and buttons ran off under a sideways scroll bar)."""
from __future__ import annotations

from tests.ui.app_support import main_window_in_each_language


def test_the_sheet_detail_is_never_wider_than_its_column(qtbot, demo_services, prefs, languages) -> None:
    wider = []
    for lang, w in main_window_in_each_language(qtbot, demo_services, languages, prefs):
        page = w.show_page("quarter")
        page.tabs.setCurrentIndex(1)
        page.grid.setCurrentIndex(page.grid_proxy.index(1, 3))
        qtbot.waitUntil(lambda page=page: page.detail.header.text() != "")
        qtbot.wait(50)
        needed, room = page.detail.minimumSizeHint().width(), page.detail_scroll.viewport().width()
        if needed > room:
            wider.append(f"{lang}: the detail needs {needed} px, its column has {room}")
    assert not wider, wider
