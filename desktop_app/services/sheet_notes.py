"""What an evaluation sheet adds to the bare scores so a signer can check it:
the calculation of each bonus / penalty line, and the calibration that changed a score (001 §22)."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import PointRule
from desktop_app.domain.wording import kk_date_of
from desktop_app.reports.evaluation_data import CalibrationNote
from desktop_app.reports.labels import L

if TYPE_CHECKING:
    from desktop_app.services.container import Services

CAP = L("{cap} балдан аспайды", "не более {cap}")


def calculation(rule: PointRule | None, quantity: Decimal | float | None, points: Decimal) -> L | str:
    """"2 × 3 × 2 = 12", "3 × 5 = 15 → 10 (не более 10)", "12: 11–15 → 3" — count × points per fact ×
    multiplier, then the quarter's cap (002 §17, §21: how the scale counts)."""
    if rule is None:
        return ""
    qty = Decimal(str(quantity)) if quantity is not None else Decimal(1)
    total = abs(Decimal(str(points)))
    if rule.kind == "tiers":
        tier = next((t for t in rule.tiers if qty >= t.lower and (t.upper is None or qty <= t.upper)), None)
        if tier is None:
            return f"{plain(qty)} → 0"
        span = f"{plain(tier.lower)}–{plain(tier.upper)}" if tier.upper is not None else f"≥ {plain(tier.lower)}"
        text = f"{plain(qty)}: {span} → {plain(tier.points)}"
        if tier.multiplier != 1:
            text += f" × {plain(tier.multiplier)}"
        base = tier.points * tier.multiplier
    else:
        per = rule.points if rule.kind == "fixed" else (total / qty if qty else Decimal(0))
        base = qty * per
        text = f"{plain(qty)} × {plain(per)}"
    if base and total > base:
        text += f" × {plain((total / base).normalize())}"
        base = total
    text += f" = {plain(base)}"
    if total < base:
        cap = plain(rule.cap) if rule.cap is not None else plain(total)
        return L(f"{text} → {plain(total)} ({CAP.kk.format(cap=cap)})", f"{text} → {plain(total)} "
                                                                     f"({CAP.ru.format(cap=cap)})")
    return text


MARK = L("калибрлеу сессиясының {date} № {number} хаттамасымен өзгертілді: {old} → {new}",
         "изменена протоколом калибровочной сессии № {number} от {date}: {old} → {new}")
MARK_Q = L("{q}-тоқсан бағасы калибрлеу сессиясының {date} № {number} хаттамасымен өзгертілді: {old} → {new}",
           "оценка за {q} квартал изменена протоколом калибровочной сессии № {number} от {date}: {old} → {new}")


def calibrated_mark(c: CalibrationNote, adopted: Decimal | float | None, note: L, quarter: int | None = None) -> L:
    """The summary's note on a score a calibration protocol changed (001 §22), before any other note."""
    def score(x: Decimal | float | None) -> str:
        return "—" if x is None else f"{Decimal(str(x)):.2f}".replace(".", ",")

    kk_day = kk_date_of(c.protocol_date) if c.protocol_date else "—"
    ru_day = c.protocol_date.strftime("%d.%m.%Y") if c.protocol_date else "—"
    args = {"number": c.protocol_number or "—", "old": score(c.original), "new": score(adopted), "q": quarter}
    label = MARK_Q if quarter else MARK
    kk, ru = label.kk.format(date=kk_day, **args), label.ru.format(date=ru_day, **args)
    return L("; ".join(x for x in (kk, note.kk) if x), "; ".join(x for x in (ru, note.ru) if x))


def calibration_notes(services: Services) -> dict[int, CalibrationNote]:
    """evaluation id -> the session that changed its score: the original, the protocol, the feedback day."""
    out: dict[int, CalibrationNote] = {}
    for s in services.calibration.sessions():
        for c in s.cases:
            ev_id = c.appeal.evaluation_id
            meeting = services.calibration.feedback(c.appeal.id) if c.appeal.id else None
            out[ev_id] = CalibrationNote(c.original_score, s.number, s.held_on,
                                         meeting.held_on if meeting else None)
    return out
