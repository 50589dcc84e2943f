"""`bagalau import-staff` and `bagalau export-staff` on real files: exit codes and the report."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from tests.services.test_staff_import import GOOD, RU_HEADER, write_csv

ROOT = Path(__file__).resolve().parent.parent


def bagalau(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=ROOT,
                          # a new office is created sealed with this password, then opened with it
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT),
                               "BAGALAU_PASSWORD": "Import-test-2026"},
                          timeout=120)


def test_import_then_reimport_then_export(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    f = write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD])
    first = bagalau("import-staff", "--db", str(db), "--lang", "ru", str(f))
    assert first.returncode == 0, first.stderr
    assert "Строка 2" in first.stdout and "3 к добавлению" in first.stdout
    again = bagalau("import-staff", "--db", str(db), "--lang", "ru", str(f))
    assert again.returncode == 0
    assert "3 без изменений" in again.stdout
    out = tmp_path / "staff.xlsx"
    export = bagalau("export-staff", "--db", str(db), "--out", str(out))
    assert export.returncode == 0, export.stderr
    assert load_workbook(out).active.max_row == 4


def test_refused_import_exits_1_with_row_reasons(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    bad = [GOOD[0], ["791028302729", "Петров", "Иван", "", "Юридический отдел", "Главный специалист", "E-R-4",
                     "нет", "01.02.2021"]]
    f = write_csv(tmp_path / "bad.csv", [RU_HEADER, *bad])
    result = bagalau("import-staff", "--db", str(db), "--lang", "kk", str(f))
    assert result.returncode == 1
    assert "3-жол" in result.stdout and "бақылау цифры" in result.stdout
    assert "Ештеңе импортталмады" in result.stderr
    listed = bagalau("export-staff", "--db", str(db), "--out", str(tmp_path / "x.xlsx"))
    assert listed.returncode == 0 and listed.stdout.startswith("0 ")


def test_missing_file_exits_1(tmp_path: Path) -> None:
    result = bagalau("import-staff", "--db", str(tmp_path / "o.sqlite"), "--lang", "ru", str(tmp_path / "no.csv"))
    assert result.returncode == 1
    assert "не существует" in result.stderr
