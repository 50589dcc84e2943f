"""The one-folder bundle: built with PyInstaller, it opens a database and renders Kazakh PDFs.

Builds dist into a temp folder (about a minute on two cores), then runs the bundled executable with
no access to the repository's sources: it writes the demo office, opens the main window offscreen on it,
and prints the bonus scale and the quarter summary in Kazakh.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KAZAKH_LETTERS = set("әғқңөұүһі")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed in this environment")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "compile"], check=True)
    subprocess.run([str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build" / "bagalau.spec")], check=True, cwd=ROOT, capture_output=True)
    exe = work / "dist" / "bagalau" / "bagalau"
    assert exe.exists()
    return exe


def _run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BAGALAU_PASSWORD"] = "demo"   # the demo office is sealed; the bundle reads the password as a script would
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def test_bundle_opens_a_database_and_renders_kazakh_pdf(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = tmp_path / "office.sqlite"
    out = _run(bundle, "demo", str(db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    shown = _run(bundle, "--db", str(db), "--prefs", str(tmp_path / "p.json"), "--lang", "kk",
                 "--exit-when-shown", cwd=tmp_path)
    assert "ready" in shown.stdout, shown.stderr
    for what, extra in (("scale", []), ("summary", ["--year", "2026", "--quarter", "3"])):
        pdf = tmp_path / f"{what}.pdf"
        res = _run(bundle, "print", what, "--db", str(db), "--lang", "kk", "--out", str(pdf), *extra,
                   cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        reader = PdfReader(str(pdf))
        text = "".join(page.extract_text() for page in reader.pages)
        assert KAZAKH_LETTERS & set(text.lower()), f"no Kazakh letters in the {what} PDF"
        fonts = {f.get("/BaseFont") for page in reader.pages
                 for f in (page["/Resources"].get("/Font") or {}).values()}
        assert any("DejaVu" in str(f) or "Liberation" in str(f) for f in fonts), fonts
