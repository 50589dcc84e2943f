"""Password dialogs: asking for it on start, setting and changing it, the recovery code (001 §13).

They talk to a `SecurityService` (an open office) or an `OfficeGate` (an office not open yet: the file is
sealed); both have verify / set_first_password / change_password / reset_with_recovery_code /
has_password / wait_seconds. The pause after wrong passwords is kept in the office's key file, so it
survives a restart of the program.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.ui.errors import error_text
from desktop_app.ui.i18n import LiveTexts, Retranslatable
from desktop_app.ui.security.idle_lock import hold_off, pause_after


class Guard(Protocol):
    def has_password(self) -> bool: ...
    def verify(self, password: str) -> bool: ...
    def wait_seconds(self) -> int: ...
    def set_first_password(self, password: str) -> str: ...
    def change_password(self, current: str, new: str) -> None: ...
    def reset_with_recovery_code(self, code: str, new: str) -> str: ...


def office_name(security: Guard) -> str:
    """The office file's name for the recovery sheet: an OfficeGate knows its path, a SecurityService its store."""
    path = getattr(security, "path", None) or getattr(getattr(security, "store", None), "path", None)
    return path.name if path is not None else ""


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordPromptDialog(Retranslatable, QDialog):
    """Asks the password before any data is shown. "Forgot the password?" leads to the recovery code."""

    def __init__(self, security: Guard, parent: QWidget | None = None, demo: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setMinimumWidth(460)  # wrapped explanations need the width to get their full height
        self.security = security
        self.demo = demo
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password = _password_field("password")
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020")
        self.forgot = QPushButton()
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self._forgot)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.failures = 0
        self.retranslate()
        waiting = security.wait_seconds()
        if waiting:  # wrong passwords before the last restart: the pause goes on
            self.error.setText(self.tr("Wrong password. Try again in %n second(s).", "", waiting))
            hold_off(self._held(), waiting, self._pause_over)

    def _check(self) -> None:
        if self.security.verify(self.password.text()):
            self.accept()
            return
        self.failures += 1
        self.password.clear()
        pause = max(pause_after(self.failures), self.security.wait_seconds())
        self.error.setText(self.tr("Wrong password. Try again in %n second(s).", "", pause) if pause
                           else self.tr("Wrong password."))
        hold_off(self._held(), pause, self._pause_over)

    def _pause_over(self) -> None:
        self.error.clear()
        self.password.setFocus()

    def _held(self) -> list[QWidget]:
        """What waits out the pause: the field and OK, never Cancel (the user may give up and close)."""
        return [self.password, self.buttons.button(QDialogButtonBox.StandardButton.Ok)]

    def _forgot(self) -> None:
        dialog = ResetPasswordDialog(self.security, self)
        if dialog.exec():
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bagalau — password"))
        text = self.tr("Evaluation results are confidential. Enter the password to open the office.")
        if self.demo:
            text += "\n\n" + self.tr("This is the demo office: its password is demo.")
        self.intro.setText(text)
        self.forgot.setText(self.tr("Forgot the password?"))


