"""`bagalau quarter open|roster|due` on a real database file."""
from __future__ import annotations

from pathlib import Path

from desktop_app.app import main
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office


def test_open_roster_and_due(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite"
    store = open_store(db)
    seed_office(store.db, staff=2)
    build_services(store).methodology.copy_preset("typical_2025")
    store.close()
    assert main(["quarter", "due", "--db", str(db), "--today", "2026-10-22", "--lang", "ru"]) == 0
    assert "overdue\t20.10.2026\t3 квартал 2026 года не открыт" in capsys.readouterr().out
    assert main(["quarter", "open", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 0
    assert "4 из 4" in capsys.readouterr().out
    assert main(["quarter", "roster", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all("пункт 5 Методики" in ln for ln in lines)
    assert main(["quarter", "open", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 1
    assert "уже открыт" in capsys.readouterr().err
