"""The notice letter to an employee dismissed before the end of the quarter: the result evaluated without
them (001 §6), sent within the month after the quarter by a method that records delivery (001 §9),
with their right to ask for a calibration session within 5 working days (001 §10) and to appeal its
decision under the Administrative Procedural Code (001 §11). Times-compatible serif 14 pt, as official
papers of the apparatus (004 §9.5). "both": the Kazakh letter, then the Russian one on a new page.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop_app.domain.wording import ru_date
from desktop_app.reports.calibration_data import kk_on, lower_first
from desktop_app.reports.evaluation_data import NoticeData
from desktop_app.reports.evaluation_parts import EvaluationDocument, SectionStart, fmt_date, fmt_score
from desktop_app.reports.labels import DocLang

TEXT = {
    "kk": {
        "number": "Шығ. № {number}, {date}",
        "method": "Жіберу тәсілі: {method}",
        "title": "Қызметті бағалау нәтижелері туралы хабарлама",
        "dear": "Құрметті {name}!",
        "dear_f": "Құрметті {name}!",
        "received": "Хабарламамен таныстым",
        "received_f": "Хабарламамен таныстым",
        "date": "Күні",
        "p1": ("«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесінің "
               "6-тармағына сәйкес {period} Сіздің қызметіңізді бағалау {dismissed} жұмыстан "
               "босатылуыңызға байланысты Сіздің қатысуыңызсыз жүргізілгенін хабарлаймыз{position}."),
        "position": " (бұрынғы лауазымыңыз: {position})",
        "result": "Бағалау нәтижесі: <b>{score}</b> балл — «{grade}».",
        "p2": ("Бағалау нәтижелерімен келіспеген жағдайда Сіз оларды алған күннен бастап <b>бес жұмыс "
               "күні</b> ішінде калибрлеу сессиясын өткізу туралы еркін нысандағы өтінішпен тағайындау "
               "құқығы бар лауазымды адамға{official} жүгінуге құқылысыз (Әдістеменің 10-тармағы)."),
        "p3": ("Калибрлеу сессиясының шешіміне Қазақстан Республикасының Әкімшілік рәсімдік-процестік "
               "кодексінде белгіленген тәртіппен шағым жасалуы мүмкін (Әдістеменің 11-тармағы)."),
        "p4": ("Бағалау нәтижелері құпия ақпарат болып табылады және үшінші тұлғаларға жария етілмейді "
               "(Әдістеменің 13-тармағы)."),
        "period": "{year} жылғы {quarter}-тоқсандағы",
        "no_score": "Бағалау нәтижесі: балл қойылмаған.",
        "executor": "Орынд.: {name}, тел. {phone}",
    },
    "ru": {
        "number": "Исх. № {number} от {date}",
        "method": "Способ направления: {method}",
        "title": "Уведомление о результатах оценки деятельности",
        "dear": "Уважаемый {name}!",
        "dear_f": "Уважаемая {name}!",
        "received": "Уведомление получил",
        "received_f": "Уведомление получила",
        "date": "Дата",
        "p1": ("Сообщаем, что в соответствии с пунктом 6 Методики оценки деятельности административных "
               "государственных служащих корпуса «Б» оценка Вашей деятельности за {period} проведена без "
               "Вашего участия в связи с увольнением {dismissed}{position}."),
        "position": " (замещавшаяся должность: {position})",
        "result": "Результат оценки: <b>{score}</b> балла — «{grade}».",
        "p2": ("В случае несогласия с результатами оценки Вы вправе в течение <b>пяти рабочих дней</b> со "
               "дня их получения обратиться с заявлением в произвольной форме о проведении калибровочной "
               "сессии к должностному лицу, имеющему право назначения{official} (пункт 10 Методики)."),
        "p3": ("Решение калибровочной сессии может быть обжаловано в порядке, установленном "
               "Административным процедурно-процессуальным кодексом Республики Казахстан "
               "(пункт 11 Методики)."),
        "p4": ("Результаты оценки являются конфиденциальной информацией и не подлежат разглашению третьим "
               "лицам (пункт 13 Методики)."),
        "period": "{quarter} квартал {year} года",
        "no_score": "Результат оценки: балл не выставлен.",
        "executor": "Исп.: {name}, тел. {phone}",
    },
}


class NoticePdf(EvaluationDocument[Sequence[NoticeData]]):
    base_size = 13.0
    margins = (30 * mm, 12 * mm, 20 * mm, 20 * mm)

    def title(self, data: Sequence[NoticeData]) -> str:
        lang = "ru" if self.lang == "ru" else "kk"
        return TEXT[lang]["title"]

    def running_head(self, data: Sequence[NoticeData]) -> str:
        return ""

    def story(self, data: Sequence[NoticeData]) -> list[Flowable]:
        langs = ["kk", "ru"] if self.lang == "both" else [self.lang]
        out: list[Flowable] = []
        for notice in data:
            for lang in langs:
                if out:
                    out.append(PageBreak())
                out.append(SectionStart(lang if self.lang == "both" else None))   # each copy numbered in its language
                out += self.letter(notice, lang)
        return out

    def letter(self, d: NoticeData, lang: str) -> list[Flowable]:
        tx = TEXT[lang]
        s = self.styles()
        body = ParagraphStyle("letter", parent=s["body"], alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm,
                              spaceAfter=2 * mm)
        right = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
        small = s["small"]
        org = getattr(d.organisation, lang)
        # the organisation's name already says where it is: the district is not written again below it
        head_left = f"<b>{escape(org)}</b><br/>" + tx["number"].format(
            number=escape(d.outgoing_number.removeprefix("№").strip()) or "____", date=fmt_date(d.letter_date, "«___» ________ 20___"))
        name = getattr(d.employee, lang) or d.employee.kk
        head_right = f"<b>{escape(name)}</b><br/>{escape(d.employee_address)}"
        width = self.frame_width
        head = Table([[Paragraph(head_left, small), Paragraph(head_right, right)]],
                     colWidths=[width * 0.5, width * 0.5])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), self.font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        position = getattr(d.position, lang)
        # inside a sentence the position starts with a small letter: "(руководитель аппарата … Есенова Б.К.)"
        official = " ".join(x for x in (lower_first(getattr(d.appointing_official_title, lang)),
                                        getattr(d.appointing_official_name, lang)) if x)
        grade = getattr(d.grade, lang) if d.grade else ""
        out: list[Flowable] = [head, Spacer(1, 4 * mm)]
        method = getattr(d.method, lang)
        if method:
            out.append(Paragraph(tx["method"].format(method=escape(method)), right))
        out += [
            Spacer(1, 6 * mm),
            Paragraph(tx["title"], s["title"]),
            Paragraph(tx["dear" if d.addressee_male else "dear_f"].format(name=escape(_addressed(name))), ParagraphStyle("dear", parent=s["body"],
                                                                          alignment=1, spaceAfter=3 * mm)),
            Paragraph(tx["p1"].format(
                period=tx["period"].format(quarter=d.quarter, year=d.year),
                dismissed=_on_day(d.dismissal_date, lang),
                position=tx["position"].format(position=escape(lower_first(position))) if position else ""), body),
            # one short line: justified, its last-but-one line would gape
            Paragraph(tx["result"].format(score=fmt_score(d.score), grade=escape(grade))
                      if d.score is not None else tx["no_score"], ParagraphStyle("result", parent=body,
                                                                                 alignment=TA_LEFT)),
            Paragraph(tx["p2"].format(official=f" ({escape(official)})" if official else ""), body),
            Paragraph(tx["p3"], body),
            Paragraph(tx["p4"], body),
            Spacer(1, 10 * mm),
        ]
        signer = getattr(d.signer_name, lang) or d.signer_name.kk
        sign = Table([[Paragraph(escape(getattr(d.signer_position, lang)), s["body"]),
                       Paragraph(f"________________ / {escape(signer) or '_' * 16} /", right)]],
                     colWidths=[width * 0.42, width * 0.58])
        sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), self.font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(sign)
        # the addressee's receipt: the term to appeal runs from the day the result is received (001 §10)
        receipt = Table([[Paragraph(tx["received" if d.addressee_male else "received_f"], s["body"]),
                          Paragraph(f"________________ / {escape(name)} /<br/>{tx['date']}: «___» "
                                    f"____________ 20___", right)]], colWidths=[width * 0.42, width * 0.58])
        receipt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), self.font),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 8 * mm)]))
        out.append(KeepTogether([sign, receipt]))
        out.remove(sign)
        if d.contact_phone:
            out += [Spacer(1, 12 * mm), Paragraph(tx["executor"].format(name=escape(signer), phone=escape(
                d.contact_phone)), small)]
        return out


def _on_day(day: date | None, lang: str) -> str:
    """A date in running text: "2026 жылғы 15 тамызда" / "15 августа 2026 года" (GLOSSARY.md)."""
    if day is None:
        return "—"
    return ru_date(day) if lang == "ru" else kk_on(day)


def _addressed(full_name: str) -> str:
    """A letter addresses a person by name and patronymic: "Уважаемый Адилет Жумабекович!",
    "Құрметті Әділет Жұмабекұлы!" (the surname is on the address block)."""
    parts = full_name.split()
    return " ".join(parts[1:]) if len(parts) >= 3 else full_name


def render_notices(notices: Sequence[NoticeData], lang: DocLang = "kk") -> bytes:
    """Letters to every dismissed evaluee of a quarter, each from a new page."""
    return NoticePdf(lang).render(list(notices))


def render_notice(notice: NoticeData, lang: DocLang = "kk") -> bytes:
    return render_notices([notice], lang)
