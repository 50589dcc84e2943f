"""`bagalau quarter open|roster|due` on a real database file."""
from __future__ import annotations

from pathlib import Path

from desktop_app.app import main
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office
from tests.sealing import office_key


def test_open_roster_and_due(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite"
    store = open_store(db, office_key())
    seed_office(store.db, staff=2)
    build_services(store).methodology.copy_preset("typical_2025")
    store.close()
    assert main(["quarter", "due", "--db", str(db), "--today", "2026-10-22", "--lang", "ru"]) == 0
    assert "overdue\t20.10.2026\t3 квартал 2026 года не открыт" in capsys.readouterr().out
    assert main(["quarter", "open", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 0
    assert "4 из 4" in capsys.readouterr().out
    assert main(["quarter", "roster", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and sum("пункт 5 Методики" in ln for ln in lines) == 3
    # The head of apparatus has nobody above him on the staff: the line says what to set (001 §16).
    assert "Нет оценивающего лица" in next(ln for ln in lines if "Фамилия1 " in ln)
    assert main(["quarter", "open", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]) == 1
    assert "уже открыт" in capsys.readouterr().err


def test_quarter_close_exit_codes_and_reasons_in_the_users_language(tmp_path: Path, capsys) -> None:
    from datetime import date

    from desktop_app.domain.sheet_moves import Move

    db = tmp_path / "office.sqlite"
    store = open_store(db, office_key())
    seed_office(store.db, staff=2)
    services = build_services(store)
    services.methodology.copy_preset("typical_2025")
    services.quarter.today = lambda: date(2026, 10, 9)
    q = services.quarter.open_quarter(2026, 3)
    services.quarter.override(q.id, 1, include=False, reason="Оценивает аким района")
    rows = services.evaluation.grid(q.id)
    for r in rows:
        for key in ([c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]):
            services.evaluation.set_score(r.evaluation.id, key, "4")
    ids = [r.evaluation.id for r in rows]
    services.evaluation.move_many(ids, Move.SIGN, date(2026, 10, 5))
    services.evaluation.move_many(ids[1:], Move.RECEIVE, date(2026, 10, 6))
    store.close()
    args = ["quarter", "close", "--db", str(db), "--year", "2026", "--quarter", "3", "--today", "2026-10-14"]
    assert main([*args, "--lang", "ru"]) == 1
    # Grouped as the window's "The quarter stays open" dialog: one line a reason, the names under a shared one.
    assert capsys.readouterr().err.splitlines() == [
        "3 квартал 2026 года нельзя закрыть: незавершённых вопросов — 3.",
        "- Фамилия10 Имя10: лист подписан, не окончательный.",          # signed, never received
        "- 2 вопроса: лист получен, не окончательный.",                  # window over, not made final
        "    Фамилия11 Имя11, Фамилия2 Имя2"]
    assert main([*args, "--lang", "kk"]) == 1
    kk = capsys.readouterr().err.splitlines()
    assert kk[1] == "- Фамилия10 Имя10: парақтың күйі — қол қойылды, түпкілікті емес."
    assert kk[2].startswith("- 2 мәселе: ") and kk[3] == "    Фамилия11 Имя11, Фамилия2 Имя2" and len(kk) == 4
    store = open_store(db, office_key())
    services = build_services(store)
    services.quarter.today = lambda: date(2026, 10, 14)
    services.evaluation.move_many(ids[:1], Move.RECEIVE, date(2026, 10, 6))
    services.evaluation.move_many(ids, Move.FINALISE, date(2026, 10, 14))
    store.close()
    assert main([*args, "--lang", "ru"]) == 0
    assert "закрыт" in capsys.readouterr().out
    assert main([*args, "--lang", "ru"]) == 1
    assert "уже закрыт" in capsys.readouterr().err
    reopen = ["quarter", "reopen", "--db", str(db), "--year", "2026", "--quarter", "3", "--lang", "ru"]
    assert main([*reopen, "--reason", "x"]) == 1
    assert "причин" in capsys.readouterr().err
    assert main([*reopen, "--reason", "Исправить дату вручения"]) == 0
    assert "открыт" in capsys.readouterr().out
