"""Generated offices of any size (benchmarks, load tests): units of about 50 people, valid unique ИИН."""
from __future__ import annotations

import random
from datetime import date

from desktop_app.demo.staff_names import FATHERS, FEMALE_NAMES, MALE_NAMES, SURNAMES, feminine, patronymic
from desktop_app.domain.iin import make_iin
from desktop_app.domain.staff import Appointment, Employee, Position, Unit
from desktop_app.domain.staff_validation import employee_search_key
from desktop_app.services.container import Services
from desktop_app.storage.staff_repository import StaffRepository
from desktop_app.storage.structure_repository import StructureRepository

UNIT_SIZE = 50


def _people(n: int, rng: random.Random, taken: set[str]) -> list[Employee]:
    out: list[Employee] = []
    while len(out) < n:
        male = rng.random() < 0.5
        born = date(rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))
        iin = make_iin(born, male, rng.randint(0, 9999))
        if iin is None or iin in taken:
            continue
        taken.add(iin)
        sur = feminine(rng.choice(SURNAMES), male)
        first = rng.choice(MALE_NAMES if male else FEMALE_NAMES)
        pat = patronymic(rng.choice(FATHERS), male)
        out.append(Employee(None, iin, sur[0], first[0], pat[0],
                            sur[1] if sur[1] != sur[0] else "", first[1] if first[1] != first[0] else "",
                            pat[1] if pat[1] != pat[0] else "",
                            phone=f"+7 701 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"))
    return out


def generate_staff(services: Services, n: int, seed: int = 7) -> None:
    """Add `n` employees, each appointed to their own position; the caller holds the transaction."""
    rng = random.Random(seed)
    structure = StructureRepository(services.store)
    people = StaffRepository(services.store)
    taken = {e.iin for e in people.employees()}
    employees = _people(n, rng, taken)
    position_ids: list[int] = []
    first_unit = len(structure.units()) + 1
    for u in range((n + UNIT_SIZE - 1) // UNIT_SIZE):
        size = min(UNIT_SIZE, n - u * UNIT_SIZE)
        unit_id = structure.insert_unit(Unit(None, f"{first_unit + u}-бөлім", f"Отдел № {first_unit + u}",
                                             sort_order=first_unit + u))
        head = structure.insert_position(Position(None, unit_id, "Бөлім басшысы", "Руководитель отдела", "E-R-3",
                                                  True))
        structure.update_unit(Unit(unit_id, f"{first_unit + u}-бөлім", f"Отдел № {first_unit + u}", head,
                                   first_unit + u))
        position_ids.append(head)
        for i in range(size - 1):
            chief = i % 3 != 2
            position_ids.append(structure.insert_position(Position(
                None, unit_id, "Бас маман" if chief else "Жетекші маман",
                "Главный специалист" if chief else "Ведущий специалист", "E-R-4" if chief else "E-R-5", False, head)))
    people.insert_employees((e, employee_search_key(e)) for e in employees)
    ids = {e.iin: e.id for e in people.employees() if e.id is not None}
    people.insert_appointments(
        Appointment(None, ids[e.iin], pos, date(rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28)))
        for e, pos in zip(employees, position_ids, strict=True))
