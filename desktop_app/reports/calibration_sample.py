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
               "персоналды басқару қызметінің бас маманы", "главный специалист службы управления персоналом",
               male=False)
    m1 = Named("Нұрланова Жанар Өмірзаққызы", "Нурланова Жанар Омирзаковна",
               "қаржы бөлімінің басшысы", "руководитель финансового отдела", male=False)
    m2 = Named("Қасымов Бауыржан Ғалымұлы", "Касымов Бауыржан Галымович",
               "құқық бөлімінің басшысы", "руководитель юридического отдела")
    m3 = Named("Ержанов Дәулет Сұлтанұлы", "Ержанов Даулет Султанович",
               "ұйымдастыру бөлімінің басшысы", "руководитель организационного отдела")
    ev = Named("Төлеуов Қанат Әбдіқадырұлы", "Тулеуов Канат Абдикадырович",
               "экономика бөлімінің басшысы", "руководитель отдела экономики")
    ap = Named("Омарова Сәуле Нұрғалиқызы", "Омарова Сауле Нургалиевна",
               "экономика бөлімінің бас маманы", "главный специалист отдела экономики", male=False)
    ap2 = Named("Исаев Тимур Ғаниұлы", "Исаев Тимур Ганиевич", "қаржы бөлімінің жетекші маманы",
                "ведущий специалист финансового отдела")
    period = period_label(2026, 3)
    case1 = ProtocolCase(
        ap, ev, period, 2.5, date(2026, 10, 14),
        evaluator_argument="Тоқсан ішінде екі тапсырма мерзімінен кеш орындалды, есептер қайта өңдеуге қайтарылды.",
        appellant_argument="Кешігу тапсырманың мерзімі ұзартылғаннан кейін болды; барлық есептер уақытында "
                           "тапсырылды, растайтын хаттар қоса беріледі.",
        motions=(ProtocolMotion(None, 1), ProtocolMotion(3.5, 3, m1, "Мерзімнің ұзартылғаны құжатпен расталды.",
                                                          "Продление срока подтверждено документом.")),
        evaluator_argument_ru="За квартал два поручения исполнены с опозданием, отчёты возвращались на доработку.",
        appellant_argument_ru="Опоздание возникло после продления срока поручения; все отчёты сданы вовремя.",
        adopted=1, eligible=4, final_score=3.5, ballots=((chair, 1), (hr, 1), (m1, 1), (m2, 0)),
        final_grade=L("функционалдық міндеттерін тиісінше орындайды",
                      "выполняет функциональные обязанности надлежащим образом"),
        feedback_due=date(2026, 10, 30))
    case2 = ProtocolCase(
        ap2, m1, period, 4.0, date(2026, 10, 15),
        evaluator_argument="Жұмыс көлемі орташа, бастамашылық аз.",
        appellant_argument="Бюджеттік өтінімдерді дайындауға қосымша жүктеме алдым.", appellant_oral=True,
        motions=(ProtocolMotion(None, 3), ProtocolMotion(4.5, 0, m2, "Қосымша жүктеме ескерілсін.",
                                                          "Учесть дополнительную нагрузку.")),
        evaluator_argument_ru="Объём работы средний, инициативы мало.",
        appellant_argument_ru="Получил дополнительную нагрузку по подготовке бюджетных заявок.",
        adopted=0, eligible=3, final_score=4.0,
        final_grade=L("функционалдық міндеттерін тиімді орындайды",
                      "выполняет функциональные обязанности эффективно"),
        feedback_due=date(2026, 10, 30))
    members = (ProtocolMember(chair, "chair"), ProtocolMember(hr, "secretary"), ProtocolMember(m1),
               ProtocolMember(m2), ProtocolMember(m3, present=False))
    return ProtocolData(ORG, "1", date(2026, 10, 22), "Қарасу ауылы, Омар Шипин к-сі, 28, мәжіліс залы",
                        members, (case1, case2), hr_responsible=hr, post_due=date(2026, 10, 27),
                        order_number="45", order_date=date(2026, 10, 16),
                        place_ru="село Карасу, ул. Омара Шипина, 28, зал заседаний")


def sample_order() -> OrderData:
    p = sample_protocol()
    official = Named("Жұмабеков Ерлан Қайратұлы", "Жумабеков Ерлан Кайратович", "Әкім аппаратының басшысы",
                     "Руководитель аппарата акима")
    return OrderData(ORG, "45", date(2026, 10, 16), "Қарасу ауылы", official, p.held_on, p.place,
                     p.members, tuple((c.appellant, c.period) for c in p.cases), p.hr_responsible, "order",
                     "село Карасу", p.place_ru, tuple(c.appeal_filed_on for c in p.cases))


def sample_memo() -> FeedbackMemoData:
    c = sample_protocol().cases[0]
    return FeedbackMemoData(ORG, c.appellant, c.evaluator, c.period, date(2026, 10, 28), c.final_score,
                            c.original_score,
                            achievements="Бюджеттік бағдарламалардың тоқсандық есебі уақытында дайындалды.",
                            skills="Талдау дағдылары дамыды; Excel бойынша курс аяқталды.",
                            potential="Бөлім басшысының орынбасары лауазымына ұмтылады.", session_number="1",
                            achievements_ru="Квартальный отчёт по бюджетным программам подготовлен в срок.",
                            skills_ru="Развиты аналитические навыки; пройден курс по Excel.",
                            potential_ru="Стремится к должности заместителя руководителя отдела.",
                            session_date=date(2026, 10, 22))
