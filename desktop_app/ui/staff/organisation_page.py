"""The organisation card: names in both languages, kind, district, region and the officials."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.external_evaluator import checked
from desktop_app.domain.staff import Organisation, OrgKind
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind
from desktop_app.ui.staff.choices import org_kind_text
from desktop_app.ui.staff.external_evaluator_box import ExternalEvaluatorBox, ExternalEvaluators
from desktop_app.ui.staff.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop_app.services.staff import StaffService

_TEXT_FIELDS = ("name_kk", "name_ru", "district", "region", "head_name", "hr_head_name",
                "appointing_official_name", "appointing_official_title", "appointing_official_title_ru",
                "issue_place_kk", "issue_place_ru")


class OrganisationPage(Retranslatable, QWidget):
    """The organisation card: names, heads, appointing official."""

    shows = frozenset({Area.ORGANISATION})

    def __init__(self, staff: StaffService, ctx: PageContext | None = None,
                 external: ExternalEvaluators | None = None) -> None:
        """`external`: where the evaluator outside corps "B" is kept (the quarter service, 001 §16)."""
        super().__init__()
        self.staff = staff
        self.external_box = ExternalEvaluatorBox(external) if external is not None else None
        self.ctx = own_context(self, ctx)
        self.edits = {f: QLineEdit() for f in _TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
            edit.setMinimumWidth(480)
            edit.returnPressed.connect(self.save)  # Enter saves, as in a dialog
        self.kind = QComboBox()
        self.order_act = QComboBox()     # 004 §1.6: which act calls a calibration session
        self.order_act.setObjectName("order_act")
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in ("name_kk", "name_ru", "kind", "district", "region", "head_name", "hr_head_name",
                    "appointing_official_name", "appointing_official_title", "appointing_official_title_ru",
                    "order_act", "issue_place_kk", "issue_place_ru"):
            self.labels[key] = QLabel()
            widget = {"kind": self.kind, "order_act": self.order_act}.get(key) or self.edits[key]
            form.addRow(self.labels[key], widget)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.error = ErrorLabel()
        self.saved = QLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOrganisation")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        card = QWidget()
        card.setMaximumWidth(980)  # a card, not a full-width spreadsheet row
        lay = QVBoxLayout(card)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(form)
        if self.external_box is not None:
            lay.addWidget(self.external_box)
        lay.addWidget(self.error)
        lay.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addWidget(card)
        outer.addStretch(1)
        bind(self, "Ctrl+S", self.save, self.save_button)   # keyboard
        bind(self, "F5", self.load)
        self.retranslate()
        self.load()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        org = self.staff.organisation()
        for f, edit in self.edits.items():
            edit.setText(getattr(org, f))
        self.kind.setCurrentIndex(max(self.kind.findData(org.kind), 0))
        self.order_act.setCurrentIndex(max(self.order_act.findData(org.order_act), 0))
        if self.external_box is not None:
            self.external_box.load()

    def save(self) -> None:
        values = {f: e.text() for f, e in self.edits.items()}
        try:
            if self.external_box is not None:
                checked(self.external_box.value())     # refused before anything is written
            self.staff.save_organisation(Organisation(kind=OrgKind(self.kind.currentData()),
                                                      order_act=self.order_act.currentData() or "order", **values))
            if self.external_box is not None:
                self.external_box.save()
        except BagalauError as exc:
            self.error.show_error(exc)
            self.saved.clear()
            return
        self.error.clear_error()
        self.saved.setText(self.tr("Saved."))
        # This page shows it too: the bus reloads it; the roster uses the evaluator outside corps "B".
        self.ctx.announce(Area.ORGANISATION, Area.QUARTER)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Organisation card"))
        texts = {"name_kk": self.tr("Name in Kazakh:"), "name_ru": self.tr("Name in Russian:"),
                 "kind": self.tr("Kind:"), "district": self.tr("District:"), "region": self.tr("Region:"),
                 "head_name": self.tr("Head:"), "hr_head_name": self.tr("Head of the HR service:"),
                 "appointing_official_name": self.tr("Appointing official:"),
                 "appointing_official_title": self.tr("Appointing official's position:"),
                 "appointing_official_title_ru": self.tr("Appointing official's position in Russian:"),
                 "order_act": self.tr("Act on a calibration session:"),
                 "issue_place_kk": self.tr("Place of issue of papers, in Kazakh:"),
                 "issue_place_ru": self.tr("Place of issue of papers, in Russian:")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        for k in OrgKind:
            self.kind.addItem(org_kind_text(k), k)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        act = self.order_act.currentData()
        self.order_act.clear()
        for key, text in (("order", self.tr("order (бұйрық / приказ)")),
                          ("instruction", self.tr("instruction (өкім / распоряжение)")),
                          ("decision", self.tr("decision (шешім / решение)"))):
            self.order_act.addItem(text, key)
        self.order_act.setCurrentIndex(max(self.order_act.findData(act), 0))
        self.save_button.setText(self.tr("Save"))
