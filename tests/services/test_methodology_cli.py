"""`bagalau print scale` and the demo's methodology, through the real command line on real files."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop_app.app import main
from tests.translations_support import compiled_translations  # noqa: F401  (autouse, module scope)


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_print_scale_of_the_version_in_force(tmp_path: Path, services, db_path: Path) -> None:
    services.methodology.copy_preset("typical_2025")
    services.close()
    out = tmp_path / "scale.pdf"
    assert main(["print", "scale", "--db", str(db_path), "--lang", "kk", "--out", str(out)]) == 0
    text = _text(out)
    assert "балдар шәкілі" in text and "Тәлімгерлік қызметті" in text


def test_print_scale_of_a_chosen_version_in_russian(tmp_path: Path, services, db_path: Path) -> None:
    m = services.methodology.copy_preset("points_2017")
    services.methodology.copy_preset("typical_2025")
    services.close()
    out = tmp_path / "scale.pdf"
    assert main(["print", "scale", "--db", str(db_path), "--lang", "ru", "--out", str(out),
                 "--methodology", str(m.id)]) == 0
    assert "Штрафные баллы" in _text(out)


def test_print_scale_without_methodology_is_refused(tmp_path: Path, db_path: Path, capsys) -> None:
    from desktop_app.storage.database import open_store
    from tests.sealing import office_key

    open_store(db_path, office_key()).close()
    out = tmp_path / "scale.pdf"
    assert main(["print", "scale", "--db", str(db_path), "--lang", "ru", "--out", str(out)]) == 1
    assert not out.exists()
    assert "методик" in capsys.readouterr().err   # the message in the chosen language (ru)


def test_demo_office_has_a_methodology_for_every_quarter(services) -> None:
    from desktop_app.demo.methodology import demo_methodology

    demo_methodology(services, date(2026, 11, 22))
    assert services.methodology.version_in_force(date(2025, 1, 1)) is not None
    assert services.methodology.version_in_force(date(2026, 10, 1)).preset == "typical_2025"
