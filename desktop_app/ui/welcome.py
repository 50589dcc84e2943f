"""First screen when there is no database yet: choose the language, open the demo, start empty, or open an
existing office file (a copy brought on a USB drive, a file from the previous computer)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.i18n import LanguageManager, Retranslatable


class WelcomeDialog(Retranslatable, QDialog):
    """Result: `choice` is "demo", "empty" or "open" (then `path` is the chosen file) when accepted."""

    DEMO = "demo"
    EMPTY = "empty"
    OPEN = "open"

    def __init__(self, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.languages = languages
        self.choice = ""
        self.path: Path | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(0 if languages.language != "ru" else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: self.languages.set_language(self.language.currentData()))
        self.language_label = QLabel()
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemo")
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("startEmpty")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openExisting")
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(self.EMPTY))
        self.open_button.clicked.connect(self.open_existing)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.open_button)
        self.retranslate()
        self.resize(520, 260)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def open_existing(self) -> None:
        """Choose an office file that already exists; nothing happens when the user cancels."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an existing office file"), "",
                                              self.tr("Bagalau database (*.sqlite *.db)"))
        if path:
            self.path = Path(path)
            self._choose(self.OPEN)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Bagalau"))
        self.intro.setText(self.tr(
            "Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. "
            "There is no database yet. Open the demo office to look around, or start your own office."))
        self.language_label.setText(self.tr("Interface language:"))
        self.demo_button.setText(self.tr("Open the demo office"))
        self.empty_button.setText(self.tr("Start an empty office"))
        self.open_button.setText(self.tr("Open an existing file…"))
        self.open_button.setToolTip(self.tr("An office file brought from another computer or on a USB drive"))
