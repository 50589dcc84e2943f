"""Staff screens driven like a user would: dialogs, instant search, filters, language switch."""
from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.demo.staff import demo_staff
from desktop_app.domain.staff import Employee
from desktop_app.ui.changes import Area
from desktop_app.ui.staff.employee_dialog import EmployeeDialog
from desktop_app.ui.staff.history_dialog import EmployeeHistoryDialog
from desktop_app.ui.staff.structure_dialogs import PositionDialog
from desktop_app.ui.staff.table_model import StaffTableModel


@pytest.fixture
def main_window(main_window, qtbot):  # type: ignore[no-untyped-def]
    """conftest's window, deleted while its database is still open.

    Otherwise the window outlives the test, and the next test's language switch makes a page that
    re-reads data on LanguageChange (the dashboard does) query the closed database.
    """
    yield main_window
    if shiboken6.isValid(main_window):
        main_window.languages.set_language("kk")
        qtbot.wait(20)
    if shiboken6.isValid(main_window):
        main_window.close()
        shiboken6.delete(main_window)  # now, while the database is open (deleteLater may wait too long)


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _header(page, col: int) -> str:  # type: ignore[no-untyped-def]
    return page.table.model().headerData(col, Qt.Orientation.Horizontal)


def test_add_unit_position_and_employee_through_dialogs(main_window, services, qtbot) -> None:
    structure = main_window.show_page("structure")

    def fill_unit() -> None:
        dlg = QApplication.activeModalWidget()
        dlg.name_kk.setText("Заң бөлімі")
        dlg.name_ru.setText("Юридический отдел")
        _ok(dlg)

    QTimer.singleShot(0, fill_unit)
    structure.buttons["add_unit"].click()
    assert [u.name_ru for u in services.staff.units()] == ["Юридический отдел"]
    assert structure.units.item(0).text() == "Юридический отдел"

    pos = PositionDialog(services.staff, "ru", structure.current_unit_id())
    qtbot.addWidget(pos)
    pos.title_kk.setText("Бөлім басшысы")
    pos.title_ru.setText("Руководитель отдела")
    pos.category.setCurrentText("E-R-3")
    pos.leadership.setChecked(True)
    pos.is_head.setChecked(True)
    _ok(pos)
    assert pos.error.isHidden()
    position = services.staff.positions()[0]
    assert position.is_leadership and services.staff.units()[0].head_position_id == position.id

    staff = main_window.show_page("staff")

    def fill_employee() -> None:
        dlg = QApplication.activeModalWidget()
        dlg.iin.setText("791028302728")
        dlg.fields["last_name"].setText("Сейітов")
        dlg.fields["first_name"].setText("Әлихан")
        dlg.fields["last_name_ru"].setText("Сеитов")
        dlg.position.setCurrentIndex(1)
        dlg.date_from.set_value(date(2024, 3, 1))
        _ok(dlg)

    QTimer.singleShot(0, fill_employee)
    staff.add_button.click()
    qtbot.waitUntil(lambda: staff.model.rowCount() == 1)
    assert staff.proxy.index(0, StaffTableModel.NAME).data() == "Сеитов Алихан" or \
        staff.proxy.index(0, StaffTableModel.NAME).data() == "Сеитов Әлихан"
    assert staff.proxy.index(0, StaffTableModel.POSITION).data() == "Руководитель отдела"
    assert staff.proxy.index(0, StaffTableModel.SINCE).data() == "01.03.2024"
    assert staff.count_label.text() == "1 из 1"


def test_bad_iin_is_explained_in_the_dialog_and_nothing_saved(main_window, services, qtbot) -> None:
    dlg = EmployeeDialog(services.staff, "ru")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.iin.setText("791028302729")
    dlg.fields["last_name"].setText("Сейітов")
    dlg.fields["first_name"].setText("Әлихан")
    _ok(dlg)
    assert dlg.isVisible()  # not closed
    assert not dlg.error.isHidden()
    assert "контрольная цифра" in dlg.error.text()
    assert dlg.focusWidget() is dlg.iin  # the field to correct takes the cursor
    assert services.staff.rows() == []
    dlg.iin.setText("791028302728")
    _ok(dlg)
    assert not dlg.isVisible() and len(services.staff.rows()) == 1


def test_instant_search_folds_kazakh_case_and_status_filter(main_window, services, qtbot) -> None:
    with services.store.atomic():
        demo_staff(services, date.today())
    page = main_window.show_page("staff")
    main_window.bus.announce(Area.STAFF)  # what a page that wrote staff data does
    total = page.model.rowCount()
    assert total == 60
    assert page.count_label.text() == f"{total - 1} из {total}"  # one dismissed is hidden
    page.search.setText("әлия")
    shown = [page.proxy.index(r, StaffTableModel.NAME).data() for r in range(page.proxy.rowCount())]
    assert shown and all("Алия" in n or "Әлия" in n for n in shown)
    # the Russian spelling also matches, and so does a part of the ИИН
    page.search.setText("АЛИЯ")
    assert page.proxy.rowCount() == len(shown)
    iin = page.model.row_at(5).employee.iin
    page.search.setText(iin[:8])
    assert any(page.proxy.index(r, 0).data() == iin for r in range(page.proxy.rowCount()))
    page.search.clear()
    page.status_filter.setCurrentIndex(1)  # dismissed
    assert page.proxy.rowCount() == 1 and page.count_label.text() == f"1 из {total}"
    page.status_filter.setCurrentIndex(2)
    assert page.proxy.rowCount() == total
    # sorting by name keeps the filter
    page.search.setText("ова")
    n = page.proxy.rowCount()
    page.table.sortByColumn(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, StaffTableModel.NAME).data() for r in range(page.proxy.rowCount())]
    assert len(names) == n and names == sorted(names, key=str.casefold)


