"""Interface language: Qt Linguist translations, switched at run time (after Frescobaldi's app.py).

Installing a translator makes Qt post LanguageChange to every widget; widgets re-read their texts
in `changeEvent` (see `Retranslatable`).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.paths import i18n_dir

LANGUAGES = ("kk", "ru")


def load_translator(lang: str) -> QTranslator:
    tr = QTranslator()
    tr.load(str(i18n_dir() / f"bagalau_{lang}.qm"))
    return tr


def qt_translate(context: str, text: str) -> str:
    """The translate function for the running application (uses the installed translators)."""
    return QCoreApplication.translate(context, text)


class LanguageManager(QObject):
    """Holds the installed translators; `set_language` swaps them and emits `changed`."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        if lang == self.language:
            return
        self.remove_translators()
        own = load_translator(lang)
        qt_base = QTranslator()
        qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._installed = [qt_base, own]
        for tr in self._installed:
            QCoreApplication.installTranslator(tr)
        locale = QLocale(QLocale.Language.Kazakh if lang == "kk" else QLocale.Language.Russian,
                         QLocale.Country.Kazakhstan)
        QLocale.setDefault(locale)
        # Widgets keep the locale they were created with; setting it on every window passes it down to
        # the children, so calendars (month and day names) and spin boxes follow the switch at once.
        for window in QApplication.topLevelWidgets() if isinstance(QCoreApplication.instance(), QApplication) else ():
            window.setLocale(locale)
        self.language = lang
        self.changed.emit(lang)

    def remove_translators(self) -> None:
        """Uninstall this manager's translators (Qt posts LanguageChange to the widgets)."""
        if QCoreApplication.instance() is not None:
            for tr in self._installed:
                QCoreApplication.removeTranslator(tr)
        self._installed = []


class Retranslatable:
    """The one retranslation hook: mix in before the Qt class (`class Page(Retranslatable, QWidget)`) and
    define `retranslate()`. On every language switch Qt sends LanguageChange to each widget, open dialogs
    included; this re-reads the texts before the children get the event."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class LiveTexts(Retranslatable):
    """Retranslation for dialogs whose texts are fixed `tr()` strings: register each text once as a
    function (`self.live(label.setText, lambda: self.tr("Surname:"))` — lupdate sees the tr() in the
    class's context) and every language switch sets it again. Mix in before the Qt class."""

    def live(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        if not hasattr(self, "_live_texts"):
            self._live_texts: list[tuple[Callable[[str], object], Callable[[], str]]] = []
        self._live_texts.append((setter, text))
        setter(text())

    def live_label(self, text: Callable[[], str]) -> QLabel:
        """A form label that follows the language: `form.addRow(self.live_label(lambda: self.tr("Year:")), w)`."""
        label = QLabel()
        self.live(label.setText, text)
        return label

    def retranslate(self) -> None:
        for setter, text in getattr(self, "_live_texts", []):
            setter(text())
