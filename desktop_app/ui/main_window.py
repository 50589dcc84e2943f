"""The main window: navigation on the left, the current page on the right, menus on top."""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app.prefs import Prefs
from desktop_app.ui.changes import ChangeBus, PageContext, current_in_stack
from desktop_app.ui.i18n import LanguageManager, Retranslatable
from desktop_app.ui.pages import PageSpec, default_pages
from desktop_app.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from desktop_app.services.container import Services


NAV_STYLE = """
QListWidget#navigation { background: palette(window); font-size: 10.5pt; outline: 0; }
QListWidget#navigation::item { padding: 7px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
"""


class MainWindow(Retranslatable, QMainWindow):
    """Given the services of one open database; knows nothing of files or SQL.

    The window may be shown before the database is open (`services=None`): the navigation appears at
    once and the pages are created when `attach(services)` is called — the program looks started while
    the database stack loads.
    """

    #: Asks the application to close this database and open another (path; empty = choose), then show
    #: the notice (empty: none) on the new window.
    open_database_requested = Signal(str, str)

    def __init__(self, services: Services | None, languages: LanguageManager, prefs: Prefs,
                 pages: list[PageSpec] | None = None, title_file: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.title_file = title_file or (services.store.path.name if services is not None else "")
        self.languages = languages
        self.prefs = prefs
        self.specs = pages if pages is not None else default_pages()
        from desktop_app.ui.warmup import warm_up

        warm_up()   # the public holidays every deadline needs, read while the window opens
        self._pages: dict[str, QWidget] = {}
        # What an action changed reaches every page that shows it (ui/changes.py).
        self.bus = ChangeBus(self)
        me = weakref.ref(self)   # the context must not keep a closed window alive (see ChangeBus.watch)
        self.context = PageContext(
            bus=self.bus, language=lambda: languages.language or "ru", languages=languages, prefs=prefs,
            open_page=lambda key: w.show_page(key) if (w := me()) is not None else None,
            open_database=lambda path, notice: w.open_database_requested.emit(path, notice)
            if (w := me()) is not None else None)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setWordWrap(True)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)   # a long title wraps onto a second line
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            self.nav.addItem(item)
            holder = QLabel()  # replaced by the real page when first shown
            self.stack.addWidget(holder)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self._help_installed = False
        if services is not None:
            self._install_help()
        self.retranslate()
        fit_to_screen(self, 1200, 760)
        if self.specs and services is not None:
            self.nav.setCurrentRow(self._start_row())

    def _install_help(self) -> None:
        """The rules help (F1) and the navigation's final touches — done when the office opens, not before
        the window first shows: importing the `Qt` namespace alone costs ~20 ms, a sixth of a bare start."""
        if not self._help_installed:
            from PySide6.QtCore import Qt

            self._install_shortcuts()
            self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
            from desktop_app.ui.help.links import install_help_menu

            install_help_menu(self)
            self._help_installed = True

    def attach(self, services: Services) -> None:
        """Give the window its open database and show the first page."""
        self._install_help()
        self.services = services
        self.title_file = services.store.path.name
        self.retranslate()
        if self.specs:
            self.nav.setCurrentRow(self._start_row())
            self._show_row(self.nav.currentRow())

    def _start_row(self) -> int:
        """The page the user left the program on (kept in prefs on close); the first page otherwise."""
        last = self.prefs.get("last_page")
        return next((row for row, spec in enumerate(self.specs) if spec.key == last), 0)

    # -- pages -------------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row < 0 or self.services is None:
            return
        spec = self.specs[row]
        page = self._pages.get(spec.key)
        if page is None:
            page = spec.factory(self.services, self.context)
            page.setObjectName(f"page_{spec.key}")
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if old is not None:   # `row` is the page's slot, always filled (a placeholder until now)
                self.stack.removeWidget(old)
                old.deleteLater()
            self._pages[spec.key] = page
            # A page off screen is only marked stale and reads its data when it is shown again.
            self.bus.watch(page, current_in_stack)
        self.stack.setCurrentIndex(row)
        self.bus.shown(page)

    def show_page(self, key: str) -> QWidget:
        """Switch to the page `key` (creating it if needed) and return it."""
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                self._show_row(row)
                return self._pages[key]
        raise KeyError(key)

    def page(self, key: str) -> QWidget | None:
        """The page `key` if it has been built (pages are built on first show)."""
        return self._pages.get(key)

    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else ""

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: self.open_database_requested.emit("", ""))
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("kk", "Қазақша"), ("ru", "Русский")):
            act = QAction(label, self, checkable=True)
            act.setObjectName(f"lang_{lang}")
            act.setChecked(lang == self.languages.language)
            act.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[lang] = act

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self._shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

        self._shortcuts_installed = False

    def _install_shortcuts(self) -> None:
        """Key sequences make PySide6 build its key enums (~40 ms): installed when the office opens, so the
        window itself appears as fast as a bare one."""
        if self._shortcuts_installed:
            return
        self._shortcuts_installed = True
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+F1"))
        for row, spec in enumerate(self.specs):
            if spec.shortcut:
                act = QAction(self)
                act.setShortcut(QKeySequence(spec.shortcut))
                act.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
                self.addAction(act)
                self.nav.item(row).setToolTip(QKeySequence(spec.shortcut).toString(
                    QKeySequence.SequenceFormat.NativeText))

    def set_language(self, lang: str) -> None:
        self.languages.set_language(lang)
        self.prefs.set("language", lang)
        self.language_actions[lang].setChecked(True)

    def _shortcuts(self) -> None:
        from desktop_app.ui.help.shortcuts_dialog import show_shortcuts

        show_shortcuts(self)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Bagalau"), self.tr(
            "Bagalau — quarterly performance evaluation of corps B civil servants.\n"
            "Works offline; the data stay in the database file on this computer."))

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bagalau — {file}").format(file=self.title_file))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Bagalau"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setText(spec.title())
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Make the navigation as wide as its longest title in the current language, within limits: at
        1280 pixels every pixel it takes is a pixel less for the tables (a longer title wraps)."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
                     default=120)
        self.nav.setFixedWidth(max(170, min(264, widest + 60)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set("last_page", self.current_page_key())
        super().closeEvent(event)
