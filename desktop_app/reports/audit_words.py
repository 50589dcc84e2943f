"""The audit log in the words of the document's language: what kind of record changed and which of its
details, never a table or column name (001 §12–§13 the extract is read by people, not by SQL).

`RECORDS` names the kind of record a table holds, `DETAILS` its columns; `value_text` writes a stored value
as a person would (dates dd.mm.yyyy, yes/no, a dash for nothing). tests/reports/test_audit_extract.py
checks that every audited table and column of an office file has its words here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from desktop_app.domain.audit_reasons import parse as parse_reason
from desktop_app.reports.labels import L

RECORDS: dict[str, L] = {
    "absences": L("Жұмыста болмау", "Отсутствие на работе"),
    "appeals": L("Бағалау нәтижесімен келіспеу туралы өтініш", "Обращение о несогласии с оценкой"),
    "appointments": L("Лауазымға тағайындау", "Назначение на должность"),
    "calibration_members": L("Калибрлеу сессиясының мүшесі", "Член калибровочной сессии"),
    "calibration_motions": L("Калибрлеу сессиясындағы ұсыныс", "Предложение на калибровочной сессии"),
    "calibration_sessions": L("Калибрлеу сессиясы", "Калибровочная сессия"),
    "calibration_votes": L("Калибрлеу сессиясындағы дауыс", "Голос на калибровочной сессии"),
    "calibration_hr_officers": L("Персоналды басқару қызметінің қызметкері", "Работник службы управления персоналом"),
    "calendar_days": L("Жұмыс күнтізбесінің күні", "День производственного календаря"),
    "categories": L("Лауазым санаты", "Категория должности"),
    "employees": L("Қызметкер", "Работник"),
    "evaluation_entries": L("Көтермелеу немесе айыппұл балы", "Поощрительный или штрафной балл"),
    "evaluation_history": L("Бағалау парағының өзгерісі", "Изменение оценочного листа"),
    "evaluation_scores": L("Бағалау парағындағы балл", "Балл в оценочном листе"),
    "evaluations": L("Бағалау парағы", "Оценочный лист"),
    "feedback_meetings": L("Кері байланыс кездесуі", "Встреча по обратной связи"),
    "methodologies": L("Бағалау әдістемесі", "Методика оценки"),
    "organisation": L("Ұйым картасы", "Карточка организации"),
    "positions": L("Лауазым", "Должность"),
    "quarters": L("Бағалау тоқсаны", "Квартал оценки"),
    "retention_acts": L("Сақтау мерзімі туралы акт", "Акт о сроке хранения"),
    "roster_entries": L("Бағаланатындар тізіміндегі жол", "Строка списка оцениваемых"),
    "roster_overrides": L("Бағаланатындар тізіміне түзету", "Поправка к списку оцениваемых"),
    "units": L("Құрылымдық бөлімше", "Структурное подразделение"),
    "evaluation_designees": L("Бағалаушының тапсыруымен бағалайтын тұлға", "Лицо, назначенное оценивающим"),
    "evaluation_personal_points": L("Бағалау парағындағы жеке балл", "Личный балл в оценочном листе"),
    "settings": L("Бағдарлама баптауы", "Настройка программы"),
}

DETAILS: dict[str, L] = {
    "id": L("нөмірі", "номер"),
    "employee_id": L("қызметкер", "работник"),
    "evaluator_employee_id": L("бағалаушы", "оценивающее лицо"),
    "acting_for_employee_id": L("кімнің орнына", "вместо кого"),
    "evaluation_id": L("бағалау парағы", "оценочный лист"),
    "appeal_id": L("өтініш", "обращение"),
    "session_id": L("калибрлеу сессиясы", "калибровочная сессия"),
    "quarter_id": L("тоқсан", "квартал"),
    "position_id": L("лауазым", "должность"),
    "unit_id": L("бөлімше", "подразделение"),
    "head_position_id": L("бөлімше басшысының лауазымы", "должность руководителя подразделения"),
    "supervisor_position_id": L("жоғары тұрған лауазым", "вышестоящая должность"),
    "methodology_id": L("әдістеме", "методика"),
    "item_id": L("шәкіл тармағы", "пункт шкалы"),
    "proposed_by": L("ұсынған мүше", "кто предложил"),
    "kind": L("түрі", "вид"),
    "date_from": L("басталған күні", "дата начала"),
    "date_to": L("аяқталған күні", "дата окончания"),
    "note": L("ескертпе", "примечание"),
    "received_on": L("нәтижемен танысқан күні", "дата ознакомления с результатом"),
    "filed_on": L("өтініш берілген күні", "дата подачи"),
    "text": L("мәтіні", "текст"),
    "scan_path": L("сканерленген көшірме", "скан-копия"),
    "late_accepted": L("мерзімі өткен өтініш қабылданды", "просроченное обращение принято"),
    "decided_on": L("шешім күні", "дата решения"),
    "evaluator_argument": L("бағалаушының дәлелі", "аргументы оценивающего лица"),
    "appellant_argument": L("бағаланушының дәлелі", "аргументы оцениваемого лица"),
    "evaluator_argument_ru": L("бағалаушының дәлелі (орысша)", "аргументы оценивающего лица (на русском)"),
    "appellant_argument_ru": L("бағаланушының дәлелі (орысша)", "аргументы оцениваемого лица (на русском)"),
    "appellant_form": L("дәлелдеу нысаны", "форма изложения"),
    "original_score": L("бастапқы балл", "первоначальный балл"),
    "final_score": L("қорытынды балл", "итоговый балл"),
    "order_ref": L("бұйрық", "приказ"),
    "role": L("сессиядағы рөлі", "роль в сессии"),
    "present": L("қатысты", "присутствовал"),
    "is_hr": L("персоналды басқару қызметінен", "из службы управления персоналом"),
    "sort_order": L("реттік нөмірі", "порядковый номер"),
    "position": L("реттік нөмірі", "порядковый номер"),
    "new_score": L("ұсынылған балл", "предложенный балл"),
    "reasoning": L("негіздемесі", "обоснование"),
    "reasoning_ru": L("негіздемесі (орысша)", "обоснование (на русском)"),
    "register_year": L("тіркеу жылы", "год регистрации"),
    "register_seq": L("хаттаманың нөмірі", "номер протокола"),
    "held_on": L("өткізілген күні", "дата проведения"),
    "place": L("өткізілген орны", "место проведения"),
    "place_ru": L("өткізілген орны (орысша)", "место проведения (на русском)"),
    "status": L("күйі", "статус"),
    "order_number": L("бұйрықтың нөмірі", "номер приказа"),
    "order_date": L("бұйрықтың күні", "дата приказа"),
    "signed_on": L("қол қойылған күні", "дата подписания"),
    "posted_on": L("ақпараттық жүйеге орналастырылған күні", "дата размещения в информационной системе"),
    "motion_position": L("ұсыныстың нөмірі", "номер предложения"),
    "iin": L("ЖСН", "ИИН"),
    "last_name": L("тегі", "фамилия"),
    "first_name": L("аты", "имя"),
    "middle_name": L("әкесінің аты", "отчество"),
    "last_name_ru": L("тегі (орысша)", "фамилия (на русском)"),
    "first_name_ru": L("аты (орысша)", "имя (на русском)"),
    "middle_name_ru": L("әкесінің аты (орысша)", "отчество (на русском)"),
    "phone": L("телефоны", "телефон"),
    "email": L("электрондық поштасы", "электронная почта"),
    "address": L("мекенжайы", "адрес"),
    "dismissal_date": L("жұмыстан босатылған күні", "дата увольнения"),
    "quantity": L("саны", "количество"),
    "chosen_points": L("таңдалған балл", "выбранный балл"),
    "co_executor": L("бірлесіп орындаушы", "соисполнитель"),
    "flags": L("белгілері", "отметки"),
    "doc_number": L("құжаттың нөмірі", "номер документа"),
    "doc_date": L("құжаттың күні", "дата документа"),
    "changed_at": L("өзгертілген уақыты", "время изменения"),
    "field": L("өзгертілген мән", "изменённое значение"),
    "old_value": L("бұрынғы мәні", "прежнее значение"),
    "new_value": L("жаңа мәні", "новое значение"),
    "reason": L("себебі", "основание"),
    "key": L("өлшем", "критерий"),
    "value": L("мәні", "значение"),
    "form": L("бағалау парағының нысаны", "форма оценочного листа"),
    "score": L("балл", "балл"),
    "comments": L("түсініктеме", "комментарий"),
    "finalised_on": L("түпкілікті болған күні", "дата окончательного утверждения"),
    "without_participation": L("бағаланушының қатысуынсыз", "без участия оцениваемого"),
    "notice_method": L("хабарлау тәсілі", "способ уведомления"),
    "notice_on": L("хабарланған күні", "дата уведомления"),
    "notice_ref": L("хабарламаның нөмірі", "номер уведомления"),
    "calibrated": L("калибрлеу сессиясы өзгерткен", "изменено калибровочной сессией"),
    "achievements": L("жетістіктер", "достижения"),
    "skills": L("дағдылар мен құзыреттер", "навыки и компетенции"),
    "potential": L("әлеует пен мансаптық ұмтылыстар", "потенциал и карьерные устремления"),
    "achievements_ru": L("жетістіктер (орысша)", "достижения (на русском)"),
    "skills_ru": L("дағдылар мен құзыреттер (орысша)", "навыки и компетенции (на русском)"),
    "potential_ru": L("әлеует пен мансаптық ұмтылыстар (орысша)", "потенциал и карьерные устремления (на русском)"),
    "lineage": L("әдістеменің тізбегі", "линия методики"),
    "version": L("нұсқасы", "версия"),
    "name_kk": L("атауы (қазақша)", "наименование (на казахском)"),
    "name_ru": L("атауы (орысша)", "наименование (на русском)"),
    "act_number": L("бекіткен актінің нөмірі", "номер утверждающего акта"),
    "act_date": L("бекіткен актінің күні", "дата утверждающего акта"),
    "effective_from": L("қолданысқа енген күні", "дата введения"),
    "score_model": L("балл қою тәсілі", "модель баллов"),
    "preset": L("үлгісі", "образец"),
    "document": L("мазмұны", "содержание"),
    "created_at": L("жасалған уақыты", "время создания"),
    "updated_at": L("өзгертілген уақыты", "время изменения"),
    "district": L("ауданы", "район"),
    "region": L("облысы", "область"),
    "head_name": L("басшысы", "руководитель"),
    "hr_head_name": L("персоналды басқару қызметінің басшысы", "руководитель службы управления персоналом"),
    "appointing_official_name": L("тағайындау құқығы бар тұлға", "лицо, имеющее право назначения"),
    "appointing_official_title": L("тағайындау құқығы бар тұлғаның лауазымы",
                                   "должность лица, имеющего право назначения"),
    "appointing_official_title_ru": L("тағайындау құқығы бар тұлғаның лауазымы (орысша)",
                                      "должность лица, имеющего право назначения (на русском)"),
    "issue_place_kk": L("құжаттар шығарылатын жер (қазақша)", "место издания документов (на казахском)"),
    "issue_place_ru": L("құжаттар шығарылатын жер (орысша)", "место издания документов (на русском)"),
    "order_act": L("калибрлеу сессиясы туралы акт", "акт о калибровочной сессии"),
    "title_kk": L("атауы (қазақша)", "наименование (на казахском)"),
    "title_ru": L("атауы (орысша)", "наименование (на русском)"),
    "category": L("санаты", "категория"),
    "is_leadership": L("басшы лауазым", "руководящая должность"),
    "year": L("жылы", "год"),
    "quarter": L("тоқсаны", "квартал"),
    "opened_at": L("ашылған уақыты", "время открытия"),
    "closed_at": L("жабылған уақыты", "время закрытия"),
    "reason_args": L("себебінің мәліметтері", "сведения об основании"),
    "evaluator_rule": L("бағалаушыны анықтау ережесі", "правило определения оценивающего"),
    "worked_days": L("жұмыс істеген күндер", "отработанные дни"),
    "seconded": L("іссапарға жіберілген", "командирован"),
    "overloaded": L("қосымша жүктеме", "дополнительная нагрузка"),
    "override_reason": L("түзету себебі", "основание поправки"),
    "include": L("тізімге қосылды", "включён в список"),
    "day": L("күні", "дата"),
    "working": L("жұмыс күні", "рабочий день"),
    "estimated": L("болжамды", "предварительно"),
    "name": L("атауы", "наименование"),
    "code": L("коды", "код"),
    "number": L("нөмірі", "номер"),
    "made_on": L("жасалған күні", "дата составления"),
    "archive_file": L("мұрағат файлы", "архивный файл"),
    "archive_sha256": L("мұрағаттың бақылау сомасы", "контрольная сумма архива"),
    "rows_moved": L("көшірілген жазбалар", "перенесено записей"),
    "quarters": L("тоқсандар", "кварталы"),
    "act_sha256": L("актінің бақылау сомасы", "контрольная сумма акта"),
    "is_working": L("жұмыс күні", "рабочий день"),
    "designated_on": L("тапсырылған күні", "дата поручения"),
    "proposed_score": L("ұсынған балы", "предложенный балл"),
    "points": L("балдар", "баллы"),
    "sanction_months": L("тәртіптік жазасы бар айлар", "месяцы с дисциплинарным взысканием"),
    "sanction_order": L("тәртіптік жаза туралы бұйрық", "приказ о дисциплинарном взыскании"),
    "sanction_order_date": L("тәртіптік жаза туралы бұйрықтың күні", "дата приказа о дисциплинарном взыскании"),
    "external_evaluator": L("«Б» корпусынан тыс бағалаушы", "оценивающий вне корпуса «Б»"),
    "evaluator_name_kk": L("бағалаушының аты-жөні (қазақша)", "имя оценивающего (на казахском)"),
    "evaluator_name_ru": L("бағалаушының аты-жөні (орысша)", "имя оценивающего (на русском)"),
    "evaluator_position_kk": L("бағалаушының лауазымы (қазақша)", "должность оценивающего (на казахском)"),
    "evaluator_position_ru": L("бағалаушының лауазымы (орысша)", "должность оценивающего (на русском)"),
    "provisional": L("алдын ала", "предварительно"),
}

#: Stored choices, in words (the same value means the same thing in whatever column holds it).
VALUES: dict[str, L] = {
    "draft": L("жоба", "черновик"), "open": L("ашық", "открыт"), "closed": L("жабық", "закрыт"),
    "signed": L("қол қойылды", "подписан"), "received": L("бағаланушы танысты", "оцениваемый ознакомлен"),
    "final": L("түпкілікті", "окончательный"), "written": L("жазбаша", "письменно"), "oral": L("ауызша", "устно"),
    "chair": L("төраға", "председатель"), "secretary": L("хатшы", "секретарь"), "member": L("мүше", "член"),
    "leave": L("демалыс", "отпуск"), "sick": L("еңбекке уақытша жарамсыздық", "временная нетрудоспособность"),
    "training": L("оқу", "обучение"), "acting": L("міндетін атқарушы", "исполняющий обязанности"),
    "appointed": L("тағайындалды", "назначен"), "seconded": L("іссапарға жіберілген", "командирован"),
    "bonus": L("көтермелеу балы", "поощрительный балл"), "penalty": L("айыппұл балы", "штрафной балл"),
    "overall": L("жалпы баға", "общая оценка"), "registered_letter": L("тапсырысты хат", "заказное письмо"),
    "score": L("балл", "балл"), "status": L("күйі", "статус"), "notice": L("хабарлама", "уведомление"),
    "akimat": L("әкімдік", "акимат"), "maslikhat": L("мәслихат", "маслихат"),
    "order": L("бұйрық", "приказ"), "instruction": L("өкім", "распоряжение"), "decision": L("шешім", "решение"),
    "evaluated": L("бағаланады", "оценивается"), "not_evaluated": L("бағаланбайды", "не оценивается"),
    "without_participation": L("қатысуынсыз бағаланады", "оценивается без участия"),
    "archive": L("мұрағатқа беру", "передача в архив"), "destroy": L("жою", "уничтожение"),
    "dismissed": L("жұмыстан босатылған", "уволен"), "eligible": L("бағалауға жатады", "подлежит оценке"),
    "few_worked_days": L("жұмыс күндері аз", "мало отработанных дней"),
    "short_tenure": L("лауазымда бір айдан аз", "в должности менее месяца"),
    "override": L("қолмен түзетілді", "поправка вручную"),
    "head_leadership": L("тікелей басшы", "непосредственный руководитель"),
    "head_other": L("бөлімше басшысы", "руководитель подразделения"),
    "none_found": L("бағалаушы табылмады", "оценивающий не найден"),
}

#: Columns holding yes / no (stored 1 / 0): a reader sees "да" / "иә", not "1".
FLAGS = frozenset({"present", "is_hr", "late_accepted", "without_participation", "calibrated", "co_executor",
                   "is_leadership", "seconded", "overloaded", "include", "working", "estimated", "is_working",
                   "provisional"})
YES_NO = {"1": L("иә", "да"), "0": L("жоқ", "нет")}
#: Columns holding an employee: the extract names the person, not the number the program gave them.
PEOPLE = frozenset({"employee_id", "evaluator_employee_id", "acting_for_employee_id", "proposed_by"})
#: Columns holding an evaluation sheet: named by its evaluee and quarter ("Есенов Г.М., 3 квартал 2026 года").
SHEETS = frozenset({"evaluation_id"})
MORE = L("… тағы {n}", "… и ещё {n}")

_DECIMAL = re.compile(r"^-?\d+\.\d+$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")


RECORDS_UNKNOWN = L("қызметтік жазба", "служебная запись")
DETAILS_UNKNOWN = L("қызметтік мән", "служебное значение")


def record_text(table: str, lang: str) -> str:
    return RECORDS.get(table, RECORDS_UNKNOWN).text(lang)  # type: ignore[arg-type]


def detail_text(column: str, lang: str) -> str:
    return DETAILS.get(column, DETAILS_UNKNOWN).text(lang)  # type: ignore[arg-type]


def value_text(value: str, lang: str, field: str = "",
               people: Mapping[str, tuple[str, str]] | None = None,
               sheets: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A stored value as a person writes it: 2026-10-12 → 12.10.2026, 4.2 → 4,2, a flag 1 → да / иә, an
    employee's number → their name ("Сейітов Е.Б."), a missing value → —."""
    if value in ("", "∅", "None"):
        return "—"
    if field in FLAGS and value in YES_NO:
        return YES_NO[value].text(lang)  # type: ignore[arg-type]
    named = people if field in PEOPLE else sheets if field in SHEETS else None
    if named and value in named:
        kk, ru = named[value]
        return ru if lang == "ru" else kk
    if _DECIMAL.match(value):
        return value.replace(".", ",")     # Kazakh and Russian write a decimal comma
    m = _DATE.match(value)
    if m:
        return f"{m[3]}.{m[2]}.{m[1]}"
    m = _STAMP.match(value)
    if m:
        return f"{m[3]}.{m[2]}.{m[1]} {m[4]}:{m[5]}"
    words = VALUES.get(value)
    if words is not None:
        return words.text(lang)  # type: ignore[arg-type]
    return "—" if value == "{}" else value