def test_ctrl_f_focuses_search(main_window, qtbot) -> None:
    page = main_window.show_page("staff")
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search.hasFocus() or QApplication.focusWidget() is page.search)


def test_language_switch_changes_texts_and_headers(main_window, services, qtbot) -> None:
    services.staff.save_employee(Employee(None, "791028302728", "Сейітов", "Әлихан", last_name_ru="Сеитов",
                                          first_name_ru="Алихан"))
    page = main_window.show_page("staff")
    page.reload()
    assert _header(page, StaffTableModel.IIN) == "ИИН"
    assert page.add_button.text() == "Добавить сотрудника…"
    assert page.proxy.index(0, StaffTableModel.NAME).data() == "Сеитов Алихан"
    main_window.set_language("kk")
    qtbot.waitUntil(lambda: page.add_button.text() == "Қызметкер қосу…")
    assert _header(page, StaffTableModel.IIN) == "ЖСН"
    assert _header(page, StaffTableModel.UNIT) == "Бөлімше"
    assert page.count_label.text() == "1 ішінен 1"
    assert page.status_filter.itemText(0) == "Қазіргі қызметкерлер"
    assert page.proxy.index(0, StaffTableModel.NAME).data() == "Сейітов Әлихан"  # Kazakh spelling
    staff_row = [spec.key for spec in main_window.specs].index("staff")
    assert main_window.nav.item(staff_row).text() == "Қызметкерлер"


def test_history_dismissal_instead_of_deletion(main_window, services, qtbot) -> None:
    with services.store.atomic():
        demo_staff(services, date.today())
    page = main_window.show_page("staff")
    page.reload()
    emp = page.model.row_at(3).employee
    assert emp.id is not None
    dlg = EmployeeHistoryDialog(services.staff, "ru", emp.id)
    qtbot.addWidget(dlg)
    assert dlg.appointments.rowCount() == 1
    assert "ИИН " + emp.iin in dlg.header.text()

    def fill_date() -> None:
        d = QApplication.activeModalWidget()
        d.day.set_value(date.today())
        _ok(d)

    QTimer.singleShot(0, fill_date)
    dlg.dismiss_button.click()
    assert services.staff.employee(emp.id).dismissal_date == date.today()
    assert dlg.dismiss_button.text() == "Отменить увольнение"
    assert dlg.appointments.item(0, 3).text() == date.today().strftime("%d.%m.%Y")
    page.reload()
    assert page.count_label.text() == "58 из 60"


def test_import_dialog_previews_and_refuses_a_bad_file(main_window, services, qtbot, tmp_path) -> None:
    from desktop_app.ui.staff.import_dialog import ImportStaffDialog
    from tests.services.test_staff_import import GOOD, RU_HEADER, one_wrong_iin, write_csv

    bad = one_wrong_iin(tmp_path / "bad.csv")
    dlg = ImportStaffDialog(services.staff.importer, bad)
    qtbot.addWidget(dlg)
    assert not dlg.import_button.isEnabled()
    assert dlg.table.rowCount() == 2
    assert dlg.table.item(1, 0).text() == "3" and "контрольная цифра" in dlg.table.item(1, 6).text()
    assert dlg.table.item(0, 6).text() == "добавление в реестр"

    good = write_csv(tmp_path / "good.csv", [RU_HEADER, *GOOD])
    dlg2 = ImportStaffDialog(services.staff.importer, good)
    qtbot.addWidget(dlg2)
    assert dlg2.import_button.isEnabled()
    dlg2.import_button.click()
    assert dlg2.result() == ImportStaffDialog.DialogCode.Accepted
    page = main_window.show_page("staff")
    main_window.bus.announce(Area.STAFF)
    assert page.count_label.text() == "2 из 3"  # the third row was dismissed in the file


def test_enter_in_search_opens_the_only_match(main_window, services, qtbot) -> None:
    services.staff.save_employee(Employee(None, "791028302728", "Сейітов", "Әлихан"))
    page = main_window.show_page("staff")
    page.reload()
    opened: list[str] = []

    def close_history() -> None:
        dlg = QApplication.activeModalWidget()
        opened.append(dlg.objectName())
        dlg.reject()

    page.search.setText("сейіт")
    QTimer.singleShot(0, close_history)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == ["historyDialog"]


def test_organisation_card_saves_and_explains_a_missing_name(main_window, services, qtbot) -> None:
    page = main_window.show_page("organisation")
    page.edits["name_kk"].setText("Қарасу ауданы әкімінің аппараты")
    page.edits["name_ru"].setText("")
    page.save_button.click()
    assert not page.error.isHidden() and "на русском" in page.error.text()
    assert services.staff.organisation().name_kk == ""
    page.edits["name_ru"].setText("Аппарат акима Карасуского района")
    page.kind.setCurrentIndex(1)
    qtbot.keyClick(page.edits["region"], Qt.Key.Key_Return)  # Enter saves
    org = services.staff.organisation()
    assert org.name_ru == "Аппарат акима Карасуского района" and org.kind == "maslikhat"
    assert page.error.isHidden() and page.saved.text() == "Сохранено."
