"""The demo office's staff: an akimat apparatus of about 60 servants in 8 units.

Names and ИИН are fixed by a seeded random generator; dates of the awkward cases are relative to
`today`, so they stay in the previous (finished) quarter: one dismissed mid-quarter (001 §6), one
seconded in (001 §3), one on long sick leave (fewer than 15 days worked, 001 §5), one appointed two
weeks before the quarter ends (less than a month in the position, 001 §5), one acting for an absent
unit head (001 §3).
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from desktop_app.demo.staff_names import (
    FATHERS,
    FEMALE_NAMES,
    MALE_NAMES,
    RUSSIAN_PEOPLE,
    SURNAMES,
    feminine,
    latin,
    patronymic,
)
from desktop_app.domain import quarters
from desktop_app.domain.iin import make_iin
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.staff import (
    Absence,
    AbsenceKind,
    Appointment,
    AppointmentKind,
    Employee,
    Organisation,
    OrgKind,
    Position,
    Unit,
)
from desktop_app.services.container import Services
from desktop_app.services.staff import StaffService

SEED = 2025

UNITS = [  # (kk, ru, number of chief specialists E-R-4, number of leading specialists E-R-5)
    ("Басшылық", "Руководство аппарата", 0, 0),
    ("Ұйымдастыру-бақылау жұмысы бөлімі", "Отдел организационно-контрольной работы", 4, 3),
    ("Персоналды басқару бөлімі", "Отдел управления персоналом", 3, 3),   # not "қызметі бөлімі" (a service's department)
    ("Қаржы-шаруашылық бөлімі", "Финансово-хозяйственный отдел", 4, 3),
    ("Заң бөлімі", "Юридический отдел", 4, 3),
    ("Ішкі саясат бөлімі", "Отдел внутренней политики", 4, 3),
    ("Құжаттамалық қамтамасыз ету бөлімі", "Отдел документационного обеспечения", 4, 3),
    ("Цифрландыру және мемлекеттік қызметтер бөлімі", "Отдел цифровизации и государственных услуг", 4, 3),
]
MOBILE_CODES = ["701", "702", "705", "707", "747", "771", "775", "777", "778"]
STREETS = ["Абай көшесі", "Тәуелсіздік көшесі", "Достық көшесі", "Жеңіс көшесі", "Мектеп көшесі", "Астана көшесі"]


def previous_quarter(today: date) -> tuple[date, date]:
    """First and last day of the quarter before today's (where the demo's awkward cases fall)."""
    return quarter_bounds(*quarters.previous_quarter(today))


class _People:
    """Deterministic people: same names and ИИН on every run."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.used: set[str] = set()
        self.names: set[tuple[str, str]] = set()
        self.russians = list(RUSSIAN_PEOPLE)
        self.emails: set[str] = set()

    def _iin(self, male: bool) -> str:
        while True:
            born = date(self.rng.randint(1966, 2001), self.rng.randint(1, 12), self.rng.randint(1, 28))
            iin = make_iin(born, male, self.rng.randint(0, 9999))
            if iin and iin not in self.used:
                self.used.add(iin)
                return iin

    def person(self, index: int) -> Employee:
        male = self.rng.random() < 0.5
        if self.russians and index % 15 == 7:
            r_last, r_first, r_middle, male = self.russians.pop(0)
            names: dict[str, Any] = {"last_name": r_last, "first_name": r_first, "middle_name": r_middle}
            email_name = latin(r_first[0] + "." + r_last)
        else:
            while True:
                sur = feminine(self.rng.choice(SURNAMES), male)
                first = self.rng.choice(MALE_NAMES if male else FEMALE_NAMES)
                if (sur[0], first[0]) not in self.names:
                    self.names.add((sur[0], first[0]))
                    break
            pat = patronymic(self.rng.choice(FATHERS), male)
            names = {"last_name": sur[0], "first_name": first[0], "middle_name": pat[0]}
            for field, pair in (("last_name_ru", sur), ("first_name_ru", first), ("middle_name_ru", pat)):
                if pair[1] != pair[0]:  # Russian spelling only where it differs
                    names[field] = pair[1]
            email_name = latin(first[1][0] + "." + sur[1])
        phone = (f"+7 {self.rng.choice(MOBILE_CODES)} {self.rng.randint(100, 999)} {self.rng.randint(10, 99)} "
                 f"{self.rng.randint(10, 99)}")
        email, n = email_name, 1
        while email in self.emails:
            n += 1
            email = f"{email_name}{n}"
        self.emails.add(email)
        address = (f"111000, Қостанай облысы, Қарасу ауданы, Қарасу ауылы, {self.rng.choice(STREETS)}, "
                   f"{self.rng.randint(1, 80)}")
        return Employee(None, self._iin(male), phone=phone, email=f"{email}@karasu.gov.kz", address=address,
                        **names)

    def since(self) -> date:
        return date(self.rng.randint(2008, 2023), self.rng.randint(1, 12), self.rng.randint(1, 28))


