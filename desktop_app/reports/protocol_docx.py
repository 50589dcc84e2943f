"""The calibration session protocol as an editable DOCX (Times New Roman 14, 004 §9.5)."""
from __future__ import annotations

from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.calibration_data import ProtocolData
from desktop_app.reports.labels import DocLang
from desktop_app.reports.protocol_text import protocol_blocks, protocol_title


def render_protocol_docx(data: ProtocolData, lang: DocLang = "kk") -> bytes:
    return render_docx(protocol_title(data, lang), protocol_blocks(data, lang), lang, data.org_name.text("ru" if lang == "ru" else "kk"))
