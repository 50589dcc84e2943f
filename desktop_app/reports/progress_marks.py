"""Render any PdfDocument while telling how far it got (progress with Cancel on long documents).

reportlab lays out the story one flowable after another; an invisible mark placed before each sheet
(or letter) of a bundle calls `report(done, total)` when the layout reaches it. The callback may raise to
stop the render: no bytes are returned then, so no file is written. Plain Python, no Qt.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from reportlab.platypus import Flowable

from desktop_app.reports.evaluation_parts import SectionStart
from desktop_app.reports.pdf_base import PdfDocument

D = TypeVar("D")

Report = Callable[[int, int], None]


class ProgressMark(Flowable):
    """Takes no room; reports step `done` of `total` when reportlab lays it out (and so draws what precedes)."""

    not_in_story = True    # reports/page_starts.py counts the document's own flowables only

    def __init__(self, done: int, total: int, report: Report) -> None:
        super().__init__()
        self.done, self.total, self.report = done, total, report
        self._reported = False

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        if not self._reported:   # wrap may be called more than once for one flowable
            self._reported = True
            self.report(self.done, self.total)
        return 0, 0

    def draw(self) -> None:
        return None


def _starts(story: Sequence[Flowable]) -> list[int]:
    starts = [i for i, f in enumerate(story) if isinstance(f, SectionStart)]
    return starts if len(starts) > 1 else list(range(len(story)))


def with_marks(story: Sequence[Flowable], report: Report) -> list[Flowable]:
    """The story with a mark before each section (sheet, letter); without sections, before each flowable.

    Step k of n is reported when section k+1 starts (k done), n of n when the whole story is laid out.
    """
    starts = set(_starts(story))
    total = max(1, len(starts))
    out: list[Flowable] = []
    step = 0
    for i, flowable in enumerate(story):
        if i in starts:
            if step:
                out.append(ProgressMark(step, total, report))
            step += 1
        out.append(flowable)
    out.append(ProgressMark(total, total, report))
    return out


def render_reporting(document: PdfDocument[D], data: D, report: Report) -> bytes:
    """document.render(data), calling report(done, total) along the way (see with_marks)."""
    story = document.whole_story(data)
    report(0, max(1, len(_starts(story))))
    marked = with_marks(story, report)
    setattr(document, "whole_story", lambda _data: marked)  # noqa: B010 - render() builds this marked story
    try:
        return document.render(data)
    finally:
        del document.whole_story
