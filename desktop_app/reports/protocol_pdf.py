"""The calibration session protocol as PDF (001 §22; 004 §9.3–9.5: Times-compatible 14 pt, embedded)."""
from __future__ import annotations

from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_data import ProtocolData
from desktop_app.reports.labels import DocLang
from desktop_app.reports.protocol_text import protocol_blocks, protocol_title


def render_protocol_pdf(data: ProtocolData, lang: DocLang = "kk") -> bytes:
    return BlocksPdf(lang).render(BlockPaper(protocol_title(data, lang), protocol_blocks(data, lang)))
