"""Every page of the demo office fits a 1366-pixel-wide screen in Kazakh and in Russian: no page asks the
window to be wider (the retention page's long encryption option beside its buttons and the audit log's
kind-of-record list sized to its longest item made the window 1422 px wide, its right edge off screen)."""
from __future__ import annotations

import shiboken6

SCREEN_WIDTH = 1366


def test_no_page_makes_the_window_wider_than_1366(qtbot, demo_services, prefs, languages) -> None:
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(demo_services, languages, prefs)
    w.resize(SCREEN_WIDTH, 740)
    w.show()
    too_wide = []
    try:
        for lang, home in (("kk", "Басты бет"), ("ru", "Главная")):
            w.set_language(lang)
            qtbot.waitUntil(lambda home=home: w.nav.item(0).text() == home)
            for spec in w.specs:
                w.show_page(spec.key)
                qtbot.wait(20)
                needed = w.minimumSizeHint().width()
                if needed > SCREEN_WIDTH or w.width() > SCREEN_WIDTH:
                    too_wide.append(f"{lang} {spec.key}: needs {needed}, window {w.width()}")
    finally:
        shiboken6.delete(w)
    assert not too_wide, too_wide
