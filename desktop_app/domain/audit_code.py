"""The audit log code printed at the foot of every document ("Журнал изменений: № 1234 · 7F3A-91C2").

It is the newest log entry's number and the first 8 hexadecimal digits of that entry's keyed hash
(reports/audit_mark.py). Read back from paper, it proves — or disproves — that the log still holds the
history the document was printed from. This module only reads what a person typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

CODE_DIGITS = 8
_HEX = set("0123456789ABCDEF")
#: "№ 1234 · 7F3A-91C2", "1234 7F3A-91C2", "7f3a91c2": an optional entry number, then the code.
_PREFIX = re.compile(r"^[^\d№:]*:\s*")
_SHAPE = re.compile(r"^(?:№?\s*(\d+)\s*[·.:,;\s]\s*)?(\S+)$")


@dataclass(frozen=True)
class HeadCode:
    entry: int | None  # the entry number printed before the code, when given
    hex: str  # 8 upper-case hexadecimal digits

    def shown(self) -> str:
        code = f"{self.hex[:4]}-{self.hex[4:]}"
        return f"№ {self.entry} · {code}" if self.entry is not None else code


def parse_head_code(text: str) -> HeadCode:
    """The code typed from a document, or ValidationError naming what is wrong with it."""
    typed = " ".join((text or "").split())
    if not typed:
        raise ValidationError(msg(N_("msg", "Type the audit log code printed at the foot of the document, "
                                            "for example 7F3A-91C2 or № 1234 · 7F3A-91C2.")), field="code")
    typed = _PREFIX.sub("", typed)  # the whole footer line pasted: "Журнал изменений: № 1234 · 7F3A-91C2"
    match = _SHAPE.match(typed.replace(" - ", "-"))
    if match is None:
        raise ValidationError(msg(N_("msg", "«{code}» is not an audit log code: it is written as 8 characters "
                                            "0–9 and A–F, for example 7F3A-91C2, optionally after the entry "
                                            "number (№ 1234 · 7F3A-91C2)."), code=typed), field="code")
    code = match.group(2).upper().replace("-", "")
    wrong = sorted({c for c in code if c not in _HEX})
    if wrong:
        raise ValidationError(msg(N_("msg", "The audit log code «{code}» has characters other than 0–9 and A–F: "
                                            "{chars}."), code=match.group(2), chars=" ".join(wrong)), field="code")
    if len(code) != CODE_DIGITS:
        raise ValidationError(msg(N_("msg", "The audit log code «{code}» has {n} characters; a printed code has "
                                            "8 (for example 7F3A-91C2)."), code=match.group(2), n=len(code)),
                              field="code")
    return HeadCode(int(match.group(1)) if match.group(1) else None, code)
