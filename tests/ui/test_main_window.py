"""The main window opens on a fresh database and switches language at run time."""
from PySide6.QtCore import QCoreApplication


def test_language_switch_changes_menu_texts(main_window, qtbot) -> None:
    assert main_window.file_menu.title() == "&Файл"
    assert main_window.quit_action.text() == "В&ыход"
    main_window.set_language("kk")
    qtbot.waitUntil(lambda: main_window.quit_action.text() == "&Шығу")
    assert main_window.prefs.language == "kk"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Анықтама"


def test_the_program_reopens_on_the_page_it_was_closed_on(qtbot, services, languages, prefs) -> None:
    from desktop_app.ui.main_window import MainWindow

    first = MainWindow(services, languages, prefs)
    qtbot.addWidget(first)
    first.show()
    assert first.current_page_key() == first.specs[0].key           # a first start opens the first page
    first.show_page("calendar")
    first.close()
    second = MainWindow(services, languages, prefs)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_key() == "calendar"
    prefs.set("last_page", "a page of an older version")
    third = MainWindow(services, languages, prefs)
    qtbot.addWidget(third)
    assert third.current_page_key() == third.specs[0].key
