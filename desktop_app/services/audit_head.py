"""Is a code printed on a document still in the audit log? (`bagalau check --head`, the Audit log page)

A document's footer says "Журнал изменений: № 1234 · 7F3A-91C2": the newest entry when it was printed
and the beginning of that entry's keyed hash (reports/audit_mark.py). If the log still has that entry
with that hash, the history behind the document was not rewritten since; if not, it was (or the paper
comes from another office). Nobody without the office's key can rewrite the log and keep the code.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_app.domain.audit_code import HeadCode, parse_head_code
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.storage.audit_chain import ChainReport
from desktop_app.storage.audit_head import HeadEntry, entries_with_code, entry, entry_count


@dataclass(frozen=True)
class HeadVerdict:
    found: bool
    message: Msg
    entries: tuple[HeadEntry, ...] = ()


def _when(e: HeadEntry) -> str:
    return e.at.astimezone().strftime("%d.%m.%Y %H:%M")


def judge_head(conn: sqlite3.Connection, typed: str, chain: ChainReport) -> HeadVerdict:
    """The verdict on the code `typed` from a document (ValidationError when it is not a code)."""
    code = parse_head_code(typed)
    shown = f"{code.hex[:4]}-{code.hex[4:]}"
    if code.entry is not None:
        found = entry(conn, code.entry)
        if found is None:
            return HeadVerdict(False, msg(N_("msg", "The audit log ends at entry {count}, before entry {entry} "
                                                    "printed on the document: entries were removed after it was "
                                                    "printed."), count=entry_count(conn), entry=code.entry))
        if found.code != code.hex:
            return HeadVerdict(False, msg(N_("msg", "Entry {entry} of the audit log now has the code {now}, not "
                                                    "{code}: the log was rewritten after the document was "
                                                    "printed, or the document comes from another office."),
                                          entry=code.entry, now=f"{found.code[:4]}-{found.code[4:]}", code=shown))
        matches: list[HeadEntry] = [found]
    else:
        matches = entries_with_code(conn, code.hex)
        if not matches:
            return HeadVerdict(False, msg(N_("msg", "No entry of the audit log has the code {code}: the log was "
                                                    "rewritten after the document was printed, or the document "
                                                    "comes from another office."), code=shown))
    return _found(code, shown, matches, chain)


def _found(code: HeadCode, shown: str, matches: list[HeadEntry], chain: ChainReport) -> HeadVerdict:
    first = matches[0]
    if not chain.ok and chain.bad_id is not None and chain.bad_id <= matches[-1].entry:
        return HeadVerdict(False, msg(N_("msg", "The code {code} is entry {entry} of the audit log, written {date}, "
                                                "but the chain is broken at entry {bad}: entries up to the "
                                                "document were altered outside Bagalau."),
                                      code=shown, entry=first.entry, date=_when(first), bad=chain.bad_id),
                           tuple(matches))
    return HeadVerdict(True, msg(N_("msg", "The code {code} is entry {entry} of the audit log, written {date}: "
                                           "the log still holds the history the document was printed from."),
                                 code=shown, entry=", ".join(str(m.entry) for m in matches), date=_when(first)),
                       tuple(matches))
