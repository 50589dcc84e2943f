"""The act of archiving (or destroying) evaluation documents whose three-year term has passed (001 §12).

An official paper: Times-compatible serif 14 pt (004 §9.5), every font embedded, approved by the head (the
БЕКІТЕМІН / УТВЕРЖДАЮ block with the position, name and a date line) and signed by the HR service with
positions. "both": the Kazakh act, then the Russian one, each numbered on its own.
Nothing leaves the office file without this act: the service writes it before removing anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop_app.reports.calibration_data import ru_spelling
from desktop_app.reports.labels import DocLang
from desktop_app.reports.pdf_base import SectionMark, SerifDocument

TEXT: dict[str, dict[str, Any]] = {
    "kk": {
        "title": {"archive": "Бағалау құжаттарын мұрағатқа беру туралы № {n} АКТ",
                  "destroy": "Бағалау құжаттарын жою туралы № {n} АКТ"},
        "place": "{date} ж.",
        "approve": "БЕКІТЕМІН",
        "date_line": "«___» ____________ 20__ ж.",
        "basis": ("«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесінің "
                  "12-тармағына сәйкес бағалауға байланысты құжаттар бағалау аяқталған күннен бастап үш жыл "
                  "бойы сақталады. Сақтау мерзімі өткен төмендегі тоқсандардың құжаттары"),
        "archive": " Бағалау бағдарламасының жұмыс файлынан мұрағат файлына көшірілді.",
        "destroy": " Бағалау бағдарламасының жұмыс файлынан жойылды.",
        "cols": ["№", "Жыл", "Тоқсан", "Бағалау аяқталды", "Сақтау мерзімі аяқталды", "Бағалау парақтары"],
        # the sheets a reader can count on paper, then the program's records behind them
        "rows": {"archive": "Барлығы бағалау парақтары: {sheets}. Бағдарламаның жұмыс файлынан мұрағат файлына "
                            "көшірілген жазбалар (парақтар, балдар, өзгерістер тарихы): {n}.",
                 "destroy": "Барлығы бағалау парақтары: {sheets}. Бағдарламаның жұмыс файлынан жойылған жазбалар "
                            "(парақтар, балдар, өзгерістер тарихы): {n}."},
        "file": "Мұрағат файлы: {file}",
        "hash": "Мұрағат файлының бақылау сомасы (SHA-256): {hash}",
        "secret": "Бағалау нәтижелері құпия ақпарат болып табылады (Әдістеменің 13-тармағы).",
        "signed": ["Персоналды басқару қызметінің маманы", "Персоналды басқару қызметінің басшысы"],
    },
    "ru": {
        "title": {"archive": "АКТ № {n} о передаче документов оценки в архив",
                  "destroy": "АКТ № {n} об уничтожении документов оценки"},
        "place": "{date} г.",
        "approve": "УТВЕРЖДАЮ",
        "date_line": "«___» ____________ 20__ г.",
        "basis": ("В соответствии с пунктом 12 Методики оценки деятельности административных государственных "
                  "служащих корпуса «Б» документы, связанные с оценкой, хранятся в течение трёх лет со дня "
                  "завершения оценки. Документы нижеперечисленных кварталов, срок хранения которых истёк,"),
        "archive": " перенесены из рабочего файла программы Багалау в архивный файл.",
        "destroy": " удалены из рабочего файла программы Багалау.",
        "cols": ["№", "Год", "Квартал", "Оценка завершена", "Срок хранения истёк", "Оценочных листов"],
        "rows": {"archive": "Итого оценочных листов: {sheets}. Всего перенесено в архивный файл записей программы "
                            "(листы, баллы, история изменений): {n}.",
                 "destroy": "Итого оценочных листов: {sheets}. Всего удалено записей программы (листы, баллы, "
                            "история изменений): {n}."},
        "file": "Архивный файл: {file}",
        "hash": "Контрольная сумма архивного файла (SHA-256): {hash}",
        "secret": "Результаты оценки являются конфиденциальной информацией (пункт 13 Методики).",
        "signed": ["Специалист службы управления персоналом", "Руководитель службы управления персоналом"],
    },
}


@dataclass(frozen=True)
class ActQuarter:
    year: int
    quarter: int
    completed_on: date
    term_ended: date
    evaluations: int


@dataclass(frozen=True)
class RetentionActData:
    number: int
    made_on: date
    kind: str  # "archive" | "destroy"
    organisation_kk: str
    organisation_ru: str
    quarters: list[ActQuarter]
    rows_moved: int
    archive_file: str
    archive_sha256: str
    hr_head_name: str
    approver_name: str = ""
    approver_title_kk: str = ""
    approver_title_ru: str = ""


class RetentionActDocument(SerifDocument[RetentionActData]):
    base_size = 14.0       # 004 §9.5: official papers in 14 pt

    def title(self, data: RetentionActData) -> str:
        lang = "ru" if self.lang == "ru" else "kk"
        return TEXT[lang]["title"][data.kind].format(n=data.number)

    def story(self, data: RetentionActData) -> list[Flowable]:
        langs: list[DocLang] = ["kk", "ru"] if self.lang == "both" else [self.lang]
        out: list[Flowable] = []
        for i, lang in enumerate(langs):
            if i:
                out.append(PageBreak())
            out.append(SectionMark(lang))       # each copy numbered on its own, in its language
            out.extend(self._one(data, lang))
        return out

    def _one(self, data: RetentionActData, lang: DocLang) -> list[Flowable]:
        s = self.styles()
        t = TEXT[lang]
        org = data.organisation_kk if lang == "kk" else data.organisation_ru
        title = (data.approver_title_ru or data.approver_title_kk) if lang == "ru" else data.approver_title_kk

        def names(name: str) -> str:     # "Есенова Б.Қ." is "Есенова Б.К." in a Russian paper
            return ru_spelling(name) if lang == "ru" else name
        approval = [Paragraph(escape(line), s["body"]) for line in
                    (t["approve"], title, f"____________ {names(data.approver_name)}", t["date_line"]) if line]
        stamp = Table([["", approval]], colWidths=[80 * mm, 90 * mm])
        stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))   # no unembedded Helvetica
        out: list[Flowable] = [stamp, Spacer(1, 6 * mm),
                               Paragraph(escape(org or data.organisation_kk or data.organisation_ru), s["subtitle"]),
                               Paragraph(escape(t["title"][data.kind].format(n=data.number)), s["title"]),
                               Paragraph(t["place"].format(date=f"{data.made_on:%d.%m.%Y}"), s["body"]),
                               Spacer(1, 4 * mm),
                               Paragraph(escape(t["basis"] + t[data.kind]), s["body"]), Spacer(1, 3 * mm)]
        rows: list[list[object]] = [[Paragraph(escape(c), s["cell_bold"]) for c in t["cols"]]]
        for n, q in enumerate(data.quarters, 1):
            rows.append([str(n), str(q.year), str(q.quarter), f"{q.completed_on:%d.%m.%Y}",
                         f"{q.term_ended:%d.%m.%Y}", str(q.evaluations)])
        table = Table(rows, colWidths=[10 * mm, 18 * mm, 22 * mm, 38 * mm, 40 * mm, 42 * mm], repeatRows=1)
        table.setStyle(self.table_style())
        out += [table, Spacer(1, 3 * mm), Paragraph(escape(t["rows"][data.kind].format(
            n=data.rows_moved, sheets=sum(q.evaluations for q in data.quarters))), s["body"])]
        if data.kind == "archive":
            out.append(Paragraph(escape(t["file"].format(file=data.archive_file)), s["body"]))
            out.append(Paragraph(escape(t["hash"].format(hash=data.archive_sha256)), s["small"]))
        out += [Spacer(1, 3 * mm), Paragraph(escape(t["secret"]), s["small"]), Spacer(1, 12 * mm)]
        signers = ["", names(data.hr_head_name)]
        signs: list[Flowable] = []
        for role, name in zip(t["signed"], signers, strict=True):
            sign = Table([[Paragraph(escape(role), s["body"]), "____________", Paragraph(escape(name), s["body"])]],
                         colWidths=[80 * mm, 40 * mm, 50 * mm])
            sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), 14),
                                      ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, -1), 0)]))
            signs += [sign, Spacer(1, 6 * mm)]
        out.append(KeepTogether(signs))       # the signatures never stand alone at the top of a page
        return out
