"""`restore` checks the copy before it replaces anything: not the open file onto itself, not a
copy with damaged records or an altered log, and a copy of another organisation only when confirmed."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.cli.translation import make_translate
from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.services.backup import BackupService
from desktop_app.services.container import build_services
from desktop_app.services.restore_checks import OtherOrganisationError
from desktop_app.storage.database import open_store
from tests.sealing import office_key, raw_connect

RU = make_translate("ru")


def _office(path: Path, name: str, unit: str):  # type: ignore[no-untyped-def]
    store = open_store(path, office_key())
    services = build_services(store)
    org = services.staff.structure.organisation()
    services.staff.structure.save_organisation(replace(org, name_kk=name, name_ru=name))
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES (?, ?)", [unit, unit])
    return store


def _units(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in store.db.execute("SELECT name_kk FROM units ORDER BY id")]


def _digest(store) -> str:  # type: ignore[no-untyped-def]
    """The content of the open office (its audit log head moves with every change)."""
    rows = store.db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return hashlib.sha256(repr((rows, _units(store))).encode()).hexdigest()


@pytest.fixture
def office(tmp_path: Path):
    store = _office(tmp_path / "office.sqlite", "Қарасу ауданы әкімінің аппараты", "Заң бөлімі")
    yield store
    store.close()


def test_restore_of_the_open_file_onto_itself_is_refused(office) -> None:
    before = _digest(office)
    with pytest.raises(ValidationError) as info:
        BackupService(office).restore(office.path)
    assert "это сама открытая база, а не её копия" in info.value.render(RU)
    assert _digest(office) == before


def _tampered_copy(office, tmp_path: Path, sql: str) -> Path:  # type: ignore[no-untyped-def]
    copy = BackupService(office).back_up(tmp_path / "copies")
    conn = raw_connect(copy)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:  # an editor outside Bagalau has no audit functions: drop what would stop it
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(sql)
    conn.commit()
    conn.close()
    return copy


@pytest.mark.parametrize("sql", ["UPDATE units SET name_kk = 'Басқа бөлім'",
                                 "UPDATE audit_log SET change = json_array(NULL, NULL, 'мен емес') WHERE id = 1"])
def test_a_copy_with_altered_records_or_log_is_refused(office, tmp_path: Path, sql: str) -> None:
    copy = _tampered_copy(office, tmp_path, sql)
    before = _digest(office)
    with pytest.raises(StorageError) as info:
        BackupService(office).restore(copy)
    text = info.value.render(RU)
    assert f"Копия {copy} не прошла полную проверку и не восстановлена" in text
    assert _digest(office) == before and _units(office) == ["Заң бөлімі"]
    assert not list((tmp_path / "office-backups").glob("*pre-restore*"))  # nothing was even set aside


def test_a_copy_of_another_organisation_asks_first(office, tmp_path: Path) -> None:
    other = _office(tmp_path / "other.sqlite", "Ақсу ауданы әкімінің аппараты", "Қаржы бөлімі")
    copy = BackupService(other).back_up(tmp_path / "copies")
    other.close()
    before = _digest(office)
    with pytest.raises(OtherOrganisationError) as info:
        BackupService(office).restore(copy)
    assert ("Эта копия другой организации: «Ақсу ауданы әкімінің аппараты», а открытая база — «Қарасу ауданы "
            "әкімінің аппараты»") in info.value.render(RU)
    assert _digest(office) == before
    BackupService(office).restore(copy, other_organisation_ok=True)
    assert _units(office) == ["Қаржы бөлімі"]


def test_cli_restore_of_another_organisation_needs_the_option(tmp_path: Path) -> None:
    _office(tmp_path / "office.sqlite", "Қарасу", "Заң бөлімі").close()
    other = _office(tmp_path / "other.sqlite", "Ақсу", "Қаржы бөлімі")
    copy = BackupService(other).back_up(tmp_path / "copies")
    other.close()
    db = tmp_path / "office.sqlite"
    before = db.read_bytes()

    def restore(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", "restore", "--db", str(db), "--from",
                               str(copy), "--lang", "ru", *extra], capture_output=True, text=True, input="")

    refused = restore()
    assert refused.returncode == 1
    assert "Эта копия другой организации: «Ақсу»" in refused.stderr and "--other-organisation" in refused.stderr
    assert db.read_bytes() == before
    done = restore("--other-organisation")
    assert done.returncode == 0, done.stderr
    conn = raw_connect(db)
    assert [r[0] for r in conn.execute("SELECT name_kk FROM units")] == ["Қаржы бөлімі"]
    conn.close()


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    first = open_store(tmp_path / "office.sqlite", office_key())
    try:
        (tmp_path / "office.sqlite.lock").unlink()
        with pytest.raises(StorageError) as info:
            open_store(tmp_path / "office.sqlite", office_key())
        assert "уже открыта в другом окне" in info.value.render(RU)
        holder = subprocess.run([sys.executable, "-m", "desktop_app", "backup", "--db", str(tmp_path / "office.sqlite"),
                                 "--to", str(tmp_path / "copies"), "--lang", "ru"], capture_output=True, text=True)
        assert holder.returncode == 1 and "уже открыта в другом окне" in holder.stderr  # another process too
    finally:
        first.close()
    open_store(tmp_path / "office.sqlite", office_key()).close()  # released on close
