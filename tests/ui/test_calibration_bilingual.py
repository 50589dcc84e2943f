"""Russian text typed for the Russian copy of the calibration papers (session place, arguments, reasoning,
memo topics) is stored and printed; a Russian copy that would carry Kazakh-only text warns before printing."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.demo.calibration import demo_calibration
from tests.services.calibration_support import open_office

TODAY = date(2026, 11, 22)


@pytest.fixture
def office(tmp_path, monkeypatch):
    s = open_office(tmp_path, monkeypatch)
    for emp in range(1, 8):     # Russian position titles, so that only the typed texts are in question
        s.store.db.execute("UPDATE positions SET title_ru = 'специалист' WHERE id = ?", [emp])
    with s.store.atomic():
        demo_calibration(s, TODAY)
    yield s
    s.close()


def _text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_russian_texts_typed_in_the_dialogs_reach_the_russian_protocol(qtbot, office, languages) -> None:
    from desktop_app.ui.calibration.session_dialog import SessionDialog

    sid = office.calibration.sessions()[0].id
    # the demo session is closed; an open one is needed to edit it
    office.store.db.execute("UPDATE calibration_sessions SET status = 'draft' WHERE id = ?", [sid])
    dialog = SessionDialog(office.calibration, TODAY, session_id=sid)
    qtbot.addWidget(dialog)
    dialog.place_ru.setText("Зал заседаний акимата, 2 этаж")
    assert dialog.save()
    editor = dialog.case_editors[0]
    editor.evaluator_arg_ru.setPlainText("Объём работы средний.")
    editor.appellant_arg_ru.setPlainText("Срок поручения был продлён.")
    editor.motions.item(1, 3).setText("Продление подтверждено письмом.")
    votes_before = office.calibration.session(sid).cases[0].votes
    assert editor.save_case()
    case = office.calibration.session(sid).cases[0]
    assert case.votes == votes_before and case.votes      # a translation does not clear the votes
    assert case.motions[1].proposed_by is not None         # who argued the motion stays recorded
    ru = _text(office.calibration.papers.protocol(sid, "ru"))
    # the speakers' words are quoted, the sentence's full stop after the closing quote
    for part in ("Зал заседаний акимата, 2 этаж", "«Объём работы средний».", "«Срок поручения был продлён».",
                 "Довод: «Продление подтверждено письмом»."):
        assert part in ru, part
    assert office.calibration.papers.kazakh_only("protocol", sid) == []


def test_a_russian_copy_with_kazakh_only_text_warns_before_printing(qtbot, office, languages,
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui import printing
    from desktop_app.ui.calibration.papers import PapersActions

    sid = office.calibration.sessions()[0].id
    office.store.db.execute("UPDATE appeals SET appellant_argument_ru = '' WHERE session_id = ?", [sid])
    assert office.calibration.papers.kazakh_only("protocol", sid) == ["appellant_argument"]
    parent = QWidget()
    qtbot.addWidget(parent)
    rendered: list[str] = []
    monkeypatch.setattr(printing, "choose_document_language", lambda _p, _l: chosen[0])
    monkeypatch.setattr(printing, "render_document", lambda _p, _t, lang, render=None, steps=None:
                        rendered.append(lang))
    chosen = ["ru"]
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "kazakhOnlyWarning"
                   and w.isVisible())
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    PapersActions(office.calibration, parent).protocol(sid)
    assert rendered == [] and len(seen) == 1                  # declined: nothing rendered
    assert "the appellant's argument" in seen[0] or "оцениваемого" in seen[0] or "бағаланушы" in seen[0]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    PapersActions(office.calibration, parent).protocol(sid)
    assert rendered == ["ru"] and len(seen) == 2              # "print as it is"
    chosen[0] = "kk"                                          # a Kazakh copy needs no Russian text
    PapersActions(office.calibration, parent).protocol(sid)
    assert rendered == ["ru", "kk"] and len(seen) == 2
