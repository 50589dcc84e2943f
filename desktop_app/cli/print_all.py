"""`bagalau print all --db FILE --out DIR`: every document the program makes, in kk, ru and both, as PDF
and DOCX, named `<document>_<lang>.pdf|docx` (`sheets_kk.pdf`, `calibration-order_ru.docx`…).

It is how an office (or a developer) looks at all its papers at once: render the folder to PNG and read
every page. The case of each document is the latest one the office file has: the sheets and the summary of
the last ended quarter, the notices of the last quarter with a dismissed evaluee, the annual summary of the
last year with a final quarter, the scale in force, the last calibration session (protocol, order), the
last feedback meeting (memo), the audit log, and a draft act for the quarters whose three years are over.
A document without a case is named on the output ("no case") and not written.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.quarters import quarter_bounds
from desktop_app.reports.labels import DOC_LANGS, DocLang, L

if TYPE_CHECKING:
    from desktop_app.services.container import Services

FORMATS = ("pdf", "docx")
AUDIT_LINES = 60


@dataclass
class Case:
    """What each document is printed for (None: the office file has no such case)."""

    quarter: tuple[int, int] | None = None
    notices_quarter: tuple[int, int] | None = None
    year: int | None = None
    session_id: int | None = None
    appeal_id: int | None = None


def find_case(services: Services) -> Case:
    from desktop_app.cli.evaluation_printables import documents_module

    docs = documents_module()
    final = [q for q in services.quarter.quarters() if q.status == "final"]
    final.sort(key=lambda q: (q.year, q.quarter))
    case = Case()
    if final:
        case.quarter = (final[-1].year, final[-1].quarter)
        # the annual summary of the last year whose four quarters are closed (else of the last year)
        whole = [y for y in {q.year for q in final} if sum(1 for q in final if q.year == y) == 4]
        case.year = max(whole) if whole else final[-1].year
    # a dismissed evaluee is told within the month after the quarter (001 §9): the quarter may be open still
    ended = sorted((q for q in services.quarter.quarters() if quarter_bounds(q.year, q.quarter)[1] < date.today()),
                   key=lambda q: (q.year, q.quarter))
    # the sheets and the summary of the last ended quarter: the one a calibration session may have changed
    # (its sheets show the adopted score and the protocol), closed or not yet
    if ended and docs.sheets(services, ended[-1].year, ended[-1].quarter):
        case.quarter = (ended[-1].year, ended[-1].quarter)
    for q in reversed(ended):
        if docs.notices(services, q.year, q.quarter):
            case.notices_quarter = (q.year, q.quarter)
            break
    sessions = services.calibration.sessions()
    if sessions:
        case.session_id = max(s.id or 0 for s in sessions)
    for s in sorted(sessions, key=lambda s: -(s.id or 0)):
        for c in s.cases:
            if c.appeal.id and services.calibration.feedback(c.appeal.id) is not None:
                case.appeal_id = c.appeal.id
                break
        if case.appeal_id:
            break
    return case


_LAST: dict[tuple[str, str], Any] = {}


def _pdf_or_docx(document: Any, data: Any, fmt: str) -> bytes:
    """PDF, or the DOCX twin; the DOCX reuses the page counts of the PDF just made in the same language."""
    key = (type(document).__name__, document.lang)
    if fmt == "docx":
        previous = _LAST.pop(key, None)
        if previous is not None and previous[1] is data:
            document = previous[0]
        return document.render_docx(data)
    out = document.render(data)
    _LAST[key] = (document, data)
    return out


def makers(services: Services, case: Case) -> dict[str, Callable[[DocLang, str], bytes] | None]:
    """Document name -> function(lang, fmt) -> bytes, or None when there is no case for it."""
    from desktop_app.cli.evaluation_printables import documents_module
    from desktop_app.reports.annual_pdf import AnnualPdf
    from desktop_app.reports.notice_pdf import NoticePdf
    from desktop_app.reports.scale_pdf import ScalePdf
    from desktop_app.reports.sheet_pdf import SheetPdf
    from desktop_app.reports.summary_pdf import SummaryPdf

    docs = documents_module()
    papers = services.calibration.papers
    cache: dict[str, Any] = {}

    def once(key: str, build: Callable[[], Any]) -> Any:
        if key not in cache:
            cache[key] = build()
        return cache[key]

    out: dict[str, Callable[[DocLang, str], bytes] | None] = dict.fromkeys(
        ("sheets", "summary", "notices", "annual", "scale", "protocol", "calibration-order", "feedback-memo",
         "audit-extract", "retention-act"))
    if case.quarter:
        y, q = case.quarter
        out["sheets"] = lambda lang, fmt: _pdf_or_docx(SheetPdf(lang), once("sheets", lambda: docs.sheets(
            services, y, q)), fmt)
        out["summary"] = lambda lang, fmt: _pdf_or_docx(SummaryPdf(lang), once("summary", lambda: docs.summary(
            services, y, q)), fmt)
    if case.notices_quarter:
        ny, nq = case.notices_quarter
        out["notices"] = lambda lang, fmt: _pdf_or_docx(NoticePdf(lang), once("notices", lambda: docs.notices(
            services, ny, nq)), fmt)
    if case.year:
        year = case.year
        out["annual"] = lambda lang, fmt: _pdf_or_docx(AnnualPdf(lang), once("annual", lambda: docs.annual(
            services, year)), fmt)
    m = services.methodology.version_in_force(date.today())
    if m is not None:
        out["scale"] = lambda lang, fmt: _pdf_or_docx(ScalePdf(lang), m, fmt)
    if case.session_id:
        sid = case.session_id
        out["protocol"] = lambda lang, fmt: papers.protocol(sid, lang, fmt)
        out["calibration-order"] = lambda lang, fmt: papers.order(sid, lang, fmt)
    if case.appeal_id:
        aid = case.appeal_id
        out["feedback-memo"] = lambda lang, fmt: papers.memo(aid, lang, fmt)
    out["audit-extract"] = lambda lang, fmt: _audit(services, lang, fmt)
    if services.retention.due():
        out["retention-act"] = lambda lang, fmt: _retention(services, lang, fmt)
    return out


def _audit(services: Services, lang: DocLang, fmt: str) -> bytes:
    from desktop_app.reports.audit_pdf import AuditExtractDocument

    entries = services.audit.entries()
    # an extract is of a chosen stretch of the log; here the latest 60 changes, as the viewer shows them
    entries = sorted(entries, key=lambda e: e.id)[-AUDIT_LINES:]
    data = services.audit.extract_data(entries, L("", ""))   # no filters: the latest changes
    return _pdf_or_docx(AuditExtractDocument(lang), data, fmt)


def _retention(services: Services, lang: DocLang, fmt: str) -> bytes:
    from desktop_app.reports.retention_act_pdf import RetentionActDocument

    data = services.retention.draft_act()
    return _pdf_or_docx(RetentionActDocument(lang), data, fmt)


def print_all(services: Services, out_dir: Path, log: Callable[[str], None] = print) -> list[Path]:
    """Write every document with a case into `out_dir`; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, make in makers(services, find_case(services)).items():
        if make is None:
            log(f"{name}: no case in this office file")
            continue
        for lang in DOC_LANGS:
            for fmt in FORMATS:
                path = out_dir / f"{name}_{lang}.{fmt}"
                path.write_bytes(make(lang, fmt))
                written.append(path)
        log(f"{name}: {', '.join(f'{name}_{lang}' for lang in DOC_LANGS)} (.pdf, .docx)")
    return written


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error
    from desktop_app.domain.errors import BagalauError

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        from desktop_app.domain.errors import ValidationError
        from desktop_app.domain.i18n import N_, msg

        return report_error(args, ValidationError(msg(N_("msg", "{path} is a file: give a folder with --out."),
                                                      path=str(out)), field="out"))
    try:
        with open_services(args) as services:
            files = print_all(services, out)
    except BagalauError as exc:
        return report_error(args, exc)
    print(f"{len(files)} files in {out}")
    return 0
