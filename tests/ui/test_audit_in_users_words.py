"""The audit log page says every entry in the reader's language: what the program did (a restore, a staff
import, a settings change) is said in Kazakh or Russian, a setting by its name, a sheet by its evaluee — never an
English sentence or an internal key (001 §12–§13)."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.audit import AuditService
from desktop_app.services.backup import BackupService
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.services.security import SecurityService
from desktop_app.services.staff import StaffService
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import open_store
from desktop_app.storage.evaluation_repository import EntryRow
from desktop_app.ui.audit.audit_page import ROW_WIDTH, AuditPage, AuditTableModel
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key
from tests.services.test_staff_import import GOOD, RU_HEADER, write_csv

M = methodology_001()
#: A word of two Latin letters or more (a folder, a file name or an e-mail address is taken out first: they are data).
_LATIN = re.compile(r"[A-Za-z]{2,}")
_EMAIL = re.compile(r"\S+@\S+")


@pytest.fixture
def restored(tmp_path: Path):
    """A sealed office with a sheet scored, the backup settings and the lock time changed, staff imported, an
    entry of an older version (English reason), then a copy made and restored."""
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    evaluations = EvaluationService(quarters)
    q = quarters.open_quarter(2026, 3)
    sheet = next(r.evaluation for r in evaluations.grid(q.id) if r.employee.id == 10)
    evaluations.add_entry(EntryRow(None, sheet.id, "bonus", "b5", Decimal(2), doc_number="12-05/345",
                                   doc_date=date(2026, 8, 14)))
    backup = BackupService(store)
    backup.save_settings(tmp_path / "көшірмелер", keep=5, daily=True)
    SecurityService(store).set_idle_minutes(10)
    staff = StaffService(store)
    staff.importer.apply(write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD]))
    with store.atomic(), audit_reason(store, "dismissal on 15.08.2026"):   # as versions before this one wrote
        store.db.execute("UPDATE units SET name_ru = name_ru WHERE id = 1")
        store.db.execute("UPDATE employees SET phone = '+7 700 000 00 00' WHERE id = 10")
    copy = backup.back_up(tmp_path / "көшірмелер")
    backup.restore(copy)
    yield store, copy.name, str(tmp_path)
    store.close()


def _cells(page: AuditPage) -> list[list[str]]:
    m = page.model
    while m.canFetchMore():
        m.fetchMore()
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_cell_is_english_or_an_internal_key(qtbot, restored, languages, lang: str) -> None:
    store, copy, folder = restored
    languages.set_language(lang)
    page = AuditPage(AuditService(store))
    qtbot.addWidget(page)
    rows = _cells(page)
    assert len(rows) > 20
    for row in rows:
        for cell in row:
            bare = _EMAIL.sub("", cell.replace(folder, "").replace(copy, "").replace("staff.csv", ""))
            assert not _LATIN.search(bare), (lang, row)
            assert "backup." not in cell and "lock." not in cell, row
    reasons = {r[AuditTableModel.REASON] for r in rows}
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    if lang == "ru":
        assert {f"восстановлено из копии {copy}", "загрузка работников из файла staff.csv",
                "настройки резервного копирования", "блокировка после бездействия",
                "увольнение 15.08.2026"} <= reasons
        assert headers[AuditTableModel.TABLE] == "Вид записи"
        assert page.table_filter.itemText(0) == "Все виды записей"
        restore = next(r for r in rows if r[AuditTableModel.REASON].startswith("восстановлено"))
        assert restore[AuditTableModel.ROW] == "последнее восстановление"
        # a setting's long name does not take the changes' room: the column is capped, the tooltip says it whole
        assert page.view.columnWidth(AuditTableModel.ROW) <= ROW_WIDTH
        at = page.model.index(rows.index(restore), AuditTableModel.ROW)
        assert page.model.data(at, Qt.ItemDataRole.ToolTipRole) == "последнее восстановление"
        assert "настройка — последнее восстановление" in restore[AuditTableModel.CHANGES]
        # a sheet is named by its evaluee and quarter, as on the printed extract
        assert any("оценочный лист — " in r[AuditTableModel.CHANGES] and "3 квартал 2026 года"
                   in r[AuditTableModel.CHANGES] for r in rows)
        # switched while open: the filter and the reasons follow the language
        languages.set_language("kk")
        qtbot.waitUntil(lambda: page.table_filter.itemText(0) == "Жазбалардың барлық түрі")   # posted
        assert f"көшірмеден қалпына келтірілді: {copy}" in {r[AuditTableModel.REASON] for r in _cells(page)}
    else:
        assert {f"көшірмеден қалпына келтірілді: {copy}", "қызметкерлер файлдан жүктелді: staff.csv",
                "резервтік көшіру баптаулары", "15.08.2026 жұмыстан босату"} <= reasons
        assert headers[AuditTableModel.TABLE] == "Жазба түрі"
        assert page.table_filter.itemText(0) == "Жазбалардың барлық түрі"
        assert any("2026 жылғы 3-тоқсан" in r[AuditTableModel.CHANGES] for r in rows)
