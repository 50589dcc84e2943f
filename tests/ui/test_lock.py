"""The password on start and the idle lock: no data visible until the password is given (001 §13)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMainWindow, QWidget

from desktop_app.services.security import SecurityService
from desktop_app.storage.database import open_store
from desktop_app.ui.security.idle_lock import IdleLock, LockScreen
from desktop_app.ui.security.password_dialogs import PasswordPromptDialog
from tests.sealing import TEST_PASSWORD, office_key, password_office


def _protect(db_path: Path, password: str = "Құпия-сөз-1") -> str:
    """A sealed office with a real password (argon2id) and one unit; returns its recovery code."""
    code = password_office(db_path, password)
    store = open_store(db_path, office_key() if password == TEST_PASSWORD else _password(password))
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Құпия бөлім', 'Секретный отдел')")
    store.close()
    return code


def _password(text: str):  # type: ignore[no-untyped-def]
    from desktop_app.storage.sealing import Password

    return Password(text)


def _answer_prompt(passwords: list[str], seen: list[str]) -> None:
    """Types each password into the prompt when it is shown; records what the window showed then."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordPromptDialog):
            QTimer.singleShot(20, step)
            return
        window = dialog.parentWidget()
        seen.append(str(getattr(window, "services", "?")))
        dialog.password.setText(passwords.pop(0))
        if dialog.password.text() == "CANCEL":
            dialog.reject()
            return
        dialog._check()
        if dialog.isVisible():
            seen.append("refused:" + dialog.error.text())
            QTimer.singleShot(20, step)
    QTimer.singleShot(20, step)


def test_start_asks_the_password_before_any_page_exists(app_factory, db_path: Path, qtbot) -> None:
    _protect(db_path)
    seen: list[str] = []
    _answer_prompt(["wrong-one", "Құпия-сөз-1"], seen)
    app = app_factory()
    with qtbot.waitSignal(app.ready, timeout=20000):
        app.start(db_path)
    assert seen[0] == "None"  # the window had no services (no page, no data) while asking
    assert seen[1] == "refused:Неверный пароль."
    assert app.window.services is app.services


def test_cancelling_the_prompt_opens_nothing(app_factory, db_path: Path, qtbot) -> None:
    _protect(db_path)
    _answer_prompt(["CANCEL"], [])
    app = app_factory()
    with qtbot.waitSignal(app.failed, timeout=20000):
        app.start(db_path)
    assert app.services is None


def test_a_key_already_unlocked_opens_without_a_prompt(app_factory, db_path: Path, qtbot) -> None:
    open_store(db_path, office_key()).close()
    app = app_factory()
    with qtbot.waitSignal(app.ready, timeout=20000):
        app.start(db_path, office_key())
    assert QApplication.activeModalWidget() is None


def test_the_demo_office_prompt_says_its_password(qtbot, tmp_path: Path, languages) -> None:
    from desktop_app.demo import write_demo
    from desktop_app.services.security import OfficeGate

    write_demo(tmp_path / "demo.sqlite")
    gate = OfficeGate(tmp_path / "demo.sqlite")
    prompt = PasswordPromptDialog(gate, demo=gate.is_demo())
    qtbot.addWidget(prompt)
    assert gate.is_demo() and "пароль — demo" in prompt.intro.text()
    prompt.password.setText("demo")
    prompt._check()
    assert prompt.result() == QDialog.DialogCode.Accepted and gate.credential is not None


@pytest.fixture
def main_window(qtbot, store, languages):
    """A bare main window with a menu (the lock works on any QMainWindow; pages are not needed)."""
    w = QMainWindow()
    w.menuBar().addMenu("Файл")
    w.services = type("S", (), {"store": store})()
    qtbot.addWidget(w)
    w.show()
    return w


def _texts(widget: QWidget) -> str:
    return " ".join(w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QLineEdit)
                    if w.window() is widget and w.isVisibleTo(widget))


def test_idle_lock_hides_the_content_and_asks_the_password(main_window, qtbot) -> None:
    security = SecurityService(main_window.services.store)  # sealed with the tests' key, password TEST_PASSWORD
    content = QLabel("Иванов И. И. — 4,8 балла")
    main_window.setCentralWidget(content)
    other = QDialog(main_window)
    other_text = QLabel("Оценочный лист: Иванов", other)
    other.show()
    now = [1000.0]
    lock = IdleLock(main_window, security.verify, minutes=5, clock=lambda: now[0],
                    can_lock=security.has_password)
    try:
        now[0] += 4 * 60
        lock.check()
        assert not lock.locked
        now[0] += 61
        lock.check()
        assert lock.locked
        screen = main_window.centralWidget()
        assert isinstance(screen, LockScreen)
        assert screen.hint.text().startswith("Окно заблокировано: ")   # no "after a pause" (Ctrl+L too)
        assert "Иванов" not in _texts(main_window) and not content.isVisible()
        assert not main_window.menuBar().isVisible()
        cover = [c for c in other.findChildren(LockScreen)]
        assert cover and cover[0].isVisible() and cover[0].geometry() == other.rect()
        assert other.isVisible()  # the dialog stays open under its cover: nothing typed in it is lost
        screen.password.setText("wrong")
        screen.button.click()
        assert lock.locked and screen.error.text() == "Неверный пароль."
        cover[0].password.setText(TEST_PASSWORD)  # either lock screen opens all
        cover[0].button.click()
        assert not lock.locked and main_window.centralWidget() is content and content.isVisible()
        assert main_window.menuBar().isVisible() and other_text.isVisible()
        assert not [c for c in other.findChildren(LockScreen) if c.isVisible()]
    finally:
        lock.stop()
        other.close()


