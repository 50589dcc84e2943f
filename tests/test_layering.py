"""ARCHITECTURE.md: domain, storage, services and reports never load PySide6."""
import ast
import re
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


def _imports(package: str) -> dict[str, set[str]]:
    """Every `desktop_app.*` module imported (at any depth of the file) by each file of `package`."""
    found: dict[str, set[str]] = {}
    for p in (ROOT / "desktop_app" / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop_app"):
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names if a.name.startswith("desktop_app"))
        found[str(p.relative_to(ROOT))] = names
    return found


def _offenders(package: str, forbidden: tuple[str, ...], allowed_files: tuple[str, ...] = ()) -> list[str]:
    return sorted(f"{f}: {m}" for f, mods in _imports(package).items() if f not in allowed_files
                  for m in mods if m.startswith(forbidden))


def test_domain_imports_only_domain() -> None:
    bad = [o for o in _offenders("domain", ("desktop_app.",))
           if not o.split(": ")[1].startswith(("desktop_app.domain", "desktop_app.paths"))]
    assert bad == []


def test_storage_never_imports_services_reports_or_ui() -> None:
    assert _offenders("storage", ("desktop_app.services", "desktop_app.reports", "desktop_app.ui")) == []


def test_ui_never_imports_storage_outside_the_composition_root() -> None:
    # ui/application.py opens the office file (the composition root of the window); nothing else does.
    assert _offenders("ui", ("desktop_app.storage",), ("desktop_app/ui/application.py",)) == []


def test_cli_never_imports_ui() -> None:
    assert _offenders("cli", ("desktop_app.ui",)) == []


_SQL = re.compile(r"\b(INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|SELECT\b[^\"']*\bFROM)\b", re.I)


def test_only_storage_speaks_sql() -> None:
    """Every table sits behind a repository in storage/: no SQL statement elsewhere.

    bench/ is exempt as tests/ are: its synthetic decade of history is written straight into the tables,
    like test data, to measure the program on a realistic volume (bench/synthetic_history.py)."""
    offenders = []
    for p in (ROOT / "desktop_app").rglob("*.py"):
        rel = p.relative_to(ROOT / "desktop_app")
        if rel.parts[0] in ("storage", "bench"):
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if _SQL.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []
