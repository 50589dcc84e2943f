"""Printable extract of the audit log (001 §12–§13): which records changed, when, old → new, and why.

Marked confidential: the extract shows evaluation data. Landscape A4, one line per entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.reports.labels import L
from desktop_app.reports.pdf_base import PdfDocument

ACTIONS = {"insert": L("қосылды", "добавлено"), "update": L("өзгертілді", "изменено"),
           "delete": L("жойылды", "удалено")}
T: dict[str, Any] = {
    "title": L("Өзгерістер журналынан үзінді", "Выписка из журнала изменений"),
    "confidential": L("Құпия. Әдістеменің 13-тармағы", "Конфиденциально. Пункт 13 Методики"),
    "made": L("Жасалған уақыты", "Сформировано"),
    "filters": L("Іріктеу шарттары", "Условия отбора"),
    "all": L("барлық жазбалар", "все записи"),
    "chain_ok": L("Журнал тізбегі тексерілді: бұзушылық жоқ ({n} жазба).",
                  "Цепочка журнала проверена: нарушений нет ({n} записей)."),
    "chain_bad": L("НАЗАР АУДАРЫҢЫЗ: журнал тізбегі {id} жазбада бұзылған.",
                   "ВНИМАНИЕ: цепочка журнала нарушена на записи {id}."),
    "count": L("Үзіндідегі жазбалар: {n}", "Записей в выписке: {n}"),
    "cols": [L("№", "№"), L("Уақыты", "Время"), L("Кесте", "Таблица"), L("Жазба", "Запись"),
             L("Әрекет", "Действие"), L("Өзгерістер (бұрын → кейін)", "Изменения (было → стало)"),
             L("Себебі", "Основание")],
}


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    table: str
    row_id: str
    action: str
    summary: str
    reason: str


@dataclass(frozen=True)
class AuditExtract:
    organisation: str
    made_at: datetime
    filters: str  # already worded by the caller; "" = everything
    lines: list[AuditLine]
    chain_rows: int
    chain_bad_id: int | None


class AuditExtractDocument(PdfDocument[AuditExtract]):
    landscape = True
    base_size = 9.0

    def title(self, data: AuditExtract) -> str:
        return self.t(T["title"])

    def story(self, data: AuditExtract) -> list[Flowable]:
        s = self.styles()
        out: list[Flowable] = [Paragraph(escape(self.t(T["confidential"])), s["small"]),
                               Paragraph(escape(data.organisation), s["subtitle"]),
                               Paragraph(escape(self.t(T["title"])), s["title"])]
        out.append(Paragraph(f"{escape(self.t(T['made']))}: {data.made_at:%d.%m.%Y %H:%M}", s["body"]))
        out.append(Paragraph(f"{escape(self.t(T['filters']))}: {escape(data.filters or self.t(T['all']))}",
                             s["body"]))
        chain = (self.t(T["chain_ok"]).format(n=data.chain_rows) if data.chain_bad_id is None
                 else self.t(T["chain_bad"]).format(id=data.chain_bad_id))
        out.append(Paragraph(escape(chain), s["body"]))
        out.append(Paragraph(escape(self.t(T["count"]).format(n=len(data.lines))), s["body"]))
        out.append(Spacer(1, 3 * mm))
        cell = s["cell"]
        rows: list[list[object]] = [[Paragraph(c.lines(self.lang), s["cell_bold"]) for c in T["cols"]]]
        for line in data.lines:
            action = ACTIONS.get(line.action)
            rows.append([str(line.id), f"{line.at:%d.%m.%Y %H:%M:%S}", Paragraph(escape(line.table), cell),
                         Paragraph(escape(line.row_id), cell),
                         Paragraph(escape(action.text(self.lang) if action else line.action), cell),
                         Paragraph(escape(line.summary), cell), Paragraph(escape(line.reason), cell)])
        widths = [14 * mm, 36 * mm, 32 * mm, 18 * mm, 22 * mm, 100 * mm, 40 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self.table_style())
        out.append(table)
        return out
