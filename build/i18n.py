"""Translation workflow for Bagalau (Qt Linguist).

    python build/i18n.py update    # lupdate the code into i18n/bagalau_{kk,ru}.ts, then fill from i18n/catalog/*.json
    python build/i18n.py compile   # lrelease the .ts into .qm (built, not committed)
    python build/i18n.py check     # list entries that are still unfinished; exit 1 if any

Source strings are English. The .ts files are the Linguist files a translator may edit directly; the
catalog JSON files (one per area of the program, so that parallel work never edits the same file) are
where developers write kk/ru next to the code they add. A catalog entry is keyed by the source text
(or "Context|source" when one context needs a different wording) and holds {"kk": ..., "ru": ...}.
`update` only fills entries that are unfinished, so a translator's edit in Linguist is never overwritten.
"""
from __future__ import annotations

import json
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


def load_catalog() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for f in sorted((I18N / "catalog").glob("*.json")):
        merged.update(json.loads(f.read_text(encoding="utf-8")))
    return merged


def fill(ts: Path, lang: str, catalog: dict[str, dict[str, str]]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", {"kk": "kk_KZ", "ru": "ru_RU"}[lang])
    for ctx in root.iter("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = m.findtext("source") or ""
            entry = catalog.get(f"{cname}|{src}") or catalog.get(src)
            if entry and entry.get(lang):
                tr.text = entry[lang]
                del tr.attrib["type"]
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
            if tr is not None and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
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
