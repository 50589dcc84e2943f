"""ARCHITECTURE.md: domain, storage, services and reports never load PySide6."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[str]:
    base = ROOT / "desktop_app" / package
    return sorted("desktop_app." + str(p.relative_to(ROOT / "desktop_app").with_suffix("")).replace("/", ".")
                  .replace(".__init__", "") for p in base.rglob("*.py"))


def test_core_layers_do_not_import_qt() -> None:
    modules = [m for pkg in ("domain", "storage", "services", "reports") for m in _modules(pkg)]
    assert len(modules) > 10
    code = ("import sys, importlib\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print('QT:' + ','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "QT:", out.stdout


def test_no_pyside_import_statement_outside_ui() -> None:
    offenders = []
    for p in (ROOT / "desktop_app").rglob("*.py"):
        rel = p.relative_to(ROOT / "desktop_app")
        if rel.parts[0] in ("ui",) or rel.name in ("app.py", "__main__.py"):
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(("from PySide6", "import PySide6")):
                offenders.append(str(rel))
    assert offenders == []
