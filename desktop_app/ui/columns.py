"""Tables and splitters that fit a 1366×768 or 1280×720 screen, and remember what the user set.

`fit_columns` gives the *key* columns of a table the width their content needs (measured with the
view's font metrics) and lets the other columns share what is left, never below a minimum, so that the
key columns stay inside the viewport without horizontal scrolling. `remember_header` and
`remember_splitter` keep the widths and splitter positions a user drags in the preferences. `wrap_header`
lets a long header take two or three lines (and show itself whole as a tooltip) instead of being cut.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QObject,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QStyle, QTableView, QToolTip, QWidget

from desktop_app.prefs import Prefs

PADDING = 18          # cell margins + the sort arrow room, in pixels
MIN_OTHER = 48        # a column that is not key never gets narrower than this


def column_texts(model: QAbstractItemModel, col: int, rows: int = 400) -> set[str]:
    """The different texts of a column. A model with `column_texts(col)` (or a proxy over one) gives all of
    them at Python speed; any other model is sampled through `data()` (its first `rows` rows)."""
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    fast = getattr(source, "column_texts", None)
    if fast is not None:
        return set(fast(col))
    return {str(model.index(r, col).data(Qt.ItemDataRole.DisplayRole) or "") for r in range(min(model.rowCount(), rows))}


WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def header_text(view: QTableView, col: int) -> str:
    model = view.model()
    return str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") if model else ""


def wraps(view: QTableView) -> bool:
    return bool(view.horizontalHeader().defaultAlignment() & Qt.TextFlag.TextWordWrap)


def header_width(view: QTableView, col: int, whole: bool = False) -> int:
    """The width the header of `col` needs: its whole text on one line, or (a wrapping header, unless
    `whole`) its longest word."""
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    text = header_text(view, col)
    if whole or not wraps(view):
        return fm.horizontalAdvance(text) + PADDING + 8
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return max((fm.horizontalAdvance(w) for w in text.split()), default=0) + 2 * margin + 6


def cells_width(view: QTableView, col: int, rows: int = 400) -> int:
    """The width the cells of column `col` need to show in full."""
    model = view.model()
    if model is None:
        return 0
    fm = view.fontMetrics()
    return max((fm.horizontalAdvance(t) + PADDING for t in column_texts(model, col, rows) if t), default=0)


def content_width(view: QTableView, col: int, rows: int = 400) -> int:
    """The width column `col` needs to show its header and its cells in full."""
    return max(header_width(view, col), cells_width(view, col, rows))


def available_width(view: QTableView) -> int:
    """The viewport width the columns may use (the vertical header and scroll bar taken off)."""
    width = view.viewport().width()
    if not view.isVisible():   # before the first show the viewport has no size yet: estimate from the view
        width = view.width() - view.frameWidth() * 2 - view.verticalScrollBar().sizeHint().width()
        if view.verticalHeader().isVisible():
            width -= view.verticalHeader().sizeHint().width()
    return max(width, 0)


def fit_columns(view: QTableView, key: Sequence[int], others: Iterable[int] | None = None,
                max_key: int = 420, width: int | None = None, cap: Mapping[int, int] | None = None) -> None:
    """Key columns get their content width (at most `max_key`); the others share the rest of the viewport
    in proportion to their content (at most `cap[col]`), at least `MIN_OTHER` each. Hidden columns are
    left alone."""
    _fit_columns(view, key, others, max_key, width, cap)
    header = view.horizontalHeader()
    if isinstance(header, WrappingHeader):
        header.fit_height()      # now, not a moment later: the header is laid out with the columns


def _fit_columns(view: QTableView, key: Sequence[int], others: Iterable[int] | None, max_key: int,
                 width: int | None, cap: Mapping[int, int] | None) -> None:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    cols = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    key_cols = [c for c in key if c in cols]
    other_cols = [c for c in (others if others is not None else cols) if c in cols and c not in key_cols]
    cells = {c: cells_width(view, c) for c in (*key_cols, *other_cols)}

    def widths(whole: bool) -> tuple[dict[int, int], dict[int, int]]:
        return ({c: min(max(header_width(view, c, whole), cells[c]), max_key) for c in key_cols},
                {c: min(max(header_width(view, c, whole), cells[c]), (cap or {}).get(c, 10_000)) for c in other_cols})

    avail = width if width is not None else available_width(view)
    # Headers on one line while the window has room for all; wrapped on whole words when it has not.
    need, wish = widths(True)
    if wraps(view) and sum(need.values()) + sum(wish.values()) > avail - 2:
        need, wish = widths(False)
    room = avail - sum(need.values()) - 2   # rounding
    total_wish = sum(wish.values())
    header.setStretchLastSection(False)
    for c, w in need.items():
        header.resizeSection(c, w)
    if total_wish <= room or total_wish == 0:
        # Room to spare: a wrapped header gets it, towards its text on one line (fewer lines to read).
        spare = room - total_wish
        for c in wish:
            more = min(max(header_width(view, c, True) - wish[c], 0), spare)
            wish[c] += more
            spare -= more
        for c, w in wish.items():
            header.resizeSection(c, w)
        return
    # Each gets its floor, then what is left is shared in proportion to what each lacks.
    floor = max(24, min(MIN_OTHER, room // max(len(wish), 1)))   # a very narrow window: narrower floors
    floors = {c: min(floor, w) for c, w in wish.items()}
    # A wrapping header is not narrower than its longest word (a cut word cannot be read) while the room
    # allows it; a table with more columns than the window holds keeps the plain floors, and the tooltip.
    words = {c: min(max(floors[c], header_width(view, c)), w) for c, w in wish.items()} if wraps(view) else floors
    if sum(words.values()) <= room:
        floors = words
    spare = max(room - sum(floors.values()), 0)
    lacking = sum(wish[c] - floors[c] for c in wish) or 1
    for c, w in wish.items():
        header.resizeSection(c, floors[c] + int(spare * (w - floors[c]) / lacking))


# -- headers that wrap ------------------------------------------------------------------------------
def header_label_room(header: QHeaderView, col: int) -> QRect:
    """Where a section's label is drawn (the section less the style's margins), for measuring."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return QRect(0, 0, max(header.sectionSize(col) - 2 * margin, 1), 10_000)


