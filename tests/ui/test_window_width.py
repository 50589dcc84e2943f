"""Every page of the demo office fits a 1366-pixel-wide screen in Kazakh and in Russian: no page asks the
window to be wider (the retention page's long encryption option beside its buttons and the audit log's
kind-of-record list sized to its longest item made the window 1422 px wide, its right edge off screen)."""
from __future__ import annotations

from tests.ui.app_support import main_window_in_each_language

SCREEN_WIDTH = 1366


def test_no_page_makes_the_window_wider_than_1366(qtbot, demo_services, prefs, languages) -> None:
    too_wide = []
    for lang, w in main_window_in_each_language(qtbot, demo_services, languages, prefs, SCREEN_WIDTH):
        for spec in w.specs:
            w.show_page(spec.key)
            qtbot.wait(20)
            needed = w.minimumSizeHint().width()
            if needed > SCREEN_WIDTH or w.width() > SCREEN_WIDTH:
                too_wide.append(f"{lang} {spec.key}: needs {needed}, window {w.width()}")
    assert not too_wide, too_wide
