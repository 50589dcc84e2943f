"""The Methodology page: the office's methodology versions and the editor of the selected one; copy a preset,
import/export a JSON file, print the bonus scale."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.model import Methodology
from desktop_app.domain.methodology.presets import load_preset, preset_names
from desktop_app.services.methodology import MethodologyService
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.version_editor import VersionEditor
from desktop_app.ui.printing import present_document
from desktop_app.ui.shortcuts import bind


class MethodologyPage(Retranslatable, QWidget):
    shows = frozenset({Area.METHODOLOGY})

    def __init__(self, service: MethodologyService, lang: Callable[[], str], parent: QWidget | None = None,
                 ctx: PageContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodologyPage")
        self.service = service
        self.lang = lang
        self.ctx = own_context(self, ctx, lang)
        self.versions: list[Methodology] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("versions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.preset_button = QToolButton()
        self.preset_button.setObjectName("copyPreset")
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_menu = QMenu(self)
        self.preset_button.setMenu(self.preset_menu)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("copy", self.copy_selected), ("import", self.import_dialog), ("export", self.export_dialog),
                          ("print", self.print_scale), ("delete", self.delete_selected)):
            b = QPushButton()
            b.setObjectName(f"{key}Methodology")
            b.clicked.connect(slot)
            self.buttons[key] = b
        self.editor = VersionEditor(lang)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveMethodology")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self._selected)
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockNote")
        self.lock_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.preset_button)
        for b in self.buttons.values():
            top.addWidget(b)
        top.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(top)
        lv.addWidget(self.table)
        lv.addWidget(self.status)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.lock_label)
        rv.addWidget(self.editor, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        rv.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        # Keyboard: Ctrl+S save, Ctrl+P print the scale, Ctrl+E export, F5 re-read.
        bind(self, "Ctrl+S", self.save, self.save_button)
        bind(self, "Ctrl+P", self.print_scale, self.buttons["print"])
        bind(self, "Ctrl+E", self.export_dialog, self.buttons["export"])
        bind(self, "F5", lambda: self.refresh())
        self.retranslate()
        self.refresh()

    # -- list -----------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        shown = self.current()
        current = select_id if select_id is not None else (shown.id if shown is not None else None)
        self.versions = self.service.list_versions()
        self._fill(current)
        if self.versions:
            self._selected()

    def _fill(self, current: int | None) -> None:
        """Show `self.versions` (no database access: also called on a language change)."""
        lang = self.lang()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.versions))
        row_to_select = 0
        for r, m in enumerate(self.versions):
            act = f"№ {m.act_number}" + (f", {m.act_date.strftime('%d.%m.%Y')}" if m.act_date else "") if m.act_number else ""
            model = self.tr("score 0–5") if m.score_model == "score" else self.tr("points")
            for c, text in enumerate((m.name(lang), str(m.version), m.effective_from.strftime("%d.%m.%Y"), model, act)):
                self.table.setItem(r, c, QTableWidgetItem(text))
            if m.id == current:
                row_to_select = r
        self.table.blockSignals(False)
        self.editor.setEnabled(bool(self.versions))
        self.save_button.setEnabled(bool(self.versions))
        if self.versions:
            self.table.blockSignals(True)
            self.table.selectRow(row_to_select)
            self.table.blockSignals(False)

    def current(self) -> Methodology | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.versions):
            return None
        return self.versions[rows[0].row()]

    def _selected(self) -> None:
        m = self.current()
        if m is None:
            return
        self.editor.load(m)
        self._locked = m.id is not None and self.service.is_locked(m.id)
        self._show_lock()

    def _show_lock(self) -> None:
        """The banner of a version in use, in the interface language (re-run on a switch, no database)."""
        locked = getattr(self, "_locked", False)
        self.lock_label.setText(self.tr("A finished quarter was evaluated under this version: saving changes "
                                        "creates a new version and leaves this one as it was.") if locked else "")
        self.lock_label.setVisible(locked)

    # -- actions --------------------------------------------------------------------------------
    def save(self) -> Methodology | None:
        before = self.current()
        try:
            edited = self.editor.current()
            saved = self.service.save(edited)
        except ValueError as exc:
            self.status.setText(self.tr("Not a number: {text}").format(text=str(exc)))
            return None
        except BagalauError as exc:
            show_error(self, exc)
            return None
        if before is not None and saved.id != before.id:
            self.status.setText(self.tr("Saved as version {version}: the previous version stays with the finished "
                                        "quarters.").format(version=saved.version))
        else:
            self.status.setText(self.tr("Saved."))
        self.refresh(saved.id)
        self.ctx.announce(Area.METHODOLOGY, source=self)   # this page has shown the change already
        return saved

    def copy_preset(self, name: str) -> Methodology | None:
        try:
            m = self.service.copy_preset(name)
        except BagalauError as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Added: {name}.").format(name=m.name(self.lang())))
        self.refresh(m.id)
        self.ctx.announce(Area.METHODOLOGY, source=self)   # this page has shown the change already
        return m

    def copy_selected(self) -> None:
        m = self.current()
        if m is None or m.id is None:
            return
        new = self.service.copy(m.id)
        self.refresh(new.id)
        self.ctx.announce(Area.METHODOLOGY, source=self)   # this page has shown the change already

    def delete_selected(self) -> None:
        m = self.current()
        if m is None or m.id is None:
            return
        question = self.tr("Delete the methodology \"{name}\", version {version}?").format(
            name=m.name(self.lang()), version=m.version)
        if QMessageBox.question(self, self.tr("Delete"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(m.id)
        except BagalauError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.ctx.announce(Area.METHODOLOGY, source=self)   # this page has shown the change already

    def import_file(self, path: Path) -> Methodology | None:
        try:
            m = self.service.import_json(path.read_bytes())
        except BagalauError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Imported: {name}.").format(name=m.name(self.lang())))
        self.refresh(m.id)
        self.ctx.announce(Area.METHODOLOGY, source=self)   # this page has shown the change already
        return m

    def export_file(self, path: Path) -> None:
        m = self.current()
        if m is None or m.id is None:
            return
        path.write_bytes(self.service.export_json(m.id))
        self.status.setText(self.tr("Exported to {file}.").format(file=str(path)))

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a methodology"), "",
                                              self.tr("Methodology files (*.json)"))
        if name:
            self.import_file(Path(name))

    def export_dialog(self) -> None:
        m = self.current()
        if m is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the methodology"),
                                              f"methodology-v{m.version}.json", self.tr("Methodology files (*.json)"))
        if name:
            self.export_file(Path(name) if name.endswith(".json") else Path(name + ".json"))

    def print_scale(self) -> None:
        from desktop_app.reports.labels import doc_lang
        from desktop_app.reports.scale_pdf import ScalePdf, render_scale

        m = self.current()
        if m is None:
            return
        # print preview, PDF, viewer (ui/printing.py)
        present_document(self, self.tr("Bonus scale, version {v}").format(v=m.version),
                         f"bonus-scale-v{m.version}", lambda lang: render_scale(m, lang),
                         docx=lambda lang: ScalePdf(doc_lang(lang)).render_docx(m))

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Methodology"), self.tr("Version"), self.tr("In force from"),
                                              self.tr("Score model"), self.tr("Approving act")])
        self.preset_button.setText(self.tr("Add from a preset"))
        self.preset_menu.clear()
        for name in preset_names():
            preset = load_preset(name)
            action = self.preset_menu.addAction(preset.name(self.lang() or "ru"))
            action.setObjectName(f"preset_{name}")
            action.triggered.connect(lambda _=False, n=name: self.copy_preset(n))
        for key, text in (("copy", self.tr("Copy")), ("import", self.tr("Import…")), ("export", self.tr("Export…")),
                          ("print", self.tr("Print the scale…")), ("delete", self.tr("Delete"))):
            self.buttons[key].setText(text)
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        if self.versions:
            cur = self.current()
            self._fill(cur.id if cur else None)
        self._show_lock()
