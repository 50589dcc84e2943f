"""Demo part: a held calibration session (number 1 in the register) on a result of the previous quarter,
with its votes, protocol and feedback meeting, and a pending appeal on a result of the current quarter
received a few days before `today`, so its deadlines are still ahead (001 §10, §19–§23)."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.calibration import ArgumentForm, Motion
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.quarters import previous_quarter, quarter_bounds, quarter_of
from desktop_app.domain.records import FeedbackMeeting
from desktop_app.services.container import Services


def demo_calibration(services: Services, today: date) -> str:
    cal = services.calibration
    wc = services.calendar.calendar()
    received = [(f, name) for f, name in cal.appealable() if f.evaluator_id and f.received_on]
    year, quarter = previous_quarter(today)
    previous = sorted([x for x in received if (x[0].year, x[0].quarter) == (year, quarter)],
                      key=lambda x: (x[0].score or 0, x[0].evaluation_id))
    if not previous:
        return f"calibration: no received result of {quarter}/{year} in the demo office, no session written"
    facts, name = previous[0]
    assert facts.received_on is not None
    filed = wc.add_working_days(facts.received_on, 2)
    appeal = cal.file_appeal(facts.evaluation_id, filed, "Тоқсан ішіндегі жұмысымның көлемі мен сапасы толық "
                             "ескерілмеді деп санаймын; есептерді мерзімінде тапсырдым. Калибрлеу сессиясын "
                             "өткізуді сұраймын.")
    decided = wc.add_working_days(filed, 2)
    held = wc.add_working_days(filed, 6)
    people = {p.employee_id: p for p in cal.people(held)}
    if not any(p.is_hr for p in people.values()) and people:
        cal.set_hr_officer(next(iter(people)), True)
    members = cal.default_members([appeal], held, size=3)
    sid = cal.create_session([appeal], members, held, "Әкімдіктің мәжіліс залы", decided, "12",
                             place_ru="Зал заседаний акимата")
    old = facts.score or 0.0
    up = min(5.0, round(old + 0.5, 2))
    chair = members[0].employee_id
    cal.set_case(appeal, "Жұмыс көлемі орташа, екі тапсырма кешіктіріліп орындалды.",
                 "Кешіктіру тапсырманың мерзімі ұзартылғаннан кейін болды; растайтын хат қоса берілді.",
                 ArgumentForm.WRITTEN, [Motion(), Motion(up, chair, "Мерзімнің ұзартылғаны құжатпен расталды.",
                                                          "Продление срока подтверждено документом.")],
                 "Объём работы средний, два поручения исполнены с опозданием.",
                 "Задержка возникла после продления срока поручения; подтверждающее письмо приложено.")
    for i, m in enumerate(members):
        cal.vote(appeal, m.employee_id, 1 if i < 2 else 0)
    cal.close_session(sid, held)
    final_on = wc.add_working_days(held, 1)      # the decided result becomes final (domain/sheet_moves.py)
    if final_on <= today:
        services.evaluation.finalise(facts.evaluation_id, final_on)
    cal.mark_posted(sid, wc.add_working_days(held, 2))
    cal.save_feedback(FeedbackMeeting(appeal, wc.add_working_days(held, 3),
                                      "Тоқсандық есептер уақытында дайындалды; екі өтінімге қорытынды берілді.",
                                      "Талдау дағдылары дамыды; іс қағаздарын жүргізу курсы аяқталды.",
                                      "Бөлім басшысының орынбасары лауазымына ұмтылады; тәлімгер бекітілді.",
                                      "Квартальные отчёты подготовлены в срок; даны заключения по двум заявкам.",
                                      "Развиты аналитические навыки; завершён курс делопроизводства.",
                                      "Стремится к должности заместителя руководителя отдела; назначен наставник."))
    out = [f"calibration: session No. {cal.session(sid).number} on the appeal of {name} ({old:.2f} -> {up:.2f})"]
    pending = _pending_appeal(services, wc, today)
    if not pending:  # no signed result this quarter yet: appeal another result of the previous quarter
        rest = [x for x in previous if x[0].evaluation_id != facts.evaluation_id and x[0].received_on]
        if rest:
            f2, spelled = rest[0]
            pending = spelled.kk
            assert f2.received_on is not None
            cal.file_appeal(f2.evaluation_id, wc.add_working_days(f2.received_on, 1),
                            "Бағамен келіспеймін: бастамашылықпен орындаған қосымша тапсырмалар ескерілмеді.")
    if pending:
        out.append(f"calibration: a pending appeal of {pending}")
    return "; ".join(out)


def _pending_appeal(services: Services, wc: WorkCalendar, today: date) -> str:
    """A signed result of the current quarter, received 3 working days ago and appealed yesterday."""
    row = services.quarter.find(*quarter_of(today))
    if row is None:
        return ""
    signed = [g for g in services.evaluation.grid(row.id)
              if g.evaluation.status == EvaluationStatus.SIGNED and g.evaluation.signed_on
              and g.evaluator is not None]
    if not signed:
        return ""
    days = wc.working_days(quarter_bounds(*quarter_of(today))[0], today)
    received_on = days[-4] if len(days) >= 4 else today
    target = max(signed, key=lambda g: (g.evaluation.signed_on or today, g.evaluation.id))
    if target.evaluation.signed_on and target.evaluation.signed_on > received_on:
        received_on = target.evaluation.signed_on
    evaluation_id = target.evaluation.id
    assert evaluation_id is not None  # a signed evaluation is a stored one
    services.evaluation.receive(evaluation_id, received_on)
    filed = wc.add_working_days(received_on, 2)
    services.calibration.file_appeal(evaluation_id, min(filed, today), "Бағамен келіспеймін: "
                                     "бастамашылықпен орындаған қосымша тапсырмалар ескерілмеді.")
    return target.employee.full_name("kk")


