"""Every user-facing string has a finished Kazakh and Russian translation, and the .ts are current."""
import re
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


def _write(folder: Path, name: str, data: dict) -> None:
    import json
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_catalogs_have_no_key_translated_twice_differently() -> None:
    tool.load_catalog()  # raises CatalogConflict naming both files


def test_a_key_translated_differently_in_two_catalogs_fails(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", {"From": {"kk": "Бастап", "ru": "От"}, "Save": {"kk": "Сақтау", "ru": "Сохранить"}})
    _write(tmp_path, "b.json", {"From": {"kk": "Басталуы", "ru": "С"}, "Save": {"kk": "Сақтау", "ru": "Сохранить"}})
    with pytest.raises(tool.CatalogConflict, match=r"'From': a\.json .* b\.json"):
        tool.load_catalog(tmp_path)
    _write(tmp_path, "b.json", {"HistoryDialog|From": {"kk": "Басталуы", "ru": "С"}})
    assert tool.load_catalog(tmp_path)["HistoryDialog|From"]["ru"] == "С"


def test_every_translation_has_the_placeholders_of_its_source() -> None:
    assert tool.placeholder_problems(tool.load_catalog()) == []


def test_a_lost_or_renamed_placeholder_is_found() -> None:
    cat = {"{n} sheets of {total}": {"kk": "{total} парақтың {n}-і", "ru": "{n} листов из {count}"},
           "%n working day(s)": {"kk": ["%n жұмыс күні"], "ru": ["%n рабочий день", "%n рабочих дня", "рабочих дней"]},
           "Score {value:.2f}": {"kk": "Балл {value}", "ru": "Балл {value:.1f}"}}
    problems = tool.placeholder_problems(cat)
    assert problems == ["ru '{n} sheets of {total}': ['{count}', '{n}'] != ['{n}', '{total}']",
                        "ru '%n working day(s)': [] != ['%n']"]


def test_committed_ts_carries_the_catalog_text() -> None:
    """The catalog is the one source: each .ts translation equals its catalog entry (run `update`)."""
    import xml.etree.ElementTree as ET
    catalog = tool.load_catalog()
    stale = []
    for lang in tool.LANGS:
        for ctx in ET.parse(tool.ts_path(lang)).getroot().iter("context"):
            cname = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                src = m.findtext("source") or ""
                entry = catalog.get(f"{cname}|{src}") or catalog.get(src)
                tr = m.find("translation")
                got = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else tr.text
                want = entry and entry.get(lang)
                if m.get("numerus") == "yes" and want:
                    want = [want] if isinstance(want, str) else list(want)
                    want += want[-1:] * (len(got) - len(want))   # Kazakh: the one form fills Qt's slots
                if got != want:
                    stale.append((lang, cname, src, got, want))
    assert stale == [], f"{len(stale)} .ts entries differ from the catalog, e.g. {stale[:3]}"


# GLOSSARY.md: one Kazakh term per concept. Each pattern is a form the glossary replaces (→ the form to use).
GLOSSARY_REPLACES = {
    r"шкала": "шәкіл (бекітілген шәкілге сәйкес)",
    r"кадр қызмет": "персоналды басқару қызметі",
    r"қосалқы орындаушы": "бірлесіп орындаушы",
    r"калибров": "калибрлеу",
    r"ведомос": "тізімдеме",
    r"градаци": "балл аралықтары",
    r"жылдық нәтиже": "қорытынды баға",
    r"(?<!есепке )\bалынды\b": "танысты (the result received; \"есепке алынды\" = counted stays)",
    r"\bжағдайы\b": "күйі (status)",
    r"шағым": "өтініш (appeal)",
    r"дәлелдеді": "уәжі (argued, not proved)",
    r"енді жоқ": "жойылған",
    r"оның орнына оны": "rebuild the sentence",
    r"тұйық шеңбер": "rebuild the sentence",
    r"карточка": "мәліметтер",
    r"\bдерек(ке|ті)?\b": "факті (a fact of a breach)",
}
_CASE_SUFFIX = (r"(?:ға|ге|қа|ке|а|е|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|"
                r"ны|ні|ды|ді|ты|ті|н|ы|і|сы|сі|мен|бен|пен|дағы|дегі|тағы|тегі|ндағы|ндегі|дай|дей|тай|тей)")
# "{n}-ге": a case suffix glued after a placeholder breaks vowel harmony for half the numbers. An ordinal
# hyphen before a noun ("{quarter}-тоқсан") is a different thing and stays allowed.
GLUED = re.compile(r"(\{[^{}]*\}|%\d|%n)-" + _CASE_SUFFIX + r"(?![а-яәғқңөұүһіa-z])", re.I)
# "{due} дейін", "{n} с кейін": these postpositions need a case ending on the word before them.
BARE_POSTPOSITION = re.compile(r"(\{[^{}]*\}|%\d|%n)\s+(?:с\s+)?(дейін|кейін|бері|бастап)\b")


def _kk_texts(catalog: dict) -> list[tuple[str, str]]:
    out = []
    for key, entry in catalog.items():
        value = entry.get("kk") or ""
        for form in (value if isinstance(value, list) else [value]):
            out.append((key, form))
    return out


def kk_glossary_problems(catalog: dict) -> list[str]:
    problems = []
    for key, text in _kk_texts(catalog):
        for pattern, use in GLOSSARY_REPLACES.items():
            if re.search(pattern, text, re.I):
                problems.append(f"{key!r}: {text!r} has /{pattern}/ — use {use}")
        if GLUED.search(text):
            problems.append(f"{key!r}: {text!r} glues a case suffix after a placeholder")
        if BARE_POSTPOSITION.search(text):
            problems.append(f"{key!r}: {text!r} puts a postposition right after a placeholder")
    return problems


def test_kazakh_follows_the_glossary_and_never_glues_a_suffix_to_a_placeholder() -> None:
    problems = kk_glossary_problems(tool.load_catalog())
    assert problems == [], "\n".join(problems)


def test_the_glossary_check_finds_each_kind_of_fault() -> None:
    bad = {"a": {"kk": "Көтермелеу шкаласы"}, "b": {"kk": "0-ден {max}-ке дейін"}, "c": {"kk": "{due} дейін"},
           "d": {"kk": "{n} с кейін"}, "e": {"kk": "Калибровкалық сессия"},
           "ok": {"kk": "{year} жылғы {quarter}-тоқсан; 0–{max} аралығында; {n} секундтан кейін"}}
    found = kk_glossary_problems(bad)
    assert [p.split(":")[0] for p in found] == ["'a'", "'b'", "'c'", "'d'", "'e'"]


def test_qt_numerus_forms_follow_the_language(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.i18n import LanguageManager

    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "compile"], check=True)
    mgr = LanguageManager()
    src = "Wrong password. Try again in %n second(s)."
    try:
        mgr.set_language("ru")
        said = {n: QCoreApplication.translate("LockScreen", src, None, n) for n in (1, 3, 64, 5)}
        assert said == {1: "Неверный пароль. Повторите через 1 секунду.", 3: "Неверный пароль. Повторите через 3 секунды.",
                        64: "Неверный пароль. Повторите через 64 секунды.", 5: "Неверный пароль. Повторите через 5 секунд."}
        mgr.set_language("kk")
        assert QCoreApplication.translate("LockScreen", src, None, 1) == "Құпиясөз қате. 1 секундтан кейін қайталаңыз."
        assert QCoreApplication.translate("LockScreen", src, None, 64) == "Құпиясөз қате. 64 секундтан кейін қайталаңыз."
    finally:
        mgr.remove_translators()


KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def test_no_russian_translation_carries_a_kazakh_only_letter() -> None:
    """The Russian screen shows no Kazakh letter from a translation (the program is "Багалау" there)."""
    bad = []
    for key, entry in tool.load_catalog().items():
        value = entry.get("ru") or ""
        for form in (value if isinstance(value, list) else [value]):
            if KAZAKH_ONLY & set(form):
                bad.append((key, form))
    assert bad == [], bad[:5]


def test_russian_never_writes_a_gender_in_brackets() -> None:
    """GLOSSARY.md: gendered forms are resolved (from the ИИН) or avoided, never "уволен(а)"."""
    bad = [(k, e["ru"]) for k, e in tool.load_catalog().items()
           if isinstance(e.get("ru"), str) and re.search(r"\((а|на|ла|ая|ей|ой)\)", e["ru"])]
    assert bad == [], bad
