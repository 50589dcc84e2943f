"""Areas working together through the real services on a real file (4 and 5)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.sealing import office_key


def test_a_quarter_is_bound_to_the_version_in_force_on_its_first_day(tmp_path: Path) -> None:
    """Each quarter is bound to the version in force on its first day: a version that comes
    into force in the middle of Q3 governs Q4, not Q3."""
    store = open_store(tmp_path / "office.sqlite", office_key())
    services = build_services(store)
    try:
        first = services.methodology.copy_preset("typical_2025")
        first = services.methodology.save(first.with_changes(effective_from=date(2025, 1, 1)))
        second = services.methodology.copy(first.id)
        second = services.methodology.save(second.with_changes(effective_from=date(2026, 8, 15)))
        q3 = services.quarter.open_quarter(2026, 3)
        q4 = services.quarter.open_quarter(2026, 4)
        assert q3.methodology_id == first.id
        assert q4.methodology_id == second.id
    finally:
        services.close()


def test_the_dashboard_shows_the_appeal_deadlines(tmp_path: Path) -> None:
    """The deadlines of an appeal (001 §10, §19, §20, §22) are on the dashboard."""
    from desktop_app.demo import write_demo

    today = date(2026, 11, 22)
    db = tmp_path / "demo.sqlite"
    write_demo(db, today=today)
    services = build_services(open_store(db, office_key()))
    try:
        items = services.dashboard.items(today)
        appeals = [i for i in items if i.page == "appeals"]
        assert appeals, [i.text.render() for i in items]
        assert any("(Methodology, item 19)" in i.text.render() or "(Methodology, item 20)" in i.text.render()
                   for i in appeals)
    finally:
        services.close()
