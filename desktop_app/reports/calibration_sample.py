"""A realistic protocol's data: two cases, five members, one absent — for the bench and the tests."""
from __future__ import annotations

from datetime import date

from desktop_app.reports.calibration_data import (
    FeedbackMemoData,
    Named,
    OrderData,
    ProtocolCase,
    ProtocolData,
    ProtocolMember,
    ProtocolMotion,
    period_label,
)
from desktop_app.reports.labels import L

ORG = L("«Қарасу ауданы әкімінің аппараты» мемлекеттік мекемесі",
        "Государственное учреждение «Аппарат акима Карасуского района»")


def sample_protocol() -> ProtocolData:
    chair = Named("Жұмабеков Ерлан Қайратұлы", "Жумабеков Ерлан Кайратович",
                  "әкім аппаратының басшысы", "руководитель аппарата акима")
    hr = Named("Әлиева Гүлнар Серікқызы", "Алиева Гульнар Сериковна",
               "персоналды басқару қызметінің бас маманы", "главный специалист службы управления персоналом")
    m1 = Named("Нұрланова Жанар Өмірзаққызы", "Нурланова Жанар Омирзаковна",
               "қаржы бөлімінің басшысы", "руководитель финансового отдела")
    m2 = Named("Қасымов Бауыржан Ғалымұлы", "Касымов Бауыржан Галымович",
               "құқық бөлімінің басшысы", "руководитель юридического отдела")
    m3 = Named("Ержанов Дәулет Сұлтанұлы", "Ержанов Даулет Султанович",
               "ұйымдастыру бөлімінің басшысы", "руководитель организационного отдела")
    ev = Named("Төлеуов Қанат Әбдіқадырұлы", "Тулеуов Канат Абдикадырович",
               "экономика бөлімінің басшысы", "руководитель отдела экономики")
    ap = Named("Омарова Сәуле Нұрғалиқызы", "Омарова Сауле Нургалиевна",
               "экономика бөлімінің бас маманы", "главный специалист отдела экономики")
    ap2 = Named("Исаев Тимур Ғаниұлы", "Исаев Тимур Ганиевич", "қаржы бөлімінің жетекші маманы",
                "ведущий специалист финансового отдела")
    period = period_label(2026, 3)
    case1 = ProtocolCase(
        ap, ev, period, 2.5, date(2026, 10, 14),
        evaluator_argument="Тоқсан ішінде екі тапсырма мерзімінен кеш орындалды, есептер қайта өңдеуге қайтарылды.",
        appellant_argument="Кешігу тапсырманың мерзімі ұзартылғаннан кейін болды; барлық есептер уақытында "
                           "тапсырылды, растайтын хаттар қоса беріледі.",
        motions=(ProtocolMotion(None, 1), ProtocolMotion(3.5, 3, m1, "Мерзімнің ұзартылғаны құжатпен расталды.")),
        adopted=1, eligible=4, final_score=3.5,
        final_grade=L("функционалдық міндеттерін тиісінше орындайды",
                      "выполняет функциональные обязанности надлежащим образом"),
        feedback_due=date(2026, 10, 30))
    case2 = ProtocolCase(
        ap2, m1, period, 4.0, date(2026, 10, 15),
        evaluator_argument="Жұмыс көлемі орташа, бастамашылық аз.",
        appellant_argument="Бюджеттік өтінімдерді дайындауға қосымша жүктеме алдым.", appellant_oral=True,
        motions=(ProtocolMotion(None, 3), ProtocolMotion(4.5, 0, m2, "Қосымша жүктеме ескерілсін.")),
        adopted=0, eligible=3, final_score=4.0,
        final_grade=L("функционалдық міндеттерін тиімді орындайды",
                      "выполняет функциональные обязанности эффективно"),
        feedback_due=date(2026, 10, 30))
    members = (ProtocolMember(chair, "chair"), ProtocolMember(hr, "secretary"), ProtocolMember(m1),
               ProtocolMember(m2), ProtocolMember(m3, present=False))
    return ProtocolData(ORG, "1", date(2026, 10, 22), "Қарасу ауылы, Омар Шипин к-сі, 28, мәжіліс залы",
                        members, (case1, case2), hr_responsible=hr, post_due=date(2026, 10, 27),
                        order_number="45-ө", order_date=date(2026, 10, 16))


def sample_order() -> OrderData:
    p = sample_protocol()
    official = Named("Жұмабеков Ерлан Қайратұлы", "Жумабеков Ерлан Кайратович", "Әкім аппаратының басшысы",
                     "Руководитель аппарата акима")
    return OrderData(ORG, "45-ө", date(2026, 10, 16), "Қарасу ауылы", official, p.held_on, p.place,
                     p.members, tuple((c.appellant, c.period) for c in p.cases), p.hr_responsible)


def sample_memo() -> FeedbackMemoData:
    c = sample_protocol().cases[0]
    return FeedbackMemoData(ORG, c.appellant, c.evaluator, c.period, date(2026, 10, 28), c.final_score,
                            c.original_score,
                            achievements="Бюджеттік бағдарламалардың тоқсандық есебі уақытында дайындалды.",
                            skills="Талдау дағдылары дамыды; Excel бойынша курс аяқталды.",
                            potential="Бөлім басшысының орынбасары лауазымына ұмтылады.", session_number="1")