class WrappingHeader(QHeaderView):
    """A horizontal header whose labels wrap on whole words, with the height of the tallest one, and whose
    whole text is the section's tooltip (a model's ToolTipRole, when it has one, wins). Only a single word
    wider than its section ends in "…" (Qt would cut it at both sides)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.timer = QTimer(self)           # re-measure the height once a drag, a fit or a rename has settled
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit_height)
        self.sectionResized.connect(lambda *_: self.timer.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:               # a language switch renames the headers without resizing them
            model.headerDataChanged.connect(lambda *_: self.timer.start())

    def _text(self, section: int) -> str:
        model = self.model()
        return str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model is not None else ""

    def _words_fit(self, section: int) -> bool:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(w) for w in self._text(section).split()), default=0)
        return widest <= header_label_room(self, section).width()

    def fit_height(self) -> None:
        """As tall as the tallest wrapped label (Qt measures a header on one line); an elided one is one line."""
        fm = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        tallest = max((fm.boundingRect(header_label_room(self, c), int(WRAP), self._text(c)).height()
                       for c in range(self.count()) if not self.isSectionHidden(c) and self._words_fit(c)),
                      default=fm.height())
        height = max(tallest, fm.height()) + 2 * margin + 4
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.geometriesChanged.emit()   # the table lays its header and viewport out again now

    def paintSection(self, painter, rect: QRect, logicalIndex: int) -> None:  # type: ignore[no-untyped-def]
        fits = self._words_fit(logicalIndex)
        self.setTextElideMode(Qt.TextElideMode.ElideNone if fits else Qt.TextElideMode.ElideRight)
        super().paintSection(painter, rect, logicalIndex)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            col = self.logicalIndexAt(event.pos())
            model = self.model()
            if col >= 0 and model is not None:
                tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                QToolTip.showText(event.globalPos(), str(tip or self._text(col)), self)
                return True
        return super().viewportEvent(event)


def wrap_header(view: QTableView) -> None:
    """Give the view a WrappingHeader (keeping what was set on its header: sizes, order, modes, sorting):
    a long Kazakh or Russian header reads on two lines instead of being cut at 1366×768. Call it before
    anything keeps a reference to the view's header (it replaces it)."""
    old = view.horizontalHeader()
    if isinstance(old, WrappingHeader):
        return
    state = old.saveState()
    header = WrappingHeader(view)
    header.setSectionsClickable(True)       # as the header a table view makes itself
    header.setHighlightSections(True)
    view.setHorizontalHeader(header)
    header.restoreState(state)
    header.setDefaultAlignment(WRAP)


