"""Starting the program: the window appears, the office opens; damaged and locked files are handled."""
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.backup import backup_connection, default_backup_dir, timestamped_name
from desktop_app.storage.database import open_store
from tests.sealing import office_key


def test_window_shows_first_then_office_opens(app_factory, db_path: Path, qtbot) -> None:
    open_store(db_path, office_key()).close()
    app = app_factory()
    with qtbot.waitSignal(app.ready, timeout=10000):
        assert app.start(db_path, office_key())
        assert app.window is not None and app.window.isVisible()
    assert app.services is not None
    assert app.window.services is app.services
    assert db_path.name in app.window.windowTitle()


def test_damaged_file_offers_newest_good_copy(app_factory, db_path: Path, qtbot, monkeypatch) -> None:
    store = open_store(db_path, office_key())
    with store.atomic():
        store.db.execute("INSERT INTO units (name_kk, name_ru) VALUES ('Қаржы бөлімі', 'Финансовый отдел')")
    backup_connection(store.db.conn, default_backup_dir(db_path) / timestamped_name("office", "daily"))
    store.close()
    db_path.write_bytes(b"\0garbage" * 5000)
    asked: list[str] = []

    def answer_yes(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    app = app_factory()
    with qtbot.waitSignal(app.ready, timeout=10000):
        app.start(db_path, office_key())
    assert asked and "повреждён" in asked[0]
    rows = app.services.store.db.execute("SELECT name_ru FROM units").fetchall()
    assert rows == [("Финансовый отдел",)]
    assert any(p.name.startswith("office.sqlite.damaged-") for p in db_path.parent.iterdir())


def test_file_open_elsewhere_is_refused_with_message(app_factory, db_path: Path, qtbot, monkeypatch) -> None:
    holder = open_store(db_path, office_key())
    shown: list[str] = []
    monkeypatch.setattr("desktop_app.ui.application.show_error",
                        lambda parent, exc, title=None: shown.append(exc.render()))
    try:
        app = app_factory()
        with qtbot.waitSignal(app.failed, timeout=10000):
            app.start(db_path, office_key())
        assert shown and "already open" in shown[0]
        assert app.services is None
    finally:
        holder.close()
