"""Creating a calibration session after an appeal's decision deadline (001 §19, §20) warns, naming the
appeal and the missed date, and lets the user go on or stop."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from tests.services.calibration_support import open_office

FILED = date(2026, 10, 14)


@pytest.fixture
def office(tmp_path, monkeypatch):
    s = open_office(tmp_path, monkeypatch)
    yield s
    s.close()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_late_session_warns_with_the_appeal_and_the_date_and_goes_on_only_if_asked(
        qtbot, office, languages, monkeypatch, answer) -> None:
    from desktop_app.ui.calibration import session_dialog
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    aid = office.calibration.file_appeal(1, FILED, "Бағамен келіспеймін")
    warned: list[str] = []

    def warning(_parent, title, text, *_rest):  # type: ignore[no-untyped-def]
        warned.append(f"{title}\n{text}")
        return answer

    monkeypatch.setattr(session_dialog.QMessageBox, "warning", warning)
    dialog = SessionDialog(office.calibration, date(2026, 12, 3), appeal_ids=[aid])
    qtbot.addWidget(dialog)
    dialog.decided_on.setDate(QDate(2026, 12, 3))
    dialog.held_on.setDate(QDate(2026, 12, 3))
    assert dialog.save() is (answer == QMessageBox.StandardButton.Yes)
    assert len(warned) == 1
    text = warned[0]
    assert text.startswith("Срок пропущен\nСрок по обращению пропущен:")
    assert ("Обращение: Омарова Сәуле — решение о проведении сессии нужно было принять до 19.10.2026 "
            "(пункт 19 Методики); оно принимается 03.12.2026.") in text
    assert "пункт 20 Методики" in text and "Создать сессию?" in text
    created = office.calibration.sessions()
    assert (len(created) == 1) is (answer == QMessageBox.StandardButton.Yes)


def test_an_on_time_session_asks_nothing(qtbot, office, languages, monkeypatch) -> None:
    from desktop_app.ui.calibration import session_dialog
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    aid = office.calibration.file_appeal(1, FILED, "Бағамен келіспеймін")
    warned: list[str] = []
    monkeypatch.setattr(session_dialog.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = SessionDialog(office.calibration, date(2026, 10, 19), appeal_ids=[aid])
    qtbot.addWidget(dialog)
    dialog.decided_on.setDate(QDate(2026, 10, 19))
    dialog.held_on.setDate(QDate(2026, 10, 20))
    assert dialog.save() and warned == []


def test_dashboard_line_of_an_appeal_cites_the_methodology_and_needs_no_case(qtbot, office, languages) -> None:
    from desktop_app.ui.i18n import qt_translate

    office.calibration.file_appeal(1, FILED, "Бағамен келіспеймін")
    [item] = office.calibration.due_items(date(2026, 10, 20))
    assert item.level == "overdue"
    assert item.text.render(qt_translate) == ("Обращение: Омарова Сәуле — принять решение о проведении сессии и "
                                              "утвердить её состав до 19.10.2026 (пункт 19 Методики).")
    languages.set_language("kk")
    assert item.text.render(qt_translate) == ("Өтініш: Омарова Сәуле — калибрлеу сессиясын өткізу туралы шешім "
                                              "қабылдап, оның құрамын бекіту керек, соңғы күні — 19.10.2026 "
                                              "(Әдістеменің 19-тармағы).")
