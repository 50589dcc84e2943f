"""Where the PDF started a new page, so that the DOCX twin breaks its pages at the same places.

The DOCX footer of a bilingual paper carries the page count of each copy as the PDF has it (LibreOffice
cannot count a section's pages, reports/blocks_docx.py). Word and LibreOffice lay a DOCX out a little more
compactly than reportlab, so without help a sheet whose signature block went to a second page in the PDF
fits on one page in the DOCX, under a footer that says "Стр. 1 из 2". Knowing which flowables of the story
began a new page in the PDF, the DOCX puts a page break before the same ones.

A zero-size probe follows each flowable of the story; the document template notes the page of everything it
lays out. The first thing laid out after a probe is the start of the next flowable: if it is on a later page
than the probe, that flowable began a new page.
"""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, SimpleDocTemplate


class _Probe(Flowable):
    """Takes no room; keeps the flowable before it with the next one when that one did (a heading)."""

    def __init__(self, keep_with_next: int) -> None:
        super().__init__()
        self.keepWithNext = keep_with_next

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


def _counted(f: Flowable) -> bool:
    """Progress marks (reports/progress_marks.py) are not part of the document's own story."""
    return not getattr(f, "not_in_story", False)


def build_noting_page_starts(doc: SimpleDocTemplate, story: Sequence[Flowable], **build: object) -> list[bool] | None:
    """doc.build(story); returns for each flowable of the story (progress marks aside) whether it began a
    new page — None when the layout could not be followed (the DOCX then breaks pages on its own)."""
    probed: list[Flowable] = []
    for f in story:
        probed.append(f)
        if _counted(f):
            probed.append(_Probe(f.getKeepWithNext() if hasattr(f, "getKeepWithNext") else 0))
    laid_out: list[tuple[bool, int]] = []
    doc.afterFlowable = lambda f: laid_out.append(  # type: ignore[method-assign]
        (isinstance(f, _Probe), doc.canv.getPageNumber()))
    doc.build(probed, **build)  # type: ignore[arg-type]
    starts: list[bool] = []
    end, first = 1, None     # the page the previous flowable ended on; the first page of this one
    for is_probe, page in laid_out:
        if not is_probe:
            first = page if first is None else first
            continue
        start = page if first is None else first
        starts.append(start > end)
        end, first = page, None
    return starts if len(starts) == sum(1 for f in story if _counted(f)) else None
