"""First start of an empty office: a short guided set-up the specialist finishes in minutes.

Language → organisation card → password (and its sealed recovery code) → backup folder →
methodology preset → staff import. Each page writes through the services when the user goes on,
so a refusal is shown on the page itself and nothing half-done is left behind.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.staff import Organisation, OrgKind
from desktop_app.ui.errors import error_text
from desktop_app.ui.i18n import LanguageManager, Retranslatable
from desktop_app.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from desktop_app.services.container import Services

ERROR_STYLE = "color: #b00020;"


class _Page(Retranslatable, QWizardPage):
    """A page with an error line; `retranslate()` is called on every language change."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

    def fail(self, exc: BagalauError) -> bool:
        self.error.setText(error_text(exc))
        return False

    def retranslate(self) -> None:
        raise NotImplementedError


class LanguagePage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.kk = QRadioButton("Қазақша")
        self.ru = QRadioButton("Русский")
        (self.ru if wizard.languages.language == "ru" else self.kk).setChecked(True)
        def choose(lang: str, on: bool) -> None:
            if on:
                wizard.languages.set_language(lang)

        self.kk.toggled.connect(lambda on: choose("kk", on))
        self.ru.toggled.connect(lambda on: choose("ru", on))
        layout = QVBoxLayout(self)
        layout.addWidget(self.kk)
        layout.addWidget(self.ru)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Interface language"))
        self.setSubTitle(self.tr("You can switch it later in the Language menu."))


class OrganisationPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.fields: dict[str, QLineEdit] = {}
        self.kind = QComboBox()
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in ("name_kk", "name_ru", "district", "region", "head_name", "hr_head_name",
                    "appointing_official_name", "appointing_official_title"):
            edit = QLineEdit()
            edit.setObjectName(f"org_{key}")
            self.fields[key] = edit
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], edit)
        self.labels["kind"] = QLabel()
        self.form.insertRow(2, self.labels["kind"], self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        current = wizard.services.staff.organisation()
        for key, edit in self.fields.items():
            edit.setText(getattr(current, key))
        self._kind = current.kind
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Organisation"))
        self.setSubTitle(self.tr("The names appear on every document; the officials sign them."))
        names = {"name_kk": self.tr("Name in Kazakh"), "name_ru": self.tr("Name in Russian"),
                 "kind": self.tr("Kind of body"), "district": self.tr("District"), "region": self.tr("Region"),
                 "head_name": self.tr("Head of the body"), "hr_head_name": self.tr("Head of the HR service"),
                 "appointing_official_name": self.tr("Appointing official"),
                 "appointing_official_title": self.tr("Appointing official's position")}
        for key, text in names.items():
            self.labels[key].setText(text)
        kind = self.kind.currentData() or self._kind
        self.kind.clear()
        for value, text in ((OrgKind.AKIMAT, self.tr("Akim's apparatus")),
                            (OrgKind.MASLIKHAT, self.tr("Maslikhat apparatus")), (OrgKind.OTHER, self.tr("Other"))):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def validatePage(self) -> bool:
        values = {k: e.text().strip() for k, e in self.fields.items()}
        try:
            self.setup.services.staff.save_organisation(
                Organisation(kind=OrgKind(self.kind.currentData()), **values))
        except BagalauError as exc:
            return self.fail(exc)
        self.error.clear()
        return True


class PasswordPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.password = QLineEdit()
        self.password.setObjectName("wizardPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("wizardPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("wizardRecoveryCode")
        self.code.setReadOnly(True)
        self.code.hide()
        self.form = QFormLayout()
        self.l_password, self.l_again = QLabel(), QLabel()
        self.form.addRow(self.l_password, self.password)
        self.form.addRow(self.l_again, self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.code)
        self.recovery_code = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Password"))
        self.setSubTitle(self.tr("Evaluation results are confidential (Methodology, item 13): the program asks for this "
                                 "password at every start and after idle minutes."))
        self.l_password.setText(self.tr("Password"))
        self.l_again.setText(self.tr("Repeat the password"))
        if self.recovery_code:
            self.note.setText(self.tr("Write down this recovery code, seal it in an envelope and give it to the "
                                      "head of the HR service. It is the only way to set a new password if this "
                                      "one is forgotten. Press Next when it is written down."))

    def validatePage(self) -> bool:
        security = self.setup.services.security
        if self.recovery_code:  # the code was shown; the user has written it down
            return True
        if security.has_password():
            return True
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        try:
            self.recovery_code = security.set_first_password(self.password.text())
        except BagalauError as exc:
            return self.fail(exc)
        self.error.clear()
        self.password.setEnabled(False)
        self.again.setEnabled(False)
        self.code.setText(self.recovery_code)
        self.code.show()
        self.retranslate()
        return False  # stay on the page until the code is written down


class BackupPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        current = wizard.services.backup.settings()
        self.folder = QLineEdit(str(current.folder or wizard.services.backup.default_folder()))
        self.folder.setObjectName("wizardBackupFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.setValue(current.keep or 30)
        self.daily = QCheckBox()
        self.daily.setChecked(current.daily if current.folder else True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout()
        self.l_folder, self.l_keep = QLabel(), QLabel()
        self.form.addRow(self.l_folder, row)
        self.form.addRow(self.l_keep, self.keep)
        self.form.addRow("", self.daily)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.retranslate()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(self.tr("Copies are made at start, at exit and daily. A folder on a USB drive keeps "
                                 "them safe if this computer fails."))
        self.l_folder.setText(self.tr("Folder"))
        self.l_keep.setText(self.tr("Keep the last"))
        self.browse.setText(self.tr("Choose…"))
        self.daily.setText(self.tr("Also once a day while the program runs"))

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.error.setText(self.tr("The folder cannot be created: {error}").format(error=exc.strerror))
            return False
        try:
            self.setup.services.backup.save_settings(folder, self.keep.value(), self.daily.isChecked())
        except BagalauError as exc:
            return self.fail(exc)
        return True


class MethodologyPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.presets = wizard.services.methodology.presets()
        self.has_versions = bool(wizard.services.methodology.list_versions())
        self.choice = QComboBox()
        self.choice.setObjectName("wizardPreset")
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Methodology"))
        self.setSubTitle(self.tr("Start from a preset; edit the bands, deadlines and bonus scale later on the "
                                 "Methodology page to match the office's approved act."))
        lang = self.setup.languages.language
        index = max(0, self.choice.currentIndex())
        self.choice.clear()
        for m in self.presets:
            self.choice.addItem(m.name_kk if lang == "kk" else m.name_ru, m.preset)
        self.choice.setCurrentIndex(index)
        if self.has_versions:
            self.info.setText(self.tr("The office already has a methodology; nothing will be added."))

    def validatePage(self) -> bool:
        service = self.setup.services.methodology
        if service.list_versions():
            return True
        try:
            service.copy_preset(self.choice.currentData())
        except BagalauError as exc:
            return self.fail(exc)
        return True


class StaffPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.button = QPushButton()
        self.button.setObjectName("wizardImportStaff")
        self.button.clicked.connect(self._import)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.count = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    def _import(self) -> None:
        from desktop_app.ui.staff.import_dialog import ImportStaffDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Staff list"), "",
                                              self.tr("Excel or CSV (*.xlsx *.csv)"))
        if not path:
            return
        ImportStaffDialog(self.setup.services.staff.importer, path, self).exec()
        self._show_count()

    def initializePage(self) -> None:
        self._show_count()

    def _show_count(self) -> None:
        self.count = len(self.setup.services.staff.rows())
        self._show_count_text()

    def _show_count_text(self) -> None:
        self.result.setText(self.tr("Employees in the office: {n}").format(n=self.count))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Staff"))
        self.setSubTitle(self.tr("Import the staff list from Excel or CSV, or add people later on the Staff page."))
        self.hint.setText(self.tr("Columns: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, "
                                  "Руководящая (да/нет), Дата назначения (ДД.ММ.ГГГГ); optional: Дата увольнения, "
                                  "Телефон, E-mail. Kazakh headings are accepted too."))
        self.button.setText(self.tr("Import a staff list…"))
        self._show_count_text()


class SetupWizard(Retranslatable, QWizard):
    """The guided set-up of a new, empty office."""

    def __init__(self, services: Services, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.services = services
        self.languages = languages
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.pages_in_order: list[_Page] = [LanguagePage(self), OrganisationPage(self)]
        if not services.security.has_password():  # an office is sealed with its password before it is created
            self.pages_in_order.append(PasswordPage(self))
        self.pages_in_order += [BackupPage(self), MethodologyPage(self), StaffPage(self)]
        for page in self.pages_in_order:
            self.addPage(page)
        fit_to_screen(self, 760, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up the office"))
