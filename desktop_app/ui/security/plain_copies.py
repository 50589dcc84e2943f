"""After a plain office was sealed: say where unsealed copies remain and offer to seal them."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.errors import show_error

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def offer_to_seal(parent: QWidget | None, services: Services, copies: list[Path]) -> bool:
    """Ask once; Yes seals every listed copy with the office's key. True when they were sealed."""
    listing = "\n".join(str(p) for p in copies[:12]) + ("\n…" if len(copies) > 12 else "")
    text = "\n\n".join([
        QCoreApplication.translate("PlainCopies", "The office file is now sealed. These copies of it in the backup folder are not: "
                          "anyone who copies them can read them."),
        listing,
        QCoreApplication.translate("PlainCopies", "Seal them now? They will open with the office's password or recovery code."),
        QCoreApplication.translate("PlainCopies", "Copies made earlier on other drives (for example a USB drive) are not sealed either: "
                          "delete them, or open each one in Bagalau to seal it.")])
    answer = QMessageBox.question(parent, QCoreApplication.translate("PlainCopies", "Unsealed copies"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        services.backup.seal_plain_copies(copies)
    except (OSError, BagalauError) as exc:
        if isinstance(exc, BagalauError):
            show_error(parent, exc)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("PlainCopies", "Unsealed copies"), str(exc))
        return False
    services.store.plain_copies = []
    return True
