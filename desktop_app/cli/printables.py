"""What `bagalau print NAME` can print: NAME -> function(services, args) -> bytes.

Each area adds its entries to PRINTABLES. A function reads the options it needs from `args` (`--session`,
`--appeal`, `--lang`, `--out`…; `bagalau print --help` lists them) and returns the document's bytes: a DOCX
when `--out` ends with .docx and the document has one, else a PDF.
"""
from __future__ import annotations

import argparse
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


def print_protocol(services: Services, args: argparse.Namespace) -> bytes:
    """The calibration session protocol (001 §22), by its id (`bagalau print protocol --session N`)."""
    return services.calibration.papers.protocol(_need(args, "session"), args.lang, out_format(args))


def print_calibration_order(services: Services, args: argparse.Namespace) -> bytes:
    """The order (өкім / распоряжение) on holding the session and its members (001 §19)."""
    return services.calibration.papers.order(_need(args, "session"), args.lang, out_format(args))


def print_feedback_memo(services: Services, args: argparse.Namespace) -> bytes:
    """The memo of the feedback meeting after the session (001 §23), by appeal id."""
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
