"""Rule links next to a score or a date cite the paragraph in the interface language (a Kazakh
screen showed "(пункт 17 Методики)")."""
from __future__ import annotations

from desktop_app.ui.help.rule_map import rule_links_html


def test_kazakh_links_cite_in_kazakh_and_russian_in_russian() -> None:
    kk = rule_links_html(["eligibility.one_month", "evaluator.over_20"], "kk")
    ru = rule_links_html(["eligibility.one_month", "evaluator.over_20"], "ru")
    assert "Әдістеменің 5-тармағы" in kk and "Әдістеменің 17-тармағы" in kk and "пункт" not in kk
    assert "пункт 5 Методики" in ru and "тармағы" not in ru
