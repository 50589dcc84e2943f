"""The Calendar page shows the dates the holidays package only estimates as "to confirm" until the office
confirms them, and imports the government's list of transferred days off."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.calendar import CalendarService
from desktop_app.storage.database import open_store
from tests.sealing import office_key


@pytest.fixture
def page(qtbot, tmp_path: Path, languages, monkeypatch):
    errors: list[str] = []
    from desktop_app.ui.i18n import qt_translate

    monkeypatch.setattr("desktop_app.ui.errors.show_error",
                        lambda parent, exc: errors.append(exc.render(qt_translate)))
    store = open_store(tmp_path / "office.sqlite", office_key())
    from desktop_app.ui.calendar.calendar_page import CalendarPage

    w = CalendarPage(CalendarService(store))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.cal.setCurrentPage(2027, 5)
    yield w, errors
    shiboken6.delete(w)
    store.close()


def _status(w, day: str) -> str:  # type: ignore[no-untyped-def]
    t = w.holidays
    row = next(r for r in range(t.rowCount()) if t.item(r, 0).text() == day)
    return t.item(row, 2).text()


def test_kurban_ait_is_to_confirm_until_the_office_confirms(page) -> None:
    w, errors = page
    assert _status(w, "16.05.2027") == "подтвердить"
    assert _status(w, "08.03.2027") == ""
    w.cal.setSelectedDate(QDate(2027, 5, 16))
    assert w.confirm_button.isEnabled() and "подтвердить" in w.day_label.text()
    w.note.setText("ПП РК № 900")
    w.confirm_button.click()
    assert errors == []
    assert _status(w, "16.05.2027") == "подтверждено учреждением"
    assert not w.confirm_button.isEnabled()


def test_import_of_transfers_from_csv_and_a_wrong_file_changes_nothing(page, tmp_path: Path, monkeypatch) -> None:
    w, errors = page
    bad = tmp_path / "bad.csv"
    bad.write_text("Дата;Вид дня;Акт\n15.05.2026;рабочий;ПП\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    w.import_button.click()
    assert len(errors) == 1 and "не относится к импортируемому 2027 году" in errors[0]
    assert w.overrides.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("Дата;Вид дня;Акт\n15.05.2027;рабочий;ПП РК № 900\n17.05.2027;выходной;ПП РК № 900\n",
                    encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    w.import_button.click()
    assert w.overrides.rowCount() == 2
    assert w.import_result.text() == "Импортировано дней за 2027 год: 2 (рабочих: 1, выходных: 1)."
    assert not w.service.calendar().is_working_day(date(2027, 5, 17))


def _holiday(w, day: str) -> str:  # type: ignore[no-untyped-def]
    t = w.holidays
    return next(t.item(r, 1).text() for r in range(t.rowCount()) if t.item(r, 0).text() == day)


def test_month_day_and_holiday_names_follow_the_interface_language(page, languages, qtbot) -> None:
    """The package names KZ holidays in Kazakh only: the Russian screen reads the catalog's table."""
    from PySide6.QtCore import QLocale

    w, _errors = page
    assert _holiday(w, "01.01.2027") == "Новый год"
    assert _holiday(w, "16.05.2027") == "Курбан айт (предполагаемая дата)"
    assert w.holidays_box.title() == "Праздничные дни 2027 года"
    assert w.cal.locale().language() == QLocale.Language.Russian
    assert w.cal.locale().standaloneMonthName(12) == "декабрь"
    w.cal.setSelectedDate(QDate(2027, 3, 22))
    assert "Праздник: Наурыз мейрамы" in w.day_label.text()
    languages.set_language("kk")
    qtbot.waitUntil(lambda: _holiday(w, "01.01.2027") == "Жаңа жыл")
    assert _holiday(w, "16.05.2027") == "Құрбан айт (болжамды күні)"
    assert w.cal.locale().language() == QLocale.Language.Kazakh
    assert w.cal.locale().dayName(1, QLocale.FormatType.ShortFormat) == "дс"
    assert w.holidays_box.title() == "2027 жылғы мереке күндері"
    languages.set_language("ru")
    qtbot.waitUntil(lambda: _holiday(w, "09.05.2027") == "День Победы")
    texts = [w.holidays.item(r, 1).text() for r in range(w.holidays.rowCount())]
    assert not any(ch in t for t in texts for ch in "әғқңөұүһі"), texts
