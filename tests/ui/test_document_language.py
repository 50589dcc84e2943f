"""The document language dialog opens on the interface language, then on the user's last choice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QRadioButton

from desktop_app.ui import documents
from desktop_app.ui.documents import choose_document_language


def _answer(pick: str | None, seen: list[str]) -> None:
    """When the dialog shows: note the pre-selected language, choose `pick` (None: keep it), press OK."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "documentLanguageDialog":
            QTimer.singleShot(20, step)
            return
        seen.append(next(b.objectName()[len("doclang_"):] for b in dialog.findChildren(QRadioButton)
                         if b.isChecked()))
        if pick is not None:
            dialog.findChild(QRadioButton, f"doclang_{pick}").setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(20, step)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_dialog_opens_on_the_interface_language_then_on_the_last_choice(qtbot, languages, monkeypatch,
                                                                           language: str) -> None:
    monkeypatch.setattr(documents, "_last_choice", [], raising=False)   # a fresh start
    languages.set_language(language)
    seen: list[str] = []
    _answer(None, seen)
    assert choose_document_language(None) == language       # a Russian screen used to open on Kazakh
    _answer("both", seen)
    assert choose_document_language(None, None) == "both"
    _answer(None, seen)
    assert choose_document_language(None) == "both"          # remembered for the next document
    assert seen == [language, language, "both"]
    _answer(None, seen)
    assert choose_document_language(None, "kk") == "kk"     # a caller that needs one language still can
