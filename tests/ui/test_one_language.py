"""One language at a time, everywhere: every page of the demo office switched kk → ru → kk shows no text
of the other language.

Russian: no Kazakh-only letter (әғқңөұүһі) in any visible text — labels, buttons, tabs, group titles,
headers, menus, list and table cells — except what the user typed (line and text edits) and the office's
own free-text notes. Kazakh: no English left, i.e. every string marked for translation came from the kk
catalog (an untranslated string shows its English source).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)

from desktop_app.storage.database import open_store
from tests.sealing import office_key

KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# English words a Kazakh screen may show: formats, keys and names that are not translated.
LATIN_OK = {"PDF", "DOCX", "XLSX", "CSV", "Excel", "Word", "JSON", "F1", "F2", "F5", "F6", "Ctrl", "Shift", "Alt",
            "Del", "Ins", "Enter", "Tab", "Esc", "Delete", "Backspace", "Home", "End", "PgUp", "PgDown", "E", "R", "A", "B",
            "C", "D", "Qt", "SQLite", "SQLCipher", "CUPS", "LibreOffice", "Linux", "Windows", "KB", "MB", "GB",
            "holidays", "e", "mail", "Bagalau", "argon2id", "Space", "Up", "Down", "Left", "Right", "S", "P", "N",
            "O", "F", "L", "Z", "Y", "I", "Q1", "Q2", "Q3", "Q4", "ID", "v", "USB"}
FILE_NAME = re.compile(r"\S+\.[A-Za-z]{2,6}\b")   # demo.sqlite, backup-….db: names, not words
ROMAN = re.compile(r"[IVX]+")
# Cells that quote what the user typed (the audit log shows stored values verbatim).
FREE_TEXT_VIEWS = {"auditView"}
FREE_TEXT_LABELS = {"contacts"}   # an employee's phone, e-mail and address, shown as typed
CODE = re.compile(r"\b[A-Z](?:-[A-Z0-9]+)+\b")   # position categories E-G-1, E-R-3
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return TAG.sub(" ", text).replace("&", "")


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in `root`, without what they typed themselves."""
    out: list[tuple[str, str]] = []
    out.append((f"{root.objectName()}:title", root.windowTitle()))
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel):
            if w.objectName() not in FREE_TEXT_LABELS:
                out.append((name, _plain(w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((name, _plain(w.text())))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(f"{name}:tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(f"{name}:item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            m, top = w.model(), QModelIndex()
            cols = 1 if isinstance(m, QAbstractListModel) else m.columnCount(top)
            out += [(f"{name}:header", str(m.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(cols)]
            for r in range(0 if w.objectName() in FREE_TEXT_VIEWS else min(m.rowCount(top), 40)):
                out += [(f"{name}:cell", str(m.data(m.index(r, c, top)) or "")) for c in range(cols)]
    for action in root.findChildren(type(root.menuBar().actions()[0])) if hasattr(root, "menuBar") else ():
        out.append(("action", action.text().replace("&", "")))
    return [(where, t) for where, t in out if t.strip()]


def _russian_problems(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, t) for where, t in texts if KAZAKH_ONLY.search(t)]


def _english_problems(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    bad = []
    for where, t in texts:
        words = [w for w in WORD.findall(CODE.sub(" ", FILE_NAME.sub(" ", t)))
                 if w not in LATIN_OK and not ROMAN.fullmatch(w) and not re.fullmatch(r"[A-Z]?\d+|[a-zA-Z]", w)]
        if words:
            bad.append((where, t))
    return bad


@pytest.fixture
def window(qtbot, tmp_path: Path, prefs, languages):
    from desktop_app.demo import write_demo
    from desktop_app.services.container import build_services
    from desktop_app.ui.main_window import MainWindow

    path = tmp_path / "demo.sqlite"
    write_demo(path)
    store = open_store(path, office_key())
    w = MainWindow(build_services(store), languages, prefs)
    w.resize(1366, 768)
    w.show()
    yield w
    shiboken6.delete(w)
    store.close()


def _switch(window, qtbot, lang: str) -> None:
    window.set_language(lang)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == {"kk": "Басты бет", "ru": "Главная"}[lang])
    qtbot.wait(30)


def test_every_page_switches_wholly_kk_ru_kk(window, qtbot) -> None:
    problems: dict[str, list[tuple[str, str]]] = {}
    keys = [spec.key for spec in window.specs]
    for key in keys:                       # every page built and filled once
        window.show_page(key)
    for lang in ("kk", "ru", "kk"):
        _switch(window, qtbot, lang)
        for key in keys:
            page = window.show_page(key)
            qtbot.wait(10)
            texts = [*_texts(page), ("window:title", window.windowTitle())]
            found = _russian_problems(texts) if lang == "ru" else _english_problems(texts)
            if found:
                problems[f"{lang}:{key}"] = found[:6]
        for top in QApplication.topLevelWidgets():
            assert not (top.isVisible() and top is not window and top.isModal()), top
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def _dialogs(window) -> list[QWidget]:
    """The program's dialogs over the demo office, opened without blocking (as a user leaves them open)."""
    from datetime import date

    from desktop_app.ui.calibration.appeal_dialog import AppealDialog
    from desktop_app.ui.calibration.session_dialog import SessionDialog
    from desktop_app.ui.help.dialog import RuleHelpDialog
    from desktop_app.ui.help.shortcuts_dialog import ShortcutsDialog
    from desktop_app.ui.quarter.dialogs import OpenQuarterDialog
    from desktop_app.ui.staff.employee_dialog import EmployeeDialog
    from desktop_app.ui.staff.history_dialog import EmployeeHistoryDialog
    from desktop_app.ui.staff.structure_dialogs import CategoriesDialog, UnitDialog

    s = window.services
    today = date(2026, 11, 20)
    lang = window.languages.language
    employee = s.staff.rows(today)[0].employee
    unit = s.staff.units()[0]
    session = s.calibration.sessions()[0]
    return [AppealDialog(s.calibration, today, window), SessionDialog(s.calibration, today, session_id=session.id,
                                                                    parent=window),
            EmployeeHistoryDialog(s.staff, lang, employee.id or 0, window),
            EmployeeDialog(s.staff, lang, employee, window), UnitDialog(s.staff, lang, unit, window),
            CategoriesDialog(s.staff, window), OpenQuarterDialog(today, window), ShortcutsDialog(window),
            RuleHelpDialog(window, "deadline.quarter")]


def test_every_open_dialog_switches_wholly_kk_ru_kk(window, qtbot) -> None:
    _switch(window, qtbot, "kk")
    dialogs = _dialogs(window)
    for d in dialogs:
        d.show()
    problems: dict[str, list[tuple[str, str]]] = {}
    for lang in ("ru", "kk"):
        _switch(window, qtbot, lang)
        for d in dialogs:
            texts = _texts(d)
            found = _russian_problems(texts) if lang == "ru" else _english_problems(texts)
            if found:
                problems[f"{lang}:{d.objectName() or type(d).__name__}"] = found[:6]
    for d in dialogs:
        d.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
