"""Rows of appeals, calibration sessions, their members, motions, votes and feedback meetings."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop_app.domain.calibration import (
    Appeal,
    ArgumentForm,
    CalibrationSession,
    Case,
    Member,
    Motion,
    Person,
    Role,
    SessionStatus,
)
from desktop_app.domain.i18n import Spelled
from desktop_app.domain.records import FeedbackMeeting
from desktop_app.storage.database import Store
from desktop_app.storage.rows import date_or_none, iso_or_none


@dataclass(frozen=True)
class EvaluationFacts:
    """What an appeal needs to know about the evaluation it disputes."""

    evaluation_id: int
    employee_id: int
    evaluator_id: int | None
    year: int
    quarter: int
    score: float | None
    original_score: float | None
    received_on: date | None
    status: str
    quarter_id: int = 0


_A_COLS = ("a.id, a.evaluation_id, e.employee_id, e.evaluator_employee_id, a.received_on, a.filed_on, a.text, "
           "a.scan_path, a.original_score, a.late_accepted, a.decided_on, a.session_id, a.final_score")


class CalibrationRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- people ---------------------------------------------------------------------------------
    def people(self, day: date) -> dict[int, Person]:
        """Employees in a position on `day`, with unit, position title, HR and evaluator flags."""
        hr = {r[0] for r in self.db.execute("SELECT employee_id FROM calibration_hr_officers")}
        evaluators = {r[0] for r in self.db.execute(
            "SELECT DISTINCT evaluator_employee_id FROM evaluations WHERE evaluator_employee_id IS NOT NULL")}
        rows = self.db.execute(
            "SELECT e.id, e.last_name, e.first_name, e.middle_name, p.unit_id, p.title_kk, u.name_kk, u.name_ru, "
            "e.last_name_ru, e.first_name_ru, e.middle_name_ru, p.title_ru "
            "FROM employees e JOIN appointments a ON a.employee_id = e.id AND a.date_from <= ? "
            "AND (a.date_to IS NULL OR a.date_to >= ?) JOIN positions p ON p.id = a.position_id "
            "JOIN units u ON u.id = p.unit_id WHERE e.dismissal_date IS NULL OR e.dismissal_date >= ? "
            "ORDER BY e.last_name, e.first_name", [day.isoformat()] * 3).fetchall()
        out: dict[int, Person] = {}
        for emp, last, first, middle, unit, title, unit_kk, unit_ru, last_ru, first_ru, middle_ru, title_ru in rows:
            hr_unit = any(w in f"{unit_kk} {unit_ru}".lower() for w in ("персонал", "кадр"))
            name_ru = " ".join(x for x in (last_ru or last, first_ru or first, middle_ru or middle) if x)
            # "Бас маман (Қаржы бөлімі)": the title alone does not say which unit the member comes from.
            out[emp] = Person(emp, " ".join(x for x in (last, first, middle) if x), unit, f"{title} ({unit_kk})",
                              is_hr=emp in hr or hr_unit, is_evaluator=emp in evaluators, name_ru=name_ru,
                              position_ru=f"{title_ru} ({unit_ru})")
        return out

    def name_of(self, employee_id: int | None) -> str:
        return self.spelled_name(employee_id).kk

    def spelled_name(self, employee_id: int | None) -> Spelled:
        """The full name in the Kazakh and the Russian spelling (a Russian part missing: the Kazakh one)."""
        if employee_id is None:
            return Spelled("")
        row = self.db.execute("SELECT last_name, first_name, middle_name, last_name_ru, first_name_ru, "
                              "middle_name_ru FROM employees WHERE id = ?", [employee_id]).fetchone()
        if not row:
            return Spelled("")
        kk = " ".join(x for x in row[:3] if x)
        ru = " ".join(x for x in (row[3] or row[0], row[4] or row[1], row[5] or row[2]) if x)
        return Spelled(kk, ru)

    def set_hr_officer(self, employee_id: int, is_hr: bool) -> None:
        if is_hr:
            self.db.execute("INSERT OR IGNORE INTO calibration_hr_officers (employee_id) VALUES (?)", [employee_id])
        else:
            self.db.execute("DELETE FROM calibration_hr_officers WHERE employee_id = ?", [employee_id])

    # -- evaluations ----------------------------------------------------------------------------
    def evaluation(self, evaluation_id: int) -> EvaluationFacts | None:
        r = self.db.execute(
            "SELECT e.id, e.employee_id, e.evaluator_employee_id, q.year, q.quarter, e.score, e.original_score, "
            "e.received_on, e.status, e.quarter_id FROM evaluations e JOIN quarters q ON q.id = e.quarter_id WHERE e.id = ?",
            [evaluation_id]).fetchone()
        return EvaluationFacts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], date_or_none(r[7]), r[8], r[9]) if r else None

    def appealable(self) -> list[tuple[EvaluationFacts, Spelled]]:
        """Evaluations whose result the evaluee has received (001 §10), newest first, with the name."""
        rows = self.db.execute(
            "SELECT e.id FROM evaluations e JOIN quarters q ON q.id = e.quarter_id "
            "WHERE e.received_on IS NOT NULL AND e.score IS NOT NULL AND q.status != 'final' "  # closed: no new appeal
            "ORDER BY e.received_on DESC, q.year DESC, q.quarter DESC, e.id").fetchall()
        out = []
        for (eid,) in rows:
            facts = self.evaluation(eid)
            if facts is not None:
                out.append((facts, self.spelled_name(facts.employee_id)))
        return out

    # -- appeals --------------------------------------------------------------------------------
    def _appeal(self, r: Any) -> Appeal:
        appellant, evaluator = self.spelled_name(r[2]), self.spelled_name(r[3])
        return Appeal(r[0], r[1], r[2], r[3] or 0, date.fromisoformat(r[4]), date.fromisoformat(r[5]), r[6], r[7],
                      r[8], None if r[9] is None else bool(r[9]), date_or_none(r[10]), r[11], r[12],
                      appellant_name=appellant.kk, evaluator_name=evaluator.kk,
                      appellant_name_ru=appellant.ru, evaluator_name_ru=evaluator.ru)

    def appeals(self, session_id: int | None = None) -> list[Appeal]:
        where, args = ("WHERE a.session_id = ?", [session_id]) if session_id is not None else ("", [])
        rows = self.db.execute(f"SELECT {_A_COLS} FROM appeals a JOIN evaluations e ON e.id = a.evaluation_id "
                               f"{where} ORDER BY a.filed_on DESC, a.id DESC", args).fetchall()
        return [self._appeal(r) for r in rows]

    def appeal(self, appeal_id: int) -> Appeal | None:
        r = self.db.execute(f"SELECT {_A_COLS} FROM appeals a JOIN evaluations e ON e.id = a.evaluation_id "
                            "WHERE a.id = ?", [appeal_id]).fetchone()
        return self._appeal(r) if r else None

    def insert_appeal(self, a: Appeal) -> int:
        cur = self.db.execute(
            "INSERT INTO appeals (evaluation_id, received_on, filed_on, text, scan_path, original_score, "
            "late_accepted) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [a.evaluation_id, a.result_received_on.isoformat(), a.filed_on.isoformat(), a.text, a.scan_path,
             a.original_score, None if a.late_accepted is None else int(a.late_accepted)])
        return int(cur.lastrowid or 0)

    def update_appeal(self, appeal_id: int, **fields: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        values = [iso_or_none(v) if isinstance(v, date) else v for v in fields.values()]
        self.db.execute(f"UPDATE appeals SET {cols} WHERE id = ?", [*values, appeal_id])

    def delete_appeal(self, appeal_id: int) -> None:
        self.db.execute("DELETE FROM appeals WHERE id = ?", [appeal_id])

    def case_texts(self, appeal_id: int) -> tuple[str, str, str, str, str]:
        """Arguments (kk), the appellant's form, the arguments in Russian."""
        r = self.db.execute("SELECT evaluator_argument, appellant_argument, appellant_form, evaluator_argument_ru, "
                            "appellant_argument_ru FROM appeals WHERE id = ?", [appeal_id]).fetchone()
        return (r[0], r[1], r[2], r[3], r[4]) if r else ("", "", "written", "", "")

    # -- sessions -------------------------------------------------------------------------------
    def next_number(self, year: int) -> int:
        r = self.db.execute("SELECT MAX(register_seq) FROM calibration_sessions WHERE register_year = ?",
                            [year]).fetchone()
        return int(r[0] or 0) + 1

    def insert_session(self, year: int, seq: int, held_on: date | None, place: str) -> int:
        cur = self.db.execute("INSERT INTO calibration_sessions (register_year, register_seq, held_on, place) "
                              "VALUES (?, ?, ?, ?)", [year, seq, iso_or_none(held_on), place])
        return int(cur.lastrowid or 0)

    def update_session(self, session_id: int, **fields: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        values = [iso_or_none(v) if isinstance(v, date) else v for v in fields.values()]
        self.db.execute(f"UPDATE calibration_sessions SET {cols} WHERE id = ?", [*values, session_id])

    def session_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM calibration_sessions ORDER BY register_year DESC, register_seq DESC")]

    def session(self, session_id: int, people: dict[int, Person]) -> CalibrationSession | None:
        r = self.db.execute(
            "SELECT id, register_year, register_seq, held_on, place, status, order_number, order_date, signed_on, "
            "posted_on, place_ru FROM calibration_sessions WHERE id = ?", [session_id]).fetchone()
        if r is None:
            return None
        members = []
        for emp, role, present, is_hr in self.db.execute(
                "SELECT employee_id, role, present, is_hr FROM calibration_members WHERE session_id = ? "
                "ORDER BY sort_order", [session_id]):
            name = self.spelled_name(emp)
            p = people.get(emp) or Person(emp, name.kk, name_ru=name.ru)
            p = replace(p, is_hr=bool(is_hr) or p.is_hr)
            members.append(Member(p, Role(role), bool(present)))
        cases = tuple(self._case(a) for a in self.appeals(session_id))
        return CalibrationSession(r[0], str(r[2]), date_or_none(r[3]), r[4], tuple(members), cases, SessionStatus(r[5]),
                                  r[6], date_or_none(r[7]), date_or_none(r[8]), date_or_none(r[9]), r[10])

    def register_year(self, session_id: int) -> int:
        r = self.db.execute("SELECT register_year FROM calibration_sessions WHERE id = ?", [session_id]).fetchone()
        return int(r[0]) if r else 0

    def _case(self, a: Appeal) -> Case:
        assert a.id is not None
        ev_arg, ap_arg, form, ev_ru, ap_ru = self.case_texts(a.id)
        motions = tuple(Motion(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT new_score, proposed_by, reasoning, reasoning_ru FROM calibration_motions WHERE appeal_id = ? "
            "ORDER BY position", [a.id]))
        votes = {r[0]: r[1] for r in self.db.execute(
            "SELECT employee_id, motion_position FROM calibration_votes WHERE appeal_id = ?", [a.id])}
        return Case(a, a.original_score or 0.0, ev_arg, ap_arg, ArgumentForm(form), motions, votes, ev_ru, ap_ru)

    def replace_members(self, session_id: int, members: list[Member]) -> None:
        self.db.execute("DELETE FROM calibration_members WHERE session_id = ?", [session_id])
        self.db.conn.executemany(
            "INSERT INTO calibration_members (session_id, employee_id, role, present, is_hr, sort_order) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(session_id, m.employee_id, m.role.value, int(m.present), int(m.person.is_hr), i)
             for i, m in enumerate(members)])

    def replace_motions(self, appeal_id: int, motions: list[Motion]) -> None:
        self.db.execute("DELETE FROM calibration_motions WHERE appeal_id = ?", [appeal_id])
        self.db.conn.executemany(
            "INSERT INTO calibration_motions (appeal_id, position, new_score, proposed_by, reasoning, reasoning_ru) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(appeal_id, i, m.new_score, m.proposed_by, m.reasoning, m.reasoning_ru) for i, m in enumerate(motions)])

    def replace_votes(self, appeal_id: int, votes: dict[int, int]) -> None:
        self.db.execute("DELETE FROM calibration_votes WHERE appeal_id = ?", [appeal_id])
        self.db.conn.executemany(
            "INSERT INTO calibration_votes (appeal_id, employee_id, motion_position) VALUES (?, ?, ?)",
            [(appeal_id, e, m) for e, m in votes.items()])

    # -- feedback -------------------------------------------------------------------------------
    def feedback(self, appeal_id: int) -> FeedbackMeeting | None:
        r = self.db.execute("SELECT appeal_id, held_on, achievements, skills, potential, achievements_ru, skills_ru, "
                            "potential_ru FROM feedback_meetings WHERE appeal_id = ?", [appeal_id]).fetchone()
        return FeedbackMeeting(r[0], date.fromisoformat(r[1]), *r[2:8]) if r else None

    def save_feedback(self, f: FeedbackMeeting) -> None:
        self.db.execute(
            "INSERT INTO feedback_meetings (appeal_id, held_on, achievements, skills, potential, achievements_ru, "
            "skills_ru, potential_ru) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(appeal_id) DO UPDATE SET held_on = excluded.held_on, achievements = excluded.achievements,"
            " skills = excluded.skills, potential = excluded.potential, achievements_ru = excluded.achievements_ru,"
            " skills_ru = excluded.skills_ru, potential_ru = excluded.potential_ru",
            [f.appeal_id, f.held_on.isoformat(), f.achievements, f.skills, f.potential, f.achievements_ru,
             f.skills_ru, f.potential_ru])

    # -- organisation ---------------------------------------------------------------------------
    def organisation(self) -> tuple[str, str, str, str]:
        r = self.db.execute("SELECT name_kk, name_ru, appointing_official_name, appointing_official_title "
                            "FROM organisation WHERE id = 1").fetchone()
        return (r[0], r[1], r[2], r[3]) if r else ("", "", "", "")

    def organisation_card(self) -> dict[str, str]:
        """What the calibration papers print about the office and its appointing official."""
        cols = ("name_kk", "name_ru", "appointing_official_name", "appointing_official_title",
                "appointing_official_title_ru", "order_act", "issue_place_kk", "issue_place_ru", "hr_head_name")
        r = self.db.execute(f"SELECT {', '.join(cols)} FROM organisation WHERE id = 1").fetchone()
        return dict(zip(cols, r, strict=True)) if r else dict.fromkeys(cols, "")

    def iins(self) -> dict[int, str]:
        """ИИН of every employee: the papers take the sex for Russian grammar from it."""
        return {r[0]: r[1] for r in self.db.execute("SELECT id, iin FROM employees")}
