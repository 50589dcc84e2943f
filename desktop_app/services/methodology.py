"""The office's methodology versions: list, edit (a new version once a finished quarter used it), presets,
JSON export/import between districts, and the version in force for a day.

Contract with the quarter evaluation: a quarter row stores `methodology_id`; once a quarter
using a version is final, that version never changes again — `save` writes a new version instead.
"""
from __future__ import annotations

import uuid
from datetime import date

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.codec import dumps, loads
from desktop_app.domain.methodology.deadlines import quarter_first_day
from desktop_app.domain.methodology.model import Methodology
from desktop_app.domain.methodology.presets import load_preset, preset_names
from desktop_app.domain.methodology.validation import validate
from desktop_app.storage.database import Store
from desktop_app.storage.methodology_repository import MethodologyRepository


class MethodologyService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = MethodologyRepository(store)

    # -- reading --------------------------------------------------------------------------------
    def list_versions(self) -> list[Methodology]:
        """Every version, the latest effective date first."""
        return self.repo.all()

    def find(self, methodology_id: int) -> Methodology | None:
        return self.repo.get(methodology_id)

    def get(self, methodology_id: int) -> Methodology:
        m = self.repo.get(methodology_id)
        if m is None:
            raise NotFoundError(msg(N_("msg", "Methodology version {id} does not exist."), id=methodology_id))
        return m

    def version_in_force(self, day: date) -> Methodology | None:
        """The version with the greatest `effective_from` on or before `day`; None if there is none."""
        return self.repo.in_force(day)

    def version_for_quarter(self, year: int, quarter: int) -> Methodology | None:
        """The version a quarter is bound to: the one in force on the quarter's first day."""
        return self.repo.in_force(quarter_first_day(year, quarter))

    def is_locked(self, methodology_id: int) -> bool:
        """True when a finished quarter used this version: editing it makes a new version."""
        return self.repo.used_by_final_quarter(methodology_id)

    def presets(self) -> list[Methodology]:
        return [load_preset(name) for name in preset_names()]

    # -- writing --------------------------------------------------------------------------------
    def save(self, m: Methodology) -> Methodology:
        """Validate and store `m`. A new methodology (id None) gets its lineage; an edit of a version that
        a finished quarter used becomes the next version of the lineage, the old one stays as it was."""
        problems = validate(m)
        if problems:
            raise ValidationError(problems)
        with self.store.atomic():
            if m.id is None:
                lineage = m.lineage or uuid.uuid4().hex
                version = self.repo.next_version(lineage)
                new = m.with_changes(lineage=lineage, version=version)
                return new.with_changes(id=self.repo.insert(new))
            old = self.get(m.id)
            if self.repo.used_by_final_quarter(m.id):
                new = m.with_changes(id=None, lineage=old.lineage, version=self.repo.next_version(old.lineage))
                return new.with_changes(id=self.repo.insert(new))
            kept = m.with_changes(lineage=old.lineage, version=old.version)
            self.repo.update(m.id, kept)
            return kept

    def copy_preset(self, name: str) -> Methodology:
        """Store a shipped preset as a new methodology of the office."""
        return self.save(load_preset(name).with_changes(id=None, lineage="", version=1))

    def copy(self, methodology_id: int) -> Methodology:
        """A new, independent methodology started from an existing version (e.g. to adapt a neighbour's)."""
        return self.save(self.get(methodology_id).with_changes(id=None, lineage="", version=1))

    def delete(self, methodology_id: int) -> None:
        with self.store.atomic():
            self.get(methodology_id)
            if self.repo.used_by_any_quarter(methodology_id):
                raise ValidationError(msg(N_("msg", "This methodology version is used by a quarter and cannot be "
                                                 "deleted.")))
            self.repo.delete(methodology_id)

    # -- sharing --------------------------------------------------------------------------------
    def export_json(self, methodology_id: int) -> bytes:
        return dumps(self.get(methodology_id))

    def import_json(self, raw: bytes) -> Methodology:
        """Store a methodology file as a new methodology of the office; a bad file changes nothing."""
        m = loads(raw)
        return self.save(m.with_changes(id=None, lineage="", version=1))
