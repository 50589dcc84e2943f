"""`bagalau check --head CODE`: the audit log code printed on a real PDF is found in the log; after the
history is rewritten it is not; a malformed code is refused with what is wrong with it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.reports.labels import L
from desktop_app.services.container import build_services
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.audit_chain import compact_entries, entry_hash
from desktop_app.storage.database import open_store
from tests.sealing import env_with_password, office_key, raw_connect


def _check(path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", "check", "--db", str(path), "--lang", "ru", *extra],
                          capture_output=True, text=True, check=False, env=env_with_password())


@pytest.fixture
def printed(tmp_path: Path) -> tuple[Path, str]:
    """A sealed office with history and the audit log code read from the footer of a PDF it printed."""
    path = tmp_path / "office.sqlite"
    store = open_store(path, office_key())
    try:
        for i in range(3):
            with store.atomic():
                store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [f"Бөлім {i}", f"Отдел {i}"])
        with store.atomic(), audit_reason(store, "Бұйрық № 9"):
            store.db.execute("UPDATE units SET name_ru = 'Отдел кадров' WHERE id = 2")
        services = build_services(store)
        pdf = services.audit.extract(services.audit.entries(), L("", ""), "ru")
    finally:
        store.close()
    (tmp_path / "extract.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "extract.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    mark = re.search(r"Журнал изменений: (№ \d+ · [0-9A-F]{4}-[0-9A-F]{4})", text)
    assert mark is not None, text
    conn = raw_connect(path)  # the printed code is the newest entry's
    newest = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    assert mark.group(1).startswith(f"№ {newest} ·")
    return path, mark.group(1)


def test_a_code_printed_on_a_document_is_found_in_the_log(printed: tuple[Path, str]) -> None:
    path, code = printed
    entry = code.split()[1]
    for typed in (code, code.split("· ")[1], code.split("· ")[1].lower().replace("-", ""),
                  f"Журнал изменений: {code}"):
        out = _check(path, "--head", typed)
        assert out.returncode == 0, out.stderr
        assert f"Код {code.split('· ')[1]} — запись {entry} журнала изменений от " in out.stdout
        assert "журнал по-прежнему хранит историю" in out.stdout


def test_after_history_is_rewritten_the_printed_code_is_not_in_the_log(printed: tuple[Path, str]) -> None:
    path, code = printed
    conn = raw_connect(path)
    rows = list(compact_entries(conn))
    conn.execute('DROP TRIGGER "audit__audit_log__no_update"')
    prev = None
    for id_, at, table, row_id, action, change, hash_ in rows:  # the update's reason forged,
        if action == "update":                                   # every hash recomputed (no key)
            change = change.replace("Бұйрық № 9", "Бұйрық № 1")
        prev = entry_hash(None, prev, at, table, row_id, action, change, hash_[8:])
        conn.execute("UPDATE audit_log SET change = ?, hash = ? WHERE id = ?", [change, prev, id_])
    conn.commit()
    conn.close()
    short = code.split("· ")[1]
    out = _check(path, "--head", short)
    assert out.returncode == 1
    assert f"Ни у одной записи журнала изменений нет кода {short}: журнал переписан после печати документа" \
        in out.stderr
    out = _check(path, "--head", code)
    assert out.returncode == 1
    assert f"У записи {code.split()[1]} журнала изменений теперь код " in out.stderr and f"а не {short}" in out.stderr


def test_a_log_cut_before_the_printed_entry_is_named(printed: tuple[Path, str]) -> None:
    path, code = printed
    entry = int(code.split()[1])
    conn = raw_connect(path)
    conn.execute('DROP TRIGGER "audit__audit_log__no_delete"')
    conn.execute("DELETE FROM audit_log WHERE id >= ?", [entry - 1])
    conn.commit()
    conn.close()
    out = _check(path, "--head", code)
    assert out.returncode == 1
    assert f"Журнал изменений заканчивается записью {entry - 2}, не доходя до записи {entry}" in out.stderr


@pytest.mark.parametrize("typed, said", [
    ("7G3A-91C2", "В коде журнала изменений «7G3A-91C2» есть символы, кроме 0–9 и A–F: G."),
    ("7F3A-91C", "В коде журнала изменений «7F3A-91C» символов: 7, а в напечатанном коде их 8"),
    ("№ 12 7F3A 91C2", "«№ 12 7F3A 91C2» — не код журнала изменений"),
    ("", "Введите код журнала изменений, напечатанный внизу документа"),
])
def test_a_malformed_code_is_refused_saying_what_is_wrong(printed: tuple[Path, str], typed: str, said: str) -> None:
    out = _check(printed[0], "--head", typed)
    assert out.returncode == 1 and said in out.stderr and ": ok" not in out.stdout
