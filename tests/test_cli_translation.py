"""The command line reads the same translations as the window, without loading Qt."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_cli_translation_agrees_with_qt_for_every_message(qapp, lang: str) -> None:
    from PySide6.QtCore import QTranslator

    from desktop_app.cli.translation import make_translate

    if not (ROOT / "i18n" / f"bagalau_{lang}.qm").exists():
        subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "compile"], check=True)
    qt = QTranslator()
    assert qt.load(str(ROOT / "i18n" / f"bagalau_{lang}.qm"))
    cli = make_translate(lang)
    pairs = [(c.findtext("name") or "", m.findtext("source") or "")
             for c in ET.parse(ROOT / "i18n" / f"bagalau_{lang}.ts").getroot().iter("context")
             for m in c.iter("message") if m.find("comment") is None and m.find("translation") is not None
             and not m.find("translation").findall("numerusform")]
    assert len(pairs) > 500
    differ = [(c, s) for c, s in pairs if cli(c, s) != (qt.translate(c, s) or s)]
    assert differ == []


def test_a_command_in_russian_loads_no_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom desktop_app.cli.translation import make_translate\n"
            "t = make_translate('ru')\n"
            "print(t('msg', 'The database file {file} is read-only: the last change was not saved.'))\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    text, qt_loaded = out.stdout.strip().splitlines()
    assert text.startswith("Файл базы данных {file}")
    assert qt_loaded == "False"
