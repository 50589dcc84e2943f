"""Evaluation documents past their three-year term (001 §12): list them, move them out with an act.

One action does, in this order, and stops at the first failure without removing anything:
1. collect every row of the chosen quarters (storage/retention_repository.py);
2. for an archive: write them to a standalone SQLite file, verified, then sealed with the office's data key
   like its copies (it opens with the office's password or recovery code; its key file `<archive>.key`
   goes with it), or — with a password of its own — put in the encrypted container for another person;
3. render the act (PDF) and write it where the specialist chose;
4. only then, in one transaction, remove the rows (the audit log records the deletions without their
   content) and register the act.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.retention import may_leave, retention_ends
from desktop_app.domain.security import encrypt
from desktop_app.storage.audit import audit_reason, audit_redacted
from desktop_app.storage.backup import seal_copy
from desktop_app.storage.database import Store
from desktop_app.storage.retention_repository import RetentionRepository


@dataclass(frozen=True)
class RetentionItem:
    """A final quarter with the date its documents may leave the office file."""

    quarter_id: int
    year: int
    quarter: int
    completed_on: date
    term_ends: date
    evaluations: int
    due: bool


@dataclass(frozen=True)
class ActResult:
    number: int
    act_path: Path
    archive_path: Path | None
    rows_moved: int


def _write_whole(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


class RetentionService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = RetentionRepository(store)

    def items(self, today: date | None = None) -> list[RetentionItem]:
        today = today or date.today()
        out = []
        for q in self.repo.final_quarters():
            completed = date.fromisoformat(q.completed_on)
            out.append(RetentionItem(q.quarter_id, q.year, q.quarter, completed, retention_ends(completed),
                                     q.evaluations, may_leave(completed, today)))
        return out

    def due(self, today: date | None = None) -> list[RetentionItem]:
        return [i for i in self.items(today) if i.due]

    def acts(self) -> list[tuple]:
        return self.repo.acts()

    def draft_act(self, kind: str = "destroy", today: date | None = None):  # -> RetentionActData
        """The act for every quarter whose three years are over, as it would be made now — nothing removed
        (`bagalau print all` shows it; the act itself is made by `remove`)."""
        from desktop_app.reports.retention_act_pdf import ActQuarter, RetentionActData

        today = today or date.today()
        chosen = self.due(today)
        found = self.repo.collect([i.quarter_id for i in chosen])
        kk, ru, hr_head = self.repo.organisation()
        return RetentionActData(self.repo.next_act_number(), today, kind, kk, ru,
                                [ActQuarter(i.year, i.quarter, i.completed_on, i.term_ends, i.evaluations)
                                 for i in chosen], found.moved_rows, "", "", hr_head,
                                *self.repo.approver())   # the draft is approved by the same official as the act

    def remove(self, quarter_ids: list[int], kind: str, act_path: Path, lang: str,
               archive_path: Path | None = None, password: str | None = None,
               today: date | None = None) -> ActResult:
        """Archive (kind "archive", to `archive_path`) or destroy (kind "destroy") whole quarters, with the act."""
        today = today or date.today()
        chosen = [i for i in self.items(today) if i.quarter_id in set(quarter_ids)]
        if not chosen or len(chosen) != len(set(quarter_ids)):
            raise ValidationError(msg(N_("msg", "Choose final quarters from the list.")), field="quarters")
        early = [i for i in chosen if not i.due]
        if early:
            raise ValidationError(msg(N_("msg", "The documents of {year} quarter {quarter} must be kept until "
                                                "{date} (Methodology, item 12)."), year=early[0].year,
                                      quarter=early[0].quarter, date=f"{early[0].term_ends:%d.%m.%Y}"),
                                  field="quarters")
        if kind == "archive" and archive_path is None:
            raise ValidationError(msg(N_("msg", "Choose the archive file.")), field="archive")
        from desktop_app.reports.retention_act_pdf import ActQuarter, RetentionActData, RetentionActDocument

        number = self.repo.next_act_number()
        found = self.repo.collect([i.quarter_id for i in chosen])
        quarters_text = ", ".join(f"{i.year}-{i.quarter}" for i in chosen)
        digest = ""
        final_archive: Path | None = None
        try:
            if kind == "archive":
                assert archive_path is not None
                plain = archive_path.with_suffix(".sqlite") if password else archive_path
                self.repo.write_archive(plain, found, {"act_number": str(number), "made_on": today.isoformat(),
                                                       "quarters": quarters_text})
                final_archive = plain
                if not password and self.store.key is not None:  # names, ИИН and scores: sealed at rest
                    seal_copy(plain, self.store.key)
                if password:
                    final_archive = plain.with_name(plain.name + ".bgenc")
                    _write_whole(final_archive, encrypt(plain.read_bytes(), password))
                    plain.unlink()
                digest = hashlib.sha256(final_archive.read_bytes()).hexdigest()
            kk, ru, hr_head = self.repo.organisation()
            data = RetentionActData(number, today, kind, kk, ru,
                                    [ActQuarter(i.year, i.quarter, i.completed_on, i.term_ends, i.evaluations)
                                     for i in chosen], found.moved_rows,
                                    final_archive.name if final_archive else "", digest, hr_head,
                                    *self.repo.approver())
            act = RetentionActDocument(lang).render(data)  # type: ignore[arg-type]
            _write_whole(act_path, act)
        except OSError as exc:
            raise StorageError(msg(N_("msg", "The archive or the act could not be written ({detail}); nothing "
                                             "was removed."), detail=str(exc))) from exc
        with self.store.atomic(), audit_reason(self.store, reason("retention_act", number=str(number))), \
                audit_redacted(self.store):
            self.repo.delete(found)
            self.repo.insert_act(number, kind, today.isoformat(), quarters_text, found.moved_rows,
                                 str(final_archive or ""), digest, hashlib.sha256(act).hexdigest())
        return ActResult(number, act_path, final_archive, found.moved_rows)