def changes_text(action: str, changes: tuple[tuple[str, str, str], ...], lang: str, limit: int = 12,
                 people: Mapping[str, tuple[str, str]] | None = None,
                 sheets: Mapping[str, tuple[str, str]] | None = None, table: str = "") -> str:
    """"балл: 1,10 → 1,60; …" for a change, "балл — 1,10; …" for a record added or removed (its own
    number is in the extract's "Запись №" column, not repeated here). A setting (`table` "settings") is
    named in words: "настройка — последнее восстановление"."""
    if action != "update":
        changes = tuple(c for c in changes if c[0] != "id")
    parts = []
    for field, old, new in changes[:limit]:
        name = detail_text(field, lang)
        if table == "settings" and field == "key":
            name = SETTING_FIELD.text(lang)  # type: ignore[arg-type]
            old, new = setting_text(old, lang), setting_text(new, lang)
        if action == "update":
            parts.append(f"{name}: {value_text(old, lang, field, people, sheets)} → "
                         f"{value_text(new, lang, field, people, sheets)}")
        else:
            parts.append(f"{name} — {value_text(new if action == 'insert' else old, lang, field, people, sheets)}")
    more = len(changes) - limit
    if more > 0:
        parts.append(MORE.text(lang).format(n=more))  # type: ignore[arg-type]
    return "; ".join(parts)


