"""The recovery code sheet: printed once when a code is made, sealed in an envelope and kept
by the head of HR. It says plainly that without this code and the password the data are gone."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop_app.reports.labels import DocLang, L, doc_lang
from desktop_app.reports.pdf_base import PdfDocument, SectionMark

TITLE = L("Бағалау: қалпына келтіру коды", "Багалау: код восстановления")
OFFICE = L("Деректер файлы: {file}", "Файл данных: {file}")
MADE = L("Код жасалған күні: {date}", "Дата создания кода: {date}")
KEEP = L("Осы парақты мөрленген конвертте персоналды басқару қызметінің басшысы сақтайды. Код құпиясөз "
         "ұмытылғанда жаңа құпиясөз орнатуға мүмкіндік береді; пайдаланылғаннан кейін жаңа код беріледі.",
         "Этот лист хранит руководитель службы управления персоналом в запечатанном конверте. Код позволяет "
         "установить новый пароль, если пароль забыт; после использования выдаётся новый код.")
LOSS = L("Құпиясөз де, осы код та жоғалса, деректер біржола жоғалады: деректер файлы шифрланған, оны ешкім "
         "аша алмайды.",
         "Если потеряны и пароль, и этот код, данные потеряны навсегда: файл данных зашифрован, открыть его "
         "не сможет никто.")
# who receives it is not known to the program: the Russian line is worded without "принял(а)"
RECEIVED = L("Конвертті қабылдадым: ____________________ (қолы, тегі мен аты-жөнінің бас әріптері)",
             "Конверт получен: ____________________ (подпись, фамилия и инициалы)")
RECEIVED_ON = L("«___» __________ 20___ ж.", "«___» __________ 20___ г.")   # a line of its own: never split


class RecoverySheet(PdfDocument[tuple[str, str, date]]):
    """Data: (the code, the office file's name, the day it was made)."""

    base_size = 12.0

    def title(self, data: tuple[str, str, date]) -> str:
        return self.t(TITLE)

    def story(self, data: tuple[str, str, date]) -> list[Flowable]:
        code, office, made = data
        s = self.styles()
        out: list[Flowable] = []
        langs: tuple[DocLang, ...] = ("kk", "ru") if self.lang == "both" else (self.lang,)
        for i, lang in enumerate(langs):
            if i:
                out.append(PageBreak())
            out.append(SectionMark(lang))
            out += [Paragraph(escape(TITLE.text(lang)), s["title"]), Spacer(1, 6 * mm)]
            if office:
                out.append(Paragraph(escape(OFFICE.text(lang).format(file=office)), s["body"]))
            out += [Paragraph(escape(MADE.text(lang).format(date=made.strftime("%d.%m.%Y"))), s["body"]),
                    Spacer(1, 10 * mm),
                    Paragraph(f'<font size="22"><b>{escape(code)}</b></font>', s["title"]),
                    Spacer(1, 10 * mm),
                    Paragraph(escape(KEEP.text(lang)), s["body"]), Spacer(1, 4 * mm),
                    Paragraph(f"<b>{escape(LOSS.text(lang))}</b>", s["body"]), Spacer(1, 14 * mm),
                    Paragraph(escape(RECEIVED.text(lang)), s["body"]), Spacer(1, 3 * mm),
                    Paragraph(escape(RECEIVED_ON.text(lang)), s["body"])]
        return out


def render_recovery_sheet(code: str, office: str, lang: str, made: date | None = None) -> bytes:
    return RecoverySheet(doc_lang(lang)).render((code, office, made or date.today()))