class SetPasswordDialog(Retranslatable, QDialog):
    """Sets the first password (then shows the recovery code) or changes it (asks the current one)."""

    def __init__(self, security: Guard, parent: QWidget | None = None, sealing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("setPassword")
        self.setMinimumWidth(460)  # wrapped explanations need the width to get their full height
        self.security = security
        self.changing = security.has_password()
        #: an existing plain office that never had a password: it is sealed with the one set here
        self.sealing = sealing
        self.recovery_code = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = _password_field("currentPassword")
        self.new = _password_field("newPassword")
        self.repeat = _password_field("repeatPassword")
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.current_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.form = QFormLayout()
        if self.changing:
            self.form.addRow(self.current_label, self.current)
        self.form.addRow(self.new_label, self.new)
        self.form.addRow(self.repeat_label, self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        try:
            if self.changing:
                self.security.change_password(self.current.text(), self.new.text())
            else:
                self.recovery_code = self.security.set_first_password(self.new.text())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        if self.recovery_code:
            RecoveryCodeDialog(self.recovery_code, self, office_name(self.security)).exec()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the password") if self.changing else self.tr("Set a password"))
        text = self.tr("Evaluation results are confidential: the program asks this password on start and "
                       "after a pause. At least 8 characters.")
        if self.sealing:
            text = self.tr("This office file is not sealed yet: anyone who copies it can read it. Choose a "
                           "password; the file will be encrypted with it after a copy is made.") + "\n\n" + text
        elif not self.changing:
            text += "\n\n" + self.tr("The office file is encrypted with this password: without it or the "
                                      "recovery code nobody can read it.")
        self.intro.setText(text)
        self.current_label.setText(self.tr("Current password:"))
        self.new_label.setText(self.tr("New password:"))
        self.repeat_label.setText(self.tr("Repeat it:"))


class RecoveryCodeDialog(LiveTexts, QDialog):
    """Shows a new recovery code once: to be written down and kept sealed by the head of HR."""

    def __init__(self, code: str, parent: QWidget | None = None, office: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCode")
        # the office file's name, printed on the sheet: the envelope says which file the code opens
        self.office = office
        self.setMinimumWidth(460)  # wrapped explanations need the width to get their full height
        self.code = QLabel(code)
        self.code.setObjectName("code")
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.copy = QPushButton()
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        self.print_sheet = QPushButton()
        self.print_sheet.setObjectName("printRecoverySheet")
        self.print_sheet.clicked.connect(self._print_sheet)
        self._code = code
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_sheet, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.live(self.setWindowTitle, lambda: self.tr("Recovery code"))
        self.live(self.text.setText, lambda: self.tr(
            "Write this recovery code on paper now and give it, in a sealed envelope, to the head of HR. "
            "It is shown only once. With it a forgotten password can be replaced.") + "\n\n" + self.tr(
            "If both the password and this code are lost, the data are gone for good: the office file is "
            "encrypted, and nobody — not the IT service, not the authors of Bagalau — can open it."))
        self.live(self.copy.setText, lambda: self.tr("Copy"))
        self.live(self.print_sheet.setText, lambda: self.tr("Print the recovery code sheet…"))

    def _print_sheet(self) -> None:
        """The sheet to seal in the envelope (reports/recovery_sheet.py): preview, print or save."""
        from desktop_app.reports.recovery_sheet import render_recovery_sheet
        from desktop_app.ui.printing import present_document

        present_document(self, self.tr("Recovery code"), "recovery-code",
                         lambda lang: render_recovery_sheet(self._code, self.office, lang))


class ResetPasswordDialog(LiveTexts, QDialog):
    """A forgotten password: the sealed recovery code and a new password; then a new code is shown."""

    def __init__(self, security: Guard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPassword")
        self.setMinimumWidth(460)  # wrapped explanations need the width to get their full height
        self.security = security
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new = _password_field("newPassword")
        self.repeat = _password_field("repeatPassword")
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self._problem: Callable[[], str] = str        # what the error line says, in the current language
        form = QFormLayout()
        form.addRow(self.live_label(lambda: self.tr("Recovery code:")), self.code)
        form.addRow(self.live_label(lambda: self.tr("New password:")), self.new)
        form.addRow(self.live_label(lambda: self.tr("Repeat it:")), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.live(self.setWindowTitle, lambda: self.tr("Forgotten password"))
        self.live(self.intro.setText, lambda: self.tr("Open the sealed envelope with the recovery code and type "
                                                      "the code. A new code will be shown: seal it again."))
        self.live(self.error.setText, lambda: self._problem())

    def _tell(self, problem: Callable[[], str]) -> None:
        self._problem = problem
        self.error.setText(problem())

    def _save(self) -> None:
        if self.new.text() != self.repeat.text():
            self._tell(lambda: self.tr("The two new passwords differ."))
            return
        try:
            code = self.security.reset_with_recovery_code(self.code.text(), self.new.text())
        except ValidationError as exc:
            self._tell(partial(error_text, exc))   # the exception's message, rendered again on a switch
            return
        RecoveryCodeDialog(code, self, office_name(self.security)).exec()
        self.accept()
