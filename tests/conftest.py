"""Shared fixtures: real database files in temp folders; Qt offscreen."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.sealing import office_key

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Commands run by the tests (in process or as `python -m desktop_app …`) open the tests' sealed offices
# with this password, the way scripts do (cli/common.py): the tests' offices share the demo key.
os.environ["BAGALAU_PASSWORD"] = "demo"  # tests/sealing.py TEST_PASSWORD (the demo key)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def store(db_path: Path):
    from desktop_app.storage.database import open_store

    s = open_store(db_path, office_key())
    yield s
    s.close()


@pytest.fixture
def services(store):
    from desktop_app.services.container import build_services

    return build_services(store)


@pytest.fixture
def prefs(tmp_path: Path):
    from desktop_app.prefs import Prefs

    return Prefs(tmp_path / "prefs.json")


@pytest.fixture
def languages(qapp):
    """The interface language manager, starting in Russian; restores nothing global afterwards."""
    from desktop_app.ui.i18n import LanguageManager

    mgr = LanguageManager()
    mgr.set_language("ru")
    yield mgr
    # Take this test's translators out, so a later test starts from its own (LanguageManager objects
    # can live on in reference cycles and keep theirs installed). Widgets are deleted first, below.
    mgr.remove_translators()


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test():
    """Delete every top-level widget after a test, so a later language switch or event never reaches a
    page whose database was closed with its test."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for w in app.topLevelWidgets():
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def main_window(qtbot, services, languages, prefs):
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(services, languages, prefs)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`bagalau print all` on a demo office written for 03.12.2026: every document × kk/ru/both × PDF/DOCX,
    printed once for every test that reads the papers (read-only: tests must not change the folder)."""
    from datetime import date

    from desktop_app.app import main
    from desktop_app.demo import write_demo

    root = tmp_path_factory.mktemp("print_all")
    db = root / "demo.sqlite"
    write_demo(db, today=date(2026, 12, 3))
    out = root / "out"
    assert main(["print", "all", "--db", str(db), "--out", str(out)]) == 0
    return out
