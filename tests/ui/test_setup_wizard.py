"""The first-start guided set-up: every page writes through the services; refusals stay on the page."""
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from desktop_app.ui.setup_wizard import (
    BackupPage,
    LanguagePage,
    MethodologyPage,
    OrganisationPage,
    PasswordPage,
    SetupWizard,
    StaffPage,
)
from tests.sealing import office_key
from tests.ui.app_support import close_app


def _wizard(qtbot, services, languages) -> SetupWizard:
    w = SetupWizard(services, languages)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_new_office_is_set_up_page_by_page(qtbot, services, languages, tmp_path: Path) -> None:
    w = _wizard(qtbot, services, languages)
    assert isinstance(w.currentPage(), LanguagePage)
    w.currentPage().kk.setChecked(True)
    qtbot.waitUntil(lambda: w.windowTitle() == "Мекемені баптау")
    w.currentPage().ru.setChecked(True)
    qtbot.waitUntil(lambda: w.windowTitle() == "Настройка учреждения")
    w.next()

    org = w.currentPage()
    assert isinstance(org, OrganisationPage)
    w.next()  # empty names are refused on the page
    assert w.currentPage() is org and "казахском" in org.error.text()
    org.fields["name_kk"].setText("Қарасу ауданы әкімінің аппараты")
    org.fields["name_ru"].setText("Аппарат акима Карасуского района")
    org.fields["district"].setText("Қарасу")
    w.next()
    assert services.staff.organisation().name_ru == "Аппарат акима Карасуского района"

    # no password page: the office was sealed with its password before it was created
    assert not any(isinstance(p, PasswordPage) for p in w.pages_in_order)
    assert services.security.has_password()
    backup = w.currentPage()
    assert isinstance(backup, BackupPage)
    backup.folder.setText(str(tmp_path / "usb" / "bagalau"))
    backup.keep.setValue(12)
    w.next()
    settings = services.backup.settings()
    assert settings.folder == tmp_path / "usb" / "bagalau" and settings.keep == 12 and settings.daily

    method = w.currentPage()
    assert isinstance(method, MethodologyPage)
    method.choice.setCurrentIndex(method.choice.findData("typical_2025"))
    w.next()
    [version] = services.methodology.list_versions()
    assert version.preset == "typical_2025"

    assert isinstance(w.currentPage(), StaffPage)
    assert w.currentPage().result.text() == "Сотрудников в учреждении: 0"
    assert w.button(QWizard.WizardButton.FinishButton).isVisible()


def test_starting_an_empty_office_runs_the_guided_set_up(qapp, prefs, tmp_path: Path, qtbot, monkeypatch) -> None:
    """Welcome → "Start an empty office" → the set-up wizard opens on the new file before the window shows data."""
    from desktop_app.ui import setup_wizard
    from desktop_app.ui.application import BagalauApplication
    from desktop_app.ui.welcome import WelcomeDialog

    def choose_empty(dialog: WelcomeDialog) -> int:
        dialog.choice = WelcomeDialog.EMPTY
        return 1

    seen: list[str] = []

    def run_wizard(wizard: SetupWizard) -> int:
        seen.append(wizard.services.store.path.name)
        org = wizard.pages_in_order[1]
        org.fields["name_kk"].setText("Аудандық мәслихат аппараты")
        org.fields["name_ru"].setText("Аппарат районного маслихата")
        assert org.validatePage()
        return 0  # the user closes the wizard after the organisation page

    def choose_password(dialog) -> int:  # type: ignore[no-untyped-def]
        """The new office's password is asked before the file exists: the file is sealed with it."""
        dialog.new.setText("Бағалау-2026!")
        dialog.repeat.setText("Бағалау-2026!")
        dialog._save()
        return dialog.result()

    from desktop_app.ui.security import password_dialogs

    monkeypatch.setattr(password_dialogs.SetPasswordDialog, "exec", choose_password)
    monkeypatch.setattr(password_dialogs.RecoveryCodeDialog, "exec", lambda self: seen.append(self.code.text()) or 1)
    monkeypatch.setattr(WelcomeDialog, "exec", choose_empty)
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", run_wizard)
    app = BagalauApplication(prefs, language="ru")
    db = tmp_path / "new-office.sqlite"
    try:
        with qtbot.waitSignal(app.ready, timeout=10000):
            assert app.start(db)
        assert len(seen) == 2 and seen[1] == "new-office.sqlite"  # the recovery code once, then the wizard
        assert not db.read_bytes().startswith(b"SQLite format 3")
        assert app.services is not None
        assert app.services.staff.organisation().name_ru == "Аппарат районного маслихата"
    finally:  # delete the window before its database closes: no page may outlive it
        close_app(app)


@pytest.mark.parametrize("copy", [True, False])
def test_welcome_opens_an_existing_file_as_a_copy_or_in_place(qapp, prefs, tmp_path: Path, qtbot, monkeypatch,
                                                             copy: bool) -> None:
    """Welcome → "Open an existing file…" (a copy on a USB drive): the office opens with its data, no set-up
    wizard; "Yes" works on a copy on this computer and leaves the drive's file untouched."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop_app.domain.staff import Unit
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store
    from desktop_app.ui import setup_wizard
    from desktop_app.ui.application import BagalauApplication
    from desktop_app.ui.welcome import WelcomeDialog

    usb = tmp_path / "usb" / "office.sqlite"
    usb.parent.mkdir()
    store = open_store(usb, office_key())
    build_services(store).staff.save_unit(Unit(id=None, name_kk="Қаржы бөлімі", name_ru="Финансовый отдел"))
    store.close()
    before = usb.read_bytes()

    def click_open(dialog: WelcomeDialog) -> int:
        assert dialog.open_button.text() == "Открыть существующий файл…"
        dialog.open_button.click()
        return 1 if dialog.choice == WelcomeDialog.OPEN else 0

    asked: list[str] = []
    monkeypatch.setattr(WelcomeDialog, "exec", click_open)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(usb), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or (
        QMessageBox.StandardButton.Yes if copy else QMessageBox.StandardButton.No))
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: pytest.fail("no set-up for an existing file"))
    app = BagalauApplication(prefs, language="ru")
    here = tmp_path / "data" / "bagalau.sqlite"
    try:
        with qtbot.waitSignal(app.ready, timeout=10000):
            assert app.start(here, office_key())
        assert asked and "копи" in asked[0]
        assert app.services is not None
        assert [u.name_ru for u in app.services.staff.units()] == ["Финансовый отдел"]
        assert app.services.store.path == (here if copy else usb).resolve()
        assert here.exists() is copy
        assert prefs.get("last_db") == str(here if copy else usb)
    finally:
        close_app(app)
    if copy:
        assert usb.read_bytes() == before
