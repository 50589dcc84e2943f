"""The window's print flow offers DOCX for the quarter's documents too: the summary of the demo
office saved as DOCX from the actions dialog is a real Word file in the chosen language."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.sealing import office_key


def test_summary_saved_as_docx_from_the_actions_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.demo import write_demo
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store
    from desktop_app.ui import evaluation_printing

    db = tmp_path / "demo.sqlite"
    write_demo(db, today=date(2026, 11, 20))
    store = open_store(db, office_key())
    try:
        services = build_services(store)
        monkeypatch.setattr(evaluation_printing, "choose_document_language", lambda parent, initial: "ru")
        dialogs: list = []
        monkeypatch.setattr(evaluation_printing.DocumentActionsDialog, "exec", lambda self: dialogs.append(self) or 0)
        target = tmp_path / "summary.docx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
        parent = QWidget()
        qtbot.addWidget(parent)
        assert evaluation_printing.print_summary(parent, services, 2026, 3) is not None
        dialog = dialogs[0]
        assert "docx" in dialog.buttons
        assert dialog.save_docx() == target
        doc = Document(str(target))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert "Сводная ведомость" in text and "3 квартал 2026 года" in text
        assert {el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:lang"))} == {"ru-RU"}
    finally:
        store.close()
