"""The appeals page, the session editor with its member picker, votes, closing, and the print preview."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.calibration import Role

TODAY = date(2026, 11, 22)





def test_appeals_page_lists_deadlines_and_sessions(qtbot, calibration_office, languages) -> None:
    from desktop_app.ui.calibration.appeals_page import AppealsPage

    page = AppealsPage(calibration_office.calibration, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.appeals.rowCount() == 2 and page.sessions.rowCount() == 1
    texts = [page.appeals.item(r, c).text() for r in range(2) for c in range(9)]
    assert "Омарова Сәуле" in texts and "Исаев Тимур" in texts
    assert any(t.startswith("1 → 3,00") for t in texts)
    assert page.sessions.item(0, 0).text() == "1"


def test_session_editor_refuses_an_invalid_composition_then_votes_and_closes(qtbot, calibration_office, languages,
                                                                            monkeypatch) -> None:
    from desktop_app.ui.calibration import case_editor, session_dialog
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    shown: list[str] = []
    monkeypatch.setattr(session_dialog, "show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(case_editor, "show_error", lambda _p, exc: shown.append(str(exc)))
    # the demo appeal's deadlines passed before TODAY: the warning is answered "go on" (test_late_session_ui)
    monkeypatch.setattr(session_dialog.QMessageBox, "warning", lambda *_a: session_dialog.QMessageBox.StandardButton.Yes)
    pending = next(r.appeal for r in calibration_office.calibration.appeals(TODAY) if r.appeal.session_id is None)
    dialog = SessionDialog(calibration_office.calibration, TODAY, appeal_ids=[pending.id])
    qtbot.addWidget(dialog)
    # the picker never offers the appellant (7) or the disputed evaluator (4)
    offered = {p.employee_id for p in dialog.picker._people}
    assert 7 not in offered and 4 not in offered
    default = dialog.picker.members()
    assert len(default) == 3 and any(m.person.is_hr for m in default)
    dialog.picker.set_member(default[-1].employee_id, False)     # two members: refused with the reason
    assert not dialog.save()
    assert "at least 3" in shown[-1]
    dialog.picker.use_default()
    assert dialog.save()
    assert dialog.session is not None and dialog.session.number == "2" and len(dialog.case_editors) == 1
    editor = dialog.case_editors[0]
    editor.evaluator_arg.setPlainText("Жұмыс көлемі орташа")
    assert editor.save_case()
    members = [m.employee_id for m in dialog.session.members]
    editor.cast(members[0], 1)
    assert not dialog.close_session()                              # one vote of three: no majority
    assert "majority" in shown[-1]
    editor.cast(members[1], 1)
    assert "Предложение 2 поддержано большинством" in editor.tally.text()   # the Russian interface
    assert dialog.close_session()
    assert dialog.session.status.value == "closed"
    assert [m.role for m in dialog.session.members].count(Role.CHAIR) == 1


def test_print_preview_renders_the_protocol_pages(qtbot, calibration_office) -> None:
    from desktop_app.ui.calibration.print_preview import PdfPages, preview_pdf

    data = calibration_office.calibration.papers.protocol(1, "both")
    pages = PdfPages(data)
    assert pages.count >= 2
    img = pages.image(0, 30)
    assert img.pixelColor(2, 2).name() == "#ffffff"              # filled white, not transparent
    dialog = preview_pdf(None, data, "Protocol No. 1")
    qtbot.addWidget(dialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda _printer: painted.append(1))
    dialog.show()                                   # paints the pages through the (kept-alive) printer
    qtbot.waitUntil(lambda: bool(painted))
    assert dialog.objectName() == "protocolPreview"


def test_headers_and_buttons_follow_the_interface_language(qtbot, calibration_office, languages) -> None:
    from desktop_app.ui.calibration.appeals_page import AppealsPage

    page = AppealsPage(calibration_office.calibration, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.appeals.horizontalHeaderItem(0).text() == "Заявитель"
    assert page.buttons["new"].text() == "Новое обращение…"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.appeals.horizontalHeaderItem(0).text() == "Өтініш беруші")
    assert page.buttons["new"].text() == "Жаңа өтініш…"
    assert page.appeals.item(0, 6).text() == "мерзімінде"          # "on time", re-rendered without reloading


def test_names_follow_the_interface_language_on_the_page_dialogs_and_votes(qtbot, calibration_office, languages) -> None:
    """name_ru / position_ru are stored: the Russian screen shows them, the Kazakh one the Kazakh spelling."""
    from desktop_app.ui.calibration.appeal_dialog import AppealDialog
    from desktop_app.ui.calibration.appeals_page import AppealsPage
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    db = calibration_office.calibration.repo.db
    db.execute("UPDATE employees SET first_name_ru = 'Сауле' WHERE id = 3")
    db.execute("UPDATE employees SET last_name_ru = 'Касымов', first_name_ru = 'Бауыржан' WHERE id = 5")
    db.execute("UPDATE positions SET title_ru = 'Руководитель отдела' WHERE id = 5")
    page = AppealsPage(calibration_office.calibration, lambda: TODAY)
    qtbot.addWidget(page)
    names = lambda: {page.appeals.item(r, 0).text() for r in range(page.appeals.rowCount())}  # noqa: E731
    assert "Омарова Сауле" in names() and "Омарова Сәуле" not in names()
    dialog = AppealDialog(calibration_office.calibration, TODAY)
    qtbot.addWidget(dialog)
    items = [dialog.evaluation.itemText(i) for i in range(dialog.evaluation.count())]
    assert any(t.startswith("Омарова Сауле — 3/2026 — 3,00") for t in items), items
    pending = next(r.appeal for r in calibration_office.calibration.appeals(TODAY) if r.appeal.session_id is None)
    session = SessionDialog(calibration_office.calibration, TODAY, appeal_ids=[pending.id])
    qtbot.addWidget(session)
    cells = [session.picker.table.item(r, 1).text() for r in range(session.picker.table.rowCount())]
    assert "Касымов Бауыржан\nРуководитель отдела (Юридический отдел)" in cells

    languages.set_language("kk")
    qtbot.waitUntil(lambda: "Омарова Сәуле" in names())
    assert "Омарова Сауле" not in names()
    items = [dialog.evaluation.itemText(i) for i in range(dialog.evaluation.count())]
    assert any(t.startswith("Омарова Сәуле — 3/2026") for t in items)
    cells = [session.picker.table.item(r, 1).text() for r in range(session.picker.table.rowCount())]
    assert "Қасымов Бауыржан\nБөлім басшысы (Құқық бөлімі)" in cells
