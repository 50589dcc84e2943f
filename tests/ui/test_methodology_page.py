"""The Methodology page driven with qtbot on a real database file (UI tests)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.methodology.page import MethodologyPage


@pytest.fixture
def page(qtbot, services):
    p = MethodologyPage(services.methodology, lambda: "ru")
    qtbot.addWidget(p)
    p.show()
    return p


def _finish_quarter(services, methodology_id: int) -> None:
    # A finished quarter of the evaluation area evaluated under this version.
    services.store.db.execute("INSERT INTO quarters (year, quarter, methodology_id, status, opened_at) "
                              "VALUES (2025, 4, ?, 'final', '2026-01-05')", [methodology_id])


def test_add_an_item_with_count_tiers_and_see_its_example(qtbot, page, services):
    page.copy_preset("typical_2025")
    page.editor.setCurrentWidget(page.editor.scale)
    dialog = page.editor.scale.add_item(level=4)
    qtbot.addWidget(dialog)
    dialog.text_kk.setPlainText("Жеке және заңды тұлғалардың өтініштерін қарау")
    dialog.text_ru.setPlainText("Рассмотрение обращений физических и юридических лиц")
    dialog.source.setText("002 §17 4)")
    rule = dialog.rule
    rule.kind.setCurrentIndex(2)                       # points by count (tiers)
    for lower, upper, points in (("5", "10", "2"), ("11", "15", "3"), ("16", "20", "4"), ("21", "", "5")):
        qtbot.mouseClick(rule.add_tier, Qt.MouseButton.LeftButton)
        r = rule.tiers.rowCount() - 1
        for c, v in enumerate((lower, upper, points)):
            rule.tiers.item(r, c).setText(v)
    dialog.quantity.setValue(12)
    assert dialog.example.text().startswith("12 → +3")
    dialog.quantity.setValue(21)
    assert dialog.example.text().startswith("21 → +5")
    dialog.quantity.setValue(4)
    assert dialog.example.text().startswith("4 → 0")
    dialog.accept()
    qtbot.waitUntil(lambda: any(i.text_ru.startswith("Рассмотрение обращений физ") for i in page.editor.scale.items))
    saved = page.save()
    assert saved is not None
    item = next(i for i in services.methodology.get(saved.id).bonus_items if i.source == "002 §17 4)")
    assert item.level == 4 and [t.points for t in item.rule.tiers] == [2, 3, 4, 5]
    assert item.rule.tiers[-1].upper is None


def test_copy_a_preset_edit_a_band_and_see_the_new_version(qtbot, page, services):
    m = page.copy_preset("typical_2025")
    _finish_quarter(services, m.id)
    page.refresh(m.id)
    assert page.lock_label.isVisible()
    bands = page.editor.bands.table
    assert bands.item(0, 2).text() == "4"
    bands.item(0, 2).setText("4,5")                       # effective from 4.5 …
    bands.item(1, 3).setText("4.49")                      # … proper up to 4.49
    saved = page.save()
    assert saved is not None and saved.id != m.id and saved.version == 2
    assert "version 2" in page.status.text()
    assert page.table.rowCount() == 2
    assert page.current().id == saved.id and page.table.item(page.table.currentRow(), 1).text() == "2"
    assert services.methodology.get(m.id).bands[0].lower == 4               # the finished quarter's version
    assert services.methodology.get(saved.id).grade_for(Decimal("4.4")).name_ru.endswith("надлежащим образом")


def test_invalid_band_is_refused_and_nothing_changes(qtbot, languages, page, services, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    m = page.copy_preset("typical_2025")
    page.editor.bands.table.item(0, 2).setText("3.5")        # overlaps the 3–3.99 band
    assert page.save() is None
    # The place is named as the user sees it (the band's range), never as an internal key ("bands[2]").
    assert len(shown) == 1
    assert shown[0].startswith("Граница оценки 3–3") and "пересекаются" in shown[0]
    assert services.methodology.get(m.id).bands[0].lower == 4


def test_import_export_from_the_page(qtbot, page, services, tmp_path: Path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    page.copy_preset("points_2017")
    out = tmp_path / "m.json"
    page.export_file(out)
    assert json.loads(out.read_text(encoding="utf-8"))["base_points"] == 100
    assert page.import_file(out) is not None and page.table.rowCount() == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert page.import_file(bad) is None and shown
    assert page.table.rowCount() == 2


def test_general_tab_round_trip_keeps_the_version(qtbot, page, services):
    m = page.copy_preset("points_2017")
    assert page.editor.current() == services.methodology.get(m.id)
    page.editor.general.name_ru.setText("Методика аппарата (баллы)")
    page.editor.general.deadlines["appeal_wd"].setValue(7)
    saved = page.save()
    assert saved.id == m.id and saved.deadlines.appeal_wd == 7 and saved.name_ru == "Методика аппарата (баллы)"


def test_page_is_registered_in_the_navigation(qtbot, services):
    from desktop_app.ui.changes import Area, ChangeBus, PageContext
    from desktop_app.ui.pages import default_pages

    spec = next(p for p in default_pages() if p.key == "methodology")
    changed: list[frozenset[Area]] = []
    bus = ChangeBus()
    bus.changed.connect(changed.append)
    page = spec.factory(services, PageContext(bus=bus, language=lambda: "kk"))
    qtbot.addWidget(page)
    assert isinstance(page, MethodologyPage)
    page.copy_preset("typical_2025")
    assert changed == [frozenset({Area.METHODOLOGY})]
    assert page.table.item(0, 0).text().startswith("Бағалау әдістемесі")   # names in the interface language


def test_sheet_of_form_2_scored_by_criteria(qtbot, page, services):
    m = page.copy_preset("typical_2025")
    box = page.editor.sheets.boxes[2]
    box.mode.setCurrentIndex(1)                       # criteria, each 0–5
    box.combine.setCurrentIndex(0)                    # mean
    assert box.criteria.isEnabled()
    for code, kk, ru in (("quality", "Сапасы", "Качество"), ("timeliness", "Уақтылығы", "Своевременность")):
        qtbot.mouseClick(box.buttons[0], Qt.MouseButton.LeftButton)
        r = box.criteria.rowCount() - 1
        for c, v in enumerate((code, kk, ru)):
            box.criteria.item(r, c).setText(v)
    saved = page.save()
    assert saved is not None and saved.id == m.id
    from desktop_app.domain.methodology import sheet_score

    sheet = services.methodology.get(m.id).sheet(2)
    assert sheet.mode == "criteria" and [c.name_ru for c in sheet.criteria] == ["Качество", "Своевременность"]
    assert sheet_score(sheet, {"quality": 5, "timeliness": 4}) == Decimal("4.50")


def test_print_the_scale_from_the_page(qtbot, page, tmp_path: Path, monkeypatch):
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui import printing

    page.copy_preset("typical_2025")
    out = tmp_path / "scale.pdf"
    monkeypatch.setattr(printing, "choose_document_language", lambda parent, initial: "ru")
    # the document dialog (ui/printing.py): press "Save as PDF…" instead of waiting on the modal dialog
    monkeypatch.setattr(printing.DocumentActionsDialog, "exec", lambda self: (self.save_pdf(), 0)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.print_scale()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Шкала баллов за поощряемые показатели" in text and "Осуществление наставнической" in text


def test_delete_asks_and_refuses_a_version_used_by_a_quarter(qtbot, page, services, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    used = page.copy_preset("typical_2025")
    _finish_quarter(services, used.id)
    free = page.copy_preset("points_2017")
    page.refresh(free.id)
    page.delete_selected()
    assert [m.id for m in services.methodology.list_versions()] == [used.id]
    page.refresh(used.id)
    page.delete_selected()
    assert shown and [m.id for m in services.methodology.list_versions()] == [used.id]


@pytest.mark.parametrize("preset", ["typical_2025", "points_2017"])
def test_item_editor_keeps_every_preset_item_unchanged(qtbot, preset):
    """Opening and confirming the editor must not alter a rule: tiers, ×0, shared caps, co-executor shares."""
    from desktop_app.domain.methodology import load_preset
    from desktop_app.ui.methodology.item_dialog import ItemDialog

    m = load_preset(preset)
    for penalty, items in ((False, m.bonus_items), (True, m.penalty_items)):
        for item in items:
            dialog = ItemDialog(item, penalty)
            qtbot.addWidget(dialog)
            assert dialog.item() == item, item.id


def test_zero_multiplier_shows_no_penalty_in_the_example(qtbot):
    from desktop_app.domain.methodology import load_preset
    from desktop_app.ui.methodology.item_dialog import ItemDialog

    dialog = ItemDialog(load_preset("points_2017").penalty_item("002-21-02"), True)
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(2)
    assert dialog.example.text().startswith("2 → −20")
    dialog.flags["short_deadline"].setChecked(True)
    assert dialog.example.text().startswith("2 → 0")


def test_the_banner_of_a_version_in_use_follows_a_language_switch(qtbot, languages, services):
    p = MethodologyPage(services.methodology, lambda: languages.language)
    qtbot.addWidget(p)
    p.show()
    m = p.copy_preset("typical_2025")
    _finish_quarter(services, m.id)
    p.refresh(m.id)
    assert p.lock_label.text().startswith("По этой версии")
    languages.set_language("kk")
    qtbot.waitUntil(lambda: not p.lock_label.text().startswith("По этой версии"))
    assert p.lock_label.isVisible() and p.lock_label.text().startswith("Осы нұсқа бойынша")
