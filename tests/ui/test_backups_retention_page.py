"""The retention page: only quarters past three years can be ticked; the act comes with the action."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.retention import RetentionService
from desktop_app.storage.database import open_store
from desktop_app.ui.retention.retention_page import RetentionPage
from tests.sealing import office_key


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from desktop_app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def page(qtbot, demo_file: Path, tmp_path: Path, languages):
    path = tmp_path / "office.sqlite"
    store = open_store(demo_file, office_key())
    from desktop_app.storage.backup import backup_connection

    backup_connection(store.db.conn, path)
    store.close()
    store = open_store(path, office_key())
    p = RetentionPage(RetentionService(store))
    qtbot.addWidget(p)
    p.show()
    yield p
    store.close()


def test_quarters_within_the_term_cannot_be_ticked(page) -> None:
    # The demo's closed quarters: recent ones are kept (not tickable); the demo's oldest are past the term.
    assert page.table.rowCount() >= 6
    rows = range(page.table.rowCount())
    kept = [r for r in rows if page.table.item(r, 4).text() == "хранится"]
    due = [r for r in rows if page.table.item(r, 4).text() == "можно изъять"]
    assert kept and due
    assert all(not page.table.item(r, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable for r in kept)
    assert all(page.table.item(r, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable for r in due)


def test_archive_from_the_page_writes_act_and_archive(page, tmp_path: Path) -> None:
    later = date.today().replace(year=date.today().year + 4)
    page.refresh(later)
    assert page.table.item(0, 4).text() == "можно изъять"
    page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    page.retention.items = lambda today=None, _orig=page.retention.items: _orig(later)  # the day of the action
    result = page.run("archive", archive_path=tmp_path / "arch.sqlite", act_path=tmp_path / "act.pdf", lang="ru")
    assert result is not None and (tmp_path / "act.pdf").exists() and (tmp_path / "arch.sqlite").exists()
    assert page.status.text().startswith("Акт № 1 сохранён")
    assert page.acts.rowCount() == 1 and page.acts.item(0, 2).text() == "передано в архив"
