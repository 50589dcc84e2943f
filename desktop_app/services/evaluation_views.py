"""What the evaluation service returns to the window and the documents: a sheet, a grid row, a batch result,
an annual line. Plain records, apart from the service (services/evaluation.py) that builds them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.annual import AnnualResult
from desktop_app.domain.designees import Designee
from desktop_app.domain.evaluation import Evaluation, ScoreOutcome
from desktop_app.domain.i18n import Msg
from desktop_app.domain.methodology.model import GradeBand, Methodology, SheetTemplate
from desktop_app.domain.methodology.sheet_extras import PersonalPoints
from desktop_app.domain.records import EntryRow, QuarterRow
from desktop_app.domain.staff import Employee
from desktop_app.storage.evaluation_repository import HistoryRow


@dataclass(frozen=True)
class SheetView:
    """Everything the evaluation detail shows for one evaluee."""

    evaluation: Evaluation
    quarter: QuarterRow
    methodology: Methodology
    template: SheetTemplate
    outcome: ScoreOutcome
    entries: list[EntryRow]
    employee: Employee
    evaluator: Employee | None
    deadline: date
    appeal_ends: date | None
    history: list[HistoryRow] = field(default_factory=list)
    personal: list[PersonalPoints] = field(default_factory=list)    # 002 §26
    designees: list[Designee] = field(default_factory=list)         # 001 §17


@dataclass(frozen=True)
class GridRow:
    evaluation: Evaluation
    employee: Employee
    unit_ru: str
    unit_kk: str
    evaluator: Employee | None
    template: SheetTemplate
    grade: GradeBand | None


@dataclass(frozen=True)
class BatchRefusal:
    """A sheet of a batch that did not move, and why."""

    evaluation_id: int
    name_kk: str
    name_ru: str
    reason: Msg

    def name(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_kk


@dataclass(frozen=True)
class BatchResult:
    moved: list[int]
    refused: list[BatchRefusal]


@dataclass(frozen=True)
class AnnualLine:
    employee: Employee
    unit_kk: str
    unit_ru: str
    result: AnnualResult