# -- remembered by the preferences ------------------------------------------------------------------
class _Saver(QObject):
    """Writes a header's or splitter's state to the preferences a moment after the user stops dragging."""

    def __init__(self, owner: QWidget, prefs: Prefs, key: str, state) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        self.prefs, self.key, self.state = prefs, key, state
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.save)

    def save(self) -> None:
        self.prefs.set(self.key, bytes(self.state().toBase64()).decode("ascii"))


def _saved(prefs: Prefs, key: str) -> QByteArray | None:
    text = prefs.get(key)
    return QByteArray.fromBase64(text.encode("ascii")) if isinstance(text, str) and text else None


def remember_splitter(splitter: QSplitter, prefs: Prefs | None, key: str) -> bool:
    """Restore the splitter positions saved under `key` (True if there were some) and save the user's."""
    if prefs is None:
        return False
    saver = _Saver(splitter, prefs, f"splitter.{key}", splitter.saveState)
    splitter.splitterMoved.connect(lambda *_: saver.timer.start())
    state = _saved(prefs, f"splitter.{key}")
    return bool(state is not None and splitter.restoreState(state))


class HeaderMemory:
    """The column widths a user drags in one table, kept in the preferences under `key`.

    Widths the program sets itself (fitting) are not saved: only a drag of a section handle counts."""

    def __init__(self, view: QAbstractItemView, prefs: Prefs | None, key: str) -> None:
        self.view, self.prefs, self.pref_key = view, prefs, f"columns.{key}"
        self.header: QHeaderView = view.horizontalHeader()  # type: ignore[attr-defined]
        self._fitting = False
        if prefs is not None:
            self._saver = _Saver(view, prefs, self.pref_key, self._widths)
            self.header.sectionResized.connect(self._resized)

    def _widths(self) -> QByteArray:
        widths = ",".join(str(self.header.sectionSize(c)) for c in range(self.header.count()))
        return QByteArray(widths.encode("ascii"))

    def _resized(self, *_args: object) -> None:
        if not self._fitting and self.header.underMouse():
            self._saver.timer.start()

    def saved(self) -> list[int]:
        """The widths the user set last time (empty when none, or when the columns changed since)."""
        if self.prefs is None:
            return []
        state = _saved(self.prefs, self.pref_key)
        if state is None:
            return []
        try:
            widths = [int(w) for w in bytes(state.data()).decode("ascii").split(",") if w]
        except ValueError:
            return []
        return widths if len(widths) == self.header.count() else []

    def apply(self, fit: object) -> None:
        """Fit the columns with `fit()` (a callable), then put back the widths the user chose, if any."""
        self._fitting = True
        try:
            fit()  # type: ignore[operator]
            for col, width in enumerate(self.saved()):
                if width > 0:
                    self.header.resizeSection(col, width)
        finally:
            self._fitting = False


class _Refit(QObject):
    """Runs `fit` once the event loop is idle after the view was resized or shown (its viewport is final)."""

    def __init__(self, view: QAbstractItemView, fit: Callable[[], None]) -> None:
        super().__init__(view)
        self.fit = fit
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(fit)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False


def keep_fitted(view: QAbstractItemView, fit: Callable[[], None]) -> None:
    """Call `fit()` whenever the view gets a new size (window resized, splitter moved, page shown)."""
    _Refit(view, fit)