#: Why the program made a change (domain/audit_reasons.py codes), in the reader's language.
REASONS: dict[str, L] = {
    "restored": L("көшірмеден қалпына келтірілді: {file}", "восстановлено из копии {file}"),
    "employee": L("қызметкер туралы мәліметтер, ЖСН {iin}", "сведения о работнике, ИИН {iin}"),
    "employee_deleted": L("қате енгізілген қызметкер жойылды", "удалён ошибочно внесённый работник"),
    "dismissal": L("{day} жұмыстан босату", "увольнение {day}"),
    "dismissal_cancelled": L("жұмыстан босату болдырылмады", "увольнение отменено"),
    "backup_settings": L("резервтік көшіру баптаулары", "настройки резервного копирования"),
    "idle_lock": L("әрекетсіз уақыттан кейін құлыптау", "блокировка после бездействия"),
    "retention_act": L("сақтау мерзімі туралы № {number} акт", "акт о сроке хранения № {number}"),
    "staff_import": L("қызметкерлер файлдан жүктелді: {file}", "загрузка работников из файла {file}"),
    "password_changed": L("құпиясөз өзгертілді", "пароль изменён"),
    "password_reset": L("құпиясөз қалпына келтіру кодымен ауыстырылды", "пароль заменён по коду восстановления"),
}
REASON_UNKNOWN = L("бағдарлама жасаған өзгеріс", "изменение, сделанное программой")

