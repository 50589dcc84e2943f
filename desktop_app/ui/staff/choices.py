"""Texts for the staff enums and a position picker, in the interface language."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.staff import AbsenceKind, AppointmentKind, OrgKind, Position, Unit


def appointment_kind_text(kind: AppointmentKind) -> str:
    return {AppointmentKind.APPOINTED: QCoreApplication.translate("StaffChoices", "appointed"), AppointmentKind.ACTING: QCoreApplication.translate("StaffChoices", "acting"),
            AppointmentKind.SECONDED_IN: QCoreApplication.translate("StaffChoices", "seconded in")}[kind]


def absence_kind_text(kind: AbsenceKind) -> str:
    return {AbsenceKind.LEAVE: QCoreApplication.translate("StaffChoices", "leave"), AbsenceKind.SICK: QCoreApplication.translate("StaffChoices", "sick leave"),
            AbsenceKind.TRAINING: QCoreApplication.translate("StaffChoices", "training"), AbsenceKind.OTHER: QCoreApplication.translate("StaffChoices", "other")}[kind]


def org_kind_text(kind: OrgKind) -> str:
    return {OrgKind.AKIMAT: QCoreApplication.translate("StaffChoices", "akimat apparatus"), OrgKind.MASLIKHAT: QCoreApplication.translate("StaffChoices", "maslikhat apparatus"),
            OrgKind.OTHER: QCoreApplication.translate("StaffChoices", "other")}[kind]


def position_text(pos: Position, units: dict[int, Unit], lang: str) -> str:
    unit = units.get(pos.unit_id)
    unit_name = (unit.name_ru if lang == "ru" else unit.name_kk) if unit else ""
    title = pos.title_ru if lang == "ru" else pos.title_kk
    return f"{unit_name} — {title} ({pos.category})"


class PositionCombo(QComboBox):
    """Pick a position, shown as "Unit — title (category)"; `none_text` adds an empty first choice.
    With `holders` (position id → who holds it) each post also says who holds it, or that it is vacant."""

    def __init__(self, positions: list[Position], units: list[Unit], lang: str, none_text: str = "",
                 parent: QWidget | None = None, holders: Mapping[int, str] | None = None) -> None:
        super().__init__(parent)
        by_id = {u.id: u for u in units if u.id is not None}
        order = {u.id: i for i, u in enumerate(units)}
        if none_text:
            self.addItem(none_text, None)
        for p in sorted(positions, key=lambda p: (order.get(p.unit_id, 0), p.id or 0)):
            text = position_text(p, by_id, lang)
            if holders is not None:
                holder = holders.get(p.id or 0)
                text += f" — {holder}" if holder else " — " + QCoreApplication.translate("PositionCombo", "vacant")
            self.addItem(text, p.id)
        self.setMinimumContentsLength(40)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # The closed box may cut a long "unit — position — holder"; the open list shows each in full.
        fm = self.view().fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self.view().setMinimumWidth(min(widest + 32, 1000))

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, position_id: int | None) -> None:
        i = self.findData(position_id)
        self.setCurrentIndex(max(i, 0))
