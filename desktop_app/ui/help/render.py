"""The body of one rule's help as rich text: explanation, legal basis, the words of the paragraph."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.rules_help import QUOTE_GAP, LegalSource, RuleHelp
from desktop_app.ui.help.language import language_name

_LINE = "<p style='margin:0 0 4px 0'>{}</p>"


def _paragraphs(text: str) -> str:
    """Explanation lines: a line break in the catalog starts a new line (band tables, lists)."""
    return "".join(f"<p style='margin:0 0 6px 0'>{escape(line)}</p>" for line in text.split("\n") if line)


def _source_html(src: LegalSource, lang: str) -> str:
    act_label = QCoreApplication.translate("RuleHelp", "Act:")
    rows = [_LINE.format(f"<i>{escape(src.note(lang))}</i>")] if src.note(lang) else []
    rows.append(_LINE.format(f"<b>{escape(act_label)}</b> {escape(src.act(lang))}"))
    if src.paragraph:
        par_label = QCoreApplication.translate("RuleHelp", "Paragraph:")
        rows.append(_LINE.format(f"<b>{escape(par_label)}</b> {escape(src.paragraph)}"))
    if not src.in_seeds:
        warning = QCoreApplication.translate(
            "RuleHelp", "This act is not among the source texts of the program; "
                        "check its current wording before relying on it.")
        rows.append(f"<p style='margin:0 0 4px 0; color:#8a5a00'>{escape(warning)}</p>")
    if src.quote:
        label = QCoreApplication.translate(
            "RuleHelp", "Text of the paragraph (in {language}, the language of the act):").format(
            language=language_name(src.quote_lang))
        gap = " <span style='color:#777'>[…]</span> "
        quote = escape(src.quote).replace(escape(QUOTE_GAP), gap)
        rows.append(f"<p style='margin:8px 0 2px 0'><b>{escape(label)}</b></p>"
                    "<table width='100%' cellpadding='8' style='background-color:#f3f1ea'><tr><td>"
                    f"<i>«{quote}»</i></td></tr></table>")
    return "".join(rows)


def rule_html(rule: RuleHelp, lang: str) -> str:
    """The whole right-hand side of the help dialog for `rule` in the interface language `lang`."""
    basis = QCoreApplication.translate("RuleHelp", "Legal basis")
    parts = [_paragraphs(rule.text(lang)),
             f"<h3 style='margin:14px 0 6px 0'>{escape(basis)}</h3>",
             _source_html(rule.source, lang)]
    see_also = QCoreApplication.translate("RuleHelp", "See also")
    for extra in rule.also:
        parts.append(f"<h4 style='margin:12px 0 4px 0'>{escape(see_also)}</h4>")
        parts.append(_source_html(extra, lang))
    return "".join(parts)
