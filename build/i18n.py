"""Translation workflow for Bagalau (Qt Linguist).

    python build/i18n.py update    # lupdate the code into i18n/bagalau_{kk,ru}.ts, then write from i18n/catalog/*.json
    python build/i18n.py compile   # lrelease the .ts into .qm (built, not committed)
    python build/i18n.py check     # catalog conflicts, placeholder mismatches, unfinished entries; exit 1 if any

Source strings are English. ONE source of truth: the catalog JSON files `i18n/catalog/*.json` (one per
area of the program, so that parallel work never edits the same file). The `.ts` files are generated from
them by `update` and are never edited by hand or in Linguist — `update` overwrites every translation from
the catalog, so an edit made only in a `.ts` is lost (put it in the catalog).

A catalog entry is keyed by the source text, or "Context|source" when one context needs a different
wording (e.g. "HistoryDialog|From" for a date against the plain "From" of a number range), and holds
{"kk": ..., "ru": ...}. A string marked with `%n` (Qt numerus, `tr(text, "", n)`) takes a list of plural
forms per language: ru three (1 день / 3 дня / 5 дней → one, few, many), kk one (copied into the
second slot Qt's rule gives Kazakh). Messages built below the UI (domain `Plural`) keep their forms in one
string separated by "|" under the "Plural" context, and pick one with babel's plural rules.

A key may appear in more than one catalog only with the same text: the same key translated twice
differently is a conflict and `update`/`check` fail naming both files (`CatalogConflict`). A translation
whose placeholders ({name}, %1, %n) differ from its source's fails too (`placeholder_problems`).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("kk", "ru")
ALIAS = "QT_TRANSLATE_NOOP+=N_"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def ts_path(lang: str) -> Path:
    return I18N / f"bagalau_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    cmd = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
           "-tr-function-alias", ALIAS, *sources(), "-ts", *map(str, ts_files)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


class CatalogConflict(Exception):
    """One key translated differently in two catalog files."""


Entry = dict[str, "str | list[str]"]


def load_catalog(folder: Path | None = None) -> dict[str, Entry]:
    """Merge the catalogs; raise CatalogConflict when a key has two different translations."""
    merged: dict[str, Entry] = {}
    origin: dict[str, str] = {}
    problems: list[str] = []
    for f in sorted((folder or I18N / "catalog").glob("*.json")):
        for key, entry in json.loads(f.read_text(encoding="utf-8")).items():
            if key in merged and merged[key] != entry:
                problems.append(f"{key!r}: {origin[key]} {merged[key]} vs {f.name} {entry}")
                continue
            merged.setdefault(key, entry)
            origin.setdefault(key, f.name)
    if problems:
        raise CatalogConflict("the same key translated differently:\n  " + "\n  ".join(problems))
    return merged


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?[0-9n]")


def placeholders(text: str) -> set[str]:
    """The placeholders of a text: {name} (format spec dropped), %1…%9 and %n (%L1 counts as %1)."""
    out = set()
    for p in _PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")):
        out.add(re.sub(r"[:!].*\}", "}", p).replace("%L", "%"))
    return out


def placeholder_problems(catalog: dict[str, Entry]) -> list[str]:
    """Entries whose translation has a different set of placeholders than the English source."""
    out = []
    for key, entry in catalog.items():
        src = key.split("|", 1)[1] if "|" in key and key.split("|", 1)[0].isidentifier() else key
        want = placeholders(src)
        for lang in LANGS:
            value = entry.get(lang)
            for form in (value if isinstance(value, list) else [value or ""]):
                if placeholders(form) != want:
                    out.append(f"{lang} {key!r}: {sorted(placeholders(form))} != {sorted(want)}")
    return out


def _set_translation(tr: ET.Element, value: str | list[str], numerus: bool) -> None:
    slots = len(tr.findall("numerusform"))   # as many forms as Qt's rule for the language has
    for child in list(tr):
        tr.remove(child)
    if numerus:
        tr.text = None
        forms = list(value) if isinstance(value, list) else [value]
        # Qt gives Kazakh two slots (one/other) though the noun after a number does not change: the one
        # form the catalog holds fills both; nothing is invented.
        forms += forms[-1:] * max(0, slots - len(forms))
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]
    tr.attrib.pop("type", None)


def fill(ts: Path, lang: str, catalog: dict[str, Entry]) -> None:
    """Write every translation that the catalog has (the catalog wins over what the .ts holds)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", {"kk": "kk_KZ", "ru": "ru_RU"}[lang])
    for ctx in root.iter("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None:
                continue
            src = m.findtext("source") or ""
            entry = catalog.get(f"{cname}|{src}") or catalog.get(src)
            if entry and entry.get(lang):
                _set_translation(tr, entry[lang], m.get("numerus") == "yes")
    ET.indent(tree, "    ")
    with open(ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None:
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            if tr.get("type") == "unfinished" or not all(f.strip() for f in forms):
                out.append((cname, m.findtext("source") or ""))
    return out


def update() -> None:
    files = [ts_path(lang) for lang in LANGS]
    lupdate(files)
    catalog = load_catalog()
    for lang in LANGS:
        fill(ts_path(lang), lang, catalog)


def compile_qm() -> None:
    for lang in LANGS:
        ts = ts_path(lang)
        if ts.exists():
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True, capture_output=True)


def check() -> int:
    bad = 0
    try:
        catalog = load_catalog()
    except CatalogConflict as e:
        print(e)
        return 1
    for problem in placeholder_problems(catalog):
        print("placeholders", problem)
        bad += 1
    for lang in LANGS:
        for ctx, src in unfinished(ts_path(lang)):
            print(f"{lang}\t{ctx}\t{src}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update()
        sys.exit(check())
    elif cmd == "compile":
        compile_qm()
    elif cmd == "check":
        sys.exit(check())
    else:
        print(__doc__)
        sys.exit(2)
