"""Dialogs open while the interface language changes speak the new language at once (Qt sends the switch
to every open widget): their labels, titles, choices and the rows they show — through the one hook
(LiveTexts / Retranslatable)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel


def _labels(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    form = dialog.findChild(QFormLayout)
    out = []
    for r in range(form.rowCount()):
        item = form.itemAt(r, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            out.append(item.widget().text())
    return out


def test_entry_dialog_follows_the_language(qtbot, languages) -> None:
    from desktop_app.domain.methodology import load_preset
    from desktop_app.ui.quarter.entry_dialog import EntryDialog

    m = load_preset("points_2017")
    dialog = EntryDialog(m, "penalty", 1, "ru", date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.item.setCurrentIndex(1)
    assert dialog.windowTitle() == "Штрафной балл"
    assert "Количество:" in _labels(dialog)
    assert dialog.item.currentText() == m.penalty_items[1].text_ru
    languages.set_language("kk")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Штрафной балл")
    assert dialog.windowTitle() == "Айыппұл балы"
    assert "Саны:" in _labels(dialog) and "Количество:" not in _labels(dialog)
    assert dialog.item.currentIndex() == 1 and dialog.item.currentText() == m.penalty_items[1].text_kk
    assert dialog.co_executor.text() == "бірлесіп орындаушы"
    assert dialog.doc_number.placeholderText() == "мысалы, 12-05/345"
    assert dialog.flags["short_deadline"].text() == "орындау мерзімі кемінде 3 жұмыс күні"


def test_designee_dialog_follows_the_language(qtbot, languages) -> None:
    from desktop_app.domain.staff import Employee
    from desktop_app.ui.quarter.sheet_extras import DesigneeDialog

    people = [Employee(7, "791028302728", "Сейітов", "Әлихан", last_name_ru="Сеитов", first_name_ru="Алихан")]
    dialog = DesigneeDialog(people, "ru", date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person.currentText() == "Сеитов Алихан" and "Служащий:" in _labels(dialog)
    languages.set_language("kk")
    qtbot.waitUntil(lambda: dialog.person.currentText() == "Сейітов Әлихан")
    assert "Қызметші:" in _labels(dialog)
    assert dialog.windowTitle() == "Белгіленген бағалаушы" and dialog.score.placeholderText() == "міндетті емес, 0 … 5"
    assert dialog.values()[0] == 7


def test_staff_import_dialog_follows_the_language(qtbot, languages, services, tmp_path) -> None:
    from desktop_app.ui.staff.import_dialog import ImportStaffDialog
    from tests.services.test_staff_import import one_wrong_iin

    bad = one_wrong_iin(tmp_path / "bad.csv")
    dialog = ImportStaffDialog(services.staff.importer, bad)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 6).text() == "добавление в реестр"
    assert "контрольная цифра" in dialog.table.item(1, 6).text()
    ru = (dialog.windowTitle(), dialog.summary.text(), dialog.table.horizontalHeaderItem(6).text())
    languages.set_language("kk")
    qtbot.waitUntil(lambda: dialog.table.item(0, 6).text() != "добавление в реестр")
    kk = (dialog.windowTitle(), dialog.summary.text(), dialog.table.horizontalHeaderItem(6).text())
    assert all(a != b for a, b in zip(ru, kk, strict=True)), (ru, kk)
    assert kk[0].endswith("bad.csv") and dialog.import_button.text() == "Импорттау"
    assert "бақылау" in dialog.table.item(1, 6).text() and not dialog.import_button.isEnabled()


def test_kind_dropdowns_of_open_dialogs_follow_the_language(qtbot, languages, services) -> None:
    from desktop_app.domain.staff import AbsenceKind, AppointmentKind, Employee
    from desktop_app.ui.staff.employee_dialog import EmployeeDialog
    from desktop_app.ui.staff.period_dialogs import AbsenceDialog, AppointmentDialog

    emp_id = services.staff.save_employee(Employee(None, "791028302728", "Сейітов", "Әлихан"))
    appointment = AppointmentDialog(services.staff, "ru", emp_id)
    absence = AbsenceDialog(services.staff, emp_id)
    new = EmployeeDialog(services.staff, "ru")
    for d in (appointment, absence, new):
        qtbot.addWidget(d)
        d.show()
    absence.kind.setCurrentIndex(absence.kind.findData(AbsenceKind.SICK))
    assert appointment.kind.itemText(1) == "исполняющий обязанности"
    assert absence.kind.currentText() == "больничный"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: absence.kind.currentText() != "больничный")
    assert absence.kind.currentData() == AbsenceKind.SICK
    assert appointment.kind.itemText(1) == "міндетін атқарушы" == new.kind.itemText(1)
    assert appointment.kind.itemData(1) == AppointmentKind.ACTING


def test_every_dialog_of_the_window_follows_the_language(qapp) -> None:
    """No dialog class is left out of the one hook: each mixes in LiveTexts or Retranslatable."""
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import desktop_app.ui as ui
    from desktop_app.ui.i18n import Retranslatable

    for module in pkgutil.walk_packages(ui.__path__, "desktop_app.ui."):
        if not module.name.endswith("pages_probe"):
            importlib.import_module(module.name)

    def subclasses(cls: type) -> list[type]:
        return [s for c in cls.__subclasses__() for s in (c, *subclasses(c))]

    ours = {c for c in subclasses(QDialog) if c.__module__.startswith("desktop_app.ui")}
    assert len(ours) > 20
    assert sorted(c.__name__ for c in ours if not issubclass(c, Retranslatable)) == []


def test_small_dialogs_follow_the_language(qtbot, languages) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.documents import DocumentLanguageDialog
    from desktop_app.ui.quarter.close_dialogs import ReopenDialog
    from desktop_app.ui.security.password_dialogs import RecoveryCodeDialog

    doc = DocumentLanguageDialog(None, "ru")
    reopen = ReopenDialog(lambda: QCoreApplication.translate("QuarterClosing", "Reopen the closed quarter"))
    code = RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV")
    for d in (doc, reopen, code):
        qtbot.addWidget(d)
        d.show()
    ru = [d.windowTitle() for d in (doc, reopen, code)] + [doc.buttons["both"].text()]
    languages.set_language("kk")
    qtbot.waitUntil(lambda: doc.windowTitle() != ru[0])
    kk = [d.windowTitle() for d in (doc, reopen, code)] + [doc.buttons["both"].text()]
    assert all(a != b for a, b in zip(ru, kk, strict=True)), (ru, kk)
    assert doc.language() == "ru"                          # the choice stays
