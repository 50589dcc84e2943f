"""The input of every evaluation document: plain frozen dataclasses, no database, no Qt.

"Data in, bytes out" (ARCHITECTURE.md, after pretix): services.evaluation_documents fills these from
the quarter's evaluations; the renderers turn them into bytes:

- reports.sheet_pdf.render_sheet(SheetData, lang) / render_sheets(Sequence[SheetData], lang) -> PDF
- reports.summary_pdf.render_summary(SummaryData, lang) -> PDF;  reports.summary_xlsx.summary_xlsx(...) -> XLSX
- reports.annual_pdf.render_annual(AnnualData, lang) -> PDF;  reports.summary_xlsx.annual_xlsx(...) -> XLSX
- reports.notice_pdf.render_notice(NoticeData, lang) / render_notices(Sequence[NoticeData], lang) -> PDF

The command line (cli/printables.py "sheets", "summary", "annual", "notices"), `bagalau export` and the
statistics page (services/statistics.py) call these functions of services/evaluation_documents.py:

    sheets(services, year, quarter) -> list[SheetData]       # every evaluee of the quarter, by unit
    summary(services, year, quarter) -> SummaryData
    annual(services, year) -> AnnualData
    notices(services, year, quarter) -> list[NoticeData]     # the dismissed evaluees (001 §6, §9)

Bilingual values are `L(kk, ru)` (reports.labels): names, positions, units, grades, statuses. A person
whose name is spelt the same in both languages gets `L(name, name)`. Scores are floats 0–5 (001 §17)
or None when there is no score (not evaluated, not yet entered). Dates are datetime.date.
Every document carries the confidentiality mark (001 §13); the renderers add it themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.reports.labels import L

#: Scores and points: the domain's Decimal or a float, both printed with two decimals / as given.
Number = float | Decimal

EMPTY = L("", "")


# -- the evaluation sheet (one evaluee, one quarter; forms of Appendix 1 / 2, 001 §16) ---------------
@dataclass(frozen=True)
class CriterionLine:
    """One criterion of the sheet template, scored 0–5 (001 §17); None = not scored yet."""

    name: L
    score: Number | None = None
    comment: str = ""


@dataclass(frozen=True)
class PointLine:
    """One bonus (000 §17–§18, 002 §17) or penalty (002 §21–§22) line backing the score."""

    item: L                      # the scale item, e.g. L("Мәслихат сессиясына материал дайындау", "Подготовка …")
    points: Number                # the points of the line (penalties: positive number, printed with a minus)
    evidence: str = ""           # the document / fact: "хат № 12-05/345 от 14.04.2026"
    quantity: Number | None = None
    explanation: str | L = ""    # how the points were reached: count × points × multiplier, cap


@dataclass(frozen=True)
class SanctionLine:
    """Months of the quarter under a disciplinary sanction and the order (002 §21): 16 % a month deducted."""

    months: int
    order: str                   # "№ 45-к, 20.12.2025"
    deduction: Number            # points deducted from the total
    percent_per_month: Number = 16


@dataclass(frozen=True)
class PersonalLine:
    """The unit head's personal points (002 §26) and the note that justifies them."""

    points: Number               # as given: +1..+5 or −2
    note: str
    counted: Number              # what the result counts after the +15 cap and the 5-breach rule


@dataclass(frozen=True)
class DesigneeLine:
    """A servant the evaluator designated to also evaluate (001 §17), with the proposed score."""

    name: L
    position: L
    designated_on: date | None
    proposed_score: Number | None = None


@dataclass(frozen=True)
class CalibrationNote:
    """A score changed by a calibration session (001 §22): what the evaluator gave, the protocol that
    adopted the new score, and the feedback meeting where the evaluee learnt it (001 §23)."""

    original: Number
    protocol_number: str
    protocol_date: date | None
    feedback_on: date | None = None


