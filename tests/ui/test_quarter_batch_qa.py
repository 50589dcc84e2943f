"""The quarter page's batch dialogs after the QA pass (C16, B15): a date that can pass is offered, identical
refusals are grouped with their count, the lists follow a language switch, and the grid sorts by name in
the interface language's alphabet. Real database file, real widgets."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from desktop_app.ui.i18n import qt_translate
from tests.evaluation_support import seed_office
from tests.sealing import office_key

RU_TITLE = "Некоторые листы не изменились"
NAMES = {10: ("Бекова", "Бекова"), 11: ("Әлиева", "Алиева"), 12: ("Ахметова", "Ахметова"), 13: ("Яхина", "Яхина")}


def _page(qtbot, tmp_path: Path, languages, year: int, quarter: int, today: date):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=4)
    for emp, (kk, ru) in NAMES.items():
        store.db.execute("UPDATE employees SET last_name = ?, last_name_ru = ? WHERE id = ?", [kk, ru, emp])
    services = build_services(store)
    services.methodology.copy_preset("typical_2025")
    services.quarter.today = lambda: today
    q = services.quarter.open_quarter(year, quarter)
    services.quarter.override(q.id, 1, include=False, reason="Оценивает аким района")
    for r in services.evaluation.grid(q.id):
        keys = [c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]
        for key in keys:
            services.evaluation.set_score(r.evaluation.id, key, "4")
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    w = QuarterPage(services.quarter, services.evaluation, lambda: languages.language, lambda: today)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.tabs.setCurrentIndex(1)
    return w, services


@pytest.fixture
def running(qtbot, tmp_path: Path, languages):
    """Q4 2026 on 3 December 2026: the quarter has not ended."""
    w, services = _page(qtbot, tmp_path, languages, 2026, 4, date(2026, 12, 3))
    yield w
    shiboken6.delete(w)
    services.close()


@pytest.fixture
def ended(qtbot, tmp_path: Path, languages):
    """Q3 2026 on 20 October 2026: the quarter is over."""
    w, services = _page(qtbot, tmp_path, languages, 2026, 3, date(2026, 10, 20))
    yield w
    shiboken6.delete(w)
    services.close()


def _switch(languages, lang: str) -> None:
    """Switch the interface language and let Qt deliver LanguageChange (it is posted, as in the program)."""
    languages.set_language(lang)
    QCoreApplication.processEvents()


def _dates_offered(monkeypatch, answer: date | None) -> list[date]:
    """Patch the date dialog: record the date it offers; accept `answer` (None: cancel)."""
    from desktop_app.ui.quarter import closing
    from desktop_app.ui.quarter.dialogs import qdate

    offered: list[date] = []

    def exec_(self) -> QDialog.DialogCode:
        offered.append(self.value())
        if answer is None:
            return QDialog.DialogCode.Rejected
        self.edit.setDate(qdate(answer))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(closing.DateDialog, "exec", exec_)
    return offered


def test_signing_a_running_quarter_asks_no_date_and_says_the_reason_once_with_the_count(
        running, monkeypatch) -> None:
    offered = _dates_offered(monkeypatch, date(2026, 12, 3))
    running.entry_bar.menu_actions["shown"].trigger()
    running.entry_bar.menu_actions["sign"].trigger()
    assert offered == []                       # no date up to today can pass: none is asked
    report = running._last_dialog
    [line] = report.texts()
    assert line == ("5 листов: Дата подписания — не ранее 01.01.2027: квартал ещё не окончен, его последний "
                    "день — 31.12.2026 (пункт 4 Методики).")
    top = report.lines.topLevelItem(0)
    assert sorted(top.child(i).text(0) for i in range(top.childCount()))[:2] == ["Алиева Имя11", "Ахметова Имя12"]
    assert "Ни один лист не изменён" in report.heading.text()
    assert all(r.evaluation.status is EvaluationStatus.DRAFT for r in running.grid_model.rows)
    report.close()


def test_the_date_offered_is_the_first_day_after_the_quarter_then_the_date_used_last(ended, monkeypatch) -> None:
    page = ended
    offered = _dates_offered(monkeypatch, date(2026, 10, 7))
    page.grid.select_rows([0, 1])
    page.entry_bar.menu_actions["sign"].trigger()
    assert offered == [date(2026, 10, 1)]      # not today: the first day the quarter rule allows
    assert page.last_dates[Move.SIGN] == date(2026, 10, 7)
    page.grid.select_rows([2, 3])
    page.entry_bar.menu_actions["sign"].trigger()
    assert offered[-1] == date(2026, 10, 7)    # the date used last, still allowed
    signed = [r for r in page.grid_model.rows if r.evaluation.status is EvaluationStatus.SIGNED]
    assert len(signed) == 4 and {r.evaluation.signed_on for r in signed} == {date(2026, 10, 7)}
    page.entry_bar.menu_actions["shown"].trigger()
    page.entry_bar.menu_actions["receive"].trigger()
    assert offered[-1] == date(2026, 10, 7)    # received: not before the signature of any ready sheet


def test_one_sheet_of_a_running_quarter_is_told_why_instead_of_a_date(running, monkeypatch) -> None:
    from desktop_app.ui.quarter import detail

    offered = _dates_offered(monkeypatch, date(2026, 12, 3))     # the same dialog class as the detail's
    shown: list[str] = []
    monkeypatch.setattr(detail, "show_error", lambda parent, exc: shown.append(exc.render(qt_translate)))
    running.detail.sign_button.click()
    assert offered == []
    assert shown == ["Дата подписания — не ранее 01.01.2027: квартал ещё не окончен, его последний день — "
                     "31.12.2026 (пункт 4 Методики)."]


def test_a_date_in_the_quarter_is_refused_once_saying_it_must_come_after_the_last_day(ended, monkeypatch,
                                                                                    languages) -> None:
    page = ended
    _dates_offered(monkeypatch, date(2026, 9, 30))
    page.entry_bar.menu_actions["shown"].trigger()
    page.entry_bar.menu_actions["sign"].trigger()
    report = page._last_dialog
    assert report.texts() == ["5 листов: Дата подписания 30.09.2026 — слишком рано: дата должна быть позже "
                              "последнего дня квартала (30.09.2026), то есть не ранее 01.10.2026; оценка "
                              "проводится по итогам квартала, после его окончания (пункт 4 Методики)."]
    _switch(languages, "kk")
    [line] = report.texts()
    assert line.startswith("5 парақ: Қол қойылған күн 30.09.2026 — тым ерте: күн тоқсанның соңғы күнінен "
                           "(30.09.2026) кейін, яғни 01.10.2026 немесе одан кейін болуы керек")


def test_the_refusal_and_close_lists_follow_a_switch_to_russian(ended, monkeypatch, languages) -> None:
    page = ended
    _switch(languages, "kk")
    page.close_button.click()
    closing_list = page._last_dialog
    assert closing_list.texts()[0].startswith("5 мәселе: ")
    kk_close = closing_list.texts()[0]
    _dates_offered(monkeypatch, date(2026, 10, 5))
    page.grid.select_rows([0])
    page.entry_bar.menu_actions["sign"].trigger()
    page.entry_bar.menu_actions["shown"].trigger()
    _dates_offered(monkeypatch, date(2026, 10, 6))
    page.entry_bar.menu_actions["receive"].trigger()       # four drafts cannot be received
    batch = page._last_dialog
    kk_batch = batch.texts()[0]
    assert kk_batch.startswith("4 парақ: ") and "Өзгерген парақтар: 1" in batch.heading.text()
    names_kk = {batch.lines.topLevelItem(0).child(i).text(0) for i in range(4)}
    assert "Әлиева Имя11" in names_kk
    _switch(languages, "ru")
    assert batch.texts()[0] != kk_batch and batch.texts()[0].startswith("4 листа: ")
    assert "Изменено листов: 1" in batch.heading.text() and batch.windowTitle() == RU_TITLE
    assert "Алиева Имя11" in {batch.lines.topLevelItem(0).child(i).text(0) for i in range(4)}
    assert closing_list.texts()[0] != kk_close and "вопрос" in closing_list.texts()[0]
    assert "нельзя закрыть" in closing_list.heading.text()
    for text in [*batch.texts(), *closing_list.texts(), batch.heading.text(), closing_list.heading.text()]:
        assert not set("әғқңөұүһі") & set(text.casefold()), text


def test_the_grid_sorts_by_name_in_the_alphabet_of_the_interface_language(ended, qtbot, languages) -> None:
    page = ended
    proxy = page.grid_proxy

    def surnames() -> list[str]:
        return [proxy.row(r).employee.full_name(languages.language).split()[0] for r in range(proxy.rowCount())]

    _switch(languages, "kk")
    qtbot.mouseClick(page.grid.corner, Qt.MouseButton.LeftButton)     # the corner above the names
    assert [n for n in surnames() if n in ("Ахметова", "Әлиева", "Бекова", "Яхина")] == \
        ["Ахметова", "Әлиева", "Бекова", "Яхина"]
    qtbot.mouseClick(page.grid.corner, Qt.MouseButton.LeftButton)     # again: the other way
    assert surnames()[0] == "Яхина"
    menu = page.grid.name_menu()
    menu.actions()[0].trigger()                                         # "А → Я" from the row headers' menu
    _switch(languages, "ru")                                        # Russian: Алиева before Ахметова
    assert [n for n in surnames() if n in ("Ахметова", "Алиева", "Бекова", "Яхина")] == \
        ["Алиева", "Ахметова", "Бекова", "Яхина"]
    assert menu.actions()[0].text() != page.grid.name_menu().actions()[0].text()
    page.grid.name_menu().actions()[2].trigger()                        # back to the roster's order
    assert not page.grid.sorted_by_name()
