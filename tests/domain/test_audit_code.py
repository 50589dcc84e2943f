"""Reading the audit log code a person typed from the foot of a document."""
from __future__ import annotations

import pytest

from desktop_app.domain.audit_code import HeadCode, parse_head_code
from desktop_app.domain.errors import ValidationError


@pytest.mark.parametrize("typed, code", [
    ("№ 1234 · 7F3A-91C2", HeadCode(1234, "7F3A91C2")),
    ("Өзгерістер журналы: № 7 · 00ab-CDEF", HeadCode(7, "00ABCDEF")),
    ("  7f3a91c2 ", HeadCode(None, "7F3A91C2")),
    ("1234 7F3A-91C2", HeadCode(1234, "7F3A91C2")),
])
def test_the_printed_forms_are_read(typed: str, code: HeadCode) -> None:
    assert parse_head_code(typed) == code


@pytest.mark.parametrize("typed, said", [
    ("7F3A-91C", "has 7 characters"),       # one short
    ("7F3A-91C2A", "has 9 characters"),     # one long
    ("7F3A-91CЖ", "other than 0–9 and A–F: Ж"),
    ("7F3A 91C2 x", "is not an audit log code"),
    (" ", "Type the audit log code"),
])
def test_a_wrong_code_says_what_is_wrong(typed: str, said: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_head_code(typed)
    assert said in err.value.render()
