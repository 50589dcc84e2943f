"""Texts for the staff enums and a position picker, in the interface language."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.staff import AbsenceKind, AppointmentKind, OrgKind, Position, Unit
from desktop_app.ui.i18n import Retranslatable


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


class KindCombo(Retranslatable, QComboBox):
    """A choice among an enum's values (appointment kind, absence kind) named by `text` in the interface
    language; an open dialog's choice is renamed on a language switch and stays chosen."""

    def __init__(self, kinds: Iterable[Any], text: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        for k in kinds:
            self.addItem(text(k), k)

    def retranslate(self) -> None:
        for i in range(self.count()):
            self.setItemText(i, self._text(self.itemData(i)))


def appointment_kinds() -> KindCombo:
    return KindCombo(AppointmentKind, appointment_kind_text)


def absence_kinds() -> KindCombo:
    return KindCombo(AbsenceKind, absence_kind_text)


class PositionCombo(Retranslatable, QComboBox):
    """Pick a position, shown as "Unit — title (category)"; `none_text` adds an empty first choice.
    With `holders` (position id → who holds it) each post also says who holds it, or that it is vacant."""

    def __init__(self, positions: list[Position], units: list[Unit], lang: str,
                 none_text: str | Callable[[], str] = "",
                 parent: QWidget | None = None, holders: Mapping[int, str] | None = None) -> None:
        super().__init__(parent)
        self._by_id = {u.id: u for u in units if u.id is not None}
        order = {u.id: i for i, u in enumerate(units)}
        self._none_text = none_text
        self._holders = holders
        if none_text:
            self.addItem("", None)
        self._positions = sorted(positions, key=lambda p: (order.get(p.unit_id, 0), p.id or 0))
        for p in self._positions:
            self.addItem("", p.id)
        self._label(lang)
        self.setMinimumContentsLength(40)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # The closed box may cut a long "unit — position — holder"; the open list shows each in full.
        fm = self.view().fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self.view().setMinimumWidth(min(widest + 32, 1000))

    def _label(self, lang: str) -> None:
        """Item texts in `lang`'s spelling (units and titles are stored in both)."""
        first = 0
        if self._none_text:
            self.setItemText(0, self._none_text() if callable(self._none_text) else self._none_text)
            first = 1
        for i, p in enumerate(self._positions, start=first):
            text = position_text(p, self._by_id, lang)
            if self._holders is not None:
                holder = self._holders.get(p.id or 0)
                text += f" — {holder}" if holder else " — " + QCoreApplication.translate("PositionCombo", "vacant")
            self.setItemText(i, text)

    def retranslate(self) -> None:
        from desktop_app.ui.help.language import interface_language

        self._label(interface_language())

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, position_id: int | None) -> None:
        i = self.findData(position_id)
        self.setCurrentIndex(max(i, 0))
