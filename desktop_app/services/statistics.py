"""Counts of grades (001 §7) per structural unit, for a quarter or a year: the data of the Statistics page.

Read through the quarter and evaluation services; nothing is written. Grade bands are listed best first.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.methodology.model import GradeBand, Methodology
from desktop_app.reports.evaluation_data import GradeDistribution
from desktop_app.reports.labels import L

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def _bands(m: Methodology | None) -> list[GradeBand]:
    return list(reversed(m.sorted_bands())) if m is not None and m.bands else []


def _distribution(bands: list[GradeBand], graded: Iterable[tuple[tuple[str, str], GradeBand | None]]
                  ) -> GradeDistribution:
    per_unit: dict[tuple[str, str], Counter[GradeBand]] = {}
    for unit, grade in graded:
        counter = per_unit.setdefault(unit, Counter())
        if grade is not None:
            counter[grade] += 1
            if grade not in bands:      # a band of another methodology version: shown after the others
                bands.append(grade)
    units = tuple((L(kk, ru), tuple(per_unit[(kk, ru)][b] for b in bands))
                  for kk, ru in sorted(per_unit, key=lambda u: (u[1], u[0])))
    return GradeDistribution(tuple(L(b.name_kk, b.name_ru) for b in bands), units)


def quarter_distribution(services: Services, year: int, quarter: int) -> GradeDistribution | None:
    """Grades of the quarter's evaluations per unit; None when the quarter is not opened."""
    q = services.quarter.find(year, quarter)
    if q is None:
        return None
    bands = _bands(services.quarter.methodology(q))
    rows = services.evaluation.grid(q.id)
    return _distribution(bands, (((r.unit_kk, r.unit_ru), r.grade) for r in rows))


def year_distribution(services: Services, year: int) -> GradeDistribution:
    """Annual grades (mean of the quarters, 001 §4) per unit."""
    bands = _bands(services.methodology.version_in_force(date(year, 12, 31)))
    lines = services.evaluation.annual(year)
    return _distribution(bands, (((a.unit_kk, a.unit_ru), a.result.grade) for a in lines))