#: The program's settings (the `settings` table's keys), in words: the reader never sees "backup.keep".
SETTINGS: dict[str, L] = {
    "backup.folder": L("резервтік көшірмелер қалтасы", "папка резервных копий"),
    "backup.keep": L("сақталатын көшірмелер саны", "сколько копий хранить"),
    "backup.daily": L("күн сайынғы көшірме", "ежедневная копия"),
    "backup.last_restore": L("соңғы қалпына келтіру", "последнее восстановление"),
    "lock.idle_minutes": L("әрекетсіз уақыттан кейін құлыптау, минут", "блокировка после бездействия, минут"),
    "security.key_changed": L("кілт ауыстырылған уақыт", "время смены ключа"),
}
SETTING_UNKNOWN = L("қызметтік баптау", "служебная настройка")
SETTING_FIELD = L("баптау", "настройка")


def reason_text(stored: str, lang: str) -> str:
    """The reason kept in the log, in `lang`: a program's code in words, a reason the user wrote as written."""
    found = parse_reason(stored)
    if found is None:
        return stored
    code, details = found
    words = REASONS.get(code)
    if words is None:
        return REASON_UNKNOWN.text(lang)  # type: ignore[arg-type]
    try:
        return words.text(lang).format(**details)  # type: ignore[arg-type]
    except (KeyError, IndexError):
        return REASON_UNKNOWN.text(lang)  # type: ignore[arg-type]


def setting_text(key: str, lang: str) -> str:
    return SETTINGS.get(key, SETTING_UNKNOWN).text(lang)  # type: ignore[arg-type]


def row_text(table: str, row_id: str, lang: str) -> str:
    """The "Record" column: a setting in words (its key is no number), else the record's number."""
    return setting_text(row_id, lang) if table == "settings" else row_id