@dataclass(frozen=True)
class SheetData:
    """One evaluation sheet (оценочный лист / бағалау парағы) of one evaluee for one quarter."""

    organisation: L
    year: int
    quarter: int                 # 1..4 (001 §2.7)
    employee: L                  # full name
    position: L
    unit: L
    category: str                # "E-R-3"
    form: int                    # 1 or 2: the form of Appendix 1 or 2 of the Typical methodology (001 §16)
    evaluator_name: L
    evaluator_position: L
    criteria: tuple[CriterionLine, ...] = ()
    score: Number | None = None   # the overall score 0–5 (the mean of the criteria, or given directly)
    grade: L | None = None       # the grade band of the score (001 §7)
    bonus_lines: tuple[PointLine, ...] = ()
    penalty_lines: tuple[PointLine, ...] = ()
    comments: str = ""           # the evaluator's comments
    status: L = EMPTY            # e.g. L("Аяқталды", "Завершена")
    evaluated_on: date | None = None
    deadline: date | None = None          # 20th of the month after the quarter (001 §4)
    acknowledged_on: date | None = None   # when the evaluee got the result (001 §9)
    without_participation: bool = False   # dismissed before the quarter ended (001 §6)
    dismissal_date: date | None = None
    notice_note: L | str = ""    # how and when a dismissed evaluee was told (001 §9), in each language
    final_after_calibration: bool = False  # the score was changed by a calibration session (001 §22)
    hr_officer_name: L = EMPTY   # HR signature place (001 §8, §15)
    methodology: L = EMPTY       # name/version of the methodology in force for the quarter
    sanction: SanctionLine | None = None            # 002 §21 (points model)
    personal_lines: tuple[PersonalLine, ...] = ()   # 002 §26 (points model)
    designees: tuple[DesigneeLine, ...] = ()        # 001 §17
    employee_male: bool = True   # Russian forms: "ознакомлен" / "ознакомлена" (ИИН or patronymic)
    calibration: CalibrationNote | None = None      # 001 §22: the adopted score and its protocol
    finalised_on: date | None = None                # the result became final (the HR service signs then)


# -- the quarter summary (ведомость / тізімдеме), grouped by unit ------------------------------------
@dataclass(frozen=True)
class SummaryRow:
    employee: L
    position: L
    category: str
    score: Number | None          # None: not evaluated or not entered yet
    grade: L | None
    status: L = EMPTY
    note: L = EMPTY              # e.g. "evaluated without participation (001 §6)", "not evaluated (001 §5)"


@dataclass(frozen=True)
class SummaryUnit:
    unit: L
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class SummaryData:
    """The quarter's results of all evaluees by structural unit, with totals per grade (001 §7)."""

    organisation: L
    year: int
    quarter: int
    units: tuple[SummaryUnit, ...]
    grades: tuple[L, ...] = ()   # the grade bands in order, best first; totals are counted per band
    prepared_on: date | None = None
    hr_officer_name: L = EMPTY
    hr_officer_position: L = EMPTY
    methodology: L = EMPTY


# -- the annual summary: mean of the year's quarterly scores (001 §4) -------------------------------
@dataclass(frozen=True)
class AnnualRow:
    employee: L
    position: L
    category: str
    quarter_scores: tuple[Number | None, Number | None, Number | None, Number | None]
    mean: Number | None           # arithmetic mean of the quarters with a score (001 §4)
    grade: L | None
    warning: bool = False        # unsatisfactory annual result again (Law on civil service Art. 33 p. 6)
    note: L = EMPTY


@dataclass(frozen=True)
class AnnualUnit:
    unit: L
    rows: tuple[AnnualRow, ...]


@dataclass(frozen=True)
class AnnualData:
    organisation: L
    year: int
    units: tuple[AnnualUnit, ...]
    grades: tuple[L, ...] = ()
    prepared_on: date | None = None
    hr_officer_name: L = EMPTY
    hr_officer_position: L = EMPTY
    methodology: L = EMPTY
    open_quarters: tuple[int, ...] = ()   # quarters of the year not closed yet: the paper is preliminary


# -- the notice letter to a dismissed employee (001 §6, §9–§11) -------------------------------------
@dataclass(frozen=True)
class NoticeData:
    """Letter telling a dismissed employee the result evaluated without them (001 §6, §9)."""

    organisation: L
    organisation_address: str
    employee: L                  # full name of the addressee
    employee_address: str
    year: int
    quarter: int
    score: Number | None
    grade: L | None
    dismissal_date: date | None
    position: L = EMPTY          # the position held before dismissal
    method: L = EMPTY            # how the notice is sent (001 §9): registered letter, SMS, e-mail …
    letter_date: date | None = None
    outgoing_number: str = ""
    appointing_official_name: L = EMPTY    # to whom an application goes (001 §10)
    appointing_official_title: L = EMPTY
    signer_name: L = EMPTY       # who signs the letter (head of HR service, 001 §8)
    signer_position: L = EMPTY
    contact_phone: str = ""
    addressee_male: bool = True  # "Уважаемый" / "Уважаемая", "получил" / "получила" (ИИН or patronymic)


@dataclass(frozen=True)
class GradeDistribution:
    """Counts per grade band for each unit, for the statistics chart (a quarter or a year)."""

    grades: tuple[L, ...]
    units: tuple[tuple[L, tuple[int, ...]], ...] = field(default_factory=tuple)
