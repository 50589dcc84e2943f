"""Which rule of the help (resources/help/rules.json) a line of a page applies.

The roster says why (`Reason`) and by whom (`EvaluatorRule`); the dashboard's due items say which page
resolves them and carry their message. These small maps turn that into the rule id the help explains.
"""
from __future__ import annotations

from desktop_app.domain.roster import EvaluatorRule, Reason, RosterDecision
from desktop_app.services.dashboard import DueItem

#: 001 §3, §5, §6: the reason an employee is (not) on the roster.
REASON_RULES: dict[Reason, str] = {
    Reason.ELIGIBLE: "eligibility.worked_days",
    Reason.FEW_WORKED_DAYS: "eligibility.worked_days",
    Reason.SHORT_TENURE: "eligibility.one_month",
    Reason.DISMISSED: "eligibility.dismissed",
    Reason.SECONDED: "eligibility.seconded",
}

#: 001 §16: who evaluates on which form.
EVALUATOR_RULES: dict[EvaluatorRule, str] = {
    EvaluatorRule.DIRECT_SUPERVISOR: "evaluator.form1_direct",
    EvaluatorRule.HEAD_LEADERSHIP: "evaluator.form1_head",
    EvaluatorRule.HEAD_OTHER: "evaluator.form2",
    EvaluatorRule.NONE_FOUND: "evaluator.form2",
}


def roster_rules(decision: RosterDecision) -> list[str]:
    """The rules a roster decision applies, the reason's first; empty for a pure override."""
    out: list[str] = []
    if decision.reason in REASON_RULES:
        out.append(REASON_RULES[decision.reason])
    if decision.included:
        if decision.acting_for_employee_id is not None:
            out.append("evaluator.acting")                       # 001 §3
        if decision.evaluator_rule in EVALUATOR_RULES:
            out.append(EVALUATOR_RULES[decision.evaluator_rule])
        if decision.overloaded:
            out.append("evaluator.over_20")                      # 001 §17
    return out


# Words of the English source of each due item's message (services/dashboard.py, services/calibration.py).
_DUE_TEXT_RULES: tuple[tuple[str, str], ...] = (
    ("dismissed evaluees", "deadline.dismissed_notice"),       # 001 §9
    ("not yet received", "evaluation.receipt"),                # 001 §9
    ("past the appeal window", "appeal.filing"),               # 001 §10
    ("Art. 33", "annual.two_unsatisfactory"),                  # Law on civil service, Art. 33 p. 6
    ("filed late", "appeal.filing"),                           # 001 §10
    ("decide on the session", "appeal.decision"),              # 001 §19
    ("hold the calibration session", "calibration.session_deadline"),  # 001 §20
    ("post it", "calibration.protocol_posting"),               # 001 §22
)
_DUE_PAGE_RULES = {"quarter": "deadline.quarter", "annual": "deadline.annual", "appeals": "appeal.decision"}


def due_item_rule(item: DueItem) -> str:
    """The rule behind one dashboard line: its message first, else the page that resolves it."""
    for words, rule_id in _DUE_TEXT_RULES:
        if words in item.text.text:
            return rule_id
    return _DUE_PAGE_RULES.get(item.page, "deadline.quarter")


def rule_links_html(rule_ids: list[str], language: str) -> str:
    """Links "title (reference)" to each rule, for a rich-text label whose linkActivated opens the help
    (`open_rule_link`)."""
    from html import escape

    from desktop_app.domain.rules_help import has_rule, rule

    out = []
    for rule_id in dict.fromkeys(rule_ids):
        if not has_rule(rule_id):
            continue
        r = rule(rule_id)
        ref = r.reference(language)   # "Әдістеменің 5-тармағы" in Kazakh, "пункт 5 Методики" in Russian
        shown = f"{r.title(language)} ({ref})" if ref else r.title(language)
        out.append(f"<a href='rule:{rule_id}'>{escape(shown)}</a>")
    return " · ".join(out)


def rule_of_link(link: str) -> str:
    """The rule id of a link made by `rule_links_html` ("" for any other link)."""
    return link[5:] if link.startswith("rule:") else ""
