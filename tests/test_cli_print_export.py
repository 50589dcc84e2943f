"""`bagalau print sheets|summary|annual|notices` and `bagalau export summary|annual`.

The documents' data come from services.evaluation_documents; here a stand-in module gives the sample
data, so that the command line, the renderers and the files written are checked on a real database file.
"""
from __future__ import annotations

import io
import sys
import types
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.app import main
from tests.reports.evaluation_samples import annual, notice, sheet
from tests.reports.pdf_check import pdf_text
from tests.reports.test_summary_pdf import small

MODULE = "desktop_app.services.evaluation_documents"


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> list[tuple]:
    """A stand-in services.evaluation_documents recording its calls; the office at `db_path` exists (sealed
    with the tests' key; the command opens it with $BAGALAU_PASSWORD)."""
    from desktop_app.storage.database import open_store
    from tests.sealing import office_key

    open_store(db_path, office_key()).close()
    calls: list[tuple] = []
    fake = types.ModuleType(MODULE)
    fake.sheets = lambda s, y, q: calls.append(("sheets", y, q)) or [sheet(), sheet()]  # type: ignore[attr-defined]
    fake.summary = lambda s, y, q: calls.append(("summary", y, q)) or small()  # type: ignore[attr-defined]
    fake.annual = lambda s, y: calls.append(("annual", y)) or annual()  # type: ignore[attr-defined]
    fake.notices = lambda s, y, q: calls.append(("notices", y, q)) or [notice()]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, MODULE, fake)
    return calls


def test_print_summary_in_russian(tmp_path: Path, db_path: Path, documents: list[tuple]) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["print", "summary", "--db", str(db_path), "--year", "2026", "--quarter", "2", "--lang", "ru",
                 "--out", str(out)]) == 0
    assert documents == [("summary", 2026, 2)]
    text = pdf_text(out.read_bytes())
    assert "Сводная ведомость" in text and "Сейітов Асқар" in text


def test_print_summary_and_sheets_as_docx(tmp_path: Path, db_path: Path, documents: list[tuple]) -> None:
    """--out FILE.docx gives the editable twin of the PDF, in the document's language."""
    from docx import Document

    for name in ("summary", "sheets"):
        out = tmp_path / f"{name}.docx"
        assert main(["print", name, "--db", str(db_path), "--year", "2026", "--quarter", "2", "--lang", "kk",
                     "--out", str(out)]) == 0
        doc = Document(str(out))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert ("тізімдемесі" in text) if name == "summary" else ("БАҒАЛАУ ПАРАҒЫ" in text)
        assert doc.core_properties.language == "kk-KZ"


def test_print_sheets_annual_and_notices(tmp_path: Path, db_path: Path, documents: list[tuple]) -> None:
    for what, extra, expected in (("sheets", ["--quarter", "1"], "БАҒАЛАУ ПАРАҒЫ"),
                                  ("annual", [], "жылдық бағалаудың"),
                                  ("notices", ["--quarter", "1"], "туралы хабарлама")):
        out = tmp_path / f"{what}.pdf"
        assert main(["print", what, "--db", str(db_path), "--year", "2026", *extra, "--lang", "both",
                     "--out", str(out)]) == 0
        assert expected in pdf_text(out.read_bytes())
    assert [c[0] for c in documents] == ["sheets", "annual", "notices"]


def test_export_summary_and_annual_xlsx(tmp_path: Path, db_path: Path, documents: list[tuple]) -> None:
    out = tmp_path / "summary.xlsx"
    assert main(["export", "summary", "--db", str(db_path), "--year", "2026", "--quarter", "2", "--lang", "kk",
                 "--out", str(out)]) == 0
    ws = load_workbook(io.BytesIO(out.read_bytes())).active
    assert ws.title == "Тізімдеме"
    out = tmp_path / "annual"
    assert main(["export", "annual", "--db", str(db_path), "--year", "2026", "--lang", "ru",
                 "--out", str(out)]) == 0
    assert load_workbook(tmp_path / "annual.xlsx").active.title == "Годовая"


def test_missing_or_wrong_quarter_is_an_error_not_a_file(tmp_path: Path, db_path: Path, documents: list[tuple],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    assert main(["--lang", "ru", "export", "summary", "--db", str(db_path), "--year", "2026",
                 "--out", str(tmp_path / "s.xlsx")]) == 1
    assert "Укажите квартал" in capsys.readouterr().err
    assert main(["print", "summary", "--db", str(db_path), "--year", "2026", "--quarter", "5",
                 "--out", str(out)]) == 1
    assert not out.exists() and documents == []


def test_print_and_export_from_the_demo_office(tmp_path: Path) -> None:
    """End to end on a real database: the demo office's finished quarter and year, through the real
    services.evaluation_documents."""
    from datetime import date

    from desktop_app.demo import write_demo

    db = tmp_path / "demo.sqlite"
    write_demo(db, today=date(2026, 11, 20))
    out = tmp_path / "summary.pdf"
    assert main(["print", "summary", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru",
                 "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "3 квартал 2026 года" in text and "Итоги по результатам оценки" in text
    assert "Выполняет функциональные обязанности эффективно" in text
    sheets = tmp_path / "sheets.pdf"
    assert main(["print", "sheets", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "kk",
                 "--out", str(sheets)]) == 0
    assert pdf_text(sheets.read_bytes()).count("БАҒАЛАУ ПАРАҒЫ") > 20
    xlsx = tmp_path / "annual.xlsx"
    assert main(["export", "annual", "--db", str(db), "--year", "2025", "--lang", "ru", "--out", str(xlsx)]) == 0
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    scored = [r for r in rows if isinstance(r[0], int) and isinstance(r[8], float)]
    assert scored and all(0 <= r[8] <= 5 for r in scored)          # annual means on the 0–5 scale (001 §4, §17)