def test_damaged_file_also_finds_the_copy_on_the_chosen_drive(app_factory, db_path: Path, tmp_path: Path,
                                                              prefs, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.services.backup import BackupService

    store = open_store(db_path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Флешкадағы', 'На флешке')")
    BackupService(store).back_up(tmp_path / "usb")
    other = tmp_path / "other-office.sqlite"
    store.close()
    other_store = open_store(other, office_key())
    BackupService(other_store).back_up(tmp_path / "usb")  # another office's copy on the same drive (newer)
    other_store.close()
    prefs.set("backup_folder", str(tmp_path / "usb"))
    db_path.write_bytes(b"\0garbage" * 5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    app = app_factory()
    with qtbot.waitSignal(app.ready, timeout=20000):
        app.start(db_path, office_key())
    assert app.services.store.db.execute("SELECT name_ru FROM units").fetchall() == [("На флешке",)]


def test_set_and_change_password_dialogs(qtbot, tmp_path: Path, languages, monkeypatch) -> None:
    """A new office: its password is chosen before the file exists (the file is sealed with it); then changed."""
    from desktop_app.services.security import OfficeGate
    from desktop_app.ui.security import password_dialogs
    from desktop_app.ui.security.password_dialogs import SetPasswordDialog

    codes: list[str] = []
    monkeypatch.setattr(password_dialogs.RecoveryCodeDialog, "exec",
                        lambda self: codes.append(self.code.text()) or 1)
    path = tmp_path / "new.sqlite"
    gate = OfficeGate(path)
    first = SetPasswordDialog(gate)
    qtbot.addWidget(first)
    assert not first.current.isVisibleTo(first) and first.windowTitle() == "Установка пароля"
    assert "зашифрован" in first.intro.text() or "шифруется" in first.intro.text()
    first.new.setText("короткий")
    first.repeat.setText("другой-пароль")
    first._save()
    assert first.error.text() == "Два новых пароля не совпадают." and gate.credential is None
    first.new.setText("abc")
    first.repeat.setText("abc")
    first._save()
    assert first.error.text() == "Пароль должен содержать не менее 8 символов."
    first.new.setText("Құпия-сөз-1")
    first.repeat.setText("Құпия-сөз-1")
    first._save()
    assert len(codes) == 1 and first.result() == QDialog.DialogCode.Accepted and gate.credential is not None
    store = open_store(path, gate.credential)
    try:
        security = SecurityService(store)
        assert security.verify("Құпия-сөз-1")
        change = SetPasswordDialog(security)
        qtbot.addWidget(change)
        assert change.windowTitle() == "Смена пароля" and change.current_label.text() == "Текущий пароль:"
        change.current.setText("не тот")
        change.new.setText("Жаңа-сөз-22")
        change.repeat.setText("Жаңа-сөз-22")
        change._save()
        assert change.error.text() == "Текущий пароль неверен."
        change.current.setText("Құпия-сөз-1")
        change._save()
        assert security.verify("Жаңа-сөз-22") and len(codes) == 1  # a change keeps the sealed code
    finally:
        store.close()


def test_forgotten_password_reset_from_the_prompt(qtbot, db_path: Path, languages, monkeypatch) -> None:
    from desktop_app.services.security import OfficeGate
    from desktop_app.ui.security import password_dialogs

    codes: list[str] = []
    offices: list[str] = []
    monkeypatch.setattr(password_dialogs.RecoveryCodeDialog, "exec",
                        lambda self: codes.append(self.code.text()) or offices.append(self.office) or 1)
    sealed = _protect(db_path, "Забытый-пароль")
    gate = OfficeGate(db_path)
    prompt = PasswordPromptDialog(gate)
    qtbot.addWidget(prompt)
    reset = password_dialogs.ResetPasswordDialog(gate, prompt)
    reset.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    reset.new.setText("Новый-пароль-1")
    reset.repeat.setText("Новый-пароль-1")
    reset._save()
    assert reset.error.text() == "Код восстановления неверен."
    reset.code.setText(sealed.lower())
    reset._save()
    assert codes and codes[0] != sealed and gate.credential is not None
    assert offices == [db_path.name]   # the new code's sheet names the file it opens (it printed no file)
    assert OfficeGate(db_path).verify("Новый-пароль-1") and not OfficeGate(db_path).verify("Забытый-пароль")


def test_repeated_wrong_passwords_pause_the_prompt_and_after_a_restart(qtbot, db_path: Path, languages) -> None:
    from desktop_app.services.security import OfficeGate
    from desktop_app.ui.security.idle_lock import pause_after

    assert [pause_after(n) for n in (1, 2, 3, 4, 5, 9)] == [0, 0, 5, 10, 20, 60]
    _protect(db_path)
    prompt = PasswordPromptDialog(OfficeGate(db_path))
    qtbot.addWidget(prompt)
    for _ in range(2):
        prompt.password.setText("қате")
        prompt._check()
    assert prompt.password.isEnabled() and prompt.error.text() == "Неверный пароль."
    prompt.password.setText("қате")
    prompt._check()
    ok, cancel = (prompt.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                                     QDialogButtonBox.StandardButton.Cancel))
    assert not prompt.password.isEnabled() and not ok.isEnabled()
    assert cancel.isEnabled()          # the user may give up during the pause (Cancel was disabled too)
    assert prompt.error.text() == "Неверный пароль. Повторите через 5 секунд."
    # the program is closed and started again: the new prompt still waits (the count is in the key file)
    again = PasswordPromptDialog(OfficeGate(db_path))
    qtbot.addWidget(again)
    assert not again.password.isEnabled() and "Повторите через" in again.error.text()
    assert again.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()


def test_the_recovery_code_screen_says_loss_is_final_and_prints_a_sheet(qtbot, languages, monkeypatch) -> None:
    from desktop_app.reports.recovery_sheet import render_recovery_sheet
    from desktop_app.ui import printing
    from desktop_app.ui.security.password_dialogs import RecoveryCodeDialog
    from tests.reports.pdf_check import pdf_text

    dialog = RecoveryCodeDialog("K7QX-M2PD-9TZA-HR4C-WN8E")
    qtbot.addWidget(dialog)
    assert "данные потеряны навсегда" in dialog.text.text()
    printed: list[bytes] = []
    monkeypatch.setattr(printing, "present_document",
                        lambda parent, title, name, render, **k: printed.append(render("ru")))
    dialog.print_sheet.click()
    text = pdf_text(printed[0])
    assert "K7QX-M2PD-9TZA-HR4C-WN8E" in text and "данные потеряны навсегда" in text
    assert "Файл данных" not in text            # a dialog told no file prints none
    named = RecoveryCodeDialog("K7QX-M2PD-9TZA-HR4C-WN8E", office="akimat.sqlite")
    qtbot.addWidget(named)
    named.print_sheet.click()
    assert "Файл данных: akimat.sqlite" in pdf_text(printed[1])
    both = pdf_text(render_recovery_sheet("K7QX-M2PD-9TZA-HR4C-WN8E", "office.sqlite", "both"))
    assert "деректер біржола жоғалады" in both and "Файл данных: office.sqlite" in both


@pytest.mark.parametrize(("language", "waiting"), [("ru", "Неверный пароль. Повторите через 5 секунд."),
                                                   ("kk", "Құпиясөз қате. 5 секундтан кейін қайталаңыз.")])
def test_the_pause_message_goes_when_the_pause_ends(qtbot, db_path: Path, languages, language: str,
                                                    waiting: str) -> None:
    """"Try again in 5 seconds" said after the pause would tell the user to wait when they need not."""
    from desktop_app.services.security import OfficeGate

    languages.set_language(language)
    _protect(db_path)
    prompt = PasswordPromptDialog(OfficeGate(db_path))
    qtbot.addWidget(prompt)
    prompt.show()
    for _ in range(3):
        prompt.password.setText("қате")
        prompt._check()
    assert prompt.error.text() == waiting and not prompt.password.isEnabled()
    # a prompt opened during the pause (after a restart) clears its message too
    again = PasswordPromptDialog(OfficeGate(db_path))
    qtbot.addWidget(again)
    assert again.error.text().startswith(waiting.split(".")[0]) and not again.password.isEnabled()
    qtbot.waitUntil(prompt.password.isEnabled, timeout=8000)
    assert prompt.error.text() == ""
    qtbot.waitUntil(again.password.isEnabled, timeout=8000)
    assert again.error.text() == ""


def test_the_lock_screen_pause_message_goes_when_the_pause_ends(qtbot, languages) -> None:
    screen = LockScreen(lambda _password: False)
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(3):
        screen.password.setText("қате")
        screen.button.click()
    assert screen.error.text() == "Неверный пароль. Повторите через 5 секунд." and not screen.button.isEnabled()
    qtbot.waitUntil(screen.button.isEnabled, timeout=8000)
    assert screen.error.text() == ""
