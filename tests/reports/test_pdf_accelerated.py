"""reportlab writes PDFs with its C accelerator (the rl_accel package), not its pure-Python fallback: a
quarter's 300 sheets print about a quarter faster."""
from __future__ import annotations

import types


def test_reportlab_measures_and_encodes_text_in_c() -> None:
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode", "escapePDF"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name
