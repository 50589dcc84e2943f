"""Printable extract of the audit log (001 §12–§13): which records changed, when, old → new, and why.

Marked confidential: the extract shows evaluation data. Landscape A4, one line per entry, in the words of
the document's language (reports/audit_words.py: no table or column names; dates dd.mm.yyyy), signed by
the head of the HR service with the position and a date line. In "both" it is two papers in one file, as
every bilingual document: the Kazakh extract in full, then the Russian one from a new page, each numbered
from 1 in its own language (PdfDocument.per_language), each with its own organisation name and filters.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.domain.wording import ru_plural
from desktop_app.reports.audit_words import changes_text, reason_text, record_text, row_text
from desktop_app.reports.calibration_data import ru_spelling
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
                  "Цепочка журнала проверена: нарушений нет ({n} {records})."),
    "chain_bad": L("НАЗАР АУДАРЫҢЫЗ: журнал тізбегі {id} жазбада бұзылған.",
                   "ВНИМАНИЕ: цепочка журнала нарушена на записи {id}."),
    "count": L("Үзіндідегі жазбалар: {n}", "Записей в выписке: {n}"),
    "cols": [L("№", "№"), L("Уақыты", "Время"), L("Не өзгерді", "Что изменено"), L("Жазба №", "Запись №"),
             L("Әрекет", "Действие"), L("Өзгерістер (бұрын → кейін)", "Изменения (было → стало)"),
             L("Себебі", "Основание")],
    "signer": L("Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом"),
    "date_line": L("«___» ____________ 20__ ж.", "«___» ____________ 20__ г."),
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
    changes: tuple[tuple[str, str, str], ...] = ()   # (column, old, new) as stored


@dataclass(frozen=True)
class AuditExtract:
    organisation: L                # the organisation's name in each language of the document
    made_at: datetime
    filters: L  # already worded by the caller, in each language; "" = everything
    lines: list[AuditLine]
    chain_rows: int
    chain_bad_id: int | None
    signatory: str = ""            # the head of the HR service (organisation card)
    # employee number -> (Kazakh, Russian) short name: the changes name people, not their numbers
    people: dict[str, tuple[str, str]] = field(default_factory=dict)
    # evaluation sheet number -> (Kazakh, Russian) "evaluee, quarter"
    sheets: dict[str, tuple[str, str]] = field(default_factory=dict)


class AuditExtractDocument(PdfDocument[AuditExtract]):
    landscape = True
    base_size = 9.0
    per_language = True   # "both": the Kazakh extract, then the Russian one, each numbered on its own
    docx_pdf_row_heights = True   # one long table: the DOCX keeps the PDF's rows per page (story_docx.py)

    def title(self, data: AuditExtract) -> str:
        return self.t(T["title"])

    def story(self, data: AuditExtract) -> list[Flowable]:
        s = self.styles()
        out: list[Flowable] = [Paragraph(escape(self.t(T["confidential"])), s["small"]),
                               Paragraph(escape(self.t(data.organisation)), s["subtitle"]),
                               Paragraph(escape(self.t(T["title"])), s["title"])]
        out.append(Paragraph(f"{escape(self.t(T['made']))}: {data.made_at:%d.%m.%Y %H:%M}", s["body"]))
        out.append(Paragraph(f"{escape(self.t(T['filters']))}: {escape(self.t(data.filters) or self.t(T['all']))}",
                             s["body"]))
        records = ru_plural(data.chain_rows, "запись", "записи", "записей")
        chain = (self.t(T["chain_ok"]).format(n=data.chain_rows, records=records) if data.chain_bad_id is None
                 else self.t(T["chain_bad"]).format(id=data.chain_bad_id))
        out.append(Paragraph(escape(chain), s["body"]))
        out.append(Paragraph(escape(self.t(T["count"]).format(n=len(data.lines))), s["body"]))
        out.append(Spacer(1, 3 * mm))
        cell = s["cell"]
        rows: list[list[object]] = [[Paragraph(escape(self.t(c)), s["cell_bold"]) for c in T["cols"]]]
        for line in data.lines:
            action = ACTIONS.get(line.action)
            changes = changes_text(line.action, line.changes, self.lang, people=data.people,
                                   sheets=data.sheets, table=line.table) if line.changes else ""
            rows.append([str(line.id), f"{line.at:%d.%m.%Y %H:%M:%S}",
                         Paragraph(escape(record_text(line.table, self.lang)), cell),
                         Paragraph(escape(row_text(line.table, line.row_id, self.lang)), cell),
                         Paragraph(escape(action.text(self.lang) if action else line.action), cell),
                         Paragraph(escape(changes), cell), Paragraph(escape(reason_text(line.reason, self.lang)), cell)])
        widths = [12 * mm, 34 * mm, 40 * mm, 16 * mm, 22 * mm, 98 * mm, 40 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self.table_style())
        out.append(table)
        sign = Table([[Paragraph(escape(self.t(T["signer"])), s["body"]), "______________",
                       Paragraph(escape(ru_spelling(data.signatory) if self.lang == "ru" else data.signatory),
                                 s["body"]), Paragraph(escape(self.t(T["date_line"])),
                                                                               s["body"])]],
                     colWidths=[90 * mm, 40 * mm, 50 * mm, 60 * mm])
        # the signature rule is a plain string: in the document's font, not reportlab's unembedded Helvetica
        sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font)]))
        out += [Spacer(1, 8 * mm), KeepTogether([sign])]
        return out
