"""Fixtures the window tests share: the demo office (written once a test module), the program started
as on a desktop, the calibration demo office, and translations that leave with their test."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.sealing import office_key
from tests.ui.app_support import close_app

DEMO_DAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office as of 20.11.2026, written once for the test module (tests only read it)."""
    from desktop_app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path, today=DEMO_DAY)
    return path


def _services(path: Path):  # type: ignore[no-untyped-def]
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    store = open_store(path, office_key())
    return store, build_services(store)


@pytest.fixture
def demo_services(demo_db: Path):
    """The services on the module's demo office (read-only use)."""
    store, services = _services(demo_db)
    yield services
    store.close()


@pytest.fixture
def own_demo_services(demo_db: Path, tmp_path: Path):
    """The services on a copy of the demo office of this test's own (for tests that write)."""
    own = tmp_path / "office.sqlite"
    shutil.copy2(demo_db, own)
    store, services = _services(own)
    yield services
    store.close()


@pytest.fixture
def app_factory(qapp, prefs):
    """Make BagalauApplication objects (in Russian); their windows, idle lock and offices are closed after."""
    from desktop_app.ui.application import BagalauApplication

    made: list[BagalauApplication] = []

    def make() -> BagalauApplication:
        a = BagalauApplication(prefs, language="ru")
        made.append(a)
        return a

    yield make
    for a in made:
        close_app(a)


@pytest.fixture
def calibration_office(tmp_path: Path, monkeypatch):
    """An office with the demo's appeals and calibration sessions as of 22.11.2026."""
    from desktop_app.demo.calibration import demo_calibration
    from tests.services.calibration_support import open_office

    s = open_office(tmp_path, monkeypatch)
    with s.store.atomic():
        demo_calibration(s, date(2026, 11, 22))
    yield s
    s.close()


@pytest.fixture
def translators_leave(languages):
    """A main window's reference cycles keep the language manager (and its installed translators) alive
    after the test; later tests expect no translation installed, so remove them here."""
    yield
    from PySide6.QtCore import QCoreApplication

    for tr in languages._installed:
        QCoreApplication.removeTranslator(tr)
