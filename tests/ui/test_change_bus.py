"""The window keeps itself current: every area changed reaches exactly the pages that show it,
at once on screen and lazily off screen; an action's refusal is shown and announces nothing."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import msg
from desktop_app.domain.staff import Unit
from desktop_app.ui.changes import Area, ChangeBus, run_action

# Which page shows which area: the contract the bus keeps. Audit shows every area (each write is audited).
EXPECTED: dict[Area, set[str]] = {
    Area.STAFF: {"dashboard", "staff", "structure", "quarter", "annual", "appeals"},
    Area.STRUCTURE: {"dashboard", "staff", "structure", "quarter", "annual", "statistics"},
    Area.ORGANISATION: {"organisation"},
    Area.METHODOLOGY: {"dashboard", "statistics", "methodology"},
    Area.CALENDAR: {"dashboard", "quarter", "annual", "calendar"},
    Area.QUARTER: {"dashboard", "quarter", "annual", "statistics", "appeals", "retention"},
    Area.EVALUATION: {"dashboard", "quarter", "annual", "statistics", "appeals", "retention"},
    Area.CALIBRATION: {"dashboard", "quarter", "annual", "statistics", "appeals", "retention"},
    Area.BACKUPS: {"backups"},
    Area.SECURITY: set(),
    Area.RETENTION: {"retention"},
    Area.AUDIT: set(),
}


def _spy_refreshes(window) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """Count every `refresh()` of every built page (the bus calls it by attribute)."""
    counts: dict[str, list[int]] = {}
    for spec in window.specs:
        page = window.page(spec.key)
        if page is None:                                  # not built yet: nothing to refresh
            continue
        calls: list[int] = []
        original = page.refresh

        def counted(*a, _original=original, _calls=calls, **k):  # type: ignore[no-untyped-def]
            _calls.append(1)
            return _original(*a, **k)

        page.refresh = counted
        counts[spec.key] = calls
    return counts


def test_every_page_declares_what_it_shows(main_window) -> None:
    for spec in main_window.specs:
        page = main_window.show_page(spec.key)
        assert callable(page.refresh), spec.key
        assert all(isinstance(a, Area) for a in page.shows), spec.key


@pytest.mark.parametrize("area", list(Area))
def test_each_area_refreshes_exactly_the_pages_that_show_it(main_window, area: Area) -> None:
    for spec in main_window.specs:                      # build every page once
        main_window.show_page(spec.key)
    main_window.show_page("organisation")                 # on screen: shows only the organisation card
    counts = _spy_refreshes(main_window)
    expected = EXPECTED[area] | {"audit"}

    main_window.bus.announce(area)
    on_screen = {"organisation"} & expected
    assert {k for k, c in counts.items() if c} == on_screen          # off-screen pages wait
    assert {k for k in counts if main_window.bus.is_stale(main_window.page(k))} == expected - on_screen

    for spec in main_window.specs:                       # visiting each page reads what changed, once
        main_window.show_page(spec.key)
    assert {k for k, c in counts.items() if c} == expected
    assert all(len(c) == 1 for k, c in counts.items() if k in expected)
    main_window.show_page("organisation")
    main_window.show_page("dashboard")
    assert sum(len(c) for c in counts.values()) == len(expected)   # no second read without a change


def test_page_on_screen_refreshes_at_once(main_window) -> None:
    page = main_window.show_page("staff")
    counts = _spy_refreshes(main_window)
    main_window.bus.announce(Area.STAFF, Area.STRUCTURE)  # one announcement of two areas: one read
    assert len(counts["staff"]) == 1 and not main_window.bus.is_stale(page)


def test_calendar_override_moves_the_due_date_on_the_quarter_page(main_window, services, qtbot) -> None:
    """The known bug: a day off set on the Calendar left the quarter page showing the old due date."""
    services.methodology.copy_preset("typical_2025")
    services.quarter.open_quarter(2026, 3)
    quarter = main_window.show_page("quarter")
    assert "20.10.2026" in quarter.info.text()            # 001 §4: the 20th of the next month, a Tuesday
    calendar = main_window.show_page("calendar")
    calendar.cal.setSelectedDate(QDate(2026, 10, 20))
    calendar.note.setText("приказ акима")
    calendar.off_button.click()
    assert services.calendar.calendar().is_working_day(date(2026, 10, 20)) is False
    main_window.show_page("quarter")
    assert "21.10.2026" in quarter.info.text()            # moved to the next working day (004 §13.15)
    assert "20.10.2026" not in quarter.info.text()
    dashboard = main_window.show_page("dashboard")
    assert "21.10.2026" in dashboard.progress.text()


def test_structure_change_reaches_the_staff_page(main_window, services) -> None:
    staff = main_window.show_page("staff")
    structure = main_window.show_page("structure")
    assert structure.units.count() == 0
    services.staff.save_unit(Unit(id=None, name_kk="Қаржы бөлімі", name_ru="Финансовый отдел"))
    main_window.bus.announce(Area.STRUCTURE)
    assert [structure.units.item(r).text() for r in range(structure.units.count())] == ["Финансовый отдел"]
    assert main_window.bus.is_stale(staff)


def test_a_refusal_is_shown_in_the_interface_language_and_announces_nothing(qtbot, languages, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    bus = ChangeBus()
    heard: list[frozenset[Area]] = []
    bus.changed.connect(heard.append)
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse() -> None:
        raise ValidationError(msg("The name of the organisation in Kazakh is empty."))

    translated = QCoreApplication.translate("msg", "The name of the organisation in Kazakh is empty.")
    assert re.search("[а-я]", translated)
    assert run_action(parent, refuse, bus, Area.STAFF) is None
    assert heard == [] and len(shown) == 1 and shown[0] == translated   # in Russian
    done = run_action(parent, lambda: 42, bus, Area.STAFF, Area.STRUCTURE)
    assert done is not None and done.value == 42
    assert heard == [frozenset({Area.STAFF, Area.STRUCTURE})]


def test_no_page_keeps_its_own_change_signal_or_language_block() -> None:
    """One change flow and one retranslation hook: no `data_changed` strings, no copied changeEvent."""
    ui = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
    copied = [str(p.relative_to(ui)) for p in ui.rglob("*.py")
              if "def changeEvent" in p.read_text(encoding="utf-8") and p.name != "i18n.py"]
    free_form = [str(p.relative_to(ui)) for p in ui.rglob("*.py") if "data_changed" in p.read_text(encoding="utf-8")]
    assert copied == [] and free_form == []


def test_open_dialog_retranslates_on_a_language_switch(qtbot, languages) -> None:
    from desktop_app.ui.help.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ru_title = dialog.windowTitle()
    languages.set_language("kk")
    assert ru_title == "Сочетания клавиш"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Пернетақта тіркесімдері")
