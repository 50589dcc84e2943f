"""`bagalau print protocol --db FILE --session N --lang kk|ru|both --out FILE.pdf|FILE.docx`."""
from __future__ import annotations

import io
from datetime import date

from docx import Document
from pypdf import PdfReader

from desktop_app.app import main
from desktop_app.demo.calibration import demo_calibration
from tests.services.calibration_support import open_office


def test_print_protocol_pdf_and_docx(tmp_path, monkeypatch, capsys) -> None:
    services = open_office(tmp_path, monkeypatch)
    with services.store.atomic():
        demo_calibration(services, date(2026, 11, 22))
    db = str(services.store.path)
    services.close()
    pdf = tmp_path / "p.pdf"
    assert main(["print", "protocol", "--db", db, "--session", "1", "--lang", "ru", "--out", str(pdf)]) == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "ПРОТОКОЛ" in text and "РЕШИЛИ:" in text and "Повысить оценку с 2,50 до 3,00" in text
    docx = tmp_path / "p.docx"
    assert main(["print", "protocol", "--db", db, "--session", "1", "--lang", "both", "--out", str(docx)]) == 0
    paragraphs = [p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs]
    assert "ХАТТАМА" in paragraphs and "ПРОТОКОЛ" in paragraphs
    assert main(["print", "protocol", "--db", db, "--session", "7", "--lang", "kk", "--out", str(pdf)]) == 1
    assert "7" in capsys.readouterr().err


def test_a_russian_copy_with_kazakh_only_text_warns_on_stderr(tmp_path, monkeypatch, capsys) -> None:
    services = open_office(tmp_path, monkeypatch)
    with services.store.atomic():
        demo_calibration(services, date(2026, 11, 22))
        services.store.db.execute("UPDATE calibration_sessions SET place_ru = ''")
    db = str(services.store.path)
    services.close()
    prefs = tmp_path / "prefs.json"
    prefs.write_text('{"language": "ru"}', encoding="utf-8")
    out = str(tmp_path / "p.pdf")
    assert main(["--prefs", str(prefs), "print", "protocol", "--db", db, "--session", "1", "--lang", "ru",
                 "--out", out]) == 0
    err = capsys.readouterr().err      # the seed office has no Russian position titles either
    assert "в русском экземпляре есть текст, введённый только на казахском языке: должности названных лиц" in err
    assert "место проведения." in err
    assert main(["--prefs", str(prefs), "print", "protocol", "--db", db, "--session", "1", "--lang", "kk",
                 "--out", out]) == 0
    assert "казахском" not in capsys.readouterr().err          # a Kazakh copy needs no Russian text
