"""First screen when there is no database yet: choose the language, open the demo or start empty."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.i18n import LanguageManager, Retranslatable


class WelcomeDialog(Retranslatable, QDialog):
    """Result: `choice` is "demo" or "empty" when accepted."""

    DEMO = "demo"
    EMPTY = "empty"

    def __init__(self, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.languages = languages
        self.choice = ""
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
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(self.EMPTY))
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        self.retranslate()
        self.resize(520, 260)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Bagalau"))
        self.intro.setText(self.tr(
            "Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. "
            "There is no database yet. Open the demo office to look around, or start your own office."))
        self.language_label.setText(self.tr("Interface language:"))
        self.demo_button.setText(self.tr("Open the demo office"))
        self.empty_button.setText(self.tr("Start an empty office"))
