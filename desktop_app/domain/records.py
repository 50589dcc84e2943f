"""Plain records that cross the layers: stored by storage/, shown by ui/, made by services/.

They live here so that the window never imports the storage package (see tests/test_layering.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class EntryRow:
    """A bonus or penalty entry with its evidence (document number and date)."""

    id: int | None
    evaluation_id: int
    kind: str                      # "bonus" | "penalty"
    item_id: str
    quantity: Decimal = Decimal(1)
    chosen_points: Decimal | None = None
    co_executor: bool = False
    flags: frozenset[str] = frozenset()
    doc_number: str = ""
    doc_date: date | None = None
    note: str = ""

    @property
    def evidence(self) -> str:
        d = self.doc_date
        parts = [f"№ {self.doc_number}" if self.doc_number else "",
                 f"{d.day:02d}.{d.month:02d}.{d.year}" if d else "", self.note]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class QuarterRow:
    id: int
    year: int
    quarter: int
    methodology_id: int | None
    status: str
    opened_at: str
    closed_at: str | None = None


@dataclass(frozen=True)
class FeedbackMeeting:
    appeal_id: int
    held_on: date
    achievements: str = ""
    skills: str = ""
    potential: str = ""
    # The same in Russian, for the Russian copy of the memo ("" = typed in Kazakh only).
    achievements_ru: str = ""
    skills_ru: str = ""
    potential_ru: str = ""


@dataclass(frozen=True)
class BackupSummary:
    """What the restore screen shows about one copy. Counts are None when they cannot be read."""

    path: Path
    modified: datetime
    size: int
    encrypted: bool
    sound: bool
    staff: int | None
    evaluations: int | None
