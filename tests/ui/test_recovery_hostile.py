"""Recovering from a damaged office keeps everything: the damaged file is set aside together
with its -wal and -shm, untouched; a 0-byte file is damaged, not a new office."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.backup import backup_connection, default_backup_dir, timestamped_name
from desktop_app.storage.database import DatabaseDamagedError, open_store
from desktop_app.ui.application import BagalauApplication
from tests.sealing import office_key, raw_connect
from tests.ui.app_support import close_app


@pytest.fixture
def start(qapp, prefs, qtbot, monkeypatch):
    """Start the program on a file, answering Yes to "open the newest good copy?"; returns what was asked."""
    made: list[BagalauApplication] = []
    asked: list[str] = []

    def answer_yes(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)

    def run(db: Path) -> tuple[BagalauApplication, list[str]]:
        app = BagalauApplication(prefs, language="ru")
        made.append(app)
        with qtbot.waitSignal(app.ready, timeout=10000):
            app.start(db, office_key())
        return app, asked

    yield run
    for a in made:
        close_app(a)


def _office_with_a_copy(db: Path) -> None:
    store = open_store(db, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Финансовый отдел')")
    backup_connection(store.db.conn, default_backup_dir(db) / timestamped_name(db.stem, "daily"))
    store.close()


def _units(db: Path) -> list[str]:
    conn = raw_connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT name_ru FROM units ORDER BY id")]
    finally:
        conn.close()


def test_damaged_file_is_kept_with_its_wal_and_shm(start, db_path: Path) -> None:
    _office_with_a_copy(db_path)
    writer = raw_connect(db_path)  # a change committed in the -wal, not yet in the file
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("CREATE TABLE note_from_the_wal (x)")
    writer.commit()
    wal, shm = db_path.with_name("office.sqlite-wal"), db_path.with_name("office.sqlite-shm")
    committed = wal.read_bytes()
    assert committed and shm.exists()
    data = bytearray(db_path.read_bytes())
    data[4096:4096 + 512] = b"\xff" * 512  # page 2 broken on the disk
    db_path.write_bytes(bytes(data))
    try:  # the writer stays open, as a crashed program would leave it: no checkpoint on the way out
        app, asked = start(db_path)
        assert asked and "повреждён" in asked[0]
        assert app.services is not None  # the good copy is open
        aside = [p for p in db_path.parent.iterdir() if p.name.startswith("office.sqlite.damaged-")
                 and not p.name.endswith(("-wal", "-shm", ".key"))]
        assert len(aside) == 1
        assert aside[0].read_bytes() == bytes(data)
        assert aside[0].with_name(aside[0].name + "-wal").read_bytes() == committed  # moved, not deleted
        assert aside[0].with_name(aside[0].name + "-shm").exists()
        assert _units(db_path) == ["Финансовый отдел"]
    finally:
        writer.close()


def test_zero_byte_file_is_damaged_not_a_new_office(start, db_path: Path) -> None:
    _office_with_a_copy(db_path)
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as info:
        open_store(db_path, office_key())
    assert info.value.backup is not None
    assert db_path.read_bytes() == b""  # opening changed nothing
    app, asked = start(db_path)
    assert asked and "повреждён" in asked[0] and "0 bytes" in asked[0]
    assert app.services is not None
    assert [r[0] for r in app.services.store.db.execute("SELECT name_ru FROM units")] == ["Финансовый отдел"]
    assert any(p.name.startswith("office.sqlite.damaged-") and p.stat().st_size == 0
               for p in db_path.parent.iterdir())
