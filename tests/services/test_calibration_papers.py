"""The calibration papers from a real database file: the act named in the organisation card, Russian text
typed for the Russian copy, the sex for Russian grammar from the ИИН, PDF and DOCX read back."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader

from desktop_app.domain.calibration import ArgumentForm, Member, Motion, Role
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.records import FeedbackMeeting
from tests.services.calibration_support import open_office

DAY = date(2026, 10, 20)


@pytest.fixture
def office(tmp_path, monkeypatch):
    s = open_office(tmp_path, monkeypatch)
    # ИИН 7th digit: 4 = a woman born in 1900–1999 (Омарова, Әлиева), 3 = a man (Төлеуов)
    for emp, iin in ((1, "850101400001"), (3, "900202400002"), (2, "800303300003")):
        s.store.db.execute("UPDATE employees SET iin = ? WHERE id = ?", [iin, emp])
    yield s
    s.close()


def _session(office) -> int:
    cal = office.calibration
    people = {p.employee_id: p for p in cal.people(DAY)}
    a1 = cal.file_appeal(1, date(2026, 10, 14), "Бағамен келіспеймін")
    members = [Member(people[5], Role.CHAIR), Member(people[1], Role.SECRETARY), Member(people[6])]
    sid = cal.create_session([a1], members, DAY, "Мәжіліс залы", date(2026, 10, 15), "7", place_ru="Зал заседаний")
    cal.set_case(a1, "Кешіктірді", "Мерзім ұзартылды", ArgumentForm.WRITTEN, [Motion(), Motion(3.5, 5, "Расталды",
                 "Подтверждено")], "Опоздала с отчётами", "Срок был продлён")
    for voter, motion in ((5, 1), (1, 1), (6, 0)):
        cal.vote(a1, voter, motion)
    cal.close_session(sid, DAY)
    return sid


def _text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_protocol_prints_russian_text_and_grammar_from_the_database(office) -> None:
    sid = _session(office)
    papers = office.calibration.papers
    ru = _text(papers.protocol(sid, "ru"))
    assert "Зал заседаний" in ru and "Опоздала с отчётами" in ru and "Подтверждено" in ru
    assert "изложила своё несогласие" in ru                      # Омарова: the ИИН says a woman
    assert "Ответственная: Әлиева Г., срок" not in ru           # the Russian copy spells names in Russian
    assert "Ответственная: Алиева Г., срок — до" in ru
    assert "(а)" not in ru and "Мәжіліс" not in ru
    # the seed office has no Russian position titles ("Бөлім басшысы"): the Russian copy would show them
    assert papers.kazakh_only("protocol", sid) == ["position"]
    assert "«против» — 1" in ru and "Ержанов Д. за предложение 1" in ru
    kk = _text(papers.protocol(sid, "kk"))
    assert "Мәжіліс залы" in kk and "Жауапты: Әлиева Г., мерзімі — 2026 жылғы" in kk and "қазанға дейін" in kk


def test_the_order_is_the_act_the_organisation_card_names(office) -> None:
    sid = _session(office)
    assert "БҰЙРЫҚ" in _text(office.calibration.papers.order(sid, "kk"))      # 004 §1.6 by default
    org = office.staff.organisation()
    office.staff.save_organisation(replace(org, order_act="instruction", issue_place_kk="Қарасу ауылы",
                                           issue_place_ru="село Карасу", appointing_official_title_ru="Руководитель"
                                                                                                    " аппарата"))
    ru = _text(office.calibration.papers.order(sid, "ru"))
    assert "РАСПОРЯЖЕНИЕ" in ru and "село Карасу" in ru and "Руководитель аппарата Жумабеков Е.К." in ru
    assert "ПРИКАЗ" not in ru and "Аппарат басшысы" not in ru
    doc = Document(io.BytesIO(office.calibration.papers.order(sid, "both", "docx")))
    texts = [p.text for p in doc.paragraphs]
    assert "ӨКІМ" in texts and "РАСПОРЯЖЕНИЕ" in texts
    assert doc.core_properties.author == "«Қарасу ауданы әкімінің аппараты» ММ"
    with pytest.raises(ValidationError):
        office.staff.save_organisation(replace(org, order_act="edict"))
    assert office.staff.organisation().order_act == "instruction"


def test_memo_warns_of_kazakh_only_text_and_names_the_sex(office) -> None:
    sid = _session(office)
    appeal = office.calibration.session(sid).cases[0].appeal.id
    office.calibration.save_feedback(FeedbackMeeting(appeal, date(2026, 10, 23), "Есептер", "Excel", "Орынбасар",
                                                     "Отчёты", "", "Заместитель"))
    assert office.calibration.papers.kazakh_only("memo", appeal) == ["position", "skills"]
    ru = _text(office.calibration.papers.memo(appeal, "ru"))
    assert "Ознакомлена" in ru and "Омарова С." in ru and "Отчёты" in ru and "Заместитель" in ru
    assert "Оценивающее лицо, бөлім басшысы (Отдел экономики) Толеуов К." in ru   # no Russian title typed
