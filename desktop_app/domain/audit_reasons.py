"""Why a change was made, as the audit log keeps it: a code and its details, put in words only when read.

The log is read in Kazakh or Russian, whichever the reader uses, so a service never writes a sentence into
it: it writes `reason("restored", file="copy.bagalau")`, kept as "@" + JSON; the viewer and the printed
extract say it in their language (reports/audit_words.py `reason_text`). Offices written before this kept
English sentences: `parse` reads those too, so old entries are shown in words as well. The log's own format
and chain are untouched — the reason is still one text (storage/audit.py).
"""
from __future__ import annotations

import json
import re

_MARK = "@"

#: The English sentences older versions wrote, read back as (code, details).
_OLD: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), code) for p, code in (
    (r"restored from (?P<file>.+)", "restored"),
    (r"employee record entered by mistake deleted", "employee_deleted"),
    (r"employee record (?P<iin>\d+)", "employee"),
    (r"dismissal on (?P<day>[\d.]+)", "dismissal"),
    (r"dismissal cancelled", "dismissal_cancelled"),
    (r"backup settings", "backup_settings"),
    (r"idle lock time", "idle_lock"),
    (r"retention act No\. (?P<number>.+)", "retention_act"),
    (r"staff import from (?P<file>.+)", "staff_import"),
    (r"password changed", "password_changed"),
    (r"password reset with the recovery code", "password_reset"),
))


def reason(code: str, **details: str) -> str:
    """The text kept in the log for a change the program makes itself (not a reason the user wrote)."""
    return _MARK + json.dumps([code, details], ensure_ascii=False, separators=(",", ":"))


def parse(stored: str) -> tuple[str, dict[str, str]] | None:
    """(code, details) of a kept reason; None for a reason the user wrote (shown as written)."""
    if stored.startswith(_MARK):
        try:
            code, details = json.loads(stored[len(_MARK):])
        except (ValueError, TypeError):
            return None
        if isinstance(code, str) and isinstance(details, dict):
            return code, {str(k): str(v) for k, v in details.items()}
        return None
    for pattern, code in _OLD:
        m = pattern.fullmatch(stored)
        if m:
            return code, m.groupdict()
    return None
