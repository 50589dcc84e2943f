"""`bagalau print scale --db FILE --lang kk|ru|both --out FILE.pdf [--methodology N]`: the bonus scale
(the appendix of the methodology) of a methodology version — by default the version in force today."""
from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def print_scale(services: Services, args: argparse.Namespace) -> bytes:
    from desktop_app.reports.scale_pdf import ScalePdf, render_scale

    mid = getattr(args, "methodology", None)
    if mid is not None:
        m = services.methodology.get(int(mid))
    else:
        found = services.methodology.version_in_force(date.today())
        if found is None:
            raise ValidationError(msg(N_("msg", "No methodology is in force today; add one on the Methodology page.")))
        m = found
    if str(getattr(args, "out", "")).lower().endswith(".docx"):
        return ScalePdf(args.lang).render_docx(m)
    return render_scale(m, args.lang)
