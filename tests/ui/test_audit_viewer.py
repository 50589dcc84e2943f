"""The audit log viewer: filters, the chain state, the printable extract (001 §12–§13)."""
from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services.audit import AuditService
from desktop_app.storage.audit import audit_reason
from desktop_app.ui.audit.audit_page import AuditPage, AuditTableModel


@pytest.fixture
def filled(store):
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Финансовый отдел')")
    with store.atomic(), audit_reason(store, "Бұйрық № 7-ж"):
        store.db.execute("UPDATE units SET name_ru = 'Отдел финансов' WHERE id = 1")
        store.db.execute("UPDATE organisation SET name_ru = 'Аппарат акима', name_kk = 'Әкім аппараты'")
    return store


@pytest.fixture
def page(qtbot, filled, languages):
    p = AuditPage(AuditService(filled))
    qtbot.addWidget(p)
    p.show()
    return p


def _shown(page: AuditPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_entries_show_old_new_and_reason_newest_first(page, qtbot) -> None:
    # in words of the interface language, never a table or column name
    assert _shown(page, AuditTableModel.TABLE) == ["Карточка организации", "Структурное подразделение",
                                                   "Структурное подразделение"]
    assert _shown(page, AuditTableModel.ACTION) == ["изменено", "изменено", "добавлено"]
    assert "наименование (на русском): Финансовый отдел → Отдел финансов" in _shown(page, AuditTableModel.CHANGES)
    assert _shown(page, AuditTableModel.REASON)[1] == "Бұйрық № 7-ж"
    assert page.model.headerData(AuditTableModel.REASON, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Основание"
    qtbot.waitUntil(lambda: "не нарушена" in page.chain.text())


def test_filters_by_table_text_in_any_case_and_dates(page) -> None:
    page.table_filter.setCurrentIndex(page.table_filter.findData("units"))
    page.apply.click()
    assert _shown(page, AuditTableModel.TABLE) == ["Структурное подразделение"] * 2
    page.table_filter.setCurrentIndex(0)
    page.text.setText("ҚАРЖЫ")  # Kazakh capitals find "Қаржы"
    page.apply.click()
    assert len(_shown(page, 0)) == 2
    page.text.setText("")
    page.use_from.setChecked(True)
    page.date_from.setDate(date.today() + timedelta(days=1))
    page.apply.click()
    assert _shown(page, 0) == []
    page.date_from.setDate(date.today())
    page.use_to.setChecked(True)
    page.date_to.setDate(date.today())
    page.apply.click()
    assert len(_shown(page, 0)) == 3


def test_tampered_log_is_shown_broken(page, filled, qtbot) -> None:
    filled.db.execute('DROP TRIGGER "audit__audit_log__no_update"')
    filled.db.execute("UPDATE audit_log SET change = json_array(NULL, NULL, 'подлог') WHERE id = 2")
    page.reload()
    qtbot.waitUntil(lambda: "нарушена на записи 2" in page.chain.text())


def test_printed_extract_holds_the_filtered_entries(page, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.ui import printing

    out = tmp_path / "extract.pdf"
    monkeypatch.setattr(printing, "choose_document_language", lambda parent, initial: "ru")

    def save_from_the_actions_dialog(dialog: printing.DocumentActionsDialog) -> int:
        out.write_bytes(dialog.pdf)  # the dialog offers print preview, save and open; the test keeps the PDF
        return 0

    monkeypatch.setattr(printing.DocumentActionsDialog, "exec", save_from_the_actions_dialog)
    page.table_filter.setCurrentIndex(page.table_filter.findData("units"))
    page.apply.click()
    page.print_button.click()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=False).stdout
    assert "Выписка из журнала изменений" in text and "Аппарат акима" in text
    assert "Финансовый отдел → Отдел" in " ".join(text.split()) and "Бұйрық № 7-ж" in text
    assert "organisation" not in text.split("Условия отбора")[1].split("\n", 1)[1]
    # the extract speaks in words: no table or column name, dates as dd.mm.yyyy, signed with the position
    assert "Условия отбора: Структурное подразделение" in text
    assert "наименование (на русском): Финансовый отдел → Отдел" in " ".join(text.split())
    assert "(3 записи)" in text                                  # plural agreement
    for raw in ("units", "name_ru", "name_kk", "head_position_id"):
        assert raw not in text, raw
    assert "Руководитель службы управления персоналом" in text and "«___» ____________ 20__ г." in text
    assert "Записей в выписке: 2" in text and "нарушений нет" in text


def test_a_long_log_is_read_a_page_at_a_time(qtbot, filled, languages) -> None:
    """The first visit reads the newest entries only; scrolling to the end reads the next ones."""
    from desktop_app.ui.audit import audit_page

    with filled.atomic():
        for i in range(audit_page.FIRST_PAGE + 50):
            filled.db.execute("UPDATE units SET name_ru = ? WHERE id = 1", [f"Отдел {i}"])
    page = AuditPage(AuditService(filled))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    total = audit_page.FIRST_PAGE + 53
    assert page.model.rowCount() == audit_page.FIRST_PAGE
    assert page.model.canFetchMore()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert not page.model.canFetchMore()
    assert page.model.entries[-1].action == "insert"            # down to the oldest entry


def test_the_chain_is_checked_off_the_gui_thread_and_a_broken_one_still_told(qtbot, filled, languages,
                                                                            monkeypatch) -> None:
    """Opening the page does not wait for the whole-chain check (bench `page_first_open_max_ms`): it runs in a
    worker thread with its own connection; the page says "checking…" until it reports."""
    import threading

    from desktop_app.services import audit as audit_service

    real = audit_service.verify_chain
    release = threading.Event()
    threads: list[str] = []

    def slow_check(conn):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        assert conn is not filled.db.conn                 # never the GUI thread's connection
        release.wait(10)
        return real(conn)

    monkeypatch.setattr(audit_service, "verify_chain", slow_check)
    page = AuditPage(AuditService(filled))
    qtbot.addWidget(page)
    page.show()                                           # built and shown while the check is still running
    assert page.chain.text() == "Проверка цепочки записей…"
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert threads[0] != threading.main_thread().name
    release.set()
    qtbot.waitUntil(lambda: "не нарушена" in page.chain.text())
    # altered outside Bagalau (committed by another program): the next check says where
    filled.db.execute('DROP TRIGGER "audit__audit_log__no_update"')
    filled.db.execute("UPDATE audit_log SET change = json_array(NULL, NULL, 'подлог') WHERE id = 2")
    filled.db.conn.commit()
    page.reload()
    qtbot.waitUntil(lambda: "нарушена на записи 2" in page.chain.text())
    assert len(threads) == 2


def test_a_code_from_a_document_is_compared_with_the_log(page, filled) -> None:
    from desktop_app.reports.audit_mark import format_mark
    from desktop_app.storage.backup import audit_head

    mark = format_mark(*audit_head(filled.db.conn))  # what the footer of a document printed now says
    page.head_code.setText(mark)
    page.head_check.click()
    assert page.head_result.text().startswith(f"Код {mark.split('· ')[1]} — запись 3 журнала изменений от ")
    assert "1b5e20" in page.head_result.styleSheet()
    page.head_code.setText("7F3A-91C")
    page.head_code.returnPressed.emit()
    assert page.head_result.text().startswith("В коде журнала изменений «7F3A-91C» символов: 7")
    page.head_code.setText("0000-0000" if not mark.endswith("0000-0000") else "1111-1111")
    page.head_check.click()
    assert "Ни у одной записи журнала изменений нет кода" in page.head_result.text()
    assert "b00020" in page.head_result.styleSheet()


def test_a_language_switch_renames_every_kind_of_record_and_keeps_the_comparison(page, filled, languages,
                                                                                   qtbot) -> None:
    """kk → ru on the open page: the filter's kinds of record and the comparison's answer follow the language
    (the combo kept its Kazakh items and the answer vanished)."""
    from desktop_app.reports.audit_mark import format_mark
    from desktop_app.storage.backup import audit_head

    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.apply.text() == "Көрсету")
    page.reload()
    page.head_code.setText(format_mark(*audit_head(filled.db.conn)))
    page.head_check.click()
    assert "өзгерістер журналының 3 жазбасы" in page.head_result.text()
    kk_answer = page.head_result.text()
    languages.set_language("ru")
    qtbot.waitUntil(lambda: page.apply.text() == "Показать")   # LanguageChange is posted
    items = [page.table_filter.itemText(i) for i in range(page.table_filter.count())]
    assert "Структурное подразделение" in items and "Карточка организации" in items
    assert items[0] == "Все виды записей"
    assert not any(ch in "әғқңөұүһі" for item in items for ch in item.lower()), items
    assert page.head_result.text().startswith("Код ") and "журнала изменений" in page.head_result.text()
    assert page.head_result.text() != kk_answer


def test_the_filter_row_fits_a_1366_pixel_window(page, filled) -> None:
    """The combo is not as wide as its longest kind of record: the page fits 1366 px minus the navigation."""
    with filled.atomic():   # a long kind of record in the list
        filled.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Бөлім', 'Отдел')")
    page.reload()
    assert page.table_filter.sizeHint().width() < 400
    assert page.minimumSizeHint().width() <= 1366 - 270, page.minimumSizeHint().width()


def test_printed_extract_in_both_languages_is_a_kazakh_then_a_russian_copy(page, tmp_path: Path,
                                                                            monkeypatch) -> None:
    """Each copy says the filters in its own language and is numbered from 1 in it."""
    from desktop_app.ui import printing
    from tests.reports.pdf_check import page_texts

    kept: list[bytes] = []
    monkeypatch.setattr(printing, "choose_document_language", lambda parent, initial: "both")
    monkeypatch.setattr(printing.DocumentActionsDialog, "exec", lambda dialog: kept.append(dialog.pdf) or 0)
    page.table_filter.setCurrentIndex(page.table_filter.findData("units"))
    page.apply.click()
    page.print_button.click()
    kk, ru = (" ".join(p.split()) for p in page_texts(kept[0]))
    assert "Іріктеу шарттары: Құрылымдық бөлімше" in kk and "1 бет / 1" in kk
    assert "Условия отбора" not in kk and "Структурное подразделение" not in kk and "Стр." not in kk
    assert "Условия отбора: Структурное подразделение" in ru and "Стр. 1 из 1" in ru
    assert "Іріктеу шарттары" not in ru and "Құрылымдық бөлімше" not in ru and " бет /" not in ru
