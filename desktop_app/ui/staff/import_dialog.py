"""Import staff: the preview shows each row's outcome; import runs only when every row is valid."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.services.staff_import import ImportPlan, Outcome, StaffImportService
from desktop_app.ui.i18n import LiveTexts, qt_translate
from desktop_app.ui.progress import ProgressSink, run_with_progress
from desktop_app.ui.screen import fit_to_screen
from desktop_app.ui.staff.widgets import ErrorLabel, fmt_date

_COLORS = {Outcome.ADD: "#e6f4ea", Outcome.UNCHANGED: "#f1f3f4", Outcome.DISMISS: "#fff4e5", Outcome.ERROR: "#fce8e6"}


class ImportStaffDialog(LiveTexts, QDialog):
    """The preview of a staff file; every text, the rows' outcomes and the error follow a language switch."""

    def __init__(self, importer: StaffImportService, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.importer = importer
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self._failure: BagalauError | None = None     # why the file cannot be imported, or the import failed
        self._cancelled = False
        self.live(self.setWindowTitle, lambda: self.tr("Import staff — {file}").format(file=self.path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("preview")
        self._headers()
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col, width in enumerate((50, 105, 190, 150, 150, 100, 300)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Not the standard OK: the button box would name it "OK" again on a language switch.
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.live(self.import_button.setText, lambda: self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 1100, 600)
        self.load()

    def load(self) -> None:
        try:
            self.plan = self.importer.plan(self.path)
            self._failure = None
        except BagalauError as exc:
            self.plan = None
            self._failure = exc
        self._show()

    def _show(self) -> None:
        """Fill the preview from the plan in the interface language (again after a switch)."""
        if self._failure is not None:
            self.error.show_error(self._failure)
        plan = self.plan
        if plan is None:
            self.summary.setText(self.tr("The file cannot be imported."))
            self.import_button.setEnabled(False)
            return
        self.table.setRowCount(len(plan.rows))
        for i, r in enumerate(plan.rows):
            outcome = ("\n".join(m.render(qt_translate) for m in r.reasons) if r.outcome == Outcome.ERROR
                       else r.describe(qt_translate))
            cells = [str(r.number), r.iin, r.name, r.unit, r.position, fmt_date(r.appointed), outcome]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(_COLORS[r.outcome]))
                if c == 6:
                    item.setToolTip(text)
                self.table.setItem(i, c, item)
        self.table.resizeRowsToContents()  # every reason of a wrong row is visible
        counts = self.tr("{add} to add, {same} unchanged, {dismiss} dismissals, {bad} with errors.").format(
            add=plan.count(Outcome.ADD), same=plan.count(Outcome.UNCHANGED), dismiss=plan.count(Outcome.DISMISS),
            bad=len(plan.errors))
        if self._cancelled:
            self.summary.setText(self.tr("The import was cancelled: nothing was imported."))
        elif plan.ok:
            self.summary.setText(counts)
        else:
            self.summary.setText(counts + " " + self.tr("Correct the rows marked red in the file and open it again: "
                                                        "nothing is imported while any row is wrong."))
        self.import_button.setEnabled(plan.ok and (plan.count(Outcome.ADD) + plan.count(Outcome.DISMISS)) > 0)

    def _headers(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("ИИН"), self.tr("Full name"), self.tr("Unit"),
                                              self.tr("Position"), self.tr("Appointed"), self.tr("Outcome")])

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "import_button"):      # a switch can arrive before the preview is built
            self._headers()
            self._show()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the outcome column has its real width

    def accept(self) -> None:
        # a long import shows progress with Cancel. It runs in the GUI thread (the SQLite
        # connection belongs to it); Cancel raises inside the transaction, so nothing is imported.
        def job(sink: ProgressSink) -> ImportPlan:
            return self.importer.apply(self.path, progress=sink.step)

        try:
            plan = run_with_progress(self, self.tr("Importing staff"), job)
        except BagalauError as exc:
            self._failure = exc
            self.error.show_error(exc)
            return
        if plan is None:
            self._cancelled = True
            self.summary.setText(self.tr("The import was cancelled: nothing was imported."))
            return
        super().accept()
