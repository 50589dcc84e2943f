"""The window names the act as the paper prints it (приказ / бұйрық by default, распоряжение when the
organisation card says so), and the session dialog gives its columns, role box and case tables room
(QA-1 A10, F27)."""
from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 22)





def test_button_fields_and_preview_title_use_the_act_of_the_organisation_card(qtbot, calibration_office, languages,
                                                                               monkeypatch) -> None:
    from desktop_app.ui.calibration import papers
    from desktop_app.ui.calibration.appeals_page import AppealsPage
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    titles: list[str] = []
    monkeypatch.setattr(papers, "present_document", lambda _p, title, *_a, **_k: titles.append(title))
    page = AppealsPage(calibration_office.calibration, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.buttons["order"].text() == "Приказ…"
    sid = calibration_office.calibration.sessions()[0].id
    dialog = SessionDialog(calibration_office.calibration, TODAY, session_id=sid)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.labels]
    assert "Номер приказа" in labels and "Дата приказа" in labels
    assert not any("распоряж" in t.lower() for t in labels)
    page.papers.order(sid)
    assert titles[-1] == "Приказ о калибровочной сессии № 1"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.buttons["order"].text() == "Бұйрық…")
    assert "Бұйрық нөмірі" in [label.text() for label in dialog.labels]

    # an akim's calibration_office that calls sessions by распоряжение / өкім: the card changes, the window follows
    calibration_office.calibration.repo.db.execute("UPDATE organisation SET order_act = 'instruction' WHERE id = 1")
    page.refresh()
    assert page.buttons["order"].text() == "Өкім…"
    languages.set_language("ru")
    qtbot.waitUntil(lambda: page.buttons["order"].text() == "Распоряжение…")
    other = SessionDialog(calibration_office.calibration, TODAY, session_id=sid)
    qtbot.addWidget(other)
    assert "Номер распоряжения" in [label.text() for label in other.labels]
    page.papers.order(sid)
    assert titles[-1] == "Распоряжение о калибровочной сессии № 1"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_session_dialog_shows_whole_headers_roles_and_rows(qtbot, calibration_office, languages, monkeypatch,
                                                           lang: str) -> None:
    from PySide6.QtWidgets import QComboBox, QMessageBox

    from desktop_app.ui.calibration.session_dialog import SessionDialog

    languages.set_language(lang)
    # The demo appeal's deadline may have passed by TODAY: the late-session warning is answered "go on".
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pending = next(r.appeal for r in calibration_office.calibration.appeals(TODAY) if r.appeal.session_id is None)
    dialog = SessionDialog(calibration_office.calibration, TODAY, appeal_ids=[pending.id])
    qtbot.addWidget(dialog)
    assert dialog.save()
    dialog.resize(900, 680)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.picker.table
    header = table.horizontalHeader()
    present = table.horizontalHeaderItem(4).text()
    assert "(" not in present and header.sectionSize(4) >= header.fontMetrics().horizontalAdvance(present)
    combos = [table.cellWidget(r, 3) for r in range(table.rowCount())]
    assert combos and all(isinstance(c, QComboBox) for c in combos)
    longest = max(c.fontMetrics().horizontalAdvance(c.itemText(i)) for c in combos for i in range(c.count()))
    assert header.sectionSize(3) > longest + 20          # the arrow and the frame beside the longest role
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.case_editors[0]
    qtbot.waitUntil(editor.isVisible)
    for t in (editor.motions, editor.votes):             # at least three rows under the header
        assert t.viewport().height() >= 3 * t.verticalHeader().defaultSectionSize(), t.objectName()
    first, twin = editor.form_labels[0].text(), editor.form_labels[3].text()
    if lang == "ru":
        assert first == "Аргументы оценивающего лица на казахском языке" and twin == "То же на русском языке"
    else:
        assert first == "Бағалаушының дәлелі қазақ тілінде" and twin == "Сол мәтін орыс тілінде"
