"""Every user-facing string has a finished Kazakh and Russian translation, and the .ts are current."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import i18n as tool  # noqa: E402


@pytest.mark.parametrize("lang", tool.LANGS)
def test_committed_ts_has_no_unfinished_entry(lang: str) -> None:
    missing = tool.unfinished(tool.ts_path(lang))
    assert missing == [], f"{len(missing)} unfinished {lang} entries, e.g. {missing[:5]}"


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Run lupdate on copies: a string added to the code without a translation shows as unfinished."""
    copies = []
    for lang in tool.LANGS:
        dst = tmp_path / f"bagalau_{lang}.ts"
        shutil.copy(tool.ts_path(lang), dst)
        copies.append(dst)
    tool.lupdate(copies)
    for lang, ts in zip(tool.LANGS, copies, strict=True):
        missing = tool.unfinished(ts)
        assert missing == [], (f"{len(missing)} strings in the code lack a {lang} translation; run "
                               f"`python build/i18n.py update` after adding them to i18n/catalog: {missing[:8]}")


def test_compiled_translation_is_used(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.i18n import LanguageManager

    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "compile"], check=True)
    mgr = LanguageManager()
    mgr.set_language("ru")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "В&ыход"
    mgr.set_language("kk")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Шығу"
