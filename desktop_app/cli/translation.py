"""Messages of the command line in the user's language, read from the Linguist sources without Qt.

The window installs Qt translators (ui/i18n.py); the command line must not load the interface package,
so it reads the same `i18n/bagalau_<lang>.ts` files with the standard XML parser. Both read one source.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from desktop_app.domain.i18n import Translate
from desktop_app.paths import i18n_dir


@lru_cache(maxsize=2)
def _table(lang: str) -> dict[tuple[str, str], str]:
    path = i18n_dir() / f"bagalau_{lang}.ts"
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = node.findall("numerusform")
            text = forms[0].text if forms else node.text
            if text:
                table[(name, source)] = text
    return table


def make_translate(lang: str) -> Translate:
    """A translate function (context, source) → text in `lang`; the source text when none is found."""
    table = _table(lang)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
