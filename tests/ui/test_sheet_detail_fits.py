"""The sheet's detail beside the entry grid fits its column at 1366×768 in Kazakh and Russian: nothing is cut at
the right edge (its four state buttons in one row, the entry buttons in one row and an unwrapped label made it
wider than its place, so the sheet's text and buttons ran off under a sideways scroll bar)."""
from __future__ import annotations

import shiboken6


def test_the_sheet_detail_is_never_wider_than_its_column(qtbot, demo_services, prefs, languages) -> None:
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(demo_services, languages, prefs)
    w.resize(1366, 740)
    w.show()
    wider = []
    try:
        for lang, home in (("kk", "Басты бет"), ("ru", "Главная")):
            w.set_language(lang)
            qtbot.waitUntil(lambda home=home: w.nav.item(0).text() == home)
            page = w.show_page("quarter")
            page.tabs.setCurrentIndex(1)
            page.grid.setCurrentIndex(page.grid_proxy.index(1, 3))
            qtbot.waitUntil(lambda page=page: page.detail.header.text() != "")
            qtbot.wait(50)
            needed, room = page.detail.minimumSizeHint().width(), page.detail_scroll.viewport().width()
            if needed > room:
                wider.append(f"{lang}: the detail needs {needed} px, its column has {room}")
    finally:
        shiboken6.delete(w)
    assert not wider, wider
