"""Staff facts the evaluation rules need (DOMAIN.md "Staff facts"; seed 001 §2–§3, §5–§6)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.i18n import Spelled


class OrgKind(StrEnum):
    AKIMAT = "akimat"          # аппарат акима / әкім аппараты
    MASLIKHAT = "maslikhat"    # аппарат маслихата / мәслихат аппараты
    OTHER = "other"


class AppointmentKind(StrEnum):
    APPOINTED = "appointed"    # назначен / тағайындалды
    ACTING = "acting"          # исполняющий обязанности / міндетін атқарушы (001 §3)
    SECONDED_IN = "seconded"   # прикомандирован / іссапарға жіберілген (001 §3: evaluated by the receiving body)


class AbsenceKind(StrEnum):
    LEAVE = "leave"            # отпуск / демалыс
    SICK = "sick"              # больничный / еңбекке жарамсыздық
    TRAINING = "training"      # обучение / оқу
    OTHER = "other"


#: The acts an appointing official may sign on a calibration session (001 §19). 004 §1.6: the head of an
#: apparatus issues приказы (бұйрық); an akim решения and распоряжения (шешім, өкім).
ORDER_ACTS = ("order", "instruction", "decision")


@dataclass(frozen=True)
class Organisation:
    name_kk: str = ""
    name_ru: str = ""
    kind: OrgKind = OrgKind.AKIMAT
    district: str = ""
    region: str = ""
    head_name: str = ""
    hr_head_name: str = ""
    appointing_official_name: str = ""
    appointing_official_title: str = ""
    appointing_official_title_ru: str = ""
    order_act: str = "order"        # the act its appointing official signs: "order" | "instruction" | "decision"
    issue_place_kk: str = ""        # where the office's papers are issued ("Қарасу ауылы")
    issue_place_ru: str = ""


@dataclass(frozen=True)
class Unit:
    """A structural unit (отдел / бөлім). `head_position_id` names the position that heads it."""

    id: int | None
    name_kk: str
    name_ru: str
    head_position_id: int | None = None
    sort_order: int = 0


@dataclass(frozen=True)
class Position:
    """A staff position. `category` is from the editable list (E-R-1 …); leadership per 001 §2.1."""

    id: int | None
    unit_id: int
    title_kk: str
    title_ru: str
    category: str
    is_leadership: bool = False
    supervisor_position_id: int | None = None


@dataclass(frozen=True)
class Employee:
    id: int | None
    iin: str
    last_name: str
    first_name: str
    middle_name: str = ""
    # Russian spelling where it differs from the Kazakh one (empty = same).
    last_name_ru: str = ""
    first_name_ru: str = ""
    middle_name_ru: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    dismissal_date: date | None = None

    @property
    def spelled_name(self) -> Spelled:
        """The full name in both spellings; a message renders the one of its language."""
        return Spelled(self.full_name("kk"), self.full_name("ru"))

    def matches(self, needle: str) -> bool:
        """A search typed in either spelling finds the person ("Жұмабаева" from the Russian screen)."""
        return self.spelled_name.matches(needle)

    def full_name(self, lang: str = "kk") -> str:
        if lang == "ru":
            parts = (self.last_name_ru or self.last_name, self.first_name_ru or self.first_name,
                     self.middle_name_ru or self.middle_name)
        else:
            parts = (self.last_name, self.first_name, self.middle_name)
        return " ".join(p for p in parts if p)

    def short_name(self, lang: str = "kk") -> str:
        """"Сейітов А.Б." — the form used on signature lines."""
        last = (self.last_name_ru or self.last_name) if lang == "ru" else self.last_name
        first = (self.first_name_ru or self.first_name) if lang == "ru" else self.first_name
        middle = (self.middle_name_ru or self.middle_name) if lang == "ru" else self.middle_name
        initials = "".join(f"{p[0]}." for p in (first, middle) if p)
        return f"{last} {initials}".strip()


@dataclass(frozen=True)
class Appointment:
    id: int | None
    employee_id: int
    position_id: int
    date_from: date
    date_to: date | None = None
    kind: AppointmentKind = AppointmentKind.APPOINTED
    order_ref: str = ""

    def covers(self, day: date) -> bool:
        return self.date_from <= day and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class Absence:
    id: int | None
    employee_id: int
    kind: AbsenceKind
    date_from: date
    date_to: date
    note: str = ""


@dataclass(frozen=True)
class StaffSnapshot:
    """Everything about the staff that a rule needs, loaded once (e.g. to build a quarter's roster)."""

    units: dict[int, Unit] = field(default_factory=dict)
    positions: dict[int, Position] = field(default_factory=dict)
    employees: dict[int, Employee] = field(default_factory=dict)
    appointments: list[Appointment] = field(default_factory=list)
    absences: list[Absence] = field(default_factory=list)
