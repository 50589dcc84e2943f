"""Builds the calibration papers' data from the database and renders them (protocol, order, memo)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.domain.calibration import CalibrationSession, Case, Person, eligible_voters, tally
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.people import is_male
from desktop_app.reports.calibration_data import (
    FeedbackMemoData,
    Named,
    OrderData,
    ProtocolCase,
    ProtocolData,
    ProtocolMember,
    ProtocolMotion,
    missing_russian,
    period_label,
    ru_spelling,
)
from desktop_app.reports.calibration_order import render_order_docx, render_order_pdf
from desktop_app.reports.feedback_memo import render_memo_docx, render_memo_pdf
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.protocol_docx import render_protocol_docx
from desktop_app.reports.protocol_pdf import render_protocol_pdf
from desktop_app.services.calibration import CalibrationService

# (evaluation_id, score) -> grade wording (kk, ru), when the methodology is known.
GradeOf = Callable[[int, float], L | None]


class CalibrationPapers:
    """The printable papers of calibration: numbers from the register, names of the members."""

    def __init__(self, calibration: CalibrationService, grade_of: GradeOf | None = None) -> None:
        self.cal = calibration
        self.grade_of = grade_of or calibration.grade
        self._iins: dict[int, str] | None = None

    def _named(self, p: Person) -> Named:
        """The person in both spellings; the sex (Russian grammar) from the ИИН, else the patronymic."""
        if self._iins is None:
            self._iins = self.cal.repo.iins()
        male = is_male(self._iins.get(p.employee_id), p.name_ru or p.name)
        # no Russian spelling typed: the Kazakh letters become the nearest Russian ones ("Әлиева" -> "Алиева")
        name_ru = ru_spelling(p.name_ru or p.name)
        return Named(p.name, name_ru, p.position, p.position_ru or p.position, male)

    def _org(self) -> L:
        kk, ru, _n, _t = self.cal.repo.organisation()
        return L(kk or ru or "—", ru or kk or "—")

    def _person(self, emp: int, s: CalibrationSession) -> Named:
        m = s.member(emp)
        if m is not None:
            return self._named(m.person)
        people = self.cal.repo.people(s.held_on or date.today())
        p = people.get(emp) or Person(emp, self.cal.repo.name_of(emp))
        return self._named(p)

    def _case(self, s: CalibrationSession, c: Case) -> ProtocolCase:
        result = tally(s, c)
        ev = self.cal.repo.evaluation(c.appeal.evaluation_id)
        period = period_label(ev.year, ev.quarter) if ev else L("", "")
        motions = tuple(ProtocolMotion(m.new_score, result.counts[i],
                                       self._person(m.proposed_by, s) if m.proposed_by else None, m.reasoning,
                                       m.reasoning_ru)
                        for i, m in enumerate(c.motions))
        final = None if result.adopted is None else c.motions[result.adopted].score(c.original_score)
        grade = self.grade_of(c.appeal.evaluation_id, final) if final is not None else None
        feedback_due = None
        if s.held_on is not None:
            feedback_due = self.cal.calendar.calendar().add_working_days(s.held_on, 5)
        ballots = tuple((self._named(m.person), c.votes.get(m.employee_id))
                        for m in eligible_voters(s, c) if m.present)
        return ProtocolCase(self._person(c.appeal.appellant_id, s), self._person(c.appeal.evaluator_id, s), period,
                            c.original_score, c.appeal.filed_on, c.evaluator_argument, c.appellant_argument,
                            c.appellant_form.value == "oral", motions, result.adopted, result.eligible, final, grade,
                            feedback_due, c.evaluator_argument_ru, c.appellant_argument_ru, ballots)

    def protocol_data(self, session_id: int) -> ProtocolData:
        s = self.cal.session(session_id)
        members = tuple(ProtocolMember(self._named(m.person), m.role.value, m.present) for m in s.members)
        hr = next((m for m in s.members if m.person.is_hr), None)
        post_due = (self.cal.calendar.calendar().add_working_days(s.signed_on, self.cal.windows.post_within)
                    if s.signed_on else None)
        cases = tuple(self._case(s, c) for c in s.cases)
        card = self.cal.repo.organisation_card()
        return ProtocolData(self._org(), s.number, s.held_on, s.place, members, cases,
                            self._named(hr.person) if hr else None, post_due, s.order_number, s.order_date,
                            s.place_ru, card["order_act"] or "order")

    def _official(self, card: dict[str, str], s: CalibrationSession) -> Named:
        """The appointing official from the organisation card; a member of the session with the same surname
        and initials lends the Russian spelling ("Есенова Б.Қ." → "Есенова Б.К.")."""
        name = card["appointing_official_name"] or "—"
        title_kk = card["appointing_official_title"]
        title_ru = card["appointing_official_title_ru"] or title_kk
        for m in s.members:
            named = self._named(m.person)
            if named.short("kk").replace(" ", "") == name.replace(" ", ""):
                return Named(named.name_kk, named.name_ru, title_kk, title_ru, named.male)
        return Named(name, ru_spelling(name), title_kk, title_ru, is_male(None, name))

    def order_data(self, session_id: int) -> OrderData:
        s = self.cal.session(session_id)
        card = self.cal.repo.organisation_card()
        appellants, filed = [], []
        for c in s.cases:
            ev = self.cal.repo.evaluation(c.appeal.evaluation_id)
            appellants.append((self._person(c.appeal.appellant_id, s),
                               period_label(ev.year, ev.quarter) if ev else L("", "")))
            filed.append(c.appeal.filed_on)
        hr = next((m for m in s.members if m.person.is_hr), None)
        return OrderData(self._org(), s.order_number or "___", s.order_date, card["issue_place_kk"],
                         self._official(card, s), s.held_on, s.place,
                         tuple(ProtocolMember(self._named(m.person), m.role.value, m.present) for m in s.members),
                         tuple(appellants), self._named(hr.person) if hr else None, card["order_act"] or "order",
                         card["issue_place_ru"], s.place_ru, tuple(filed))

    def memo_data(self, appeal_id: int) -> FeedbackMemoData:
        a = self.cal.repo.appeal(appeal_id)
        if a is None:
            raise NotFoundError(msg(N_("msg", "Appeal {id} does not exist."), id=appeal_id))
        f = self.cal.repo.feedback(appeal_id)
        if f is None:
            raise ValidationError(msg(N_("msg", "The feedback meeting has not been recorded yet.")))
        ev = self.cal.repo.evaluation(a.evaluation_id)
        people = self.cal.repo.people(f.held_on)

        def who(e: int) -> Named:
            return self._named(people.get(e) or Person(e, self.cal.repo.name_of(e)))
        number, session_date = "", None
        if a.session_id is not None:
            s = self.cal.session(a.session_id)
            number, session_date = s.number, s.signed_on or s.held_on
        return FeedbackMemoData(self._org(), who(a.appellant_id), who(a.evaluator_id),
                                period_label(ev.year, ev.quarter) if ev else L("", ""), f.held_on, a.final_score,
                                a.original_score, f.achievements, f.skills, f.potential, number,
                                achievements_ru=f.achievements_ru, skills_ru=f.skills_ru, potential_ru=f.potential_ru,
                                session_date=session_date)

    # -- rendered -------------------------------------------------------------------------------
    def protocol(self, session_id: int, lang: DocLang, fmt: str = "pdf") -> bytes:
        data = self.protocol_data(session_id)
        return render_protocol_docx(data, lang) if fmt == "docx" else render_protocol_pdf(data, lang)

    def order(self, session_id: int, lang: DocLang, fmt: str = "pdf") -> bytes:
        data = self.order_data(session_id)
        return render_order_docx(data, lang) if fmt == "docx" else render_order_pdf(data, lang)

    def memo(self, appeal_id: int, lang: DocLang, fmt: str = "pdf") -> bytes:
        data = self.memo_data(appeal_id)
        return render_memo_docx(data, lang) if fmt == "docx" else render_memo_pdf(data, lang)

    def kazakh_only(self, kind: str, ref: int) -> list[str]:
        """Free text the Russian copy of a paper would print in Kazakh (see calibration_data.missing_russian);
        kind is "protocol" or "order" (ref = session id) or "memo" (ref = appeal id)."""
        data = (self.protocol_data(ref) if kind == "protocol" else self.order_data(ref) if kind == "order"
                else self.memo_data(ref))
        return missing_russian(data)