def demo_staff(services: Services, today: date) -> str:
    s = services.staff
    s.save_organisation(Organisation(
        "Қостанай облысы Қарасу ауданы әкімінің аппараты", "Аппарат акима Карасуского района Костанайской области",
        OrgKind.AKIMAT, "Қарасу ауданы", "Қостанай облысы"))
    people = _People()
    positions: list[tuple[int, int]] = []  # (position id, unit index)
    head_of_apparatus = 0
    deputies: list[int] = []
    for ui, (kk, ru, chiefs, leading) in enumerate(UNITS):
        unit = s.save_unit(Unit(None, kk, ru, sort_order=ui + 1))
        if ui == 0:
            head_of_apparatus = s.save_position(Position(None, unit, "Әкім аппаратының басшысы",
                                                         "Руководитель аппарата акима", "E-R-1", True), head_of_unit=True)
            positions.append((head_of_apparatus, ui))
            for _ in range(2):
                d = s.save_position(Position(None, unit, "Әкім аппараты басшысының орынбасары",
                                             "Заместитель руководителя аппарата акима", "E-R-2", True,
                                             head_of_apparatus))
                deputies.append(d)
                positions.append((d, ui))
            continue
        head = s.save_position(Position(None, unit, "Бөлім басшысы", "Руководитель отдела", "E-R-3", True,
                                        deputies[ui % 2]), head_of_unit=True)
        positions.append((head, ui))
        for _ in range(chiefs):
            positions.append((s.save_position(Position(None, unit, "Бас маман", "Главный специалист", "E-R-4",
                                                       False, head)), ui))
        for _ in range(leading):
            positions.append((s.save_position(Position(None, unit, "Жетекші маман", "Ведущий специалист", "E-R-5",
                                                       False, head)), ui))

    q_start, q_end = previous_quarter(today)
    employees: list[int] = []
    for i, (pos, _ui) in enumerate(positions):
        e = people.person(i)
        emp = s.save_employee(e, Appointment(None, 0, pos, people.since()))
        employees.append(emp)
    hr = s.employee(employees[[ui for _p, ui in positions].index(2)])
    chief = s.employee(employees[0])
    s.save_organisation(Organisation(
        "Қостанай облысы Қарасу ауданы әкімінің аппараты", "Аппарат акима Карасуского района Костанайской области",
        OrgKind.AKIMAT, "Қарасу ауданы", "Қостанай облысы", chief.short_name("kk"), hr.short_name("kk"),
        chief.short_name("kk"), "Қарасу ауданы әкімі аппаратының басшысы",
        # 004 §1.6: the head of the apparatus signs приказы (бұйрық); papers are issued in the district centre
        "Руководитель аппарата акима Карасуского района", "order", "Қарасу ауылы", "село Карасу"))

    # Awkward cases, all in the previous quarter.
    dismissed_pos = positions[12][0]
    s.dismiss(employees[12], q_start + timedelta(days=45))  # 001 §6
    late = s.save_employee(people.person(101), Appointment(None, 0, dismissed_pos, q_end - timedelta(days=13),
                                                           order_ref="№ 48-ж"))  # 001 §5: under one month
    sick = employees[20]
    s.save_absence(Absence(None, sick, AbsenceKind.SICK, q_start + timedelta(days=6), q_end - timedelta(days=5),
                           "еңбекке жарамсыздық парағы / лист нетрудоспособности"))
    seconded_pos = s.save_position(Position(None, _unit_of(s, positions[25][0]), "Бас маман",
                                            "Главный специалист", "E-R-4", False, positions[25][0]))
    seconded = s.save_employee(people.person(102), Appointment(
        None, 0, seconded_pos, q_start + timedelta(days=10), q_end + timedelta(days=120), AppointmentKind.SECONDED_IN,
        "Қостанай облысы әкімдігінен / из акимата Костанайской области"))
    # A unit head on leave; a chief specialist of the unit acts for them (001 §3).
    head_idx = next(i for i, (_p, ui) in enumerate(positions) if ui == 4)
    leave_from, leave_to = q_start + timedelta(days=20), q_start + timedelta(days=40)
    s.save_absence(Absence(None, employees[head_idx], AbsenceKind.LEAVE, leave_from, leave_to,
                           "жыл сайынғы еңбек демалысы / ежегодный трудовой отпуск"))
    s.save_appointment(Appointment(None, employees[head_idx + 1], positions[head_idx][0], leave_from, leave_to,
                                   AppointmentKind.ACTING, "№ 31-ж"))
    s.save_absence(Absence(None, employees[30], AbsenceKind.TRAINING, q_start + timedelta(days=50),
                           q_start + timedelta(days=54), "біліктілікті арттыру курсы / курсы повышения квалификации"))
    total = len(employees) + 2
    del late, seconded
    return (f"staff: {total} employees ({total - 1} current) in {len(UNITS)} units, {len(positions) + 1} positions; "
            f"previous quarter {q_start:%d.%m.%Y}–{q_end:%d.%m.%Y}")


def _unit_of(s: StaffService, position_id: int) -> int:
    pos = next(p for p in s.positions() if p.id == position_id)
    return pos.unit_id
