"""The annual result: the mean of the year's quarterly scores and its grade (001 §4, §7), and the
warning of the Law on civil service, Art. 33 p. 6 (two unsatisfactory annual results in a row)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.methodology.model import GradeBand, Methodology
from desktop_app.domain.methodology.rounding import mean_score


@dataclass(frozen=True)
class AnnualResult:
    employee_id: int
    year: int
    quarter_scores: dict[int, Decimal]       # quarter (1..4) → final score; quarters not evaluated absent
    mean: Decimal | None
    grade: GradeBand | None
    previous_unsatisfactory: bool = False    # last year's annual result was unsatisfactory too

    @property
    def unsatisfactory(self) -> bool:
        return self.grade is not None and self.grade.is_unsatisfactory

    @property
    def two_years_warning(self) -> bool:
        """Art. 33 p. 6: a second unsatisfactory annual result in consecutive years."""
        return self.unsatisfactory and self.previous_unsatisfactory


def annual_result(methodology: Methodology, employee_id: int, year: int,
                  quarter_scores: Mapping[int, Decimal], previous: AnnualResult | None = None) -> AnnualResult:
    """The arithmetic mean of the quarters that have a score, rounded once (001 §4; rounding.py)."""
    scores = {q: s for q, s in sorted(quarter_scores.items()) if s is not None}
    mean = mean_score(scores.values(), methodology.rounding_places)
    grade = methodology.grade_for(mean) if mean is not None and methodology.bands else None
    return AnnualResult(employee_id, year, scores, mean, grade,
                        previous_unsatisfactory=previous is not None and previous.unsatisfactory)


def annual_results(methodologies: Mapping[int, Methodology], scores: Mapping[int, Mapping[int, Mapping[int, Decimal]]],
                   year: int) -> dict[int, AnnualResult]:
    """Results of `year` for every employee. `scores[year][employee][quarter]`; `methodologies[year]`
    grades each year with the methodology in force for it (the last quarter's)."""
    prev_year = {}
    if year - 1 in scores and year - 1 in methodologies:
        prev_year = {e: annual_result(methodologies[year - 1], e, year - 1, q)
                     for e, q in scores[year - 1].items()}
    out = {}
    for emp, qs in scores.get(year, {}).items():
        out[emp] = annual_result(methodologies[year], emp, year, qs, prev_year.get(emp))
    return out
