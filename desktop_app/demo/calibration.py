"""Demo part: a held calibration session (number 1 in the register) on a Q3 2026 result, with its votes,
protocol and feedback meeting, and a pending appeal on a recent result (001 §10, §19–§23)."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.calibration import ArgumentForm, Motion
from desktop_app.services.container import Services
from desktop_app.storage.calibration_repository import FeedbackMeeting


def demo_calibration(services: Services, today: date) -> str:
    cal = services.calibration
    wc = services.calendar.calendar()
    received = [(f, name) for f, name in cal.appealable() if f.evaluator_id and f.received_on]
    q3 = sorted([x for x in received if (x[0].year, x[0].quarter) == (2026, 3)],
                key=lambda x: (x[0].score or 0, x[0].evaluation_id))
    if not q3:
        return "calibration: no received Q3 2026 result in the demo office, no session written"
    facts, name = q3[0]
    assert facts.received_on is not None
    filed = wc.add_working_days(facts.received_on, 2)
    appeal = cal.file_appeal(facts.evaluation_id, filed, "Тоқсан ішіндегі жұмысымның көлемі мен сапасы толық "
                             "ескерілмеді деп санаймын; есептерді мерзімінде тапсырдым. Калибровкалық сессия "
                             "өткізуді сұраймын.")
    decided = wc.add_working_days(filed, 2)
    held = wc.add_working_days(filed, 6)
    people = {p.employee_id: p for p in cal.people(held)}
    if not any(p.is_hr for p in people.values()) and people:
        cal.set_hr_officer(next(iter(people)), True)
    members = cal.default_members([appeal], held, size=3)
    sid = cal.create_session([appeal], members, held, "Әкімдіктің мәжіліс залы", decided, "12-ө")
    old = facts.score or 0.0
    up = min(5.0, round(old + 0.5, 2))
    chair = members[0].employee_id
    cal.set_case(appeal, "Жұмыс көлемі орташа, екі тапсырма кешіктіріліп орындалды.",
                 "Кешіктіру тапсырманың мерзімі ұзартылғаннан кейін болды; растайтын хат қоса берілді.",
                 ArgumentForm.WRITTEN, [Motion(), Motion(up, chair, "Мерзімнің ұзартылғаны құжатпен расталды.")])
    for i, m in enumerate(members):
        cal.vote(appeal, m.employee_id, 1 if i < 2 else 0)
    cal.close_session(sid, held)
    cal.mark_posted(sid, wc.add_working_days(held, 2))
    cal.save_feedback(FeedbackMeeting(appeal, wc.add_working_days(held, 3),
                                      "Тоқсандық есептер уақытында дайындалды; екі өтінімге қорытынды берілді.",
                                      "Талдау дағдылары дамыды; іс қағаздарын жүргізу курсы аяқталды.",
                                      "Бөлім басшысының орынбасары лауазымына ұмтылады; тәлімгер бекітілді."))
    out = [f"calibration: session No. {cal.session(sid).number} on the appeal of {name} ({old:.2f} -> {up:.2f})"]
    rest = [x for x in received if x[0].evaluation_id != facts.evaluation_id and x[0].received_on]
    if rest:
        f2, name2 = rest[0]
        assert f2.received_on is not None
        filed2 = min(today, wc.add_working_days(f2.received_on, 1))
        cal.file_appeal(f2.evaluation_id, max(filed2, f2.received_on), "Бағамен келіспеймін: бастамашылықпен "
                        "орындаған қосымша тапсырмалар ескерілмеді.")
        out.append(f"calibration: a pending appeal of {name2}")
    return "; ".join(out)
