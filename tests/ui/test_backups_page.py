"""The backups page: settings, "Back up now", restore after confirmation (001 §12)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.services.backup import BackupService
from desktop_app.ui.backups.backups_page import BackupsPage, BackupTableModel
from tests.sealing import office_key
from tests.ui.app_support import close_app


def _unit(store, name: str) -> None:
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [name, name])


def _units(store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT name_kk FROM units ORDER BY id")]


@pytest.fixture
def page(qtbot, store, languages):
    p = BackupsPage(BackupService(store))
    qtbot.addWidget(p)
    p.show()
    return p


def test_settings_are_saved_and_used(page, store, tmp_path: Path) -> None:
    page.folder.setText(str(tmp_path / "usb"))
    page.keep.setValue(3)
    page.daily.setChecked(False)
    page.save.click()
    s = BackupService(store).settings()
    assert (s.folder, s.keep, s.daily) == (tmp_path / "usb", 3, False)
    assert page.status.text() == "Настройки сохранены."
    page.now.click()
    assert len(list((tmp_path / "usb").glob("*.sqlite"))) == 1
    assert page.model.rowCount() == 1
    assert page.model.headerData(BackupTableModel.STAFF, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Сотрудники"


def test_restore_after_confirmation_reopens_and_keeps_current_aside(page, store, qtbot, monkeypatch) -> None:
    _unit(store, "Бірінші")
    page.now.click()
    _unit(store, "Екінші")
    page.view.selectRow(0)
    asked: list[str] = []

    def answer(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not page.restore_selected()  # "No": nothing changes
    assert _units(store) == ["Бірінші", "Екінші"]
    with qtbot.waitSignal(page.reopen_requested) as signal:
        assert page.restore_selected()
    assert "Заменить текущие данные" in asked[1]
    assert _units(store) == ["Бірінші"]
    assert signal.args[0] == str(store.path)
    assert signal.args[1].startswith("Восстановлено. Прежние данные сохранены в ") and "-pre-restore-" in signal.args[1]
    page.refresh()
    assert any("-pre-restore-" in r.path.name for r in page.model.rows)


def test_encrypted_copy_needs_its_password(page, store, monkeypatch) -> None:
    _unit(store, "Құпия")
    sealed = page.back_up_now(encrypted=True, password="дұрыс-пароль")
    assert sealed is not None and sealed.name.endswith(".bgenc")
    _unit(store, "Кейін")
    page.refresh()
    page.view.selectRow([r.path for r in page.model.rows].index(sealed))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    errors: list[str] = []
    monkeypatch.setattr("desktop_app.ui.backups.backups_page.show_error",
                        lambda parent, exc: errors.append(exc.render()))
    typed = iter([("қате", True), ("дұрыс-пароль", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(typed))
    assert not page.restore_selected()
    assert errors and "Wrong password" in errors[0] and _units(store) == ["Құпия", "Кейін"]
    assert page.restore_selected()
    assert _units(store) == ["Құпия"]


@pytest.mark.parametrize(("language", "said"), [
    ("ru", "Восстановлено. Прежние данные сохранены в "),
    ("kk", "Қалпына келтірілді. Бұрынғы деректер "),
])
def test_restore_from_the_running_program_reopens_the_office(qapp, prefs, db_path: Path, qtbot, monkeypatch,
                                                             language: str, said: str) -> None:

    from desktop_app.storage.database import open_store
    from desktop_app.ui.application import BagalauApplication

    open_store(db_path, office_key()).close()
    app = BagalauApplication(prefs, language=language)
    try:
        with qtbot.waitSignal(app.ready, timeout=20000):
            app.start(db_path, office_key())
        _unit(app.services.store, "Бірінші")
        page = app.window.show_page("backups")
        copy = page.back_up_now(encrypted=False)
        _unit(app.services.store, "Екінші")
        old_window, old_services = app.window, app.services
        page.refresh()
        page.view.selectRow([r.path for r in page.model.rows].index(copy))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(app.ready, timeout=20000):
            assert page.restore_selected()
        assert app.window is not old_window and app.services is not old_services
        assert _units(app.services.store) == ["Бірінші"]
        assert any("-exit-" in p.name for p in copy.parent.iterdir())  # the reopen closed with a copy
        # The confirmation outlives the reopen: a message on the new window that stays until dismissed.
        notice = app.window.findChild(QMessageBox, "openNotice")
        assert notice is not None and notice.isVisible()
        aside = next(p for p in copy.parent.iterdir() if "-pre-restore-" in p.name and p.suffix == ".sqlite")
        assert notice.text() == f"{said}{aside}" + (" файлында сақталды." if language == "kk" else ".")
        notice.accept()
    finally:
        close_app(app)


def test_the_size_of_a_copy_is_written_with_the_decimal_comma_and_the_unit_of_the_language(page, languages,
                                                                                          qtbot) -> None:
    """«1,8 МБ», not the English «1.8 MB» the list showed in both languages."""
    page.back_up_now(False)
    page.refresh()
    size = page.model.index(0, BackupTableModel.SIZE)
    assert size.data().endswith(" КБ") or size.data().endswith(" МБ"), size.data()
    assert page.model.size_text(int(1.8 * 1024 * 1024)) == "1,8 МБ"
    assert page.model.size_text(300 * 1024) == "300 КБ"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.now.text() == "Қазір көшірме жасау")
    assert page.model.size_text(int(2.25 * 1024 * 1024)) == "2,3 МБ"
