"""The audit log as the specialist reads it: who changed what, old → new, and why (001 §12–§13).

JSON in the log contains Unicode: ensure_ascii is off in SQLite's json_object, so Kazakh text is
searchable. Times are stored in UTC and shown in local time.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from desktop_app.domain.audit_code import parse_head_code
from desktop_app.reports.labels import L
from desktop_app.services.audit_head import HeadVerdict, judge_head
from desktop_app.storage.audit import ChainReport, verify_chain
from desktop_app.storage.audit_repository import AuditRepository, AuditRow
from desktop_app.storage.database import Store

#: Columns that say nothing to the reader (folded search keys) are left out of the changes.
_HIDDEN_FIELDS = {"search_key"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # local time
    table: str
    row_id: str
    action: str  # insert | update | delete
    changes: tuple[FieldChange, ...]
    reason: str

    def summary(self, limit: int = 6) -> str:
        """"field: old → new; …" for updates, "field = value; …" for inserts and deletes."""
        parts = []
        for c in self.changes[:limit]:
            if self.action == "update":
                parts.append(f"{c.field}: {c.old} → {c.new}")
            else:
                parts.append(f"{c.field} = {c.new if self.action == 'insert' else c.old}")
        more = len(self.changes) - limit
        return "; ".join(parts) + (f"; … (+{more})" if more > 0 else "")


def _text(value: object) -> str:
    return "∅" if value is None else str(value)


def _changes(row: AuditRow, inserted: dict[str, object] | None = None) -> tuple[FieldChange, ...]:
    """The changed fields of an entry; an insert shows what it put in (`inserted`, rebuilt by the repository)."""
    old = json.loads(row.old_json) if row.old_json else {}
    new = json.loads(row.new_json) if row.new_json else (inserted or {})
    fields = [k for k in (new or old) if k not in _HIDDEN_FIELDS]
    if row.action == "update":
        fields = [k for k in fields if old.get(k) != new.get(k)]
    return tuple(FieldChange(k, _text(old.get(k)) if old else "", _text(new.get(k)) if new else "")
                 for k in fields)


def _local(at: str) -> datetime:
    parsed = datetime.fromisoformat(at)  # Python 3.11 reads the trailing "Z"
    return parsed.astimezone().replace(tzinfo=None)


def _utc(day: date) -> str:
    moment = datetime.combine(day, time()).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class AuditService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = AuditRepository(store)
        self._names_cache: tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]] | None = None

    def tables(self) -> list[str]:
        return self.repo.tables()

    def entries(self, table: str | None = None, date_from: date | None = None, date_to: date | None = None,
                text: str | None = None, limit: int = 5000) -> list[AuditEntry]:
        """Entries newest first; `date_to` is inclusive (local days)."""
        rows = self.repo.rows(table or None,
                              _utc(date_from) if date_from else None,
                              _utc(date_to + timedelta(days=1)) if date_to else None,
                              text.strip() if text and text.strip() else None, limit)
        inserted = self.repo.inserted_values(rows)
        self._names_cache = None   # people and sheets may have changed since the last reading
        return [AuditEntry(r.id, _local(r.at), r.table_name, r.row_id or "", r.action,
                           _changes(r, inserted.get(r.id)), r.reason) for r in rows]

    def verify(self) -> ChainReport:
        return verify_chain(self.store.db.conn)

    def chain_check(self) -> Callable[[], ChainReport]:
        """The whole-chain check as a job for another thread, so that opening the log's page never waits
        for it: the job reads through a read-only connection of its own (an sqlite connection belongs to the
        thread that opened it), the committed entries as they are when it starts."""
        path, key = self.store.path, self.store.key

        def job() -> ChainReport:
            from desktop_app.storage.engine import connect_sealed
            from desktop_app.storage.readonly import open_readonly

            conn = connect_sealed(path, key, readonly=True) if key is not None else open_readonly(path)
            try:
                return verify_chain(conn)
            finally:
                conn.close()
        return job

    def check_head(self, typed: str, chain: ChainReport | None = None) -> HeadVerdict:
        """Is the code printed on a document (`typed`) an entry of this log? (ValidationError if malformed)

        `chain`: the whole-chain check already made (the page's), else the chain is checked now."""
        parse_head_code(typed)  # before the chain is read
        return judge_head(self.store.db.conn, typed, chain if chain is not None else self.verify())

    def record_name(self, table: str, lang: str) -> str:
        """What a table holds, in words ("Оценочный лист"), for the viewer's filter and the extract."""
        from desktop_app.reports.audit_words import record_text

        return record_text(table, lang)

    def changes_words(self, entry: AuditEntry, lang: str, limit: int = 6) -> str:
        """"наименование (на русском): Финансовый отдел → Отдел финансов" — the changes in words."""
        from desktop_app.reports.audit_words import changes_text

        people, sheets = self._known_names()
        return changes_text(entry.action, tuple((c.field, c.old, c.new) for c in entry.changes), lang, limit,
                            people=people, sheets=sheets, table=entry.table)

    def reason_words(self, entry: AuditEntry, lang: str) -> str:
        """Why the change was made, in `lang` ("восстановлено из копии …"); a reason the user wrote as written."""
        from desktop_app.reports.audit_words import reason_text

        return reason_text(entry.reason, lang)

    def row_words(self, entry: AuditEntry, lang: str) -> str:
        """The record changed: a setting in words, else its number (as on the printed extract)."""
        from desktop_app.reports.audit_words import row_text

        return row_text(entry.table, entry.row_id, lang)

    def _known_names(self) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """`_names`, read once per reading of the entries (the viewer asks for every cell it paints)."""
        if self._names_cache is None:
            self._names_cache = self._names()
        return self._names_cache

    def organisation_name(self) -> L:
        """The organisation's name in Kazakh and in Russian (either stands in for a missing other)."""
        kk, ru = self.repo.organisation_names()
        return L(kk or ru, ru or kk)

    def extract(self, entries: list[AuditEntry], filters: L, lang: str) -> bytes:
        """The printable extract (PDF) of `entries` in document language `lang` ("kk", "ru", "both");
        `filters`: the filters in words, in each language (the Russian copy of "both" says them in Russian)."""
        from desktop_app.reports.audit_pdf import AuditExtractDocument

        return AuditExtractDocument(lang).render(self.extract_data(entries, filters))  # type: ignore[arg-type]

    def extract_data(self, entries: list[AuditEntry], filters: L):  # -> AuditExtract
        """The extract's content in both languages: each language copy of a document takes its own words
        (the PDF and its DOCX twin, `bagalau print all`, are made from it)."""
        from desktop_app.reports.audit_pdf import AuditExtract, AuditLine

        report = self.verify()
        people, sheets = self._names()
        return AuditExtract(self.organisation_name(), datetime.now(), filters,
                            [AuditLine(e.id, e.at, e.table, e.row_id, e.action, e.summary(limit=12), e.reason,
                                       tuple((c.field, c.old, c.new) for c in e.changes))
                             for e in entries], report.rows, report.bad_id, self.repo.hr_head_name(),
                            people=people, sheets=sheets)

    def _names(self) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """(people, sheets): who an employee number is, and whose sheet of which quarter a sheet number is."""
        from desktop_app.domain.wording import quarter_kk, quarter_ru

        people = self.repo.employee_names()
        sheets = {}
        for sheet, (employee, year, quarter) in self.repo.sheet_owners().items():
            kk, ru = people.get(employee, ("", ""))
            if kk or ru:
                sheets[sheet] = (f"{kk}, {quarter_kk(year, quarter)}", f"{ru}, {quarter_ru(year, quarter)}")
        return people, sheets
