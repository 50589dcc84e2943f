"""What `bagalau print NAME` can print: NAME -> function(services, args) -> bytes.

Each area adds its entries to PRINTABLES. A function reads the options it needs from `args` (`--session`,
`--appeal`, `--lang`, `--out`…; `bagalau print --help` lists them) and returns the document's bytes: a DOCX
when `--out` ends with .docx and the document has one, else a PDF.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.cli.evaluation_printables import print_annual, print_notices, print_sheets, print_summary
from desktop_app.cli.scale_printable import print_scale
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

if TYPE_CHECKING:
    from desktop_app.services.container import Services

Printable = Callable[["Services", argparse.Namespace], bytes]


def out_format(args: argparse.Namespace) -> str:
    return "docx" if str(getattr(args, "out", "")).lower().endswith(".docx") else "pdf"


def _need(args: argparse.Namespace, name: str) -> int:
    value = getattr(args, name, None)
    if value is None:
        raise ValidationError(msg(N_("msg", "This document needs --{option} N."), option=name))
    return int(value)


#: What calibration_data.missing_russian reports, as the warning names it (translated, context "msg").
_KAZAKH_ONLY = {
    "position": N_("msg", "positions of the people named (no Russian title in the staff list)"),
    "place": N_("msg", "the place"), "evaluator_argument": N_("msg", "the evaluator's argument"),
    "appellant_argument": N_("msg", "the appellant's argument"), "reasoning": N_("msg", "the reasoning of a motion"),
    "achievements": N_("msg", "achievements"), "skills": N_("msg", "skills and competences"),
    "potential": N_("msg", "potential and career aspirations"),
}


def warn_kazakh_only(services: Services, args: argparse.Namespace, kind: str, ref: int) -> None:
    """A Russian or bilingual copy that carries text typed only in Kazakh says so on stderr, in the
    interface language (the window asks before printing it)."""
    if args.lang not in ("ru", "both"):
        return
    missing = services.calibration.papers.kazakh_only(kind, ref)
    if not missing:
        return
    from desktop_app.cli.common import translate_for

    # the interface language, not the document's (lupdate must not read this call as a tr())
    interface = translate_for(argparse.Namespace(prefs=getattr(args, "prefs", None)))
    fields = ", ".join(interface("msg", _KAZAKH_ONLY[k]) for k in missing if k in _KAZAKH_ONLY)
    print(msg(N_("msg", "Warning: the Russian copy shows text typed only in Kazakh: {fields}."),
              fields=fields).render(interface), file=sys.stderr)


def print_protocol(services: Services, args: argparse.Namespace) -> bytes:
    """The calibration session protocol (001 §22), by its id (`bagalau print protocol --session N`)."""
    warn_kazakh_only(services, args, "protocol", _need(args, "session"))
    return services.calibration.papers.protocol(_need(args, "session"), args.lang, out_format(args))


def print_calibration_order(services: Services, args: argparse.Namespace) -> bytes:
    """The act (бұйрық / приказ by default) on holding the session and its members (001 §19)."""
    warn_kazakh_only(services, args, "order", _need(args, "session"))
    return services.calibration.papers.order(_need(args, "session"), args.lang, out_format(args))


def print_feedback_memo(services: Services, args: argparse.Namespace) -> bytes:
    """The memo of the feedback meeting after the session (001 §23), by appeal id."""
    warn_kazakh_only(services, args, "memo", _need(args, "appeal"))
    return services.calibration.papers.memo(_need(args, "appeal"), args.lang, out_format(args))


PRINTABLES: dict[str, Printable] = {
    "scale": print_scale,
    "protocol": print_protocol,
    "calibration-order": print_calibration_order,
    "feedback-memo": print_feedback_memo,
    "sheets": print_sheets,
    "summary": print_summary,
    "annual": print_annual,
    "notices": print_notices,
}
