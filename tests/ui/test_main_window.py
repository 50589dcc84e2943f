"""The main window opens on a fresh database and switches language at run time."""
from PySide6.QtCore import QCoreApplication


def test_language_switch_changes_menu_texts(main_window, qtbot) -> None:
    assert main_window.file_menu.title() == "&Файл"
    assert main_window.quit_action.text() == "В&ыход"
    main_window.set_language("kk")
    qtbot.waitUntil(lambda: main_window.quit_action.text() == "&Шығу")
    assert main_window.prefs.language == "kk"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Анықтама"
