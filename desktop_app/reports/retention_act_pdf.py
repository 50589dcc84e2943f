"""The act of archiving (or destroying) evaluation documents whose three-year term has passed (001 §12).

An official paper: Times-compatible serif 14 pt (004 §9.5). "both": the Kazakh act, then the Russian one.
Nothing leaves the office file without this act: the service writes it before removing anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop_app.reports.labels import DocLang
from desktop_app.reports.pdf_base import SerifDocument

TEXT: dict[str, dict[str, Any]] = {
    "kk": {
        "title": {"archive": "Бағалау құжаттарын мұрағатқа беру туралы № {n} АКТ",
                  "destroy": "Бағалау құжаттарын жою туралы № {n} АКТ"},
        "place": "{date} ж.",
        "basis": ("«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесінің "
                  "12-тармағына сәйкес бағалауға байланысты құжаттар бағалау аяқталған күннен бастап үш жыл "
                  "бойы сақталады. Сақтау мерзімі өткен төмендегі тоқсандардың құжаттары"),
        "archive": " Бағалау бағдарламасының жұмыс файлынан мұрағат файлына көшірілді.",
        "destroy": " Бағалау бағдарламасының жұмыс файлынан жойылды.",
        "cols": ["№", "Жыл", "Тоқсан", "Бағалау аяқталды", "Сақтау мерзімі аяқталды", "Бағалау парақтары"],
        "rows": "Барлығы көшірілген / жойылған жазбалар: {n}.",
        "file": "Мұрағат файлы: {file}",
        "hash": "Мұрағат файлының бақылау сомасы (SHA-256): {hash}",
        "secret": "Бағалау нәтижелері құпия ақпарат болып табылады (Әдістеменің 13-тармағы).",
        "signed": ["Персоналды басқару қызметінің маманы", "Персоналды басқару қызметінің басшысы"],
    },
    "ru": {
        "title": {"archive": "АКТ № {n} о передаче документов оценки в архив",
                  "destroy": "АКТ № {n} об уничтожении документов оценки"},
        "place": "{date} г.",
        "basis": ("В соответствии с пунктом 12 Методики оценки деятельности административных государственных "
                  "служащих корпуса «Б» документы, связанные с оценкой, хранятся в течение трёх лет со дня "
                  "завершения оценки. Документы нижеперечисленных кварталов, срок хранения которых истёк,"),
        "archive": " перенесены из рабочего файла программы Бағалау в архивный файл.",
        "destroy": " удалены из рабочего файла программы Бағалау.",
        "cols": ["№", "Год", "Квартал", "Оценка завершена", "Срок хранения истёк", "Оценочных листов"],
        "rows": "Всего перенесено / удалено записей: {n}.",
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


class RetentionActDocument(SerifDocument[RetentionActData]):
    base_size = 12.0

    def title(self, data: RetentionActData) -> str:
        lang = "ru" if self.lang == "ru" else "kk"
        return TEXT[lang]["title"][data.kind].format(n=data.number)

    def story(self, data: RetentionActData) -> list[Flowable]:
        langs: list[DocLang] = ["kk", "ru"] if self.lang == "both" else [self.lang]
        out: list[Flowable] = []
        for i, lang in enumerate(langs):
            if i:
                out.append(PageBreak())
            out.extend(self._one(data, lang))
        return out

    def _one(self, data: RetentionActData, lang: DocLang) -> list[Flowable]:
        s = self.styles()
        t = TEXT[lang]
        org = data.organisation_kk if lang == "kk" else data.organisation_ru
        out: list[Flowable] = [Paragraph(escape(org or data.organisation_kk or data.organisation_ru), s["subtitle"]),
                               Paragraph(escape(t["title"][data.kind].format(n=data.number)), s["title"]),
                               Paragraph(t["place"].format(date=f"{data.made_on:%d.%m.%Y}"), s["body"]),
                               Spacer(1, 4 * mm),
                               Paragraph(escape(t["basis"] + t[data.kind]), s["body"]), Spacer(1, 3 * mm)]
        rows: list[list[object]] = [[Paragraph(escape(c), s["cell_bold"]) for c in t["cols"]]]
        for n, q in enumerate(data.quarters, 1):
            rows.append([str(n), str(q.year), str(q.quarter), f"{q.completed_on:%d.%m.%Y}",
                         f"{q.term_ended:%d.%m.%Y}", str(q.evaluations)])
        table = Table(rows, colWidths=[10 * mm, 16 * mm, 22 * mm, 36 * mm, 46 * mm, 40 * mm], repeatRows=1)
        table.setStyle(self.table_style())
        out += [table, Spacer(1, 3 * mm), Paragraph(escape(t["rows"].format(n=data.rows_moved)), s["body"])]
        if data.kind == "archive":
            out.append(Paragraph(escape(t["file"].format(file=data.archive_file)), s["body"]))
            out.append(Paragraph(escape(t["hash"].format(hash=data.archive_sha256)), s["small"]))
        out += [Spacer(1, 3 * mm), Paragraph(escape(t["secret"]), s["small"]), Spacer(1, 12 * mm)]
        names = ["", data.hr_head_name]
        for role, name in zip(t["signed"], names, strict=True):
            sign = Table([[Paragraph(escape(role), s["body"]), "____________", Paragraph(escape(name), s["body"])]],
                         colWidths=[80 * mm, 35 * mm, 50 * mm])
            out += [sign, Spacer(1, 8 * mm)]
        return out
