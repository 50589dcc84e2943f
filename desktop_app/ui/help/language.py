"""Which interface language the help shows, read from the installed translation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def interface_language() -> str:
    """"kk" or "ru": the language of the installed translation.

    The translation itself answers (a marker string translated to its language code), so the help follows
    the translator that Qt uses for every other text, at the moment the widget retranslates. Without a
    translation installed, the default locale decides.
    """
    code = QCoreApplication.translate("RuleHelp", "Interface language code (kk or ru)")
    if code in ("kk", "ru"):
        return code
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


def language_name(code: str) -> str:
    """The name of a document's language, in the interface language."""
    if code == "kk":
        return QCoreApplication.translate("RuleHelp", "the Kazakh language")
    return QCoreApplication.translate("RuleHelp", "the Russian language")
