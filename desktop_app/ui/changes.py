"""How the window keeps itself current: typed changes, the change bus and the page context.

A user action changes one or more *areas* of the office's data. The action runs through `run_action`
(which shows a refusal in the interface language and changes nothing else) and, when it succeeds, the
areas are announced on the window's `ChangeBus`. Every page declares the areas it shows in its class
attribute `shows`; the bus refreshes the pages that show an announced area — at once when the page is on
screen, otherwise the page is marked stale and refreshed when it is next shown. Pages never talk to each
other nor to the main window: they get the services they use and one `PageContext`.
"""
from __future__ import annotations

import enum
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import BagalauError

if TYPE_CHECKING:
    from desktop_app.prefs import Prefs
    from desktop_app.ui.i18n import LanguageManager

T = TypeVar("T")


class Area(enum.Enum):
    """A part of the office's data that a page may show and an action may change."""

    STAFF = "staff"                  # employees, their periods, absences, imports
    STRUCTURE = "structure"          # units, positions, categories
    ORGANISATION = "organisation"    # the organisation card (names, heads)
    METHODOLOGY = "methodology"      # methodology versions, scales, bands
    CALENDAR = "calendar"            # office overrides of working days (deadlines move)
    QUARTER = "quarter"              # quarters opened/closed, rosters, roster overrides
    EVALUATION = "evaluation"        # scores, sheet states (signed, received, final)
    CALIBRATION = "calibration"      # appeals, calibration sessions and their decisions
    BACKUPS = "backups"              # copies of the database, their settings
    SECURITY = "security"            # the password
    RETENTION = "retention"          # documents destroyed after their keeping period
    AUDIT = "audit"                  # the audit log itself (exported, verified)


ALL_AREAS: frozenset[Area] = frozenset(Area)


class Page(Protocol):
    """What the bus needs of a page: the areas it shows and a way to read them again."""

    shows: ClassVar[frozenset[Area]]

    def refresh(self) -> None: ...


class ChangeBus(QObject):
    """Carries the areas an action changed to the pages that show them (lazily for hidden pages)."""

    #: Emitted once per announcement with the frozenset of the areas that changed.
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: list[tuple[weakref.ref[QWidget], Callable[[QWidget], bool]]] = []
        self._stale: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def watch(self, page: QWidget, on_screen: Callable[[QWidget], bool] | None = None) -> None:
        """Refresh `page` when an area it shows changes; `on_screen(page)` false means: only mark it stale.

        Pages are held weakly and `on_screen` must not hold the page nor its window (a reference cycle would
        keep a closed window — and its language manager's translators — alive)."""
        self._pages.append((weakref.ref(page), on_screen or _always))

    def announce(self, *areas: Area | Iterable[Area], source: QWidget | None = None) -> None:
        """Refresh the pages showing any of `areas`; `source` (the page that made the change and has
        already updated itself, e.g. one cell of a grid) is left alone."""
        flat: set[Area] = set()
        for a in areas:
            flat.update([a] if isinstance(a, Area) else a)
        if not flat:
            return
        changed = frozenset(flat)
        alive = []
        for ref, on_screen in self._pages:
            page = ref()
            if page is None:
                continue
            alive.append((ref, on_screen))
            if page is not source and getattr(page, "shows", frozenset()) & changed:
                if on_screen(page):
                    self._stale.discard(page)
                    page.refresh()  # type: ignore[attr-defined]
                else:
                    self._stale.add(page)
        self._pages = alive
        self.changed.emit(changed)

    def is_stale(self, page: QWidget) -> bool:
        return page in self._stale

    def shown(self, page: QWidget) -> None:
        """Called when `page` comes on screen: refresh it if something it shows changed meanwhile."""
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()  # type: ignore[attr-defined]


def _always(_page: QWidget) -> bool:
    return True


def current_in_stack(page: QWidget) -> bool:
    """Whether `page` is the page a QStackedWidget shows (the main window's pages)."""
    stack = page.parentWidget()
    current = getattr(stack, "currentWidget", None)
    return current is not None and current() is page


@dataclass
class PageContext:
    """Everything a page may use besides its services. Never the container, never the main window."""

    bus: ChangeBus
    language: Callable[[], str]
    languages: LanguageManager | None = None
    prefs: Prefs | None = None
    #: Show another page of the window by its key and return it (None outside a window).
    open_page: Callable[[str], QWidget | None] = field(default=lambda _key: None)
    #: Close this database and open the file (empty: let the user choose), then show the notice (if any)
    #: on the new window.
    open_database: Callable[[str, str], None] = field(default=lambda _path, _notice: None)

    @classmethod
    def standalone(cls, page: QWidget | None = None, language: Callable[[], str] | None = None) -> PageContext:
        """A context for a page shown on its own (tests, tools): its own bus refreshing `page` at once."""
        bus = ChangeBus()
        if page is not None:
            bus.watch(page)
        return cls(bus=bus, language=language or (lambda: "ru"))

    def run(self, parent: QWidget, action: Callable[[], T], *areas: Area) -> Done[T] | None:
        return run_action(parent, action, self.bus, *areas)

    def announce(self, *areas: Area, source: QWidget | None = None) -> None:
        self.bus.announce(*areas, source=source)


def own_context(page: QWidget, ctx: PageContext | None, language: Callable[[], str] | None = None) -> PageContext:
    """The context a page was given, or a standalone one that refreshes the page itself."""
    return ctx if ctx is not None else PageContext.standalone(page, language)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A successful action and what it returned."""

    value: T


def run_action(parent: QWidget, action: Callable[[], T], bus: ChangeBus | None, *areas: Area) -> Done[T] | None:
    """Run a user action; on a refusal (a domain error, or the database file failing — `StorageError`
    is a `BagalauError`) show it in the interface language and return None, nothing announced. On
    success announce `areas` (the pages showing them refresh) and return `Done(result)`."""
    from desktop_app.ui.errors import show_error

    try:
        result = action()
    except BagalauError as exc:
        show_error(parent, exc)
        return None
    if bus is not None:
        bus.announce(*areas)
    return Done(result)
