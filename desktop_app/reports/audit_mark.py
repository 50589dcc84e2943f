"""The head of the audit chain printed on every document: "Журнал: № 1234 · 7F3A-91C2".

A later rewrite of the log can then be proved against paper: entry 1234's keyed hash must still begin
with 7F3A91C2. Reports know nothing of the database; the open office registers where the mark comes
from (services/container.py) and every PDF footer calls `audit_mark()` (reports/pdf_base.py).
"""
from __future__ import annotations

from collections.abc import Callable

from desktop_app.reports.labels import L

#: Before the mark in a footer, in the copy's language (PDF: pdf_base; DOCX: blocks_docx).
AUDIT_LABEL = L("Өзгерістер журналы:", "Журнал изменений:")

_provider: Callable[[], tuple[int, str] | None] | None = None


def set_audit_mark_provider(provider: Callable[[], tuple[int, str] | None] | None) -> None:
    """(entry number, hash as hex) of the open office's newest audit entry; None when there is no office."""
    global _provider
    _provider = provider


def format_mark(entry: int, digest_hex: str) -> str:
    code = digest_hex[:8].upper()
    return f"№ {entry} · {code[:4]}-{code[4:]}"


def audit_mark() -> str:
    """The mark for the footer, or "" (no office open, or its log cannot be read)."""
    if _provider is None:
        return ""
    try:
        head = _provider()
    except Exception:
        return ""
    return format_mark(*head) if head else ""
