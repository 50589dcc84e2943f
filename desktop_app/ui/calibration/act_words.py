"""The window's words for the act that calls a calibration session, as the paper prints it (QA A10).

The organisation card says which act its appointing official signs (004 §1.6: the head of an apparatus
signs приказы / бұйрықтар, an akim решения and распоряжения); the button, the session dialog's fields and
the preview's title use the same word as the printed paper, never «распоряжение» beside a ПРИКАЗ.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def act_words(act: str) -> dict[str, str]:
    """"button", "number", "date" and "title" (with {n}) for `act` ("order" | "instruction" | "decision").
    Each string is a literal in its own translate() call, so lupdate finds it."""
    if act == "instruction":
        return {"button": translate("CalibrationAct", "Instruction…"),
                "number": translate("CalibrationAct", "Instruction number"),
                "date": translate("CalibrationAct", "Instruction date"),
                "title": translate("CalibrationAct", "Instruction on calibration session No. {n}")}
    if act == "decision":
        return {"button": translate("CalibrationAct", "Decision on the session…"),
                "number": translate("CalibrationAct", "Number of the decision on the session"),
                "date": translate("CalibrationAct", "Date of the decision on the session"),
                "title": translate("CalibrationAct", "Decision on calibration session No. {n}")}
    return {"button": translate("CalibrationAct", "Order…"),
            "number": translate("CalibrationAct", "Order number"),
            "date": translate("CalibrationAct", "Order date"),
            "title": translate("CalibrationAct", "Order on calibration session No. {n}")}
