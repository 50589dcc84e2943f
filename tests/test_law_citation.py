"""Every message about two unsatisfactory years in a row names the law in full words in both languages
(Law on civil service, Art. 33 p. 6): no «ст. 33 п. 6» or «33-бап 6-т.» in the window."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build"))
from i18n import load_catalog

KK = "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 33-бабының 6-тармағы"
RU = "пункт 6 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан»"


def test_the_two_years_messages_cite_the_law_in_full() -> None:
    entries = {k: e for k, e in load_catalog().items() if "Art. 33" in k or "Article 33" in k}
    assert len(entries) >= 2, entries    # the dashboard's warning, final and provisional
    for key, entry in entries.items():
        kk, ru = str(entry["kk"]), str(entry["ru"])
        assert KK in kk and "33-бап" not in kk, (key, kk)
        assert RU in ru and "ст. 33" not in ru, (key, ru)
