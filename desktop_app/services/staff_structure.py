"""Use cases on the office structure: organisation card, categories, units, positions.

Part of `StaffService` (see services/staff.py); kept apart to keep each file about one thing.
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.external_evaluator import ExternalEvaluator, checked
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.staff import ORDER_ACTS, Organisation, Position, Unit
from desktop_app.domain.staff_validation import validate_category_code, validate_position, validate_unit
from desktop_app.storage.database import Store
from desktop_app.storage.external_evaluator_repository import ExternalEvaluatorRepository
from desktop_app.storage.structure_repository import StructureRepository


class StructureOperations:
    """Organisation card, categories, units and positions; each write is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.structure = StructureRepository(store)

    # -- evaluators outside corps "B" (001 §16; domain/external_evaluator.py) ---------------------
    def external_evaluators(self) -> dict[int | None, ExternalEvaluator]:
        return ExternalEvaluatorRepository(self.store).all()

    def set_external_evaluator(self, unit_id: int | None, e: ExternalEvaluator | None) -> None:
        """The outside evaluator of the organisation (unit_id None) or of one unit; empty fields clear it."""
        with self.store.atomic():
            ExternalEvaluatorRepository(self.store).save(unit_id, checked(e) if e is not None else None)

    # -- organisation ---------------------------------------------------------------------------
    def organisation(self) -> Organisation:
        return self.structure.organisation()

    def save_organisation(self, org: Organisation) -> None:
        cleaned: dict[str, Any] = {f: " ".join(str(getattr(org, f)).split()) for f in (
            "name_kk", "name_ru", "district", "region", "head_name", "hr_head_name",
            "appointing_official_name", "appointing_official_title", "appointing_official_title_ru",
            "issue_place_kk", "issue_place_ru")}
        org = replace(org, **cleaned)
        problems = []
        if not org.name_kk:
            problems.append(msg(N_("msg", "The name of the organisation in Kazakh is empty.")))
        if not org.name_ru:
            problems.append(msg(N_("msg", "The name of the organisation in Russian is empty.")))
        if org.order_act not in ORDER_ACTS:
            problems.append(msg(N_("msg", "Choose the act the appointing official signs.")))
        if problems:
            raise ValidationError(problems, field="name_kk" if not org.name_kk else "name_ru")
        with self.store.atomic():
            self.structure.save_organisation(org)

    # -- categories -----------------------------------------------------------------------------
    def categories(self) -> list[str]:
        return self.structure.categories()

    def add_category(self, code: str) -> None:
        code = code.strip()
        validate_category_code(code)
        with self.store.atomic():
            if code in self.structure.categories():
                raise ValidationError(msg(N_("msg", "The category {code} is already in the list."), code=code),
                                      field="code")
            self.structure.add_category(code)

    def rename_category(self, old: str, new: str) -> None:
        new = new.strip()
        validate_category_code(new)
        with self.store.atomic():
            if new != old and new in self.structure.categories():
                raise ValidationError(msg(N_("msg", "The category {code} is already in the list."), code=new),
                                      field="code")
            self.structure.rename_category(old, new)  # positions follow: ON UPDATE CASCADE

    def delete_category(self, code: str) -> None:
        with self.store.atomic():
            used = self.structure.category_in_use(code)
            if used:
                raise ValidationError(msg(N_("msg", "The category {code} is used by {n} position(s) and cannot be "
                                                  "deleted."), code=code, n=used))
            self.structure.delete_category(code)

    # -- units ----------------------------------------------------------------------------------
    def units(self) -> list[Unit]:
        return self.structure.units()

    def save_unit(self, unit: Unit) -> int:
        unit = replace(unit, name_kk=" ".join(unit.name_kk.split()), name_ru=" ".join(unit.name_ru.split()))
        validate_unit(unit)
        with self.store.atomic():
            if unit.head_position_id is not None:
                head = self.structure.position(unit.head_position_id)
                if head is None or head.unit_id != unit.id:
                    raise ValidationError(msg(N_("msg", "The head of a unit must be a position of that unit.")),
                                          field="head_position_id")
            if unit.id is None:
                return self.structure.insert_unit(unit)
            if self.structure.unit(unit.id) is None:
                raise NotFoundError(msg(N_("msg", "The unit no longer exists.")))
            self.structure.update_unit(unit)
            return unit.id

    def delete_unit(self, unit_id: int) -> None:
        with self.store.atomic():
            n = self.structure.positions_in_unit(unit_id)
            if n:
                raise ValidationError(msg(N_("msg", "The unit has {n} position(s): delete or move them first."), n=n))
            self.structure.delete_unit(unit_id)

    # -- positions ------------------------------------------------------------------------------
    def positions(self) -> list[Position]:
        return self.structure.positions()

    def save_position(self, pos: Position, *, head_of_unit: bool | None = None) -> int:
        """Insert or update a position; `head_of_unit` True/False sets or clears it as its unit's head."""
        pos = replace(pos, title_kk=" ".join(pos.title_kk.split()), title_ru=" ".join(pos.title_ru.split()))
        validate_position(pos, self.structure.categories())
        with self.store.atomic():
            unit = self.structure.unit(pos.unit_id)
            if unit is None:
                raise ValidationError(msg(N_("msg", "Choose the unit of the position.")), field="unit_id")
            self._check_supervisor(pos)
            if pos.id is None:
                pos_id = self.structure.insert_position(pos)
            else:
                old = self.structure.position(pos.id)
                if old is None:
                    raise NotFoundError(msg(N_("msg", "The position no longer exists.")))
                self.structure.update_position(pos)
                pos_id = pos.id
                if old.unit_id != pos.unit_id:  # a head that moves out no longer heads its old unit
                    old_unit = self.structure.unit(old.unit_id)
                    if old_unit is not None and old_unit.head_position_id == pos_id:
                        self.structure.update_unit(replace(old_unit, head_position_id=None))
            if head_of_unit is True:
                self.structure.update_unit(replace(unit, head_position_id=pos_id))
            elif head_of_unit is False and unit.head_position_id == pos_id:
                self.structure.update_unit(replace(unit, head_position_id=None))
            return pos_id

    def _check_supervisor(self, pos: Position) -> None:
        """The supervisor chain must exist and never come back to the position itself."""
        sup_id = pos.supervisor_position_id
        seen = {pos.id}
        while sup_id is not None:
            if sup_id in seen:
                raise ValidationError(msg(N_("msg", "The supervising position would make a circle: a position "
                                                  "cannot supervise its own supervisor.")),
                                      field="supervisor_position_id")
            seen.add(sup_id)
            sup = self.structure.position(sup_id)
            if sup is None:
                raise ValidationError(msg(N_("msg", "The supervising position no longer exists.")),
                                      field="supervisor_position_id")
            sup_id = sup.supervisor_position_id

    def delete_position(self, position_id: int) -> None:
        with self.store.atomic():
            n = self.structure.appointments_to_position(position_id)
            if n:
                raise ValidationError(msg(N_("msg", "The position appears in {n} appointment(s) and cannot be "
                                                  "deleted."), n=n))
            try:
                self.structure.delete_position(position_id)
            except sqlite3.IntegrityError as exc:
                raise ValidationError(msg(N_("msg", "The position is used elsewhere and cannot be deleted."))) \
                    from exc
