<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AbsenceDialog</name>
        <message>
            <source>Absence</source>
            <translation>Отсутствие</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>По:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
    </context>
    <context>
        <name>AnnualPage</name>
        <message>
            <source>Annual result of {year}: the mean of the quarterly scores, due {due} (Methodology, item 4). {n} employees, {unsat} unsatisfactory, {warned} for the second year in a row.</source>
            <translation>Итоговая оценка за {year} год: среднее квартальных оценок, срок {due} (пункт 4 Методики). Сотрудников: {n}, неудовлетворительных: {unsat}, второй год подряд: {warned}.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Год:</translation>
        </message>
        <message>
            <source>Filter: name, unit, grade…</source>
            <translation>Фильтр: ФИО, подразделение, оценка…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>В Excel…</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Правила:</translation>
        </message>
    </context>
    <context>
        <name>AnnualTableModel</name>
        <message>
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>I кв.</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>II кв.</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>III кв.</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>IV кв.</translation>
        </message>
        <message>
            <source>Annual mean</source>
            <translation>Среднее за год</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>second unsatisfactory year in a row *</source>
            <translation>второй год подряд неудовлетворительно *</translation>
        </message>
        <message>
            <source>* Two unsatisfactory annual results in a row: paragraph 6 of Article 33 of the Law of the Republic of Kazakhstan "On the civil service of the Republic of Kazakhstan".</source>
            <translation>* Две неудовлетворительные итоговые оценки подряд: пункт 6 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан».</translation>
        </message>
        <message>
            <source>unsatisfactory</source>
            <translation>неудовлетворительно</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} из {total}</translation>
        </message>
        <message>
            <source>Scanned appeal</source>
            <translation>Скан-копия обращения</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Скан-копии (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>New appeal</source>
            <translation>Новое обращение</translation>
        </message>
        <message>
            <source>Disputed result</source>
            <translation>Оспариваемый результат</translation>
        </message>
        <message>
            <source>Result received on</source>
            <translation>Дата получения результата</translation>
        </message>
        <message>
            <source>Appeal filed on</source>
            <translation>Дата подачи обращения</translation>
        </message>
        <message>
            <source>Text of the appeal</source>
            <translation>Текст обращения</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Скан-копия</translation>
        </message>
        <message>
            <source>Find by name</source>
            <translation>Поиск по имени</translation>
        </message>
        <message>
            <source>Type part of the evaluee's name</source>
            <translation>Введите часть ФИО оцениваемого</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>An appeal filed later than 5 working days after the result was received is flagged: decide whether to hear it (Methodology, item 10).</source>
            <translation>Обращение, поданное позднее 5 рабочих дней со дня получения результата, отмечается: решите, рассматривать ли его (пункт 10 Методики).</translation>
        </message>
    </context>
    <context>
        <name>AppealsPage</name>
        <message>
            <source>closed</source>
            <extracomment>The rule behind each appeal deadline (Methodology, items 10, 19, 20, 22); F1 on an appeal opens its next one.</extracomment>
            <translation>закрыта</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>в срок</translation>
        </message>
        <message>
            <source>late, accepted</source>
            <translation>с опозданием, принято</translation>
        </message>
        <message>
            <source>late, refused</source>
            <translation>с опозданием, отказано</translation>
        </message>
        <message>
            <source>late: decide</source>
            <translation>с опозданием: нужно решение</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>decision and members</source>
            <translation>решение и состав</translation>
        </message>
        <message>
            <source>session</source>
            <translation>сессия</translation>
        </message>
        <message>
            <source>protocol posted</source>
            <translation>размещение протокола</translation>
        </message>
        <message>
            <source>filing</source>
            <translation>подача обращения</translation>
        </message>
        <message>
            <source>Delete appeal</source>
            <translation>Удалить обращение</translation>
        </message>
        <message>
            <source>Delete the selected appeals?</source>
            <translation>Удалить выбранные обращения?</translation>
        </message>
        <message>
            <source>Appeals against evaluation results (Methodology, item 10)</source>
            <translation>Обращения о несогласии с результатами оценки (пункт 10 Методики)</translation>
        </message>
        <message>
            <source>Calibration sessions (Methodology, items 19–22)</source>
            <translation>Калибровочные сессии (пункты 19–22 Методики)</translation>
        </message>
        <message>
            <source>Appellant</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Оценивающий</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получен</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Подано</translation>
        </message>
        <message>
            <source>Filing</source>
            <translation>Срок подачи</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Ближайший срок</translation>
        </message>
        <message>
            <source>Session → final score</source>
            <translation>Сессия → итоговая оценка</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Protocol posted</source>
            <translation>Протокол размещён</translation>
        </message>
        <message>
            <source>New appeal…</source>
            <translation>Новое обращение…</translation>
        </message>
        <message>
            <source>Hear the late appeal</source>
            <translation>Принять позднее обращение</translation>
        </message>
        <message>
            <source>Refuse the late appeal</source>
            <translation>Отказать в рассмотрении</translation>
        </message>
        <message>
            <source>Calibration session…</source>
            <translation>Калибровочная сессия…</translation>
        </message>
        <message>
            <source>Feedback meeting…</source>
            <translation>Встреча по обратной связи…</translation>
        </message>
        <message>
            <source>Feedback memo…</source>
            <translation>Справка о встрече по обратной связи…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Открыть сессию…</translation>
        </message>
        <message>
            <source>Protocol…</source>
            <translation>Протокол…</translation>
        </message>
        <message>
            <source>Protocol posted today</source>
            <translation>Протокол размещён сегодня</translation>
        </message>
        <message>
            <source>Deadlines (F1 on an appeal):</source>
            <translation>Сроки (F1 на обращении):</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Правила:</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Назначение</translation>
        </message>
        <message>
            <source>e.g. order No. 15-ж of 10.01.2026</source>
            <translation>например, приказ № 15-ж от 10.01.2026</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Должность:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>To (if ended):</source>
            <translation>По (если окончено):</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Приказ:</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>The chain of entries could not be checked now: open the page again.</source>
            <translation>Цепочку записей сейчас проверить не удалось: откройте страницу ещё раз.</translation>
        </message>
        <message>
            <source>All kinds of records</source>
            <extracomment>The whole-chain checks run here, one at a time, off the GUI thread (each with its own connection).</extracomment>
            <translation>Все виды записей</translation>
        </message>
        <message>
            <source>Checking the chain of entries…</source>
            <translation>Проверка цепочки записей…</translation>
        </message>
        <message>
            <source>Chain of {n} entries checked: intact.</source>
            <translation>Цепочка записей проверена (записей: {n}): не нарушена.</translation>
        </message>
        <message>
            <source>The chain is broken at entry {id}: the log was altered outside Bagalau.</source>
            <translation>Цепочка нарушена на записи {id}: журнал изменён вне Багалау.</translation>
        </message>
        <message>
            <source>Audit log extract</source>
            <translation>Выписка из журнала изменений</translation>
        </message>
        <message>
            <source>Kind of record:</source>
            <translation>Вид записи:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Текст:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Print extract…</source>
            <translation>Печать выписки…</translation>
        </message>
        <message>
            <source>Code from a document:</source>
            <translation>Код с документа:</translation>
        </message>
        <message>
            <source>Compare with the log</source>
            <translation>Сверить с журналом</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>added</source>
            <extracomment>Entries read at first; scrolling to the end reads more (a 2,000-staff office logs 16,000 entries a quarter: reading and parsing them all made the first visit take over a second).</extracomment>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Вид записи</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Основание</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Copies are made at start, at exit and daily. A folder on a USB drive keeps them safe if this computer fails.</source>
            <translation>Копии делаются при запуске, при выходе и ежедневно. Папка на USB-накопителе сохранит их, если этот компьютер выйдет из строя.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Хранить последних</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Also once a day while the program runs</source>
            <translation>Также раз в день, пока программа работает</translation>
        </message>
        <message>
            <source>The folder cannot be created: {error}</source>
            <translation>Не удаётся создать папку: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>encrypted</source>
            <translation>зашифрована</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>исправна</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>ПОВРЕЖДЕНА</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} МБ</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Оценочные листы</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Backup folder</source>
            <extracomment>After a restore the application reopens the file so that every page shows the restored data (path, and the confirmation the reopened window shows: this page is gone with the old window). The chosen folder, remembered outside the database too: a damaged file cannot tell where it is.</extracomment>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Настройки сохранены.</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Повторите:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Два пароля не совпадают.</translation>
        </message>
        <message>
            <source>Encrypted copy</source>
            <translation>Зашифрованная копия</translation>
        </message>
        <message>
            <source>Copy cancelled: nothing was written.</source>
            <translation>Создание копии отменено: ничего не записано.</translation>
        </message>
        <message>
            <source>Copy made and verified: {file}</source>
            <translation>Копия создана и проверена: {file}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <source>Choose a copy in the list first.</source>
            <translation>Сначала выберите копию в списке.</translation>
        </message>
        <message>
            <source>Replace the current data with the copy made {when}?

The current data are kept aside as a copy first, so this can be undone.</source>
            <translation>Заменить текущие данные копией, созданной {when}?

Текущие данные сначала сохраняются отдельной копией, поэтому действие можно отменить.</translation>
        </message>
        <message>
            <source>Restore this copy anyway?</source>
            <translation>Всё равно восстановить эту копию?</translation>
        </message>
        <message>
            <source>Restored. The previous data are kept in {file}.</source>
            <translation>Восстановлено. Прежние данные сохранены в {file}.</translation>
        </message>
        <message>
            <source>Automatic copies (on start, on exit and daily)</source>
            <translation>Автоматические копии (при запуске, при выходе и ежедневно)</translation>
        </message>
        <message>
            <source>Folder (e.g. a USB drive):</source>
            <translation>Папка (например, USB-накопитель):</translation>
        </message>
        <message>
            <source>Keep the last copies:</source>
            <translation>Хранить последних копий:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Also once a day while the program runs</source>
            <translation>Также раз в день, пока программа работает</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Сохранить настройки</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Создать копию сейчас</translation>
        </message>
        <message>
            <source>Encrypted copy…</source>
            <translation>Зашифрованная копия…</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
    </context>
    <context>
        <name>BagalauApplication</name>
        <message>
            <source>Open an existing file</source>
            <extracomment>The office is open and its first page is shown (used by `bagalau bench`). Opening failed; the program has nothing to show. given by a caller that already holds the key (tests, `bagalau bench`): no password dialog</extracomment>
            <translation>Открыть существующий файл</translation>
        </message>
        <message>
            <source>Work on a copy on this computer? The file {chosen} stays as it is; the copy is kept as {here}. Choose No to work on the file where it is.</source>
            <translation>Работать с копией на этом компьютере? Файл {chosen} останется как есть; копия сохраняется как {here}. Нажмите «Нет», чтобы работать с файлом на месте.</translation>
        </message>
        <message>
            <source>The copy could not be made ({error}); the file is opened where it is.</source>
            <translation>Копию сделать не удалось ({error}); файл открывается на месте.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>База данных повреждена</translation>
        </message>
        <message>
            <source>No good backup copy was found.</source>
            <translation>Исправная резервная копия не найдена.</translation>
        </message>
        <message>
            <source>Open the newest good copy, made {when}? The damaged file is kept aside, not deleted.</source>
            <translation>Открыть самую новую исправную копию от {when}? Повреждённый файл не удаляется, а сохраняется отдельно.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>База данных Багалау (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
    </context>
    <context>
        <name>BandsTab</name>
        <message>
            <source>Grade (Kazakh)</source>
            <translation>Оценка (на казахском)</translation>
        </message>
        <message>
            <source>Grade (Russian)</source>
            <translation>Оценка (на русском)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>To (blank: and more)</source>
            <translation>До (пусто: и более)</translation>
        </message>
        <message>
            <source>Unsatisfactory</source>
            <translation>Неудовлетворительная</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Добавить градацию</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Удалить градацию</translation>
        </message>
        <message>
            <source>A score is rounded first, then it gets the highest band whose lower bound it reaches: with bands 80–105 and 106–130, 105.5 is still in the first.</source>
            <translation>Балл сначала округляется, затем получает наивысшую градацию, нижнюю границу которой достиг: при градациях 80–105 и 106–130 балл 105,5 остаётся в первой.</translation>
        </message>
    </context>
    <context>
        <name>BonusScaleTab</name>
        <message>
            <source>{points} points</source>
            <translation>Баллы: {points}</translation>
        </message>
        <message>
            <source>Incentivised activity</source>
            <translation>Поощряемый показатель</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Основание (пункт)</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Добавить пункт…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>working day</source>
            <translation>рабочий день</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>выходной день</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>подтвердить</translation>
        </message>
        <message>
            <source>confirmed by the office</source>
            <translation>подтверждено учреждением</translation>
        </message>
        <message>
            <source>Public holidays of {year}</source>
            <translation>Праздничные дни {year} года</translation>
        </message>
        <message>
            <source>a working day</source>
            <translation>рабочий день</translation>
        </message>
        <message>
            <source>a day off</source>
            <translation>выходной день</translation>
        </message>
        <message>
            <source>{day} is {state}.</source>
            <translation>{day} — {state}.</translation>
        </message>
        <message>
            <source>Public holiday: {name}.</source>
            <translation>Праздник: {name}.</translation>
        </message>
        <message>
            <source>The package only estimates this date: to confirm. Confirm it, or mark the real date as a day off and this one as a working day.</source>
            <translation>Эта дата в пакете праздников расчётная: нужно подтвердить. Подтвердите её либо отметьте настоящую дату выходным, а эту — рабочим днём.</translation>
        </message>
        <message>
            <source>Office override: {kind}{note}.</source>
            <translation>Отметка учреждения: {kind}{note}.</translation>
        </message>
        <message>
            <source>Transferred days off of {year}</source>
            <translation>Перенос выходных дней в {year} году</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv)</source>
            <translation>Таблицы (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Imported {n} days of {year}: {working} working, {off} days off.</source>
            <translation>Импортировано дней за {year} год: {n} (рабочих: {working}, выходных: {off}).</translation>
        </message>
        <message>
            <source>Mark as day off</source>
            <translation>Отметить выходным</translation>
        </message>
        <message>
            <source>Mark as working day</source>
            <translation>Отметить рабочим</translation>
        </message>
        <message>
            <source>Remove the override</source>
            <translation>Снять отметку</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>e.g. Government decree of 12.12.2026 moving a day off</source>
            <translation>например, постановление Правительства от 12.12.2026 о переносе выходного</translation>
        </message>
        <message>
            <source>Red: public holiday. Orange: the office's extra day off. Green: working Saturday or other working day set by the office. Grey: weekend. A deadline on a day off moves to the next working day (Regulation of the apparatus, item 13.15).</source>
            <translation>Красный: праздник. Оранжевый: дополнительный выходной учреждения. Зелёный: рабочая суббота или иной рабочий день, установленный учреждением. Серый: выходные. Срок, выпавший на выходной, переносится на следующий рабочий день (пункт 13.15 Регламента аппарата).</translation>
        </message>
        <message>
            <source>The office's days off and working days</source>
            <translation>Выходные и рабочие дни учреждения</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Праздник</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Confirm the date</source>
            <translation>Подтвердить дату</translation>
        </message>
        <message>
            <source>Import transferred days off…</source>
            <translation>Импорт переноса выходных…</translation>
        </message>
        <message>
            <source>A CSV or XLSX table of the year shown: Дата / Күні, Вид дня / Күн түрі (рабочий / выходной), Акт / Негіздеме</source>
            <translation>Таблица CSV или XLSX за показанный год: Дата, Вид дня (рабочий / выходной), Акт; заголовки можно писать и по-казахски</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Правила:</translation>
        </message>
    </context>
    <context>
        <name>CalibrationAct</name>
        <message>
            <source>Instruction…</source>
            <translation>Распоряжение…</translation>
        </message>
        <message>
            <source>Instruction number</source>
            <translation>Номер распоряжения</translation>
        </message>
        <message>
            <source>Instruction date</source>
            <translation>Дата распоряжения</translation>
        </message>
        <message>
            <source>Instruction on calibration session No. {n}</source>
            <translation>Распоряжение о калибровочной сессии № {n}</translation>
        </message>
        <message>
            <source>Decision on the session…</source>
            <translation>Решение о сессии…</translation>
        </message>
        <message>
            <source>Number of the decision on the session</source>
            <translation>Номер решения о сессии</translation>
        </message>
        <message>
            <source>Date of the decision on the session</source>
            <translation>Дата решения о сессии</translation>
        </message>
        <message>
            <source>Decision on calibration session No. {n}</source>
            <translation>Решение о калибровочной сессии № {n}</translation>
        </message>
        <message>
            <source>Order…</source>
            <translation>Приказ…</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Номер приказа</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата приказа</translation>
        </message>
        <message>
            <source>Order on calibration session No. {n}</source>
            <translation>Приказ о калибровочной сессии № {n}</translation>
        </message>
    </context>
    <context>
        <name>CalibrationPapers</name>
        <message>
            <source>positions of the people named (no Russian title in the staff list)</source>
            <translation>должности названных лиц (в штатном списке нет русского названия)</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>место проведения</translation>
        </message>
        <message>
            <source>the evaluator's argument</source>
            <translation>аргументы оценивающего лица</translation>
        </message>
        <message>
            <source>the appellant's argument</source>
            <translation>аргументы оцениваемого лица</translation>
        </message>
        <message>
            <source>the reasoning of a motion</source>
            <translation>обоснование предложения</translation>
        </message>
        <message>
            <source>achievements</source>
            <translation>достижения</translation>
        </message>
        <message>
            <source>skills and competences</source>
            <translation>навыки и компетенции</translation>
        </message>
        <message>
            <source>potential and career aspirations</source>
            <translation>потенциал и карьерные устремления</translation>
        </message>
        <message>
            <source>The Russian copy will show text typed only in Kazakh: {fields}. Type the Russian text in the session, case or meeting first, or print it as it is?</source>
            <translation>В русском экземпляре окажется текст, введённый только на казахском языке: {fields}. Сначала ввести русский текст в сессии, деле или встрече или печатать как есть?</translation>
        </message>
        <message>
            <source>Kazakh text in the Russian copy</source>
            <translation>Казахский текст в русском экземпляре</translation>
        </message>
        <message>
            <source>Print as it is</source>
            <translation>Печатать как есть</translation>
        </message>
        <message>
            <source>Protocol No. {n}</source>
            <translation>Протокол № {n}</translation>
        </message>
        <message>
            <source>Feedback meeting memo</source>
            <translation>Справка о проведении встречи по обратной связи</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <source>— no vote —</source>
            <translation>— голоса нет —</translation>
        </message>
        <message>
            <source>%1) keep %2</source>
            <translation>%1) оставить %2</translation>
        </message>
        <message>
            <source>%1) change to %2 (%3)</source>
            <translation>%1) изменить на %2 (%3)</translation>
        </message>
        <message>
            <source>up</source>
            <translation>повышение</translation>
        </message>
        <message>
            <source>down</source>
            <translation>понижение</translation>
        </message>
        <message>
            <source>Votes %1. Motion %2 is backed by a majority (%3 of %4 members).</source>
            <translation>Голоса: %1. Предложение %2 поддержано большинством (%3 из %4 членов).</translation>
        </message>
        <message>
            <source>Votes %1. No motion has a majority yet: %3 of %4 members needed.</source>
            <translation>Голоса: %1. Ни одно предложение пока не получило большинства: нужно %3 из %4 членов.</translation>
        </message>
        <message>
            <source>Keep the score</source>
            <translation>Оставить оценку</translation>
        </message>
        <message>
            <source>Change the score to</source>
            <translation>Изменить оценку на</translation>
        </message>
        <message>
            <source>Appeal of %1; score given by %2: %3</source>
            <translation>Обращение: %1; оценка оценивающего лица (%2): %3</translation>
        </message>
        <message>
            <source>Evaluator's argument, in Kazakh</source>
            <translation>Аргументы оценивающего лица на казахском языке</translation>
        </message>
        <message>
            <source>Appellant's argument, in Kazakh</source>
            <translation>Аргументы заявителя на казахском языке</translation>
        </message>
        <message>
            <source>Appellant argued</source>
            <translation>Заявитель изложил доводы</translation>
        </message>
        <message>
            <source>The same, in Russian</source>
            <translation>То же на русском языке</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>письменно</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>устно</translation>
        </message>
        <message>
            <source>Motions (Methodology, item 22: keep the score, or change it up or down)</source>
            <translation>Предложения (пункт 22 Методики: оставить оценку или скорректировать её в сторону повышения или понижения)</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>Новая оценка</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Reasoning, in Russian</source>
            <translation>Обоснование на русском языке</translation>
        </message>
        <message>
            <source>Add motion</source>
            <translation>Добавить предложение</translation>
        </message>
        <message>
            <source>Remove motion</source>
            <translation>Удалить предложение</translation>
        </message>
        <message>
            <source>Save arguments and motions</source>
            <translation>Сохранить аргументы и предложения</translation>
        </message>
        <message>
            <source>Votes (the appellant and the evaluator of this case do not vote)</source>
            <translation>Голосование (заявитель и оценивающее лицо по этому делу не голосуют)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член сессии</translation>
        </message>
        <message>
            <source>Backs</source>
            <translation>Поддерживает</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Categories of positions</source>
            <translation>Категории должностей</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>New category code:</source>
            <translation>Код новой категории:</translation>
        </message>
        <message>
            <source>Category code:</source>
            <translation>Код категории:</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;Q{quarter} {year}&lt;/b&gt;: {scored} of {total} sheets scored, {signed} signed, {final} final; due {due}.</source>
            <translation>&lt;b&gt;{quarter} кв. {year}&lt;/b&gt;: оценено {scored} из {total} листов, подписано {signed}, окончательных {final}; срок {due}.</translation>
        </message>
        <message>
            <source>No open quarter.</source>
            <translation>Открытых кварталов нет.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Срок скоро</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>К выполнению</translation>
        </message>
        <message>
            <source>Enter opens the page; F1 explains the rule</source>
            <translation>Enter — открыть страницу; F1 — пояснение правила</translation>
        </message>
        <message>
            <source>Nothing is due on {day}.</source>
            <translation>На {day} сроков нет.</translation>
        </message>
        <message>
            <source>On {day}: {n} items, {overdue} overdue.</source>
            <translation>На {day}: пунктов — {n}, из них просрочено — {overdue}.</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Обновить (F5)</translation>
        </message>
        <message>
            <source>Rule of the line (F1)</source>
            <translation>Правило строки (F1)</translation>
        </message>
        <message>
            <source>Explains the rule and legal paragraph behind the selected line</source>
            <translation>Поясняет правило и пункт нормативного акта, на которых основана выбранная строка</translation>
        </message>
        <message>
            <source>Deadlines: the quarter's evaluation by the 20th of the next month, the annual result by 30 January (Methodology, item 4), the notice to a dismissed evaluee within the month after the quarter (Methodology, item 9); a deadline on a day off moves to the next working day (Regulation of the apparatus, item 13.15). Double-click a line to open its page.</source>
            <translation>Сроки: оценка за квартал — до 20-го числа следующего месяца, итоговая оценка — до 30 января (пункт 4 Методики), извещение уволенного — в течение месяца после квартала (пункт 9 Методики); срок, выпавший на выходной, переносится на следующий рабочий день (пункт 13.15 Регламента аппарата). Дважды щёлкните строку, чтобы открыть её страницу.</translation>
        </message>
    </context>
    <context>
        <name>DesigneeDialog</name>
        <message>
            <source>Designated co-evaluator</source>
            <translation>Определённый оценивающий</translation>
        </message>
        <message>
            <source>optional, 0 to 5</source>
            <translation>необязательно, от 0 до 5</translation>
        </message>
        <message>
            <source>Servant:</source>
            <translation>Служащий:</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>Дата определения:</translation>
        </message>
        <message>
            <source>Proposed score:</source>
            <translation>Предложенный балл:</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Document language</source>
            <translation>Язык документа</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>На казахском</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>На русском</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>На казахском и русском</translation>
        </message>
        <message>
            <source>Save document</source>
            <translation>Сохранить документ</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {error}</source>
            <translation>Не удалось записать файл {file}: {error}</translation>
        </message>
        <message>
            <source>Saved to {file}. Open it now?</source>
            <translation>Сохранено в {file}. Открыть сейчас?</translation>
        </message>
        <message>
            <source>Document saved</source>
            <translation>Документ сохранён</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Нечего печатать</translation>
        </message>
        <message>
            <source>The quarter has no evaluation sheets.</source>
            <translation>В квартале нет оценочных листов.</translation>
        </message>
        <message>
            <source>Evaluation sheets, quarter {quarter} of {year}</source>
            <translation>Оценочные листы за {quarter} квартал {year} года</translation>
        </message>
        <message>
            <source>Sheet {done} of {total}</source>
            <translation>Лист {done} из {total}</translation>
        </message>
        <message>
            <source>Summary of quarter {quarter} of {year}</source>
            <translation>Сводная ведомость за {quarter} квартал {year} года</translation>
        </message>
        <message>
            <source>Part {done} of {total}</source>
            <translation>Часть {done} из {total}</translation>
        </message>
        <message>
            <source>Nobody evaluated in the quarter was dismissed.</source>
            <translation>Среди оценённых в квартале уволенных нет.</translation>
        </message>
        <message>
            <source>Notice letters, quarter {quarter} of {year}</source>
            <translation>Письма-уведомления за {quarter} квартал {year} года</translation>
        </message>
        <message>
            <source>Letter {done} of {total}</source>
            <translation>Письмо {done} из {total}</translation>
        </message>
        <message>
            <source>Annual summary {year}</source>
            <translation>Годовая сводная ведомость за {year} год</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>Новый сотрудник</translation>
        </message>
        <message>
            <source>Edit employee</source>
            <translation>Изменение данных сотрудника</translation>
        </message>
        <message>
            <source>ИИН:</source>
            <translation>ИИН:</translation>
        </message>
        <message>
            <source>Surname:</source>
            <translation>Фамилия:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <source>Patronymic:</source>
            <translation>Отчество:</translation>
        </message>
        <message>
            <source>Surname (Russian spelling):</source>
            <translation>Фамилия (русское написание):</translation>
        </message>
        <message>
            <source>Name (Russian spelling):</source>
            <translation>Имя (русское написание):</translation>
        </message>
        <message>
            <source>Patronymic (Russian spelling):</source>
            <translation>Отчество (русское написание):</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Электронная почта:</translation>
        </message>
        <message>
            <source>Postal address:</source>
            <translation>Почтовый адрес:</translation>
        </message>
        <message>
            <source>only if it differs</source>
            <translation>только если отличается</translation>
        </message>
        <message>
            <source>First appointment</source>
            <translation>Первое назначение</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Должность:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>The post is held</source>
            <translation>Должность занята</translation>
        </message>
        <message>
            <source>{holder} holds this post on {day}. Appoint the new employee to it as well?</source>
            <translation>На {day} эту должность занимает {holder}. Назначить на неё и нового сотрудника?</translation>
        </message>
    </context>
    <context>
        <name>EmployeeHistoryDialog</name>
        <message>
            <source>Edit details…</source>
            <translation>Изменить данные…</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Приказ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Назначения</translation>
        </message>
        <message>
            <source>Absences (leave, sick leave, training)</source>
            <translation>Отсутствия (отпуск, больничный, обучение)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>ИИН {iin}, born {born}</source>
            <translation>ИИН {iin}, дата рождения {born}</translation>
        </message>
        <message>
            <source>Dismissed on {date}</source>
            <translation>Дата увольнения: {date}</translation>
        </message>
        <message>
            <source>Cancel dismissal</source>
            <translation>Отменить увольнение</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Уволить…</translation>
        </message>
        <message>
            <source>Dismissal</source>
            <translation>Увольнение</translation>
        </message>
        <message>
            <source>Dismissal date:</source>
            <translation>Дата увольнения:</translation>
        </message>
        <message>
            <source>Delete this appointment period?</source>
            <translation>Удалить этот период назначения?</translation>
        </message>
        <message>
            <source>Delete this absence?</source>
            <translation>Удалить это отсутствие?</translation>
        </message>
    </context>
    <context>
        <name>EntryBar</name>
        <message>
            <source>All units</source>
            <translation>Все подразделения</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>Все оценки</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Ещё без балла</translation>
        </message>
        <message>
            <source>Find by name (Kazakh or Russian spelling)…</source>
            <translation>Поиск по имени (казахское или русское написание)…</translation>
        </message>
        <message>
            <source>Select the unit</source>
            <translation>Выбрать подразделение</translation>
        </message>
        <message>
            <source>Select all shown</source>
            <translation>Выбрать все показанные</translation>
        </message>
        <message>
            <source>Signed…</source>
            <translation>Подписан…</translation>
        </message>
        <message>
            <source>Received…</source>
            <translation>Получен…</translation>
        </message>
        <message>
            <source>Final…</source>
            <translation>Окончательно…</translation>
        </message>
        <message>
            <source>Print selected…</source>
            <translation>Печать выбранных…</translation>
        </message>
        <message>
            <source>Select every sheet of the current row's unit</source>
            <translation>Выбрать все листы подразделения текущей строки</translation>
        </message>
        <message>
            <source>Select every sheet the filters show</source>
            <translation>Выбрать все листы, показанные фильтрами</translation>
        </message>
        <message>
            <source>Signed by the evaluator: the selected sheets, one date</source>
            <translation>Подписан оценивающим: выбранные листы, одна дата</translation>
        </message>
        <message>
            <source>Received by the evaluees: the selected sheets, one date</source>
            <translation>Служащие ознакомлены: выбранные листы, одна дата</translation>
        </message>
        <message>
            <source>Make the selected results final, one date</source>
            <translation>Сделать выбранные результаты окончательными, одна дата</translation>
        </message>
        <message>
            <source>Print the evaluation sheets of the selected rows</source>
            <translation>Печать оценочных листов выбранных строк</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Выбрать</translation>
        </message>
        <message>
            <source>Selected sheets</source>
            <translation>Выбранные листы</translation>
        </message>
        <message>
            <source>Signed / Received / Final for the selected rows with one date, or print their sheets</source>
            <translation>Подписан / ознакомлен / окончательный для выбранных строк одной датой или печать их листов</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Bonus entry</source>
            <translation>Поощрительный балл</translation>
        </message>
        <message>
            <source>Penalty entry</source>
            <translation>Штрафной балл</translation>
        </message>
        <message>
            <source>co-executor</source>
            <translation>соисполнитель</translation>
        </message>
        <message>
            <source>e.g. 12-05/345</source>
            <translation>например, 12-05/345</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Пункт:</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Количество:</translation>
        </message>
        <message>
            <source>Points per fact:</source>
            <translation>Баллов за факт:</translation>
        </message>
        <message>
            <source>Document number:</source>
            <translation>Номер документа:</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>Дата документа:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
    </context>
    <context>
        <name>EntryTableView</name>
        <message>
            <source>Click: sort by name in the alphabet of the interface language</source>
            <translation>Щелчок: сортировка по ФИО в алфавите языка интерфейса</translation>
        </message>
        <message>
            <source>Sort by name, А → Я</source>
            <translation>Сортировать по ФИО, А → Я</translation>
        </message>
        <message>
            <source>Sort by name, Я → А</source>
            <translation>Сортировать по ФИО, Я → А</translation>
        </message>
        <message>
            <source>Order of the roster (units)</source>
            <translation>Порядок списка (по подразделениям)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Bagalau</source>
            <translation>Багалау</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDetail</name>
        <message>
            <source>Choose an evaluee in the grid.</source>
            <translation>Выберите оцениваемого в таблице.</translation>
        </message>
        <message>
            <source>form {form}</source>
            <translation>форма {form}</translation>
        </message>
        <message>
            <source>Evaluator: {name}</source>
            <translation>Оценивающий: {name}</translation>
        </message>
        <message>
            <source>Notice: {method}, {day} {ref}</source>
            <translation>Извещение: {method}, {day} {ref}</translation>
        </message>
        <message>
            <source>Due {due} (Methodology, item 4). Signed {signed}, received {received}.</source>
            <translation>Срок {due} (пункт 4 Методики). Подписан {signed}, получен {received}.</translation>
        </message>
        <message>
            <source>Designated co-evaluators</source>
            <translation>Служащие, определённые оценивающим лицом</translation>
        </message>
        <message>
            <source>Appeal window until {day} (Methodology, item 10).</source>
            <translation>Срок обращения до {day} (пункт 10 Методики).</translation>
        </message>
        <message>
            <source>Dismissed in the quarter: evaluated without their participation (Methodology, item 6).</source>
            <translation>Уволен в квартале: оценивается без участия (пункт 6 Методики).</translation>
        </message>
        <message>
            <source>Score changed by calibration: {old} → {new} (Methodology, item 22).</source>
            <translation>Оценка изменена калибровочной сессией: {old} → {new} (пункт 22 Методики).</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Правила:</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>score</source>
            <translation>балл</translation>
        </message>
        <message>
            <source>overall score</source>
            <translation>общий балл</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>поощрение</translation>
        </message>
        <message>
            <source>penalty</source>
            <translation>штраф</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>комментарий</translation>
        </message>
        <message>
            <source>notice</source>
            <translation>извещение</translation>
        </message>
        <message>
            <source>Signed by the evaluator</source>
            <translation>Подписан оценивающим</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Дата подписания:</translation>
        </message>
        <message>
            <source>Result received by the evaluee</source>
            <translation>Результат получен оцениваемым</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Дата получения:</translation>
        </message>
        <message>
            <source>Make the result final</source>
            <translation>Сделать результат окончательным</translation>
        </message>
        <message>
            <source>Final on:</source>
            <translation>Дата окончательного результата:</translation>
        </message>
        <message>
            <source>Add bonus entry…</source>
            <translation>Добавить поощрительный балл…</translation>
        </message>
        <message>
            <source>Add penalty entry…</source>
            <translation>Добавить штрафной балл…</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Save comments</source>
            <translation>Сохранить комментарий</translation>
        </message>
        <message>
            <source>Signed…</source>
            <translation>Подписан…</translation>
        </message>
        <message>
            <source>Received…</source>
            <translation>Получен…</translation>
        </message>
        <message>
            <source>Final…</source>
            <translation>Окончательно…</translation>
        </message>
        <message>
            <source>Notice…</source>
            <translation>Извещение…</translation>
        </message>
        <message>
            <source>Bonus and penalty entries with evidence:</source>
            <translation>Поощрительные и штрафные баллы с подтверждением:</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Sanction, personal points, designees</source>
            <translation>Взыскание, личные баллы, определённые оценивающие</translation>
        </message>
        <message>
            <source>Evaluator's comments:</source>
            <translation>Комментарий оценивающего:</translation>
        </message>
        <message>
            <source>History of changes:</source>
            <translation>История изменений:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Причина изменения</translation>
        </message>
        <message>
            <source>The sheet is signed. Why is it changed?</source>
            <translation>Лист подписан. Почему он изменяется?</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTableModel</name>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>подписан</translation>
        </message>
        <message>
            <source>received</source>
            <translation>получен</translation>
        </message>
        <message>
            <source>final</source>
            <translation>окончательный</translation>
        </message>
        <message>
            <source>Evaluee</source>
            <translation>Оцениваемый</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Overall 0–5</source>
            <translation>Общая 0–5</translation>
        </message>
        <message>
            <source>Dismissed in the quarter: evaluated without their participation (Methodology, item 6).</source>
            <translation>Уволен в квартале: оценивается без участия (пункт 6 Методики).</translation>
        </message>
        <message>
            <source>Signed: a change needs a reason and is kept in history.</source>
            <translation>Подписан: изменение требует причины и сохраняется в истории.</translation>
        </message>
    </context>
    <context>
        <name>ExternalEvaluatorBox</name>
        <message>
            <source>Evaluator outside corps "B"</source>
            <translation>Оценивающее лицо вне корпуса «Б»</translation>
        </message>
        <message>
            <source>The head of the body who is not a corps "B" servant (the akim, the maslikhat secretary) evaluates the positions with no corps "B" position above them (Methodology, item 16). Leave empty when there is none.</source>
            <translation>Руководитель органа, не являющийся служащим корпуса «Б» (аким, секретарь маслихата), оценивает должности, над которыми нет должности корпуса «Б» (пункт 16 Методики). Оставьте пустым, если такого нет.</translation>
        </message>
        <message>
            <source>Full name in Kazakh:</source>
            <translation>ФИО на казахском:</translation>
        </message>
        <message>
            <source>Full name in Russian:</source>
            <translation>ФИО на русском:</translation>
        </message>
        <message>
            <source>Position in Kazakh:</source>
            <translation>Должность на казахском:</translation>
        </message>
        <message>
            <source>Position in Russian:</source>
            <translation>Должность на русском:</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback meeting (Methodology, item 23)</source>
            <translation>Встреча по обратной связи (пункт 23 Методики)</translation>
        </message>
        <message>
            <source>The same, in Russian</source>
            <translation>То же на русском языке</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>Дата встречи</translation>
        </message>
        <message>
            <source>Achievements in the period</source>
            <translation>Достижения за период</translation>
        </message>
        <message>
            <source>Skills and competences</source>
            <translation>Навыки и компетенции</translation>
        </message>
        <message>
            <source>Potential and career aspirations</source>
            <translation>Потенциал и карьерные устремления</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Название (на казахском)</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Название (на русском)</translation>
        </message>
        <message>
            <source>Approving act: number, date</source>
            <translation>Утверждающий акт: номер, дата</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Score model</source>
            <translation>Модель оценки</translation>
        </message>
        <message>
            <source>Base points</source>
            <translation>Базовый балл</translation>
        </message>
        <message>
            <source>Decimals of a rounded score</source>
            <translation>Знаков после запятой в округлённом балле</translation>
        </message>
        <message>
            <source>dated</source>
            <translation>от</translation>
        </message>
        <message>
            <source>Score 0–5 given by the evaluator (Methodology, item 17)</source>
            <translation>Оценка 0–5, выставляемая оценивающим (пункт 17 Методики)</translation>
        </message>
        <message>
            <source>Quarter evaluation: day of the next month (Methodology, item 4)</source>
            <translation>Оценка за квартал: число следующего месяца (пункт 4 Методики)</translation>
        </message>
        <message>
            <source>Annual result: month of the next year (Methodology, item 4)</source>
            <translation>Итоговая оценка за год: месяц следующего года (пункт 4 Методики)</translation>
        </message>
        <message>
            <source>Annual result: day (Methodology, item 4)</source>
            <translation>Итоговая оценка за год: день (пункт 4 Методики)</translation>
        </message>
        <message>
            <source>Appeal: working days after the result (Methodology, item 10)</source>
            <translation>Обращение: рабочих дней после получения результата (пункт 10 Методики)</translation>
        </message>
        <message>
            <source>Decision on a session: working days (Methodology, item 19)</source>
            <translation>Решение о сессии: рабочих дней (пункт 19 Методики)</translation>
        </message>
        <message>
            <source>Session held within: working days (Methodology, item 20)</source>
            <translation>Проведение сессии: рабочих дней (пункт 20 Методики)</translation>
        </message>
        <message>
            <source>Protocol posted within: working days (Methodology, item 22)</source>
            <translation>Размещение протокола: рабочих дней (пункт 22 Методики)</translation>
        </message>
        <message>
            <source>Dismissed staff told within: months (Methodology, item 9)</source>
            <translation>Уведомить уволенных в течение: месяцев (пункт 9 Методики)</translation>
        </message>
        <message>
            <source>Points: base + bonus − penalty (2017)</source>
            <translation>Баллы: базовый + поощрительные − штрафные (2017)</translation>
        </message>
        <message>
            <source>A mean is rounded half up: with 2 decimals 3.995 becomes 4.00.</source>
            <translation>Среднее округляется по правилу «половина вверх»: при 2 знаках 3,995 становится 4,00.</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
    </context>
    <context>
        <name>GradeChart</name>
        <message>
            <source>No evaluation results to show.</source>
            <translation>Нет результатов оценки для показа.</translation>
        </message>
    </context>
    <context>
        <name>HelpButton</name>
        <message>
            <source>Rule and legal basis: {title} ({reference})</source>
            <extracomment>Dynamic property naming the rule a widget shows; F1 opens the help on it.</extracomment>
            <translation>Правило и правовое основание: {title} ({reference})</translation>
        </message>
        <message>
            <source>Help on the rule</source>
            <translation>Справка о правиле</translation>
        </message>
    </context>
    <context>
        <name>HelpLinkLabel</name>
        <message>
            <source>legal basis</source>
            <translation>правовое основание</translation>
        </message>
        <message>
            <source>Rule and legal basis: {title} ({reference})</source>
            <translation>Правило и правовое основание: {title} ({reference})</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>New Year</source>
            <translation>Новый год</translation>
        </message>
        <message>
            <source>Orthodox Christmas</source>
            <translation>Православное Рождество</translation>
        </message>
        <message>
            <source>International Women's Day</source>
            <translation>Международный женский день</translation>
        </message>
        <message>
            <source>Nauryz</source>
            <translation>Наурыз мейрамы</translation>
        </message>
        <message>
            <source>Day of Unity of the People of Kazakhstan</source>
            <translation>Праздник единства народа Казахстана</translation>
        </message>
        <message>
            <source>Defender of the Fatherland Day</source>
            <translation>День защитника Отечества</translation>
        </message>
        <message>
            <source>Victory Day</source>
            <translation>День Победы</translation>
        </message>
        <message>
            <source>Capital City Day</source>
            <translation>День Столицы</translation>
        </message>
        <message>
            <source>Constitution Day</source>
            <translation>День Конституции Республики Казахстан</translation>
        </message>
        <message>
            <source>Kurban Ait</source>
            <translation>Курбан айт</translation>
        </message>
        <message>
            <source>Republic Day</source>
            <translation>День Республики</translation>
        </message>
        <message>
            <source>Republic Day of Kazakhstan</source>
            <translation>День Республики Казахстан</translation>
        </message>
        <message>
            <source>Independence Day</source>
            <translation>День Независимости</translation>
        </message>
        <message>
            <source>Day off (moved from {day})</source>
            <translation>Выходной день (перенесён с {day})</translation>
        </message>
        <message>
            <source>{name} (day off moved)</source>
            <translation>{name} (перенесённый выходной)</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (предполагаемая дата)</translation>
        </message>
    </context>
    <context>
        <name>ImportStaffDialog</name>
        <message>
            <source>Import staff — {file}</source>
            <translation>Импорт сотрудников — {file}</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Фамилия, имя, отчество</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Appointed</source>
            <translation>Дата назначения</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>The file cannot be imported.</source>
            <translation>Файл не может быть импортирован.</translation>
        </message>
        <message>
            <source>{add} to add, {same} unchanged, {dismiss} dismissals, {bad} with errors.</source>
            <translation>К добавлению: {add}, без изменений: {same}, увольнений: {dismiss}, с ошибками: {bad}.</translation>
        </message>
        <message>
            <source>Correct the rows marked red in the file and open it again: nothing is imported while any row is wrong.</source>
            <translation>Исправьте в файле строки, отмеченные красным, и откройте его снова: пока хотя бы одна строка неверна, ничего не импортируется.</translation>
        </message>
        <message>
            <source>Importing staff</source>
            <translation>Импорт сотрудников</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was imported.</source>
            <translation>Импорт отменён: ничего не импортировано.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Not a number: {text}</source>
            <translation>Не число: {text}</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>{quantity} → {points} points</source>
            <translation>{quantity} → баллы: {points}</translation>
        </message>
        <message>
            <source>Penalty item</source>
            <translation>Штрафной пункт</translation>
        </message>
        <message>
            <source>Bonus scale item</source>
            <translation>Пункт шкалы поощрительных баллов</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Text (Kazakh)</source>
            <translation>Текст (на казахском)</translation>
        </message>
        <message>
            <source>Text (Russian)</source>
            <translation>Текст (на русском)</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Основание (пункт)</translation>
        </message>
        <message>
            <source>Executive discipline</source>
            <translation>Исполнительская дисциплина</translation>
        </message>
        <message>
            <source>Labour discipline</source>
            <translation>Трудовая дисциплина</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Пример</translation>
        </message>
        <message>
            <source>Quantity in the quarter</source>
            <translation>Количество за квартал</translation>
        </message>
        <message>
            <source>Chosen points per fact (range)</source>
            <translation>Выбранные баллы за факт (диапазон)</translation>
        </message>
        <message>
            <source>as co-executor</source>
            <translation>как соисполнитель</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>срок исполнения не менее 3 рабочих дней</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>опоздания в сумме более 60 минут</translation>
        </message>
        <message>
            <source>late by 5–10 days</source>
            <translation>просрочено на 5–10 дней</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>отягчающее повторение</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>You can switch it later in the Language menu.</source>
            <translation>Позже его можно сменить в меню «Язык».</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message numerus="yes">
            <source>Wrong password. Try again in %n second(s).</source>
            <translation>
                <numerusform>Неверный пароль. Повторите через %n секунду.</numerusform>
                <numerusform>Неверный пароль. Повторите через %n секунды.</numerusform>
                <numerusform>Неверный пароль. Повторите через %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Неверный пароль.</translation>
        </message>
        <message>
            <source>Bagalau is locked</source>
            <translation>Багалау заблокирован</translation>
        </message>
        <message>
            <source>The window is locked: evaluation results are confidential. Enter the password to go on.</source>
            <translation>Окно заблокировано: результаты оценки конфиденциальны. Введите пароль, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Bagalau</source>
            <extracomment>Asks the application to close this database and open another (path; empty = choose), then show the notice (empty: none) on the new window.</extracomment>
            <translation>О программе Багалау</translation>
        </message>
        <message>
            <source>Bagalau — quarterly performance evaluation of corps B civil servants.
Works offline; the data stay in the database file on this computer.</source>
            <translation>Багалау — ежеквартальная оценка деятельности государственных служащих корпуса «Б».
Работает без интернета; данные хранятся в файле базы данных на этом компьютере.</translation>
        </message>
        <message>
            <source>Bagalau — {file}</source>
            <translation>Багалау — {file}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Bagalau</source>
            <translation>&amp;О программе</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Сочетания клавиш…</translation>
        </message>
    </context>
    <context>
        <name>MemberPicker</name>
        <message>
            <source>HR officer</source>
            <translation>кадровая служба</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>оценивающее лицо</translation>
        </message>
        <message>
            <source>Members chosen: %1</source>
            <translation>Выбрано членов: %1</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Председатель</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Секретарь</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член</translation>
        </message>
        <message>
            <source>Name and position</source>
            <translation>ФИО и должность</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Присутствие</translation>
        </message>
        <message>
            <source>Propose members</source>
            <translation>Предложить состав</translation>
        </message>
        <message>
            <source>HR officer as secretary, evaluators of other units (Methodology, item 19)</source>
            <translation>Секретарь — работник кадровой службы, оценивающие лица других подразделений (пункт 19 Методики)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyPage</name>
        <message>
            <source>score 0–5</source>
            <translation>оценка 0–5</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>A finished quarter was evaluated under this version: saving changes creates a new version and leaves this one as it was.</source>
            <translation>По этой версии оценен завершённый квартал: сохранение изменений создаст новую версию, а эта останется без изменений.</translation>
        </message>
        <message>
            <source>Not a number: {text}</source>
            <translation>Не число: {text}</translation>
        </message>
        <message>
            <source>Saved as version {version}: the previous version stays with the finished quarters.</source>
            <translation>Сохранено как версия {version}: предыдущая версия остаётся за завершёнными кварталами.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Added: {name}.</source>
            <translation>Добавлено: {name}.</translation>
        </message>
        <message>
            <source>Delete the methodology "{name}", version {version}?</source>
            <translation>Удалить методику «{name}», версия {version}?</translation>
        </message>
        <message>
            <source>Imported: {name}.</source>
            <translation>Импортировано: {name}.</translation>
        </message>
        <message>
            <source>Exported to {file}.</source>
            <translation>Экспортировано в {file}.</translation>
        </message>
        <message>
            <source>Import a methodology</source>
            <translation>Импорт методики</translation>
        </message>
        <message>
            <source>Methodology files (*.json)</source>
            <translation>Файлы методик (*.json)</translation>
        </message>
        <message>
            <source>Export the methodology</source>
            <translation>Экспорт методики</translation>
        </message>
        <message>
            <source>Bonus scale, version {v}</source>
            <translation>Шкала поощрительных баллов, версия {v}</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Методика</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Score model</source>
            <translation>Модель оценки</translation>
        </message>
        <message>
            <source>Approving act</source>
            <translation>Утверждающий акт</translation>
        </message>
        <message>
            <source>Add from a preset</source>
            <translation>Добавить из образца</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Print the scale…</source>
            <translation>Печать шкалы…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <source>Start from a preset; edit the bands, deadlines and bonus scale later on the Methodology page to match the office's approved act.</source>
            <translation>Начните с образца; градацию, сроки и шкалу поощрений позже приведите в соответствие с утверждённым актом на странице «Методика».</translation>
        </message>
        <message>
            <source>The office already has a methodology; nothing will be added.</source>
            <translation>У учреждения уже есть методика; ничего не будет добавлено.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Dashboard</source>
            <translation>Главная</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Units and positions</source>
            <translation>Подразделения и должности</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>Quarter evaluation</source>
            <translation>Оценка за квартал</translation>
        </message>
        <message>
            <source>Annual results</source>
            <translation>Итоговые оценки</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Методика</translation>
        </message>
        <message>
            <source>Appeals and calibration</source>
            <translation>Обращения и калибровка</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал изменений</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Хранение документов</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Notice to a dismissed evaluee (Methodology, item 9)</source>
            <translation>Извещение уволенного (пункт 9 Методики)</translation>
        </message>
        <message>
            <source>Outgoing number, receipt, phone message number…</source>
            <translation>Исходящий номер, квитанция, номер телефонограммы…</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Способ:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Реквизиты:</translation>
        </message>
        <message>
            <source>registered letter with acknowledgement of delivery</source>
            <translation>заказное письмо с уведомлением о вручении</translation>
        </message>
        <message>
            <source>telephone message</source>
            <translation>телефонограмма</translation>
        </message>
        <message>
            <source>telegram</source>
            <translation>телеграмма</translation>
        </message>
        <message>
            <source>text message to the mobile number</source>
            <translation>текстовое сообщение на номер сотовой связи</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>электронная почта</translation>
        </message>
        <message>
            <source>other means that record the notice</source>
            <translation>иные средства связи с фиксацией извещения</translation>
        </message>
    </context>
    <context>
        <name>OpenQuarterDialog</name>
        <message>
            <source>Open a quarter</source>
            <translation>Открыть квартал</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Год:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Квартал:</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Organisation card</source>
            <translation>Карточка учреждения</translation>
        </message>
        <message>
            <source>Name in Kazakh:</source>
            <translation>Название на казахском:</translation>
        </message>
        <message>
            <source>Name in Russian:</source>
            <translation>Название на русском:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Район:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Область:</translation>
        </message>
        <message>
            <source>Head:</source>
            <translation>Руководитель:</translation>
        </message>
        <message>
            <source>Head of the HR service:</source>
            <translation>Руководитель службы управления персоналом:</translation>
        </message>
        <message>
            <source>Appointing official:</source>
            <translation>Должностное лицо, имеющее право назначения:</translation>
        </message>
        <message>
            <source>Appointing official's position:</source>
            <translation>Должность лица, имеющего право назначения:</translation>
        </message>
        <message>
            <source>Appointing official's position in Russian:</source>
            <translation>Должность лица, имеющего право назначения, на русском языке:</translation>
        </message>
        <message>
            <source>Act on a calibration session:</source>
            <translation>Акт о калибровочной сессии:</translation>
        </message>
        <message>
            <source>Place of issue of papers, in Kazakh:</source>
            <translation>Место издания документов, на казахском языке:</translation>
        </message>
        <message>
            <source>Place of issue of papers, in Russian:</source>
            <translation>Место издания документов, на русском языке:</translation>
        </message>
        <message>
            <source>order (бұйрық / приказ)</source>
            <translation>приказ</translation>
        </message>
        <message>
            <source>instruction (өкім / распоряжение)</source>
            <translation>распоряжение</translation>
        </message>
        <message>
            <source>decision (шешім / решение)</source>
            <translation>решение</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>The names appear on every document; the officials sign them.</source>
            <translation>Названия печатаются в каждом документе; должностные лица их подписывают.</translation>
        </message>
        <message>
            <source>Name in Kazakh</source>
            <translation>Название на казахском языке</translation>
        </message>
        <message>
            <source>Name in Russian</source>
            <translation>Название на русском языке</translation>
        </message>
        <message>
            <source>Kind of body</source>
            <translation>Вид органа</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>Head of the body</source>
            <translation>Руководитель органа</translation>
        </message>
        <message>
            <source>Head of the HR service</source>
            <translation>Руководитель службы управления персоналом</translation>
        </message>
        <message>
            <source>Appointing official</source>
            <translation>Должностное лицо, имеющее право назначения</translation>
        </message>
        <message>
            <source>Appointing official's position</source>
            <translation>Должность лица, имеющего право назначения</translation>
        </message>
        <message>
            <source>Akim's apparatus</source>
            <translation>Аппарат акима</translation>
        </message>
        <message>
            <source>Maslikhat apparatus</source>
            <translation>Аппарат маслихата</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Override the roster decision</source>
            <translation>Изменить решение по списку</translation>
        </message>
        <message>
            <source>Keep the computed decision</source>
            <translation>Оставить рассчитанное решение</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>Оценивать</translation>
        </message>
        <message>
            <source>Do not evaluate</source>
            <translation>Не оценивать</translation>
        </message>
        <message>
            <source>Keep the computed evaluator</source>
            <translation>Оставить рассчитанного оценивающего</translation>
        </message>
        <message>
            <source>Keep the computed form</source>
            <translation>Оставить рассчитанную форму</translation>
        </message>
        <message>
            <source>Form 1</source>
            <translation>Форма 1</translation>
        </message>
        <message>
            <source>Form 2</source>
            <translation>Форма 2</translation>
        </message>
        <message>
            <source>Why the decision differs from the rules (kept in history)</source>
            <translation>Почему решение отличается от правил (сохраняется в истории)</translation>
        </message>
        <message>
            <source>evaluate</source>
            <translation>оценивать</translation>
        </message>
        <message>
            <source>do not evaluate</source>
            <translation>не оценивать</translation>
        </message>
        <message>
            <source>evaluator changed</source>
            <translation>изменён оценивающий</translation>
        </message>
        <message>
            <source>form {form}</source>
            <translation>форма {form}</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Сейчас:</translation>
        </message>
        <message>
            <source>Inclusion:</source>
            <translation>Включение:</translation>
        </message>
        <message>
            <source>Evaluator:</source>
            <translation>Оценивающий:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Форма:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>История:</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Evaluation results are confidential (Methodology, item 13): the program asks for this password at every start and after idle minutes.</source>
            <translation>Результаты оценки конфиденциальны (пункт 13 Методики): программа спрашивает этот пароль при каждом запуске и после минут бездействия.</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Повторите пароль</translation>
        </message>
        <message>
            <source>Write down this recovery code, seal it in an envelope and give it to the head of the HR service. It is the only way to set a new password if this one is forgotten. Press Next when it is written down.</source>
            <translation>Запишите этот код восстановления, запечатайте в конверт и передайте руководителю службы управления персоналом. Это единственный способ задать новый пароль, если этот забыт. Когда запишете, нажмите «Далее».</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPromptDialog</name>
        <message numerus="yes">
            <source>Wrong password. Try again in %n second(s).</source>
            <translation>
                <numerusform>Неверный пароль. Повторите через %n секунду.</numerusform>
                <numerusform>Неверный пароль. Повторите через %n секунды.</numerusform>
                <numerusform>Неверный пароль. Повторите через %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Неверный пароль.</translation>
        </message>
        <message>
            <source>Bagalau — password</source>
            <translation>Багалау — пароль</translation>
        </message>
        <message>
            <source>Evaluation results are confidential. Enter the password to open the office.</source>
            <translation>Результаты оценки являются конфиденциальной информацией. Введите пароль, чтобы открыть данные.</translation>
        </message>
        <message>
            <source>This is the demo office: its password is demo.</source>
            <translation>Это демонстрационные данные: пароль — demo.</translation>
        </message>
        <message>
            <source>Forgot the password?</source>
            <translation>Забыли пароль?</translation>
        </message>
    </context>
    <context>
        <name>PenaltyTab</name>
        <message>
            <source>Executive discipline (order No. 233, item 21)</source>
            <translation>Исполнительская дисциплина (пункт 21 приказа № 233)</translation>
        </message>
        <message>
            <source>Labour discipline (order No. 233, item 22)</source>
            <translation>Трудовая дисциплина (пункт 22 приказа № 233)</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Нарушение</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Основание (пункт)</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Добавить пункт…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Other rules of the points methodology</source>
            <translation>Прочие правила методики в баллах</translation>
        </message>
        <message>
            <source>Deduction for a disciplinary sanction (order No. 233, item 21)</source>
            <translation>Вычет за дисциплинарное взыскание (пункт 21 приказа № 233)</translation>
        </message>
        <message>
            <source>Efficiency coefficient (order No. 233, item 18)</source>
            <translation>Коэффициент эффективности (пункт 18 приказа № 233)</translation>
        </message>
        <message>
            <source>Lowest personal bonus</source>
            <translation>Наименьший личный поощрительный балл</translation>
        </message>
        <message>
            <source>Unit head's personal points (order No. 233, item 26)</source>
            <translation>Личные баллы руководителя подразделения (пункт 26 приказа № 233)</translation>
        </message>
        <message>
            <source>Highest personal bonus</source>
            <translation>Наибольший личный поощрительный балл</translation>
        </message>
        <message>
            <source>Personal penalty</source>
            <translation>Личный штрафной балл</translation>
        </message>
        <message>
            <source>Personal bonus cap per quarter</source>
            <translation>Предел личных поощрительных баллов за квартал</translation>
        </message>
        <message>
            <source>No personal bonus from this many breaches</source>
            <translation>Личные поощрительные баллы не ставятся начиная с числа нарушений</translation>
        </message>
        <message>
            <source>Percent of the total per month</source>
            <translation>Процент от общего балла за месяц</translation>
        </message>
        <message>
            <source>used</source>
            <translation>применяется</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Коэффициент</translation>
        </message>
        <message>
            <source>From bonus points</source>
            <translation>От поощрительных баллов</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Добавить ступень</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Удалить ступень</translation>
        </message>
    </context>
    <context>
        <name>PlainCopies</name>
        <message>
            <source>The office file is now sealed. These copies of it in the backup folder are not: anyone who copies them can read them.</source>
            <translation>Файл данных теперь зашифрован. Эти его копии в папке резервных копий не зашифрованы: их может прочитать любой, кто их скопирует.</translation>
        </message>
        <message>
            <source>Seal them now? They will open with the office's password or recovery code.</source>
            <translation>Зашифровать их сейчас? Они будут открываться паролем или кодом восстановления файла данных.</translation>
        </message>
        <message>
            <source>Copies made earlier on other drives (for example a USB drive) are not sealed either: delete them, or open each one in Bagalau to seal it.</source>
            <translation>Копии, сделанные раньше на других дисках (например, на USB-накопителе), тоже не зашифрованы: удалите их или откройте каждую в Багалау, чтобы зашифровать.</translation>
        </message>
        <message>
            <source>Unsealed copies</source>
            <translation>Незашифрованные копии</translation>
        </message>
    </context>
    <context>
        <name>Plural</name>
        <message>
            <source>{n} member(s)</source>
            <translation>{n} член|{n} члена|{n} членов</translation>
        </message>
        <message>
            <source>{n} working day(s)</source>
            <translation>{n} рабочий день|{n} рабочих дня|{n} рабочих дней</translation>
        </message>
        <message>
            <source>{n} sheet(s)</source>
            <translation>{n} лист|{n} листа|{n} листов</translation>
        </message>
        <message>
            <source>{n} matter(s)</source>
            <translation>{n} вопрос|{n} вопроса|{n} вопросов</translation>
        </message>
    </context>
    <context>
        <name>PositionCombo</name>
        <message>
            <source>vacant</source>
            <translation>вакантна</translation>
        </message>
    </context>
    <context>
        <name>PositionDialog</name>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Leadership position (Methodology, item 2.1)</source>
            <translation>Руководящая должность (пункт 2.1 Методики)</translation>
        </message>
        <message>
            <source>Heads the unit</source>
            <translation>Возглавляет подразделение</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Подразделение:</translation>
        </message>
        <message>
            <source>Title in Kazakh:</source>
            <translation>Наименование на казахском:</translation>
        </message>
        <message>
            <source>Title in Russian:</source>
            <translation>Наименование на русском:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Категория:</translation>
        </message>
        <message>
            <source>Supervising position:</source>
            <translation>Вышестоящая должность:</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Страница {page} из {total}</translation>
        </message>
        <message>
            <source>Preparing the pages</source>
            <translation>Подготовка страниц</translation>
        </message>
        <message>
            <source>The printer did not accept the document: {error}</source>
            <translation>Принтер не принял документ: {error}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>{n} page(s). Print it, save it, or open it in the PDF viewer.</source>
            <translation>Страниц: {n}. Документ можно распечатать, сохранить или открыть в программе просмотра PDF.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Открыть в программе просмотра PDF</translation>
        </message>
        <message>
            <source>Save as DOCX (editable)…</source>
            <translation>Сохранить в DOCX (для правки)…</translation>
        </message>
        <message>
            <source>A temporary copy is opened; it is deleted when the program closes.</source>
            <translation>Открывается временная копия; она удаляется при закрытии программы.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Документы Word (*.docx)</translation>
        </message>
        <message>
            <source>The temporary copy could not be written: {error}</source>
            <translation>Не удалось записать временную копию: {error}</translation>
        </message>
        <message>
            <source>No program to view PDF files is set up on this computer: save the PDF and open it from its folder.</source>
            <translation>На этом компьютере не настроена программа просмотра PDF: сохраните PDF и откройте его из папки.</translation>
        </message>
        <message>
            <source>Opened in the PDF viewer (a temporary copy).</source>
            <translation>Открыто в программе просмотра PDF (временная копия).</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>Сохранено: {file}</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>QuarterClosing</name>
        <message>
            <source>Reopen the closed quarter</source>
            <translation>Открыть закрытый квартал снова</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Ничего не выбрано</translation>
        </message>
        <message>
            <source>Select the rows of the sheets first.</source>
            <translation>Сначала выберите строки листов.</translation>
        </message>
        <message>
            <source>Sheets moved: {moved} of {total}.</source>
            <translation>Изменено листов: {moved} из {total}.</translation>
        </message>
        <message>
            <source>Reopen the quarter…</source>
            <translation>Открыть квартал снова…</translation>
        </message>
        <message>
            <source>The quarter is closed and read-only; reopening needs a written reason, kept in the audit log</source>
            <translation>Квартал закрыт, только для чтения; чтобы открыть снова, нужна письменная причина, она сохраняется в журнале аудита</translation>
        </message>
        <message>
            <source>Close the quarter</source>
            <translation>Закрыть квартал</translation>
        </message>
        <message>
            <source>When every result is final and no appeal is pending: the quarter becomes read-only</source>
            <translation>Когда все результаты окончательные и нет нерешённых заявлений: квартал становится только для чтения</translation>
        </message>
    </context>
    <context>
        <name>QuarterPage</name>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{quarter} кв. {year}</translation>
        </message>
        <message>
            <source>Choose a line to see the whole decision; double-click to override it.</source>
            <translation>Выберите строку, чтобы увидеть решение полностью; двойной щелчок — изменить его.</translation>
        </message>
        <message>
            <source>Override of {when}: {reason}</source>
            <translation>Изменение от {when}: {reason}</translation>
        </message>
        <message>
            <source>Rule (F1):</source>
            <translation>Правило (F1):</translation>
        </message>
        <message>
            <source>Write the evaluator outside corps "B" on the organisation card…</source>
            <translation>Указать оценивающее лицо вне корпуса «Б» в карточке учреждения…</translation>
        </message>
        <message>
            <source>No quarter is open yet.</source>
            <translation>Ни один квартал ещё не открыт.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыт</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>Status: {status}. Due {due} (Methodology, item 4). Signed {signed} of {total}.</source>
            <translation>Статус: {status}. Срок {due} (пункт 4 Методики). Подписано {signed} из {total}.</translation>
        </message>
        <message>
            <source>{total} employees held a position in the quarter: {inc} evaluated, {exc} not evaluated.</source>
            <translation>Должность в квартале занимали {total} сотрудников: оцениваются {inc}, не оцениваются {exc}.</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Квартал:</translation>
        </message>
        <message>
            <source>Open a quarter…</source>
            <translation>Открыть квартал…</translation>
        </message>
        <message>
            <source>Rebuild the roster</source>
            <translation>Пересобрать список</translation>
        </message>
        <message>
            <source>Read the staff facts again: appointments, absences, dismissals</source>
            <translation>Перечитать кадровые данные: назначения, отсутствия, увольнения</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Изменить решение…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Evaluation sheets of the quarter…</source>
            <translation>Оценочные листы квартала…</translation>
        </message>
        <message>
            <source>Quarter summary…</source>
            <translation>Сводная ведомость квартала…</translation>
        </message>
        <message>
            <source>Notices to the dismissed evaluees…</source>
            <translation>Извещения уволенным…</translation>
        </message>
        <message>
            <source>Quarter summary as Excel…</source>
            <translation>Сводная ведомость в Excel…</translation>
        </message>
        <message>
            <source>Filter: name, unit, reason…</source>
            <translation>Фильтр: ФИО, подразделение, причина…</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Список оцениваемых</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Ввод оценок</translation>
        </message>
        <message>
            <source>Type a score 0–5 (a comma works too); Enter goes down, Tab goes right, Delete clears a draft cell. A signed sheet asks for the reason of a change. Ctrl+B bonus, Ctrl+Shift+B penalty, Ctrl+Shift+S signed, Ctrl+Shift+R received, F1 the rule.</source>
            <translation>Введите оценку 0–5 (можно через запятую); Enter — вниз, Tab — вправо, Delete очищает ячейку черновика. При изменении подписанного листа запрашивается причина. Ctrl+B — поощрение, Ctrl+Shift+B — штраф, Ctrl+Shift+S — подписано, Ctrl+Shift+R — получено, F1 — правило.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsDialog</name>
        <message>
            <source>The quarter stays open</source>
            <translation>Квартал остаётся открытым</translation>
        </message>
        <message>
            <source>No sheet moved:</source>
            <translation>Ни один лист не изменён:</translation>
        </message>
        <message>
            <source>Sheets moved: {moved}. Not moved: {refused}, for these reasons:</source>
            <translation>Изменено листов: {moved}. Не изменено: {refused}, причины:</translation>
        </message>
        <message>
            <source>Some sheets did not move</source>
            <translation>Некоторые листы не изменились</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Recovery code</source>
            <translation>Код восстановления</translation>
        </message>
        <message>
            <source>Write this recovery code on paper now and give it, in a sealed envelope, to the head of HR. It is shown only once. With it a forgotten password can be replaced.</source>
            <translation>Запишите этот код восстановления на бумаге сейчас и передайте его в запечатанном конверте руководителю службы управления персоналом. Он показывается только один раз. С ним можно заменить забытый пароль.</translation>
        </message>
        <message>
            <source>If both the password and this code are lost, the data are gone for good: the office file is encrypted, and nobody — not the IT service, not the authors of Bagalau — can open it.</source>
            <translation>Если потеряны и пароль, и этот код, данные потеряны навсегда: файл данных зашифрован, и открыть его не сможет никто — ни IT-служба, ни авторы Багалау.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Print the recovery code sheet…</source>
            <translation>Напечатать лист с кодом восстановления…</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Why is the closed quarter reopened? The reason is kept in the audit log.</source>
            <translation>Почему закрытый квартал открывается снова? Причина сохраняется в журнале аудита.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Recovery code:</source>
            <translation>Код восстановления:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Повторите:</translation>
        </message>
        <message>
            <source>Forgotten password</source>
            <translation>Забытый пароль</translation>
        </message>
        <message>
            <source>Open the sealed envelope with the recovery code and type the code. A new code will be shown: seal it again.</source>
            <translation>Вскройте запечатанный конверт с кодом восстановления и введите код. Будет показан новый код: запечатайте его снова.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>Два новых пароля не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>may leave</source>
            <translation>можно изъять</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>хранится</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>передано в архив</translation>
        </message>
        <message>
            <source>destroyed</source>
            <translation>уничтожено</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Хранение документов</translation>
        </message>
        <message>
            <source>Tick the quarters to move out first.</source>
            <translation>Сначала отметьте кварталы.</translation>
        </message>
        <message>
            <source>Destroy the evaluation documents of the ticked quarters? They are removed from the office file; only the act remains.</source>
            <translation>Уничтожить документы оценки отмеченных кварталов? Они будут удалены из рабочего файла; останется только акт.</translation>
        </message>
        <message>
            <source>Archive file</source>
            <translation>Архивный файл</translation>
        </message>
        <message>
            <source>Bagalau archive (*.sqlite)</source>
            <translation>Архив Багалау (*.sqlite)</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Save the act</source>
            <translation>Сохранить акт</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Act No. {n} saved to {file}.</source>
            <translation>Акт № {n} сохранён в {file}.</translation>
        </message>
        <message>
            <source>Evaluation documents are kept three years from the day the evaluation was completed (Methodology, item 12). Quarters past that term may be moved to an archive file or destroyed; an act is printed in the same action.</source>
            <translation>Документы оценки хранятся три года со дня завершения оценки (пункт 12 Методики). Кварталы с истёкшим сроком можно перенести в архивный файл или уничтожить; акт печатается в том же действии.</translation>
        </message>
        <message>
            <source>Year — quarter</source>
            <translation>Год — квартал</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Оценка завершена</translation>
        </message>
        <message>
            <source>Keep until</source>
            <translation>Хранить до</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Оценочные листы</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Act No.</source>
            <translation>Акт №</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Кварталы</translation>
        </message>
        <message>
            <source>Acts</source>
            <translation>Акты</translation>
        </message>
        <message>
            <source>Encrypt the archive with its own password (otherwise it opens with the office's password or recovery code)</source>
            <translation>Зашифровать архив отдельным паролем (иначе он открывается паролем или кодом восстановления файла данных)</translation>
        </message>
        <message>
            <source>Move to an archive file…</source>
            <translation>Перенести в архивный файл…</translation>
        </message>
        <message>
            <source>Destroy…</source>
            <translation>Уничтожить…</translation>
        </message>
    </context>
    <context>
        <name>RosterTableModel</name>
        <message>
            <source>evaluated</source>
            <translation>оценивается</translation>
        </message>
        <message>
            <source>without participation</source>
            <translation>без участия</translation>
        </message>
        <message>
            <source>not evaluated</source>
            <translation>не оценивается</translation>
        </message>
        <message>
            <source>Override: {reason}</source>
            <translation>Изменено: {reason}</translation>
        </message>
        <message>
            <source>seconded in</source>
            <translation>прикомандирование</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>не найден</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Оценивающий</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Worked days</source>
            <translation>Отработано дней</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>N or more facts in the quarter</source>
            <translation>за квартал N и более фактов</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>срок исполнения не менее 3 рабочих дней</translation>
        </message>
        <message>
            <source>deadline missed by 5 to 10 days</source>
            <translation>срок нарушен на 5–10 дней</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>отягчающее повторение</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>опоздания в сумме более 60 минут</translation>
        </message>
        <message>
            <source>Fixed points per fact</source>
            <translation>Фиксированные баллы за факт</translation>
        </message>
        <message>
            <source>Range chosen by the evaluator</source>
            <translation>Диапазон, выбираемый оценивающим</translation>
        </message>
        <message>
            <source>Points by count (tiers)</source>
            <translation>Баллы по количеству (ступени)</translation>
        </message>
        <message>
            <source>No share</source>
            <translation>Без доли</translation>
        </message>
        <message>
            <source>Half the points</source>
            <translation>Половина баллов</translation>
        </message>
        <message>
            <source>Points per fact</source>
            <translation>Баллы за факт</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <source>To (blank: and more)</source>
            <translation>До (пусто: и более)</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Множитель</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Множитель</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Добавить ступень</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>Удалить ступень</translation>
        </message>
        <message>
            <source>Add multiplier</source>
            <translation>Добавить множитель</translation>
        </message>
        <message>
            <source>Remove multiplier</source>
            <translation>Удалить множитель</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Множители</translation>
        </message>
        <message>
            <source>Points only from N facts</source>
            <translation>Баллы только начиная с N фактов</translation>
        </message>
        <message>
            <source>Cap per quarter</source>
            <translation>Предел за квартал</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Предел</translation>
        </message>
        <message>
            <source>Co-executor</source>
            <translation>Соисполнитель</translation>
        </message>
        <message>
            <source>Cap shared with items marked</source>
            <translation>Общий предел с пунктами с отметкой</translation>
        </message>
        <message>
            <source>blank: the cap is the item's own</source>
            <translation>пусто: предел только этого пункта</translation>
        </message>
    </context>
    <context>
        <name>RuleHelp</name>
        <message>
            <source>Interface language code (kk or ru)</source>
            <translation>ru</translation>
        </message>
        <message>
            <source>the Kazakh language</source>
            <translation>казахский</translation>
        </message>
        <message>
            <source>the Russian language</source>
            <translation>русский</translation>
        </message>
        <message>
            <source>Act:</source>
            <translation>Акт:</translation>
        </message>
        <message>
            <source>Paragraph:</source>
            <translation>Пункт:</translation>
        </message>
        <message>
            <source>This act is not among the source texts of the program; check its current wording before relying on it.</source>
            <translation>Этого акта нет среди исходных текстов программы; прежде чем на него опираться, сверьтесь с действующей редакцией.</translation>
        </message>
        <message>
            <source>Text of the paragraph (in {language}, the language of the act):</source>
            <translation>Текст пункта (на языке акта — {language}):</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Правовое основание</translation>
        </message>
        <message>
            <source>See also</source>
            <translation>См. также</translation>
        </message>
    </context>
    <context>
        <name>RuleHelpDialog</name>
        <message>
            <source>Rules and legal basis</source>
            <translation>Правила и правовое основание</translation>
        </message>
        <message>
            <source>Search: a word, a paragraph (§19), an id…</source>
            <translation>Поиск: слово, пункт (§19), идентификатор…</translation>
        </message>
        <message>
            <source>No rule matches the search.</source>
            <translation>Правил, подходящих под поиск, нет.</translation>
        </message>
    </context>
    <context>
        <name>RuleLinks</name>
        <message>
            <source>Rules:</source>
            <translation>Правила:</translation>
        </message>
    </context>
    <context>
        <name>SecurityMenu</name>
        <message>
            <source>Lock</source>
            <translation>Блокировка</translation>
        </message>
        <message>
            <source>Set a password first: without one the lock cannot be undone safely.</source>
            <translation>Сначала установите пароль: без него блокировку нельзя безопасно снять.</translation>
        </message>
        <message>
            <source>Lock after a pause</source>
            <translation>Блокировка после перерыва</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without use (0 = never):</source>
            <translation>Блокировать окно после стольких минут бездействия (0 — никогда):</translation>
        </message>
        <message>
            <source>&amp;Lock the window</source>
            <translation>&amp;Заблокировать окно</translation>
        </message>
        <message>
            <source>Set or change the &amp;password…</source>
            <translation>Установить или сменить &amp;пароль…</translation>
        </message>
        <message>
            <source>Lock after a pause…</source>
            <translation>Блокировка после перерыва…</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>The deadline of the appeal has passed:</source>
            <translation>Срок по обращению пропущен:</translation>
        </message>
        <message>
            <source>The appeal must still be heard. Create the session?</source>
            <translation>Обращение всё равно должно быть рассмотрено. Создать сессию?</translation>
        </message>
        <message>
            <source>Deadline missed</source>
            <translation>Срок пропущен</translation>
        </message>
        <message>
            <source>New calibration session</source>
            <translation>Новая калибровочная сессия</translation>
        </message>
        <message>
            <source>Decision to hold a session and its members (Methodology, item 19): an odd number, at least 3, with an HR officer; never the appellant or the disputed evaluator.</source>
            <translation>Решение о проведении сессии и её составе (пункт 19 Методики): нечётное число, не менее 3, с работником кадровой службы; без заявителя и лица, выставившего оспариваемую оценку.</translation>
        </message>
        <message>
            <source>Calibration session No. %1</source>
            <translation>Калибровочная сессия № %1</translation>
        </message>
        <message>
            <source>Closed: the adopted scores replaced the original ones.</source>
            <translation>Закрыта: принятые оценки заменили первоначальные.</translation>
        </message>
        <message>
            <source>Open: record the arguments, motions and votes of each case, then close it.</source>
            <translation>Открыта: внесите аргументы, предложения и голоса по каждому делу, затем закройте сессию.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Дата сессии</translation>
        </message>
        <message>
            <source>Place, in Kazakh</source>
            <translation>Место проведения, на казахском языке</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <source>Place, in Russian</source>
            <translation>Место проведения, на русском языке</translation>
        </message>
        <message>
            <source>Session and members</source>
            <translation>Сессия и состав</translation>
        </message>
        <message>
            <source>Protocol signed on</source>
            <translation>Протокол подписан</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Закрыть сессию</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>The two new passwords differ.</source>
            <extracomment>an existing plain office that never had a password: it is sealed with the one set here</extracomment>
            <translation>Два новых пароля не совпадают.</translation>
        </message>
        <message>
            <source>Change the password</source>
            <translation>Смена пароля</translation>
        </message>
        <message>
            <source>Set a password</source>
            <translation>Установка пароля</translation>
        </message>
        <message>
            <source>Evaluation results are confidential: the program asks this password on start and after a pause. At least 8 characters.</source>
            <translation>Результаты оценки конфиденциальны: программа запрашивает этот пароль при запуске и после перерыва. Не менее 8 символов.</translation>
        </message>
        <message>
            <source>This office file is not sealed yet: anyone who copies it can read it. Choose a password; the file will be encrypted with it after a copy is made.</source>
            <translation>Этот файл данных ещё не зашифрован: его может прочитать любой, кто его скопирует. Выберите пароль; после создания копии файл будет зашифрован этим паролем.</translation>
        </message>
        <message>
            <source>The office file is encrypted with this password: without it or the recovery code nobody can read it.</source>
            <translation>Файл данных шифруется этим паролем: без него или кода восстановления его никто не прочитает.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Текущий пароль:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Повторите:</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Setting up the office</source>
            <translation>Настройка учреждения</translation>
        </message>
    </context>
    <context>
        <name>SheetBox</name>
        <message>
            <source>Form {n} (Appendix {n} to the Typical methodology)</source>
            <translation>Форма {n} (приложение {n} к Типовой методике)</translation>
        </message>
        <message>
            <source>Title (Kazakh)</source>
            <translation>Заголовок (на казахском)</translation>
        </message>
        <message>
            <source>Title (Russian)</source>
            <translation>Заголовок (на русском)</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Способ оценки</translation>
        </message>
        <message>
            <source>Criteria combine by</source>
            <translation>Способ объединения критериев</translation>
        </message>
        <message>
            <source>Criteria, each 0–5</source>
            <translation>Критерии, каждый 0–5</translation>
        </message>
        <message>
            <source>Comment fields</source>
            <translation>Поля комментариев</translation>
        </message>
        <message>
            <source>One overall score 0–5</source>
            <translation>Одна общая оценка 0–5</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Среднее</translation>
        </message>
        <message>
            <source>Weighted mean</source>
            <translation>Средневзвешенное</translation>
        </message>
        <message>
            <source>Lowest criterion</source>
            <translation>Наименьший критерий</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>На казахском</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>На русском</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>SheetExtrasPanel</name>
        <message>
            <source>The evaluator has {n} evaluees: over 20, servants the evaluator designates also evaluate (paragraph 17 of the Methodology). The evaluator's score stays the sheet's score.</source>
            <translation>У оценивающего лица оцениваемых: {n}. Когда их больше 20, оценивают также определённые им служащие (пункт 17 Методики). Оценкой листа остаётся оценка оценивающего лица.</translation>
        </message>
        <message>
            <source>The evaluator has {n} evaluees: designees take part only when there are more than 20 (paragraph 17 of the Methodology).</source>
            <translation>У оценивающего лица оцениваемых: {n}. Определённые им служащие участвуют, только когда оцениваемых больше 20 (пункт 17 Методики).</translation>
        </message>
        <message>
            <source>Proposed score</source>
            <translation>Предложенный балл</translation>
        </message>
        <message>
            <source>The designee's score (0 to 5):</source>
            <translation>Балл определённого служащего (от 0 до 5):</translation>
        </message>
        <message>
            <source>Disciplinary sanction in the quarter</source>
            <translation>Дисциплинарное взыскание в квартале</translation>
        </message>
        <message>
            <source>Months:</source>
            <translation>Месяцев:</translation>
        </message>
        <message>
            <source>Order №</source>
            <translation>Приказ №</translation>
        </message>
        <message>
            <source>of</source>
            <translation>от</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Personal points of the unit head</source>
            <translation>Личные баллы руководителя подразделения</translation>
        </message>
        <message>
            <source>+1…+5 or −2</source>
            <translation>+1…+5 или −2</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Баллы:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>Обоснование:</translation>
        </message>
        <message>
            <source>concrete grounds: workload, complexity, business qualities</source>
            <translation>конкретные основания: нагрузка, сложность, деловые качества</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Grounds</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Учтено</translation>
        </message>
        <message>
            <source>Designated co-evaluators</source>
            <translation>Служащие, определённые оценивающим лицом</translation>
        </message>
        <message>
            <source>Designate…</source>
            <translation>Определить…</translation>
        </message>
        <message>
            <source>Proposed score…</source>
            <translation>Предложенный балл…</translation>
        </message>
        <message>
            <source>Servant</source>
            <translation>Служащий</translation>
        </message>
        <message>
            <source>Designated on</source>
            <translation>Дата определения</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Any page</source>
            <translation>Любая страница</translation>
        </message>
        <message>
            <source>Quarter: entry grid</source>
            <translation>Квартал: таблица ввода оценок</translation>
        </message>
        <message>
            <source>Quarter: roster</source>
            <translation>Квартал: список оцениваемых</translation>
        </message>
        <message>
            <source>Go to a page (shown next to its name)</source>
            <translation>Перейти на страницу (клавиши показаны рядом с её названием)</translation>
        </message>
        <message>
            <source>Rule and legal basis of the focused line or field</source>
            <translation>Правило и правовое основание выбранной строки или поля</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Открыть другую базу данных</translation>
        </message>
        <message>
            <source>Lock the program</source>
            <translation>Заблокировать программу</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Add (employee, unit, appeal, item, quarter…)</source>
            <translation>Добавить (служащего, подразделение, обращение, пункт, квартал…)</translation>
        </message>
        <message>
            <source>Open or edit the selected line</source>
            <translation>Открыть или изменить выбранную строку</translation>
        </message>
        <message>
            <source>Delete the selected line</source>
            <translation>Удалить выбранную строку</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Search or filter</source>
            <translation>Поиск или фильтр</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Export (Excel or file)</source>
            <translation>Экспорт (Excel или файл)</translation>
        </message>
        <message>
            <source>Refresh from the database</source>
            <translation>Обновить из базы данных</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Следующая вкладка</translation>
        </message>
        <message>
            <source>Type a score; Enter saves it and goes down</source>
            <translation>Ввести оценку; Enter сохраняет её и переходит вниз</translation>
        </message>
        <message>
            <source>Move between cells</source>
            <translation>Перемещение между ячейками</translation>
        </message>
        <message>
            <source>Clear a draft cell</source>
            <translation>Очистить ячейку черновика</translation>
        </message>
        <message>
            <source>Add a bonus entry to the current evaluee</source>
            <translation>Добавить поощрительный балл текущему оцениваемому</translation>
        </message>
        <message>
            <source>Add a penalty entry to the current evaluee</source>
            <translation>Добавить штрафной балл текущему оцениваемому</translation>
        </message>
        <message>
            <source>Signed by the evaluator</source>
            <translation>Подписано оценивающим</translation>
        </message>
        <message>
            <source>Result received by the evaluee</source>
            <translation>Результат получен оцениваемым</translation>
        </message>
        <message>
            <source>Make the result final</source>
            <translation>Сделать результат окончательным</translation>
        </message>
        <message>
            <source>Notice to a dismissed evaluee</source>
            <translation>Извещение уволенному оцениваемому</translation>
        </message>
        <message>
            <source>Go to the comments, the entries, back to the grid</source>
            <translation>Перейти к комментариям, к списку баллов, обратно в таблицу</translation>
        </message>
        <message>
            <source>Save the evaluator's comments</source>
            <translation>Сохранить комментарии оценивающего</translation>
        </message>
        <message>
            <source>Override the selected decision</source>
            <translation>Изменить выбранное решение</translation>
        </message>
        <message>
            <source>Rebuild the roster</source>
            <translation>Пересоставить список</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
    </context>
    <context>
        <name>StaffChoices</name>
        <message>
            <source>appointed</source>
            <translation>назначение</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>исполняющий обязанности</translation>
        </message>
        <message>
            <source>seconded in</source>
            <translation>прикомандирование</translation>
        </message>
        <message>
            <source>leave</source>
            <translation>отпуск</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>больничный</translation>
        </message>
        <message>
            <source>training</source>
            <translation>обучение</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>akimat apparatus</source>
            <translation>аппарат акима</translation>
        </message>
        <message>
            <source>maslikhat apparatus</source>
            <translation>аппарат маслихата</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} из {total}</translation>
        </message>
        <message>
            <source>Delete employee</source>
            <translation>Удаление сотрудника</translation>
        </message>
        <message>
            <source>Delete {name}? Only a record entered by mistake can be deleted.</source>
            <translation>Удалить сотрудника {name}? Удалить можно только запись, внесённую по ошибке.</translation>
        </message>
        <message>
            <source>Import staff</source>
            <translation>Импорт сотрудников</translation>
        </message>
        <message>
            <source>Staff lists (*.xlsx *.csv)</source>
            <translation>Списки сотрудников (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Export staff</source>
            <translation>Экспорт сотрудников</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Search by name or ИИН (Ctrl+F)</source>
            <translation>Поиск по имени или ИИН (Ctrl+F)</translation>
        </message>
        <message>
            <source>Current staff</source>
            <translation>Работающие</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Уволенные</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Add employee…</source>
            <translation>Добавить сотрудника…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
        <message>
            <source>Staff list</source>
            <translation>Список сотрудников</translation>
        </message>
        <message>
            <source>Excel or CSV (*.xlsx *.csv)</source>
            <translation>Excel или CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Employees in the office: {n}</source>
            <translation>Сотрудников в учреждении: {n}</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Import the staff list from Excel or CSV, or add people later on the Staff page.</source>
            <translation>Импортируйте список сотрудников из Excel или CSV либо добавьте людей позже на странице «Сотрудники».</translation>
        </message>
        <message>
            <source>Columns: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения (ДД.ММ.ГГГГ); optional: Дата увольнения, Телефон, E-mail. Kazakh headings are accepted too.</source>
            <translation>Столбцы: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения (ДД.ММ.ГГГГ); необязательные: Дата увольнения, Телефон, E-mail. Принимаются и казахские заголовки.</translation>
        </message>
        <message>
            <source>Import a staff list…</source>
            <translation>Импортировать список сотрудников…</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>seconded in</source>
            <translation>прикомандирование</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>исполняющий обязанности</translation>
        </message>
        <message>
            <source>working</source>
            <translation>работает</translation>
        </message>
        <message>
            <source>dismissed {date}</source>
            <translation>увольнение {date}</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Фамилия, имя, отчество</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>In position since</source>
            <translation>В должности с</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>Year {year}</source>
            <extracomment>(year, quarter or YEAR) → the distribution; None when the quarter is not opened. (year, quarter or YEAR, export?) → print (PDF) or export (XLSX) the summary of that period.</extracomment>
            <translation>{year} год</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>{quarter} квартал {year} года</translation>
        </message>
        <message>
            <source>The quarter is not opened.</source>
            <translation>Квартал не открыт.</translation>
        </message>
        <message>
            <source>{n} results in {units} units, by grade:</source>
            <translation>Результатов: {n}, подразделений: {units}; по оценкам:</translation>
        </message>
        <message>
            <source>{n} results in {units} units.</source>
            <translation>Результатов: {n}, подразделений: {units}.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Год:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Quarter 1</source>
            <translation>1 квартал</translation>
        </message>
        <message>
            <source>Quarter 2</source>
            <translation>2 квартал</translation>
        </message>
        <message>
            <source>Quarter 3</source>
            <translation>3 квартал</translation>
        </message>
        <message>
            <source>Quarter 4</source>
            <translation>4 квартал</translation>
        </message>
        <message>
            <source>Whole year (annual result)</source>
            <translation>Весь год (годовой результат)</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>Печать ведомости…</translation>
        </message>
        <message>
            <source>The summary of the quarter, or the annual summary, as PDF</source>
            <translation>Сводная ведомость квартала или годовая ведомость в PDF</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
    </context>
    <context>
        <name>StructurePage</name>
        <message>
            <source>head of unit</source>
            <translation>руководитель подразделения</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>руководящая</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>вакантна</translation>
        </message>
        <message>
            <source>Delete unit</source>
            <translation>Удаление подразделения</translation>
        </message>
        <message>
            <source>Delete the selected unit?</source>
            <translation>Удалить выбранное подразделение?</translation>
        </message>
        <message>
            <source>Structural units</source>
            <translation>Структурные подразделения</translation>
        </message>
        <message>
            <source>Positions of the unit</source>
            <translation>Должности подразделения</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Supervising position</source>
            <translation>Вышестоящая должность</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Занимает</translation>
        </message>
        <message>
            <source>Add unit…</source>
            <translation>Добавить подразделение…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Add position…</source>
            <translation>Добавить должность…</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Категории…</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Structural unit</source>
            <translation>Структурное подразделение</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(не задана)</translation>
        </message>
        <message>
            <source>Name in Kazakh:</source>
            <translation>Название на казахском:</translation>
        </message>
        <message>
            <source>Name in Russian:</source>
            <translation>Название на русском:</translation>
        </message>
        <message>
            <source>Head position:</source>
            <translation>Должность руководителя:</translation>
        </message>
    </context>
    <context>
        <name>VersionEditor</name>
        <message>
            <source>General and deadlines</source>
            <translation>Общие сведения и сроки</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>Градация оценок</translation>
        </message>
        <message>
            <source>Evaluation sheets</source>
            <translation>Оценочные листы</translation>
        </message>
        <message>
            <source>Bonus scale</source>
            <translation>Шкала поощрительных баллов</translation>
        </message>
        <message>
            <source>Penalty points</source>
            <translation>Штрафные баллы</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Open an existing office file</source>
            <translation>Открыть существующий файл учреждения</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>База данных Багалау (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>Welcome to Bagalau</source>
            <translation>Добро пожаловать в Багалау</translation>
        </message>
        <message>
            <source>Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. There is no database yet. Open the demo office to look around, or start your own office.</source>
            <translation>Багалау ведёт ежеквартальную оценку служащих корпуса «Б» на этом компьютере. Базы данных ещё нет. Откройте демо-учреждение, чтобы осмотреться, или начните своё учреждение.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Язык интерфейса:</translation>
        </message>
        <message>
            <source>Open the demo office</source>
            <translation>Открыть демо-учреждение</translation>
        </message>
        <message>
            <source>Start an empty office</source>
            <translation>Начать пустое учреждение</translation>
        </message>
        <message>
            <source>Open an existing file…</source>
            <translation>Открыть существующий файл…</translation>
        </message>
        <message>
            <source>An office file brought from another computer or on a USB drive</source>
            <translation>Файл учреждения, принесённый с другого компьютера или на USB-накопителе</translation>
        </message>
    </context>
    <context>
        <name>_HelpMenuTranslator</name>
        <message>
            <source>&amp;Rules and legal basis…</source>
            <translation>&amp;Правила и правовое основание…</translation>
        </message>
        <message>
            <source>How each rule of the program works and which paragraph it comes from</source>
            <translation>Как работает каждое правило программы и из какого пункта оно взято</translation>
        </message>
    </context>
    <context>
        <name>msg</name>
        <message>
            <source>{day} has no override in the office calendar.</source>
            <translation>Для {day} в календаре учреждения нет особой отметки.</translation>
        </message>
        <message>
            <source>{day} is not a holiday the calendar only estimates.</source>
            <extracomment>dates to confirm, and the government's list of transfers ----------------------</extracomment>
            <translation>{day} — не праздник с расчётной датой.</translation>
        </message>
        <message>
            <source>The year {year} is outside 2000–2100.</source>
            <translation>Год {year} вне диапазона 2000–2100.</translation>
        </message>
        <message>
            <source>The database file {file} is damaged and was not opened ({detail}).</source>
            <translation>Файл базы данных {file} повреждён и не был открыт ({detail}).</translation>
        </message>
        <message>
            <source>The disk holding {file} is full: the last change was not saved. Free some space and repeat it.</source>
            <extracomment>the office's data key (copies of this office open with it), when the damage was found after unlocking</extracomment>
            <translation>Диск, на котором находится {file}, заполнен: последнее изменение не сохранено. Освободите место и повторите действие.</translation>
        </message>
        <message>
            <source>The database file {file} is read-only: the last change was not saved.</source>
            <translation>Файл базы данных {file} доступен только для чтения: последнее изменение не сохранено.</translation>
        </message>
        <message>
            <source>The database file {file} could not be written ({detail}): the last change was not saved.</source>
            <translation>Не удалось записать файл базы данных {file} ({detail}): последнее изменение не сохранено.</translation>
        </message>
        <message>
            <source>The database file {file} was removed while Bagalau was running. Everything saved so far was written back to it; the last change was not saved: repeat it.</source>
            <extracomment>a recovery code made while opening (new office, sealed now, recovery used): show it once plain (unsealed) copies of this office found when it was sealed: offer to seal them</extracomment>
            <translation>Файл базы данных {file} был удалён во время работы Багалау. Всё сохранённое до этого момента записано в него заново; последнее изменение не сохранено: повторите его.</translation>
        </message>
        <message>
            <source>The database file {file} was replaced by another file while Bagalau was running. Everything saved so far was written to {copy}; the last change was not saved. Restart Bagalau.</source>
            <translation>Файл базы данных {file} был заменён другим файлом во время работы Багалау. Всё сохранённое до этого момента записано в {copy}; последнее изменение не сохранено. Перезапустите Багалау.</translation>
        </message>
        <message>
            <source>The output file {file} must end in {suffixes}.</source>
            <translation>Имя выходного файла должно оканчиваться на {suffixes}: {file}.</translation>
        </message>
        <message>
            <source>{file} is a folder: give the name of the file to write.</source>
            <translation>{file} — это папка: укажите имя файла, который нужно записать.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Папка {folder} не существует.</translation>
        </message>
        <message>
            <source>The file {file} cannot be written ({detail}).</source>
            <translation>Файл {file} не удаётся записать ({detail}).</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder} ({detail}).</source>
            <translation>Невозможно записать в папку {folder} ({detail}).</translation>
        </message>
        <message>
            <source>The database file {file} is read-only.</source>
            <translation>Файл базы данных {file} доступен только для чтения.</translation>
        </message>
        <message>
            <source>The database {file} is already open in another Bagalau window. Close it there first.</source>
            <translation>База данных {file} уже открыта в другом окне Багалау. Сначала закройте её там.</translation>
        </message>
        <message>
            <source>A score must be from 0 to 5, got {score}</source>
            <translation>Балл должен быть от 0 до 5, указано: {score}</translation>
        </message>
        <message>
            <source>Only a member of the session can vote.</source>
            <translation>Голосовать может только член сессии.</translation>
        </message>
        <message>
            <source>{name} evaluated this case or filed it and does not vote on it.</source>
            <translation>{name} — оценивающее лицо или заявитель по этому делу и не голосует по нему.</translation>
        </message>
        <message>
            <source>{name} is marked absent and cannot vote.</source>
            <translation>{name}: отмечено отсутствие на заседании, голосовать нельзя.</translation>
        </message>
        <message>
            <source>There is no such motion.</source>
            <translation>Такого предложения нет.</translation>
        </message>
        <message>
            <source>The date of the session is not set.</source>
            <translation>Не указана дата проведения сессии.</translation>
        </message>
        <message>
            <source>The session has no case to hear.</source>
            <translation>В сессии нет дел к рассмотрению.</translation>
        </message>
        <message>
            <source>The case of {name} has no motion.</source>
            <translation>По делу {name} нет ни одного предложения.</translation>
        </message>
        <message>
            <source>The case of {name}: no motion is backed by a majority ({needed} of {eligible} votes).</source>
            <translation>Дело {name}: ни одно предложение не получило большинства ({needed} из {eligible} голосов).</translation>
        </message>
        <message>
            <source>The ИИН is empty.</source>
            <translation>ИИН не заполнен.</translation>
        </message>
        <message>
            <source>The ИИН {iin} must contain digits only.</source>
            <translation>ИИН {iin} должен состоять только из цифр.</translation>
        </message>
        <message>
            <source>The ИИН must have 12 digits, {iin} has {n}.</source>
            <translation>ИИН должен содержать 12 цифр, в {iin} их {n}.</translation>
        </message>
        <message>
            <source>The 7th digit of the ИИН {iin} (century and sex) must be 1 to 6, not {digit}.</source>
            <translation>7-я цифра ИИН {iin} (век и пол) должна быть от 1 до 6, а не {digit}.</translation>
        </message>
        <message>
            <source>The ИИН {iin} starts with a date of birth that does not exist ({day}.{month}.{year}).</source>
            <translation>ИИН {iin} начинается с несуществующей даты рождения ({day}.{month}.{year}).</translation>
        </message>
        <message>
            <source>The ИИН {iin} has a wrong check digit: it is mistyped.</source>
            <translation>У ИИН {iin} неверная контрольная цифра: номер введён с ошибкой.</translation>
        </message>
        <message>
            <source>The surname is empty.</source>
            <translation>Фамилия не заполнена.</translation>
        </message>
        <message>
            <source>The first name is empty.</source>
            <translation>Имя не заполнено.</translation>
        </message>
        <message>
            <source>A name must not contain digits: «{value}».</source>
            <translation>Имя не должно содержать цифр: «{value}».</translation>
        </message>
        <message>
            <source>The phone number «{value}» is not valid: use digits, e.g. +7 701 123 45 67.</source>
            <translation>Номер телефона «{value}» указан неверно: используйте цифры, например +7 701 123 45 67.</translation>
        </message>
        <message>
            <source>The e-mail address «{value}» is not valid.</source>
            <translation>Адрес электронной почты «{value}» указан неверно.</translation>
        </message>
        <message>
            <source>«{value}» is too long: {n} characters, at most {limit}.</source>
            <translation>«{value}» слишком длинное: символов {n}, допускается не больше {limit}.</translation>
        </message>
        <message>
            <source>«{value}» contains an invisible or control character ({code}): retype it.</source>
            <translation>«{value}» содержит невидимый или управляющий символ ({code}): наберите текст заново.</translation>
        </message>
        <message>
            <source>The unit name in Kazakh is empty.</source>
            <translation>Не заполнено название подразделения на казахском языке.</translation>
        </message>
        <message>
            <source>The unit name in Russian is empty.</source>
            <translation>Не заполнено название подразделения на русском языке.</translation>
        </message>
        <message>
            <source>The position title in Kazakh is empty.</source>
            <translation>Не заполнено наименование должности на казахском языке.</translation>
        </message>
        <message>
            <source>The position title in Russian is empty.</source>
            <translation>Не заполнено наименование должности на русском языке.</translation>
        </message>
        <message>
            <source>The category «{value}» is not in the list of categories.</source>
            <translation>Категории «{value}» нет в списке категорий.</translation>
        </message>
        <message>
            <source>A position cannot supervise itself.</source>
            <translation>Должность не может быть руководящей для самой себя.</translation>
        </message>
        <message>
            <source>The category code is empty.</source>
            <translation>Код категории не заполнен.</translation>
        </message>
        <message>
            <source>The category code «{value}» must be one short word, e.g. E-R-3.</source>
            <translation>Код категории «{value}» должен быть одним коротким словом, например E-R-3.</translation>
        </message>
        <message>
            <source>The end date {to} is before the start date {start}.</source>
            <translation>Дата окончания {to} раньше даты начала {start}.</translation>
        </message>
        <message>
            <source>The appointment starts on {start}, after the dismissal on {dismissed}.</source>
            <translation>Назначение начинается {start}, после увольнения {dismissed}.</translation>
        </message>
        <message>
            <source>The period overlaps another period of the same kind that starts on {start}.</source>
            <translation>Период пересекается с другим периодом того же вида, начинающимся {start}.</translation>
        </message>
        <message>
            <source>The absence overlaps another absence from {start} to {end}.</source>
            <translation>Отсутствие пересекается с другим отсутствием с {start} по {end}.</translation>
        </message>
        <message>
            <source>The employee no longer exists.</source>
            <translation>Этого сотрудника больше нет.</translation>
        </message>
        <message>
            <source>The ИИН {iin} already belongs to {name}.</source>
            <translation>ИИН {iin} уже принадлежит сотруднику {name}.</translation>
        </message>
        <message>
            <source>{name} has appointment history and cannot be deleted; record the dismissal instead.</source>
            <translation>У сотрудника {name} есть история назначений, его нельзя удалить; вместо этого оформите увольнение.</translation>
        </message>
        <message>
            <source>{name} has evaluation records and cannot be deleted; record the dismissal instead.</source>
            <translation>У сотрудника {name} есть записи об оценке, его нельзя удалить; вместо этого оформите увольнение.</translation>
        </message>
        <message>
            <source>The dismissal date {day} is before the first appointment on {start}.</source>
            <translation>Дата увольнения {day} раньше первого назначения ({start}).</translation>
        </message>
        <message>
            <source>An appointment starts on {start}, after the dismissal date {day}.</source>
            <translation>Одно из назначений начинается {start}, после даты увольнения {day}.</translation>
        </message>
        <message>
            <source>Choose the position.</source>
            <translation>Выберите должность.</translation>
        </message>
        <message>
            <source>The name of the organisation in Kazakh is empty.</source>
            <translation>Не заполнено название учреждения на казахском языке.</translation>
        </message>
        <message>
            <source>The name of the organisation in Russian is empty.</source>
            <translation>Не заполнено название учреждения на русском языке.</translation>
        </message>
        <message>
            <source>Choose the act the appointing official signs.</source>
            <translation>Выберите акт, который подписывает лицо, имеющее право назначения.</translation>
        </message>
        <message>
            <source>The category {code} is already in the list.</source>
            <translation>Категория {code} уже есть в списке.</translation>
        </message>
        <message>
            <source>The category {code} is used by {n} position(s) and cannot be deleted.</source>
            <translation>Категория {code} используется в должностях ({n}) и не может быть удалена.</translation>
        </message>
        <message>
            <source>The head of a unit must be a position of that unit.</source>
            <translation>Руководителем подразделения должна быть должность этого подразделения.</translation>
        </message>
        <message>
            <source>The unit no longer exists.</source>
            <translation>Этого подразделения больше нет.</translation>
        </message>
        <message>
            <source>The unit has {n} position(s): delete or move them first.</source>
            <translation>В подразделении есть должности ({n}): сначала удалите или перенесите их.</translation>
        </message>
        <message>
            <source>Choose the unit of the position.</source>
            <translation>Выберите подразделение должности.</translation>
        </message>
        <message>
            <source>The position no longer exists.</source>
            <translation>Этой должности больше нет.</translation>
        </message>
        <message>
            <source>The supervising position would make a circle: a position cannot supervise its own supervisor.</source>
            <translation>Вышестоящая должность образует замкнутый круг: должность не может руководить своим руководителем.</translation>
        </message>
        <message>
            <source>The supervising position no longer exists.</source>
            <translation>Вышестоящей должности больше нет.</translation>
        </message>
        <message>
            <source>The position appears in {n} appointment(s) and cannot be deleted.</source>
            <translation>Должность указана в назначениях ({n}) и не может быть удалена.</translation>
        </message>
        <message>
            <source>The position is used elsewhere and cannot be deleted.</source>
            <translation>Должность используется в других записях и не может быть удалена.</translation>
        </message>
        <message>
            <source>A calibration session needs at least 3 members, it has {n}.</source>
            <translation>В калибровочной сессии должно быть не менее 3 членов, сейчас {n}.</translation>
        </message>
        <message>
            <source>A calibration session must have an odd number of members, it has {n}.</source>
            <translation>Число членов калибровочной сессии должно быть нечётным, сейчас {n}.</translation>
        </message>
        <message>
            <source>{name} is listed more than once.</source>
            <translation>{name}: указано более одного раза.</translation>
        </message>
        <message>
            <source>The session needs exactly one chair.</source>
            <translation>У сессии должен быть ровно один председатель.</translation>
        </message>
        <message>
            <source>The session needs exactly one secretary.</source>
            <translation>У сессии должен быть ровно один секретарь.</translation>
        </message>
        <message>
            <source>An officer of the HR service must be a member (Methodology, item 19).</source>
            <translation>В состав должен входить работник службы управления персоналом (кадровой службы) (пункт 19 Методики).</translation>
        </message>
        <message>
            <source>{name} disagrees with their own score and cannot be a member (Methodology, item 19).</source>
            <translation>{name} — заявитель, не согласный со своей оценкой, и не может входить в состав (пункт 19 Методики).</translation>
        </message>
        <message>
            <source>{name} gave the disputed score and cannot be a member (Methodology, item 19).</source>
            <translation>{name} — автор оспариваемой оценки и не может входить в состав (пункт 19 Методики).</translation>
        </message>
        <message>
            <source>Without {name}, who scored {appellant}, only {members} decide that case.</source>
            <translation>Без оценивающего лица ({name}) по делу заявителя {appellant} решают только {members}; нужно не менее 3.</translation>
        </message>
        <message>
            <source>{name} gave a disputed score and cannot chair the session or keep its minutes.</source>
            <translation>{name} — автор оспариваемой оценки и не может быть председателем или секретарём сессии.</translation>
        </message>
        <message>
            <source>This methodology has no personal points of the unit head.</source>
            <translation>В этой методике не предусмотрены личные баллы руководителя подразделения.</translation>
        </message>
        <message>
            <source>Personal points are {low} to {high}, or {penalty}.</source>
            <translation>Личные баллы: от {low} до {high} или {penalty}.</translation>
        </message>
        <message>
            <source>{n} or more breaches in the quarter: no personal bonus points</source>
            <translation>за квартал {n} и более нарушений: личные поощрительные баллы не ставятся</translation>
        </message>
        <message>
            <source>no note with concrete grounds: not counted</source>
            <translation>нет примечания с конкретными основаниями: не учитывается</translation>
        </message>
        <message>
            <source>grounds: {note}</source>
            <translation>основание: {note}</translation>
        </message>
        <message>
            <source>cap {cap} per quarter reached: {before} → {after}</source>
            <translation>достигнут предел {cap} за квартал: {before} → {after}</translation>
        </message>
        <message>
            <source>{low} to {high}, or {penalty}</source>
            <translation>от {low} до {high} или {penalty}</translation>
        </message>
        <message>
            <source>Months of a disciplinary sanction cannot be negative.</source>
            <translation>Число месяцев дисциплинарного взыскания не может быть отрицательным.</translation>
        </message>
        <message>
            <source>An entry refers to a bonus item that is no longer in this methodology: delete the entry and add it again from the scale.</source>
            <translation>Запись ссылается на поощрительный пункт, которого больше нет в этой методике: удалите запись и добавьте её заново из шкалы.</translation>
        </message>
        <message>
            <source>An entry refers to a penalty item that is no longer in this methodology: delete the entry and add it again from the list.</source>
            <translation>Запись ссылается на штрафной пункт, которого больше нет в этой методике: удалите запись и добавьте её заново из списка.</translation>
        </message>
        <message>
            <source>This methodology has no deduction for disciplinary sanctions.</source>
            <translation>В этой методике не предусмотрен вычет за дисциплинарное взыскание.</translation>
        </message>
        <message>
            <source>{percent} % of the total for each month</source>
            <translation>{percent} % от общего балла за каждый месяц</translation>
        </message>
        <message>
            <source>{months} × {percent} % = {total} % of {subtotal}</source>
            <translation>{months} × {percent} % = {total} % от {subtotal}</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>срок исполнения не менее 3 рабочих дней</translation>
        </message>
        <message>
            <source>deadline missed by 5 to 10 days</source>
            <translation>срок нарушен на 5–10 дней</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>отягчающее повторение</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>опоздания в сумме более 60 минут</translation>
        </message>
        <message>
            <source>marked "{flag}"</source>
            <translation>отмечено «{flag}»</translation>
        </message>
        <message>
            <source>{low} to {high} per fact</source>
            <translation>от {low} до {high} за факт</translation>
        </message>
        <message>
            <source>by count: {tiers}</source>
            <translation>по количеству: {tiers}</translation>
        </message>
        <message>
            <source>{points} per fact</source>
            <translation>{points} за факт</translation>
        </message>
        <message>
            <source>co-executor: {points} per fact</source>
            <translation>соисполнитель: {points} за факт</translation>
        </message>
        <message>
            <source>Item "{item}": the quantity cannot be negative.</source>
            <translation>Пункт «{item}»: количество не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Item "{item}": choose the points per fact, from {low} to {high}.</source>
            <translation>Пункт «{item}»: выберите баллы за один факт, от {low} до {high}.</translation>
        </message>
        <message>
            <source>Item "{item}": {points} is outside {low} to {high}.</source>
            <translation>Пункт «{item}»: {points} вне диапазона от {low} до {high}.</translation>
        </message>
        <message>
            <source>chosen {points} per fact</source>
            <translation>выбрано {points} за факт</translation>
        </message>
        <message>
            <source>{n} or more facts in the quarter</source>
            <translation>{n} и более фактов в квартале</translation>
        </message>
        <message>
            <source>×{factor}: {what}</source>
            <translation>×{factor}: {what}</translation>
        </message>
        <message>
            <source>×{factor} once: both {first} and {second} hold, and they are conditions of one rule</source>
            <translation>×{factor} один раз: «{first}» и «{second}» — условия одного правила, друг на друга не умножаются</translation>
        </message>
        <message>
            <source>co-executor: half the points</source>
            <translation>соисполнитель: половина баллов</translation>
        </message>
        <message>
            <source>{n} entries counted together</source>
            <translation>{n} записи учтены вместе</translation>
        </message>
        <message>
            <source>below the first tier: no points</source>
            <translation>ниже первой ступени: баллы не ставятся</translation>
        </message>
        <message>
            <source>tier {span} → {points}</source>
            <translation>ступень {span} → {points}</translation>
        </message>
        <message>
            <source>×{factor}: tier multiplier</source>
            <translation>×{factor}: множитель ступени</translation>
        </message>
        <message>
            <source>fewer than {n} facts in the quarter: no points</source>
            <translation>за квартал менее {n} фактов: баллы не ставятся</translation>
        </message>
        <message>
            <source>cap {cap} shared by the items of "{group}" reached: {before} → {after}</source>
            <translation>достигнут общий предел {cap} пунктов «{group}»: {before} → {after}</translation>
        </message>
        <message>
            <source>Less than a month in the position in this quarter, but the month of paragraph 5 of the Methodology is counted from the appointment on {appointed}: that rule does not exclude.</source>
            <translation>В квартале в должности меньше месяца, но месяц по пункту 5 Методики считается со дня назначения ({appointed}): по этому правилу служащий не исключается.</translation>
        </message>
        <message>
            <source>{reason} {note}</source>
            <translation>{reason} {note}</translation>
        </message>
        <message>
            <source>Seconded in: evaluated for the secondment period {start}–{end} (Methodology, item 3).</source>
            <translation>Прикомандирован: оценивается за период прикомандирования {start}–{end} (пункт 3 Методики).</translation>
        </message>
        <message>
            <source>Dismissed on {day}: evaluated without their participation (Methodology, item 6).</source>
            <translation>Уволен {day}: оценивается без участия (пункт 6 Методики).</translation>
        </message>
        <message>
            <source>Not evaluated: less than one month in the position in the quarter, {start}–{end} (Methodology, item 5).</source>
            <translation>Не оценивается: в должности в квартале менее одного месяца, {start}–{end} (пункт 5 Методики).</translation>
        </message>
        <message>
            <source>Categories E-1, E-2, E-R-1: the direct supervisor, form 1 (Methodology, item 16).</source>
            <translation>Категории E-1, E-2, E-R-1: непосредственный руководитель, форма 1 (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>Leadership position: the head of the unit or body, form 1 (Methodology, item 16).</source>
            <translation>Руководящая должность: руководитель структурного подразделения или органа, форма 1 (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>The head of the unit or body, form 2 (Methodology, item 16).</source>
            <translation>Руководитель структурного подразделения или органа, форма 2 (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>set on the unit</source>
            <translation>указан в подразделении</translation>
        </message>
        <message>
            <source>set on the organisation card</source>
            <translation>указан в карточке учреждения</translation>
        </message>
        <message>
            <source>The head of the body outside corps "B", {where}, form {form} (Methodology, item 16).</source>
            <translation>Руководитель органа вне корпуса «Б», {where}, форма {form} (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>No evaluator found: the position above is vacant or not set (Methodology, item 16).</source>
            <translation>Оценивающий не найден: вышестоящая должность вакантна или не указана (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>Acts for the absent evaluator {name} (Methodology, item 3).</source>
            <translation>Замещает отсутствующего оценивающего {name} (пункт 3 Методики).</translation>
        </message>
        <message>
            <source>The evaluator has {count} evaluees, more than 20: servants designated by the evaluator also evaluate (Methodology, item 17).</source>
            <translation>У оценивающего {count} оцениваемых, больше 20: оценивают также определённые им служащие (пункт 17 Методики).</translation>
        </message>
        <message>
            <source>Provisional: the quarter is still running, worked days are counted up to the day the roster was built; rebuild the roster after the quarter ends (Methodology, item 5).</source>
            <translation>Предварительно: квартал ещё идёт, рабочие дни посчитаны только по день составления списка; пересоберите список после окончания квартала (пункт 5 Методики).</translation>
        </message>
        <message>
            <source>Not evaluated: less than one month from the appointment on {appointed} to {end} (paragraph 5 of the Methodology; the month is counted from the day of appointment).</source>
            <translation>Не оценивается: со дня назначения ({appointed}) по {end} прошло менее одного месяца (пункт 5 Методики; месяц считается со дня назначения).</translation>
        </message>
        <message>
            <source>No evaluator: no corps "B" position above this one is held. Write the evaluator outside corps "B" (the akim, the maslikhat secretary) on the organisation card or on the unit, or choose one with Override (Methodology, item 16).</source>
            <translation>Нет оценивающего лица: вышестоящие должности корпуса «Б» не заняты. Укажите оценивающее лицо вне корпуса «Б» (аким, секретарь маслихата) в карточке учреждения или подразделения либо выберите его кнопкой «Изменить…» (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>Evaluated: {worked} worked in the quarter (Methodology, item 5).</source>
            <translation>Оценивается: в квартале отработано {worked} (пункт 5 Методики).</translation>
        </message>
        <message>
            <source>Not evaluated: {worked} actually worked, fewer than 15 (Methodology, item 5).</source>
            <translation>Не оценивается: фактически отработано {worked}, меньше 15 (пункт 5 Методики).</translation>
        </message>
        <message>
            <source>Included by the HR specialist: {reason}</source>
            <translation>Включён службой управления персоналом: {reason}</translation>
        </message>
        <message>
            <source>Excluded by the HR specialist: {reason}</source>
            <translation>Исключён службой управления персоналом: {reason}</translation>
        </message>
        <message>
            <source>Evaluator chosen by the HR specialist: {reason}</source>
            <translation>Оценивающий выбран службой управления персоналом: {reason}</translation>
        </message>
        <message>
            <source>{where}: {what}</source>
            <translation>{where}: {what}</translation>
        </message>
        <message>
            <source>an object is expected</source>
            <translation>ожидается объект</translation>
        </message>
        <message>
            <source>a text is expected</source>
            <translation>ожидается текст</translation>
        </message>
        <message>
            <source>a number is expected</source>
            <translation>ожидается число</translation>
        </message>
        <message>
            <source>a whole number is expected</source>
            <translation>ожидается целое число</translation>
        </message>
        <message>
            <source>a date YYYY-MM-DD is expected</source>
            <translation>ожидается дата в виде ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>one of {choices} is expected</source>
            <translation>ожидается одно из значений: {choices}</translation>
        </message>
        <message>
            <source>a list is expected</source>
            <translation>ожидается список</translation>
        </message>
        <message>
            <source>this is not a Bagalau methodology file</source>
            <translation>это не файл методики Багалау</translation>
        </message>
        <message>
            <source>the file was written by a newer version of the program</source>
            <translation>файл записан более новой версией программы</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <source>The file is not valid JSON ({detail}).</source>
            <translation>Файл не является корректным JSON ({detail}).</translation>
        </message>
        <message>
            <source>overall score</source>
            <translation>общий балл</translation>
        </message>
        <message>
            <source>A score must be from 0 to {max}, got {value} ({what}).</source>
            <translation>Оценка должна быть от 0 до {max}, указано {value} ({what}).</translation>
        </message>
        <message>
            <source>The overall score is missing.</source>
            <translation>Не указана общая оценка.</translation>
        </message>
        <message>
            <source>The score for "{criterion}" is missing.</source>
            <translation>Не указана оценка по критерию «{criterion}».</translation>
        </message>
        <message>
            <source>The evaluation sheet has no criteria.</source>
            <translation>В оценочном листе нет критериев.</translation>
        </message>
        <message>
            <source>The criteria weights must add up to more than zero.</source>
            <translation>Сумма весов критериев должна быть больше нуля.</translation>
        </message>
        <message>
            <source>"{value}" is not a number: type a score from 0 to {max}.</source>
            <translation>«{value}» — не число: введите балл от 0 до {max}.</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} has no criterion "{criterion}".</source>
            <translation>В оценочном листе формы {form} нет критерия «{criterion}».</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} is scored by its criteria, not by one overall score.</source>
            <translation>Оценочный лист формы {form} оценивается по критериям, а не одним общим баллом.</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} has no such score.</source>
            <translation>В оценочном листе формы {form} нет такой оценки.</translation>
        </message>
        <message>
            <source>Grade: {grade} ({lower}–{upper}, Methodology, item 7).</source>
            <translation>Оценка: {grade} ({lower}–{upper}, пункт 7 Методики).</translation>
        </message>
        <message>
            <source>Efficiency coefficient {c}: looked up on bonus points {base} (penalties are not part of the lookup); it multiplies the result {total} × {c} = {product}.</source>
            <translation>Коэффициент эффективности {c}: определён по сумме поощрительных баллов {base} (штрафные баллы здесь не учитываются); умножается на результат: {total} × {c} = {product}.</translation>
        </message>
        <message>
            <source>Points: base {base} + bonus {bonus} − penalty {penalty} + personal {personal} − sanction {sanction} = {total}.</source>
            <translation>Баллы: базовые {base} + поощрительные {bonus} − штрафные {penalty} + личные {personal} − взыскание {sanction} = {total}.</translation>
        </message>
        <message>
            <source>Points: base {base} + bonus {bonus} − penalty {penalty} = {total}.</source>
            <translation>Баллы: базовый {base} + поощрительные {bonus} − штрафные {penalty} = {total}.</translation>
        </message>
        <message>
            <source>{criterion}: {score}</source>
            <translation>{criterion}: {score}</translation>
        </message>
        <message>
            <source>{n} of {total} scores still to enter.</source>
            <translation>Осталось ввести {n} из {total} оценок.</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>среднее</translation>
        </message>
        <message>
            <source>weighted mean</source>
            <translation>средневзвешенное</translation>
        </message>
        <message>
            <source>lowest</source>
            <translation>наименьшее</translation>
        </message>
        <message>
            <source>Score = {how} of {n} criteria, rounded half up = {score}.</source>
            <translation>Балл = {how} по {n} критериям, округление половины вверх = {score}.</translation>
        </message>
        <message>
            <source>Overall score: {score} (0 to 5, Methodology, item 17).</source>
            <translation>Общий балл: {score} (от 0 до 5, пункт 17 Методики).</translation>
        </message>
        <message>
            <source>The evaluee has already received this result.</source>
            <translation>Оцениваемый уже ознакомлен с этим результатом.</translation>
        </message>
        <message>
            <source>The result is already final.</source>
            <translation>Результат уже окончательный.</translation>
        </message>
        <message>
            <source>The appeal window is open until {day} (Methodology, item 10).</source>
            <translation>Срок обращения открыт до {day} (пункт 10 Методики).</translation>
        </message>
        <message>
            <source>Record backing the score: bonus {bonus}, penalty {penalty} points.</source>
            <translation>Записи, подтверждающие оценку: поощрительные {bonus}, штрафные {penalty} баллов.</translation>
        </message>
        <message>
            <source>An entry refers to an item that is no longer in this quarter's methodology: delete the entry and add it again.</source>
            <translation>Запись ссылается на пункт, которого больше нет в методике этого квартала: удалите запись и добавьте её заново.</translation>
        </message>
        <message>
            <source>Only a draft can be signed.</source>
            <translation>Подписать можно только черновик.</translation>
        </message>
        <message>
            <source>Enter every score before signing.</source>
            <translation>Перед подписанием введите все оценки.</translation>
        </message>
        <message>
            <source>The evaluation has no evaluator: set one on the roster first.</source>
            <translation>Нет оценивающего: сначала укажите его в списке.</translation>
        </message>
        <message>
            <source>The result can be received only after the evaluator signed it.</source>
            <translation>Результат можно получить только после подписания оценивающим.</translation>
        </message>
        <message>
            <source>The result cannot be received before it was signed ({day}).</source>
            <translation>Результат нельзя получить раньше подписания ({day}).</translation>
        </message>
        <message>
            <source>Only a received result can be made final.</source>
            <translation>Окончательным может стать только полученный результат.</translation>
        </message>
        <message>
            <source>A notice is recorded only for an employee dismissed in the quarter.</source>
            <translation>Извещение регистрируется только для уволенного в квартале.</translation>
        </message>
        <message>
            <source>A signed evaluation is locked: write the reason for the change.</source>
            <translation>Подписанная оценка заблокирована: укажите причину изменения.</translation>
        </message>
        <message>
            <source>There is no methodology preset "{name}".</source>
            <translation>Нет образца методики «{name}».</translation>
        </message>
        <message>
            <source>points cannot be negative</source>
            <translation>баллы не могут быть отрицательными</translation>
        </message>
        <message>
            <source>the range must go from a lower to a higher number, not below 0</source>
            <translation>диапазон должен идти от меньшего к большему, не ниже 0</translation>
        </message>
        <message>
            <source>a rule by count needs at least one tier</source>
            <translation>для правила по количеству нужна хотя бы одна ступень</translation>
        </message>
        <message>
            <source>points and multiplier must be positive</source>
            <translation>баллы и множитель должны быть положительными</translation>
        </message>
        <message>
            <source>{where}, step {n}</source>
            <translation>{where}, ступень {n}</translation>
        </message>
        <message>
            <source>the tier {low}–{high} ends before it starts</source>
            <translation>ступень {low}–{high} заканчивается раньше, чем начинается</translation>
        </message>
        <message>
            <source>tiers overlap at {value}</source>
            <translation>ступени пересекаются на {value}</translation>
        </message>
        <message>
            <source>a multiplier cannot be negative</source>
            <translation>множитель не может быть отрицательным</translation>
        </message>
        <message>
            <source>{where}, multiplier {n}</source>
            <translation>{where}, множитель {n}</translation>
        </message>
        <message>
            <source>unknown condition "{flag}"</source>
            <translation>неизвестное условие «{flag}»</translation>
        </message>
        <message>
            <source>the number of facts must be at least 1</source>
            <translation>число фактов должно быть не меньше 1</translation>
        </message>
        <message>
            <source>a cap must be positive</source>
            <translation>предел должен быть положительным</translation>
        </message>
        <message>
            <source>a shared cap needs the cap itself</source>
            <translation>для общего предела нужен сам предел</translation>
        </message>
        <message>
            <source>the number of facts cannot be negative</source>
            <translation>число фактов не может быть отрицательным</translation>
        </message>
        <message>
            <source>at least one grade band is needed</source>
            <translation>нужна хотя бы одна градация оценки</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>Градация оценок</translation>
        </message>
        <message>
            <source>Grade band {low}–{high}</source>
            <translation>Граница оценки {low}–{high}</translation>
        </message>
        <message>
            <source>the name in Kazakh and in Russian is required</source>
            <translation>название на казахском и русском обязательно</translation>
        </message>
        <message>
            <source>the band {low}–{high} ends before it starts</source>
            <translation>градация {low}–{high} заканчивается раньше, чем начинается</translation>
        </message>
        <message>
            <source>grade bands overlap at {value}</source>
            <translation>градации оценки пересекаются на {value}</translation>
        </message>
        <message>
            <source>Sheet of form {n}</source>
            <translation>Оценочный лист формы {n}</translation>
        </message>
        <message>
            <source>the form must be 1 or 2</source>
            <translation>форма должна быть 1 или 2</translation>
        </message>
        <message>
            <source>the highest score must be positive</source>
            <translation>наивысшая оценка должна быть положительной</translation>
        </message>
        <message>
            <source>a sheet scored by criteria needs at least one criterion</source>
            <translation>для листа с оценкой по критериям нужен хотя бы один критерий</translation>
        </message>
        <message>
            <source>criteria need distinct, non-empty codes</source>
            <translation>коды критериев должны быть непустыми и разными</translation>
        </message>
        <message>
            <source>a criterion needs kk and ru names and a positive weight</source>
            <translation>критерию нужны названия на казахском и русском и положительный вес</translation>
        </message>
        <message>
            <source>{where}, criterion {code}</source>
            <translation>{where}, критерий «{code}»</translation>
        </message>
        <message>
            <source>Term to appeal a result</source>
            <translation>Срок подачи заявления на результат</translation>
        </message>
        <message>
            <source>Term to decide on an appeal</source>
            <translation>Срок решения по заявлению</translation>
        </message>
        <message>
            <source>Term to hold the calibration session</source>
            <translation>Срок проведения калибровочной сессии</translation>
        </message>
        <message>
            <source>Term to sign the protocol</source>
            <translation>Срок подписания протокола</translation>
        </message>
        <message>
            <source>Name of the methodology</source>
            <translation>Название методики</translation>
        </message>
        <message>
            <source>a methodology in points needs base points</source>
            <translation>для методики в баллах нужен базовый балл</translation>
        </message>
        <message>
            <source>Base points</source>
            <translation>Базовый балл</translation>
        </message>
        <message>
            <source>from 0 to 4 decimals</source>
            <translation>от 0 до 4 знаков после запятой</translation>
        </message>
        <message>
            <source>Rounding of the mean</source>
            <translation>Округление среднего балла</translation>
        </message>
        <message>
            <source>a day of the month must be 1..31 and a month 1..12</source>
            <translation>день месяца должен быть 1..31, месяц 1..12</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>at least 1 working day</source>
            <translation>не менее 1 рабочего дня</translation>
        </message>
        <message>
            <source>Bonus item {code}</source>
            <translation>Поощрительный пункт «{code}»</translation>
        </message>
        <message>
            <source>Penalty item {code}</source>
            <translation>Штрафной пункт «{code}»</translation>
        </message>
        <message>
            <source>the code "{code}" is empty or used twice</source>
            <translation>код «{code}» пуст или использован дважды</translation>
        </message>
        <message>
            <source>the text in Kazakh and in Russian is required</source>
            <translation>текст на казахском и русском обязателен</translation>
        </message>
        <message>
            <source>the level must be from +1 to +5</source>
            <translation>уровень должен быть от +1 до +5</translation>
        </message>
        <message>
            <source>personal points need 0 &lt; lowest ≤ highest and a cap</source>
            <translation>для личных баллов нужно 0 &lt; наименьший ≤ наибольший и предел</translation>
        </message>
        <message>
            <source>Personal points of the unit head</source>
            <translation>Личные баллы руководителя подразделения</translation>
        </message>
        <message>
            <source>a percentage must be from 0 to 100</source>
            <translation>процент должен быть от 0 до 100</translation>
        </message>
        <message>
            <source>Deduction for a disciplinary sanction</source>
            <translation>Снижение за дисциплинарное взыскание</translation>
        </message>
        <message>
            <source>each step needs its own lower bound and a coefficient ≥ 0</source>
            <translation>у каждой ступени должна быть своя нижняя граница и коэффициент ≥ 0</translation>
        </message>
        <message>
            <source>Efficiency coefficient</source>
            <translation>Коэффициент эффективности</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <extracomment>Alphabet of recovery codes: no 0/O, 1/I/L, so that a code read from paper is typed right.</extracomment>
            <translation>Пароль должен содержать не менее {n} символов.</translation>
        </message>
        <message>
            <source>The password is too simple: use at least four different characters.</source>
            <translation>Пароль слишком простой: используйте не менее четырёх разных символов.</translation>
        </message>
        <message>
            <source>This file is not an encrypted Bagalau copy.</source>
            <translation>Этот файл не является зашифрованной копией Багалау.</translation>
        </message>
        <message>
            <source>This file is not an encrypted Bagalau copy, or its header was altered: it cannot be opened.</source>
            <translation>Этот файл не является зашифрованной копией Багалау, или его заголовок изменён: открыть его нельзя.</translation>
        </message>
        <message>
            <source>Wrong password, or the encrypted file was altered: it cannot be opened.</source>
            <translation>Неверный пароль или зашифрованный файл был изменён: открыть его нельзя.</translation>
        </message>
        <message>
            <source>Keep between 1 and 1000 copies.</source>
            <translation>Храните от 1 до 1000 копий.</translation>
        </message>
        <message>
            <source>The copy to {folder} could not be made ({detail}). Your data are unchanged.</source>
            <translation>Не удалось создать копию в {folder} ({detail}). Ваши данные не изменились.</translation>
        </message>
        <message>
            <source>This copy is encrypted: enter its password.</source>
            <translation>Эта копия зашифрована: введите её пароль.</translation>
        </message>
        <message>
            <source>The copy {file} is damaged and cannot be restored.</source>
            <translation>Копия {file} повреждена и не может быть восстановлена.</translation>
        </message>
        <message>
            <source>The file {file} is not a copy of a Bagalau office.</source>
            <translation>Файл {file} не является копией данных Багалау.</translation>
        </message>
        <message>
            <source>Restoring failed ({detail}); the previous content was kept in {copy}.</source>
            <translation>Восстановление не удалось ({detail}); прежнее содержимое сохранено в {copy}.</translation>
        </message>
        <message>
            <source>This copy was sealed with another password: enter it.</source>
            <translation>Эта копия зашифрована другим паролем: введите его.</translation>
        </message>
        <message>
            <source>The evaluation no longer exists.</source>
            <translation>Оценка больше не существует.</translation>
        </message>
        <message>
            <source>The methodology has no evaluation sheet of form {form}.</source>
            <translation>В методике нет оценочного листа формы {form}.</translation>
        </message>
        <message>
            <source>A signed evaluation keeps all its scores.</source>
            <translation>В подписанной оценке должны остаться все баллы.</translation>
        </message>
        <message>
            <source>The chosen item is not in this quarter's methodology: choose one from the list.</source>
            <translation>Выбранного пункта нет в методике этого квартала: выберите пункт из списка.</translation>
        </message>
        <message>
            <source>A bonus entry needs its evidence: the document number and date.</source>
            <translation>Поощрительному баллу нужно подтверждение: номер и дата документа.</translation>
        </message>
        <message>
            <source>The quantity must be more than zero.</source>
            <translation>Количество должно быть больше нуля.</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>Запись больше не существует.</translation>
        </message>
        <message>
            <source>Select the sheets first.</source>
            <translation>Сначала выберите листы.</translation>
        </message>
        <message>
            <source>Only a result the evaluee has received can be calibrated.</source>
            <translation>Калибровать можно только результат, полученный оцениваемым.</translation>
        </message>
        <message>
            <source>The quarter no longer exists.</source>
            <translation>Квартал больше не существует.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} opened: {inc} of {total} to evaluate.</source>
            <translation>{quarter} квартал {year} года открыт: оцениваются {inc} из {total}.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not opened.</source>
            <translation>{quarter} квартал {year} года не открыт.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is reopened.</source>
            <translation>{quarter} квартал {year} года открыт снова.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is closed: its records no longer change.</source>
            <translation>{quarter} квартал {year} года закрыт: его записи больше не меняются.</translation>
        </message>
        <message>
            <source>No methodology is in force for {quarter} quarter {year}: add one first.</source>
            <translation>Для {quarter} квартала {year} года нет действующей методики: сначала добавьте её.</translation>
        </message>
        <message>
            <source>A quarter is a year and a number from 1 to 4.</source>
            <translation>Квартал — это год и номер от 1 до 4.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is already open.</source>
            <translation>{quarter} квартал {year} года уже открыт.</translation>
        </message>
        <message>
            <source>Write the reason for overriding the roster.</source>
            <translation>Укажите причину изменения списка.</translation>
        </message>
        <message>
            <source>The form is 1 or 2 (Methodology, item 16).</source>
            <translation>Форма — 1 или 2 (пункт 16 Методики).</translation>
        </message>
        <message>
            <source>An employee cannot evaluate themselves.</source>
            <translation>Сотрудник не может оценивать сам себя.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Also evaluated by the evaluator's designees: {names}.</source>
            <translation>Также оценивают определённые оценивающим лицом служащие: {names}.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is already closed.</source>
            <translation>{quarter} квартал {year} года уже закрыт.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is still running: it can be closed after it ends and its results are final (Methodology, item 4).</source>
            <translation>{quarter} квартал {year} года ещё идёт: его можно закрыть после окончания, когда результаты станут окончательными (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not closed.</source>
            <translation>{quarter} квартал {year} года не закрыт.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} cannot be closed yet: {n} things are pending.</source>
            <translation>{quarter} квартал {year} года нельзя закрыть: незавершённых вопросов — {n}.</translation>
        </message>
        <message>
            <source>The backup folder {folder} is not available; the copy was made in {fallback} instead.</source>
            <translation>Папка резервных копий {folder} недоступна; копия создана вместо неё в {fallback}.</translation>
        </message>
        <message>
            <source>The automatic backup to {folder} failed ({detail}). Your data are unchanged; make a copy by hand when the cause is fixed.</source>
            <translation>Автоматическое резервное копирование в {folder} не удалось ({detail}). Ваши данные не изменились; сделайте копию вручную, когда причина будет устранена.</translation>
        </message>
        <message>
            <source>The file {file} is not an Excel workbook ({detail}).</source>
            <translation>Файл {file} не является книгой Excel ({detail}).</translation>
        </message>
        <message>
            <source>The file {file} mixes two encodings: lines {utf8} are in UTF-8, lines {legacy} in Windows-1251. Save the whole table again from Excel as "CSV UTF-8" or as .xlsx.</source>
            <translation>В файле {file} смешаны две кодировки: строки {utf8} — в UTF-8, строки {legacy} — в Windows-1251. Сохраните всю таблицу из Excel заново как «CSV UTF-8» или как .xlsx.</translation>
        </message>
        <message>
            <source>The file {file} is too large to import ({mb} MB): a staff list needs far less.</source>
            <translation>Файл {file} слишком велик для импорта ({mb} МБ): списку сотрудников нужно гораздо меньше.</translation>
        </message>
        <message>
            <source>The file {file} is not a readable CSV table ({detail}). Save it again from Excel as "CSV UTF-8" or as .xlsx.</source>
            <translation>Файл {file} не является читаемой CSV-таблицей ({detail}). Сохраните его заново из Excel как «CSV UTF-8» или как .xlsx.</translation>
        </message>
        <message>
            <source>The file {file} is too large to import: {what} exceed {limit}. A staff list needs far less; save only the staff sheet and try again.</source>
            <translation>Файл {file} слишком велик для импорта: {what} больше {limit}. Списку сотрудников нужно гораздо меньше; сохраните только лист с сотрудниками и повторите.</translation>
        </message>
        <message>
            <source>its rows</source>
            <translation>строк</translation>
        </message>
        <message>
            <source>The workbook {file} has {n} sheets with a staff list ({sheets}): importing one would silently ignore the others. Keep the staff in one sheet and try again.</source>
            <translation>В книге {file} листов со списком сотрудников: {n} ({sheets}). Импорт одного молча пропустил бы остальные. Соберите сотрудников на одном листе и повторите.</translation>
        </message>
        <message>
            <source>The staff list of {file} is on the hidden sheet «{sheet}». Show the sheet in Excel (or copy the list to a visible sheet) and try again.</source>
            <translation>Список сотрудников в {file} находится на скрытом листе «{sheet}». Покажите лист в Excel (или скопируйте список на видимый лист) и повторите.</translation>
        </message>
        <message>
            <source>The file {file} does not exist.</source>
            <translation>Файл {file} не существует.</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file: choose the staff list file itself.</source>
            <translation>{file} — это папка, а не файл: выберите сам файл со списком сотрудников.</translation>
        </message>
        <message>
            <source>Import reads .xlsx and .csv files, not {suffix}.</source>
            <translation>Импорт читает файлы .xlsx и .csv, а не {suffix}.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read ({detail}).</source>
            <translation>Файл {file} не удаётся прочитать ({detail}).</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>Файл {file} пуст.</translation>
        </message>
        <message>
            <source>The file has no column(s): {columns}. The first row must name the columns, e.g. ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения.</source>
            <translation>В файле нет столбца(ов): {columns}. В первой строке должны быть названия столбцов, например: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения.</translation>
        </message>
        <message>
            <source>Rows {rows} of the sheet «{sheet}» are hidden. Show all rows (clear any filter) or delete the ones not to import, then try again.</source>
            <translation>Строки {rows} листа «{sheet}» скрыты. Покажите все строки (снимите фильтр) или удалите те, что не нужно импортировать, и повторите.</translation>
        </message>
        <message>
            <source>The file {file} has no visible sheet.</source>
            <translation>В файле {file} нет видимого листа.</translation>
        </message>
        <message>
            <source>{file} is not an SQLite database (its header is wrong).</source>
            <translation>{file} не является базой данных SQLite (неверный заголовок).</translation>
        </message>
        <message>
            <source>SQLite cannot open {file}: {detail}</source>
            <translation>SQLite не может открыть {file}: {detail}</translation>
        </message>
        <message>
            <source>{file} is not sealed: anyone who copies it can read it. Open it in Bagalau to seal it.</source>
            <translation>{file} не зашифрован: его может прочитать любой, кто его скопирует. Откройте его в Багалау, чтобы зашифровать.</translation>
        </message>
        <message>
            <source>{file} is sealed: its password is needed to check it.</source>
            <translation>{file} зашифрован: для проверки нужен его пароль.</translation>
        </message>
        <message>
            <source>SQLite reports damage: {detail}</source>
            <translation>SQLite сообщает о повреждении: {detail}</translation>
        </message>
        <message>
            <source>{n} rows refer to records that do not exist (first in table {table}).</source>
            <translation>{n} строк ссылаются на несуществующие записи (первая — в таблице {table}).</translation>
        </message>
        <message>
            <source>The schema is incomplete: steps {steps} were not applied (open the file in Bagalau to update it).</source>
            <translation>Структура базы неполная: шаги {steps} не применены (откройте файл в Багалау, чтобы обновить её).</translation>
        </message>
        <message>
            <source>The audit log is missing.</source>
            <translation>Журнал изменений отсутствует.</translation>
        </message>
        <message>
            <source>The audit log chain was already broken at entry {id} when this office was sealed: entries before it may have been altered outside Bagalau.</source>
            <translation>Когда файл данных шифровался, цепочка журнала изменений уже была нарушена на записи {id}: записи до неё могли быть изменены вне Багалау.</translation>
        </message>
        <message>
            <source>The audit log chain is broken at entry {id}: entries were altered, removed or inserted outside Bagalau.</source>
            <translation>Цепочка журнала изменений нарушена на записи {id}: записи были изменены, удалены или добавлены вне Багалау.</translation>
        </message>
        <message>
            <source>Record {row} of table {table} is not what Bagalau last wrote ({problem}): it was changed outside Bagalau or damaged on the disk.</source>
            <translation>Запись {row} таблицы {table} не совпадает с тем, что Багалау записал последним ({problem}): она изменена вне Багалау или повреждена на диске.</translation>
        </message>
        <message>
            <source>The audit log protection is missing ({names}): the file was changed outside Bagalau.</source>
            <translation>Защита журнала изменений отсутствует ({names}): файл изменялся вне Багалау.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not opened: the evaluation is due {due} (Methodology, item 4).</source>
            <translation>{quarter} квартал {year} года не открыт: срок оценки {due} (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: sheets not signed yet — {n} (without scores — {empty}), due {due} (Methodology, item 4).</source>
            <translation>{quarter} квартал {year} года: не подписано листов — {n} (без оценок — {empty}), срок {due} (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} signed results not yet received by the evaluees (Methodology, item 9).</source>
            <translation>{quarter} квартал {year} года: подписанных результатов, с которыми оцениваемые ещё не ознакомлены, — {n} (пункт 9 Методики).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} results are past the appeal window and can be made final (Methodology, item 10).</source>
            <translation>{quarter} квартал {year} года: результатов с истёкшим сроком обращения — {n}, их можно сделать окончательными (пункт 10 Методики).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: every result is final, close the quarter on the Quarter page.</source>
            <translation>{quarter} квартал {year} года: все результаты окончательные, закройте квартал на странице «Оценка за квартал».</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} dismissed evaluees not yet told the result, due {due} (Methodology, item 9).</source>
            <translation>{quarter} квартал {year} года: не извещено о результате уволенных — {n}, срок {due} (пункт 9 Методики).</translation>
        </message>
        <message>
            <source>Annual results of {year} are due {due}; provisional: {n} quarters of the year are not closed yet (Methodology, item 4).</source>
            <translation>Итоговая оценка за {year} год — срок {due}; предварительно: не закрыто кварталов года — {n} (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>Annual results of {year} are due {due}; every quarter of the year is closed (Methodology, item 4).</source>
            <translation>Итоговая оценка за {year} год — срок {due}; все кварталы года закрыты (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>{name}: unsatisfactory annual result in {prev} and {year}, provisional while quarters of these years are open (Law on civil service, Art. 33 p. 6).</source>
            <translation>{name}: неудовлетворительная итоговая оценка в {prev} и {year} годах; предварительно, пока кварталы этих лет не закрыты (пункт 6 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан»).</translation>
        </message>
        <message>
            <source>{name}: unsatisfactory annual result in {prev} and {year} (Law on civil service, Art. 33 p. 6).</source>
            <translation>{name}: неудовлетворительная итоговая оценка в {prev} и {year} годах (пункт 6 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан»).</translation>
        </message>
        <message>
            <source>Appeal: {name} — filed late; decide whether to hear it.</source>
            <translation>Обращение: {name} — подано с опозданием; примите решение, рассматривать ли его.</translation>
        </message>
        <message>
            <source>Appeal: {name} — decide on the session and its members by {due} (Methodology, item 19).</source>
            <translation>Обращение: {name} — принять решение о проведении сессии и утвердить её состав до {due} (пункт 19 Методики).</translation>
        </message>
        <message>
            <source>Appeal: {name} — hold the calibration session by {due} (Methodology, item 20).</source>
            <translation>Обращение: {name} — провести калибровочную сессию до {due} (пункт 20 Методики).</translation>
        </message>
        <message>
            <source>Protocol No. {number}: post it in the information system by {due} (Methodology, item 22).</source>
            <translation>Протокол № {number}: разместить в информационной системе до {due} (пункт 22 Методики).</translation>
        </message>
        <message>
            <source>Evaluation {id} does not exist.</source>
            <translation>Оценки {id} не существует.</translation>
        </message>
        <message>
            <source>Enter the date the result was received.</source>
            <translation>Укажите дату получения результата.</translation>
        </message>
        <message>
            <source>An appeal cannot be filed before the result was received.</source>
            <translation>Обращение не может быть подано до получения результата.</translation>
        </message>
        <message>
            <source>Enter the text of the appeal or the path of its scan.</source>
            <translation>Введите текст обращения или путь к его скан-копии.</translation>
        </message>
        <message>
            <source>The appeal is in a session; remove it from the session first.</source>
            <translation>Обращение включено в сессию; сначала исключите его из сессии.</translation>
        </message>
        <message>
            <source>Appeal {id} does not exist.</source>
            <translation>Обращения {id} не существует.</translation>
        </message>
        <message>
            <source>Appeal: {name} — the decision to hold the session was due by {due} (Methodology, item 19); it is taken on {day}.</source>
            <translation>Обращение: {name} — решение о проведении сессии нужно было принять до {due} (пункт 19 Методики); оно принимается {day}.</translation>
        </message>
        <message>
            <source>Appeal: {name} — the session was due by {due} (Methodology, item 20); it is held on {day}.</source>
            <translation>Обращение: {name} — сессию нужно было провести до {due} (пункт 20 Методики); дата сессии — {day}.</translation>
        </message>
        <message>
            <source>Choose at least one appeal for the session.</source>
            <translation>Выберите хотя бы одно обращение для сессии.</translation>
        </message>
        <message>
            <source>The feedback meeting follows the session's decision (Methodology, item 23).</source>
            <translation>Встреча по обратной связи проводится после решения сессии (пункт 23 Методики).</translation>
        </message>
        <message>
            <source>Calibration session {id} does not exist.</source>
            <translation>Калибровочной сессии {id} не существует.</translation>
        </message>
        <message>
            <source>Appeal: {name} — already in a session.</source>
            <translation>Обращение: {name} — уже включено в сессию.</translation>
        </message>
        <message>
            <source>The session is closed; its protocol can no longer change.</source>
            <translation>Сессия закрыта; её протокол больше нельзя изменить.</translation>
        </message>
        <message>
            <source>The appeal is not in a session yet.</source>
            <translation>Обращение ещё не включено в сессию.</translation>
        </message>
        <message>
            <source>The protocol cannot be signed before the session was held.</source>
            <translation>Протокол не может быть подписан до проведения сессии.</translation>
        </message>
        <message>
            <source>Nothing was imported: {n} row(s) have errors.</source>
            <translation>Ничего не импортировано: строк с ошибками — {n}.</translation>
        </message>
        <message>
            <source>The feedback meeting has not been recorded yet.</source>
            <translation>Встреча по обратной связи ещё не записана.</translation>
        </message>
        <message>
            <source>Methodology version {id} does not exist.</source>
            <translation>Версии методики {id} не существует.</translation>
        </message>
        <message>
            <source>This methodology version is used by a quarter and cannot be deleted.</source>
            <translation>Эта версия методики используется в квартале и не может быть удалена.</translation>
        </message>
        <message>
            <source>will be added</source>
            <translation>добавление в реестр</translation>
        </message>
        <message>
            <source>already in the registry, unchanged</source>
            <translation>уже в реестре, без изменений</translation>
        </message>
        <message>
            <source>already in the registry; the dismissal will be recorded</source>
            <translation>уже в реестре; будет записано увольнение</translation>
        </message>
        <message>
            <source>Row {row}: {name} {iin} — {outcome}</source>
            <translation>Строка {row}: {name} {iin} — {outcome}</translation>
        </message>
        <message>
            <source>{add} to add, {same} unchanged, {dismiss} dismissals, {bad} row(s) with errors.</source>
            <translation>{add} к добавлению, {same} без изменений, увольнений: {dismiss}, строк с ошибками: {bad}.</translation>
        </message>
        <message>
            <source>the ИИН {typed} has {n} digits: if Excel dropped its leading zeros (people born in 2000–2009), the full number {padded} would have a wrong check digit, so it is mistyped. Format the column as Text and type the ИИН again.</source>
            <translation>В ИИН {typed} цифр: {n}. Если Excel отбросил ведущие нули (родившиеся в 2000–2009 годах), полный номер был бы {padded}, но у него неверная контрольная цифра — номер введён с ошибкой. Задайте столбцу формат «Текстовый» и введите ИИН заново.</translation>
        </message>
        <message>
            <source>the ИИН {iin} is also on row {other}</source>
            <translation>ИИН {iin} есть также в строке {other}</translation>
        </message>
        <message>
            <source>the surname</source>
            <translation>фамилия</translation>
        </message>
        <message>
            <source>the first name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>the patronymic</source>
            <translation>отчество</translation>
        </message>
        <message>
            <source>the unit</source>
            <translation>подразделение</translation>
        </message>
        <message>
            <source>the position</source>
            <translation>должность</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what}: {problem}</translation>
        </message>
        <message>
            <source>the unit is empty</source>
            <translation>не заполнено подразделение</translation>
        </message>
        <message>
            <source>the position is empty</source>
            <translation>не заполнена должность</translation>
        </message>
        <message>
            <source>the category is empty</source>
            <translation>не заполнена категория</translation>
        </message>
        <message>
            <source>the category «{value}» is not in the list of categories</source>
            <translation>категории «{value}» нет в списке категорий</translation>
        </message>
        <message>
            <source>«{value}» in the leadership column: write да or нет (иә or жоқ)</source>
            <translation>«{value}» в столбце «Руководящая»: напишите да или нет (можно и по-казахски)</translation>
        </message>
        <message>
            <source>the position «{position}» of this unit is {category} in the registry, not {value}</source>
            <translation>должность «{position}» этого подразделения в реестре имеет категорию {category}, а не {value}</translation>
        </message>
        <message>
            <source>appointment date</source>
            <translation>дата назначения</translation>
        </message>
        <message>
            <source>dismissal date</source>
            <translation>дата увольнения</translation>
        </message>
        <message>
            <source>the appointment date is empty</source>
            <translation>не заполнена дата назначения</translation>
        </message>
        <message>
            <source>the {what} «{value}» is not a date ДД.ММ.ГГГГ</source>
            <translation>{what} «{value}» — не дата в формате ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>the {what} {day} is more than a year ahead</source>
            <translation>{what} {day} — больше чем на год вперёд</translation>
        </message>
        <message>
            <source>the {what} {day} is before the person was 16 years old (born {born} according to the ИИН)</source>
            <translation>{what} {day} — раньше, чем человеку исполнилось 16 лет (по ИИН дата рождения: {born})</translation>
        </message>
        <message>
            <source>the dismissal date {dismissed} is not after the appointment date {appointed}</source>
            <translation>дата увольнения {dismissed} не позже даты назначения {appointed}</translation>
        </message>
        <message>
            <source>the dismissal date {dismissed} is not after the start of the appointment on {start} in the registry</source>
            <translation>дата увольнения {dismissed} не позже начала назначения в реестре ({start})</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Строка {row}: {reason}</translation>
        </message>
        <message>
            <source>This document needs --{option} N.</source>
            <translation>Для этого документа укажите --{option} N.</translation>
        </message>
        <message>
            <source>positions of the people named (no Russian title in the staff list)</source>
            <extracomment>What calibration_data.missing_russian reports, as the warning names it (translated, context "msg").</extracomment>
            <translation>должности названных лиц (в штатном списке нет русского названия)</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>место проведения</translation>
        </message>
        <message>
            <source>the evaluator's argument</source>
            <translation>аргументы оценивающего лица</translation>
        </message>
        <message>
            <source>the appellant's argument</source>
            <translation>аргументы оцениваемого лица</translation>
        </message>
        <message>
            <source>the reasoning of a motion</source>
            <translation>обоснование предложения</translation>
        </message>
        <message>
            <source>achievements</source>
            <translation>достижения</translation>
        </message>
        <message>
            <source>skills and competences</source>
            <translation>навыки и компетенции</translation>
        </message>
        <message>
            <source>potential and career aspirations</source>
            <translation>потенциал и карьерные устремления</translation>
        </message>
        <message>
            <source>Warning: the Russian copy shows text typed only in Kazakh: {fields}.</source>
            <translation>Внимание: в русском экземпляре есть текст, введённый только на казахском языке: {fields}.</translation>
        </message>
        <message>
            <source>Who is evaluated</source>
            <translation>Кто оценивается</translation>
        </message>
        <message>
            <source>Who evaluates</source>
            <translation>Кто оценивает</translation>
        </message>
        <message>
            <source>Score and grade</source>
            <translation>Оценка и результат</translation>
        </message>
        <message>
            <source>Deadlines and working days</source>
            <translation>Сроки и рабочие дни</translation>
        </message>
        <message>
            <source>Appeal and calibration session</source>
            <translation>Обжалование и калибровочная сессия</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Bonus and penalty points</source>
            <translation>Поощрительные и штрафные баллы</translation>
        </message>
        <message>
            <source>The help has no rule "{id}".</source>
            <translation>В справке нет правила "{id}".</translation>
        </message>
        <message>
            <source>No methodology is in force today; add one on the Methodology page.</source>
            <translation>Сегодня не действует ни одна методика; добавьте её на странице «Методика».</translation>
        </message>
        <message>
            <source>The evaluation documents are not available in this build.</source>
            <translation>Документы оценки недоступны в этой версии.</translation>
        </message>
        <message>
            <source>Give the year with --year YYYY.</source>
            <translation>Укажите год: --year ГГГГ.</translation>
        </message>
        <message>
            <source>The year {year} is out of range.</source>
            <translation>Год {year} вне допустимого диапазона.</translation>
        </message>
        <message>
            <source>Give the quarter with --quarter 1..4.</source>
            <translation>Укажите квартал: --quarter 1..4.</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4, got {quarter}.</source>
            <translation>Квартал должен быть 1, 2, 3 или 4, указано: {quarter}.</translation>
        </message>
        <message>
            <source>The quarter {quarter} of {year} has no evaluation sheets.</source>
            <translation>За {quarter} квартал {year} года нет оценочных листов.</translation>
        </message>
        <message>
            <source>Nobody evaluated in the quarter {quarter} of {year} was dismissed.</source>
            <translation>Среди оценённых за {quarter} квартал {year} года уволенных нет.</translation>
        </message>
        <message>
            <source>A password is already set: change it instead.</source>
            <extracomment>Written (with the time) when the password or the recovery code changes, so the audit log shows it.</extracomment>
            <translation>Пароль уже установлен: смените его.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>Текущий пароль неверен.</translation>
        </message>
        <message>
            <source>The recovery code is wrong.</source>
            <translation>Код восстановления неверен.</translation>
        </message>
        <message>
            <source>The lock time is from 0 (never) to 240 minutes.</source>
            <translation>Время блокировки — от 0 (никогда) до 240 минут.</translation>
        </message>
        <message>
            <source>This office is not sealed yet: enter its password.</source>
            <translation>Этот файл данных ещё не зашифрован: введите его пароль.</translation>
        </message>
        <message>
            <source>The item needs a code and its text in Kazakh and in Russian.</source>
            <translation>Для пункта нужны код и текст на казахском и русском.</translation>
        </message>
        <message>
            <source>Choose final quarters from the list.</source>
            <translation>Выберите завершённые кварталы из списка.</translation>
        </message>
        <message>
            <source>The documents of {year} quarter {quarter} must be kept until {date} (Methodology, item 12).</source>
            <translation>Документы {quarter} квартала {year} года должны храниться до {date} (пункт 12 Методики).</translation>
        </message>
        <message>
            <source>Choose the archive file.</source>
            <translation>Выберите архивный файл.</translation>
        </message>
        <message>
            <source>The archive or the act could not be written ({detail}); nothing was removed.</source>
            <translation>Не удалось записать архив или акт ({detail}); ничего не удалено.</translation>
        </message>
        <message>
            <source>The evaluator has {n} evaluees: servants designated by the evaluator evaluate only when there are more than 20 (paragraph 17 of the Methodology).</source>
            <translation>У оценивающего лица оцениваемых: {n}. Определённые им служащие оценивают, только когда оцениваемых больше 20 (пункт 17 Методики).</translation>
        </message>
        <message>
            <source>The evaluee cannot evaluate themselves.</source>
            <translation>Оцениваемое лицо не может оценивать само себя.</translation>
        </message>
        <message>
            <source>The evaluator already evaluates this sheet: designate someone else.</source>
            <translation>Этот лист и так оценивает оценивающее лицо: определите другого служащего.</translation>
        </message>
        <message>
            <source>This servant is already designated for this sheet.</source>
            <translation>Этот служащий уже определён для этого листа.</translation>
        </message>
        <message>
            <source>The designee is not on the staff of this body.</source>
            <translation>Определённого служащего нет в штате этого органа.</translation>
        </message>
        <message>
            <source>{name} was dismissed on {day}: a designee must serve in this body.</source>
            <translation>{name}: дата увольнения {day}; определяемый служащий должен работать в этом органе.</translation>
        </message>
        <message>
            <source>{name} is seconded from another body: a designee must be a servant of this body.</source>
            <translation>{name}: прикомандирование из другого органа; определяемый служащий должен быть служащим этого органа.</translation>
        </message>
        <message>
            <source>{name} holds no position in this body on {day}.</source>
            <translation>У служащего {name} нет должности в этом органе на {day}.</translation>
        </message>
        <message>
            <source>{name} is not a corps "B" administrative servant: a designee must be one (paragraph 17 of the Methodology).</source>
            <translation>{name} — не административный государственный служащий корпуса «Б»: определяемый служащий должен им быть (пункт 17 Методики).</translation>
        </message>
        <message>
            <source>Months under a disciplinary sanction cannot be negative.</source>
            <translation>Число месяцев под дисциплинарным взысканием не может быть отрицательным.</translation>
        </message>
        <message>
            <source>A quarter has {n} months: {months} months under a sanction is impossible.</source>
            <translation>В квартале {n} месяца: {months} мес. под взысканием быть не может.</translation>
        </message>
        <message>
            <source>Name the order that imposed the sanction: its number and date.</source>
            <translation>Укажите приказ о наложении взыскания: номер и дату.</translation>
        </message>
        <message>
            <source>The order of {day} is after the quarter: the sanction was not in force in it.</source>
            <translation>Приказ от {day} издан после квартала: в этом квартале взыскание не действовало.</translation>
        </message>
        <message>
            <source>Personal points count only with a note giving concrete grounds (work load, complexity of documents, business qualities): write it.</source>
            <translation>Личные баллы учитываются только с примечанием, содержащим конкретные основания (нагрузка, сложность документов, деловые качества): заполните его.</translation>
        </message>
        <message>
            <source>Personal bonus points total at most {cap} a quarter: {given} already given, {points} more would exceed it.</source>
            <translation>Личные поощрительные баллы за квартал — не более {cap}: уже выставлено {given}, ещё {points} превысит предел.</translation>
        </message>
        <message>
            <source>The workbook {file} is too large to import: {what} exceed {limit}. A staff list needs far less; save only the staff sheet and try again.</source>
            <translation>Книга {file} слишком велика для импорта: {what} больше {limit}. Списку сотрудников нужно гораздо меньше; сохраните только лист с сотрудниками и повторите.</translation>
        </message>
        <message>
            <source>its shared strings</source>
            <translation>общих строк</translation>
        </message>
        <message>
            <source>its cells</source>
            <translation>ячеек</translation>
        </message>
        <message>
            <source>The workbook {file} is too large to import: {mb} MB unpacked, at most {limit} MB. Save only the staff sheet and try again.</source>
            <translation>Книга {file} слишком велика для импорта: в распакованном виде {mb} МБ, допускается не больше {limit} МБ. Сохраните только лист с сотрудниками и повторите.</translation>
        </message>
        <message>
            <source>No estimated holidays to confirm in {year}.</source>
            <translation>В {year} году нет праздников с расчётной датой для подтверждения.</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>подтвердить</translation>
        </message>
        <message>
            <source>{day} confirmed as a day off.</source>
            <translation>{day} подтверждён как выходной день.</translation>
        </message>
        <message>
            <source>Imported {n} days for {year}: {working} working, {off} days off.</source>
            <translation>Импортировано дней за {year} год: {n} (рабочих: {working}, выходных: {off}).</translation>
        </message>
        <message>
            <source>No employee has the ИИН {iin}.</source>
            <translation>Нет сотрудника с ИИН {iin}.</translation>
        </message>
        <message>
            <source>{name} has no evaluation sheet in this quarter.</source>
            <translation>{name}: в этом квартале нет оценочного листа.</translation>
        </message>
        <message>
            <source>Disciplinary sanction: {months} months, order № {order} of {day}.</source>
            <translation>Дисциплинарное взыскание: месяцев — {months}, приказ № {order} от {day}.</translation>
        </message>
        <message>
            <source>Personal points {points}: {note}</source>
            <translation>Личные баллы {points}: {note}</translation>
        </message>
        <message>
            <source>Designated co-evaluator {name} ({day}), proposed score {score}.</source>
            <translation>Определённый оценивающий {name} ({day}), предложенный балл: {score}.</translation>
        </message>
        <message>
            <source>The table needs a column "Дата" / "Күні" and a column "Вид дня" / "Күн түрі" (рабочий / выходной), and may have "Акт" / "Негіздеме".</source>
            <translation>В таблице нужны столбцы «Дата» и «Вид дня» (рабочий / выходной); может быть столбец «Акт». Заголовки можно писать и по-казахски.</translation>
        </message>
        <message>
            <source>Line {line}: "{value}" is not a date (write 17.05.2027).</source>
            <translation>Строка {line}: «{value}» — не дата (пишите 17.05.2027).</translation>
        </message>
        <message>
            <source>Line {line}: {day} is not in {year}, the year being imported.</source>
            <translation>Строка {line}: {day} не относится к импортируемому {year} году.</translation>
        </message>
        <message>
            <source>Line {line}: "{value}" — write "рабочий" / "жұмыс күні" or "выходной" / "демалыс".</source>
            <translation>Строка {line}: «{value}» — пишите «рабочий» или «выходной» (можно и по-казахски).</translation>
        </message>
        <message>
            <source>Line {line}: {day} is listed both as a working day and as a day off.</source>
            <translation>Строка {line}: {day} указан и рабочим, и выходным днём.</translation>
        </message>
        <message>
            <source>The table has no dates to import.</source>
            <translation>В таблице нет дат для импорта.</translation>
        </message>
        <message>
            <source>Nothing was restored. To restore it anyway, repeat the command with --other-organisation.</source>
            <translation>Ничего не восстановлено. Чтобы всё же восстановить копию, повторите команду с параметром --other-organisation.</translation>
        </message>
        <message>
            <source>Restore it anyway? Type yes to confirm: </source>
            <translation>Всё равно восстановить? Для подтверждения введите да: </translation>
        </message>
        <message>
            <source>This copy is of another organisation: «{copy}», while this office is «{current}». Restoring it replaces all data of «{current}».</source>
            <translation>Эта копия другой организации: «{copy}», а открытая база — «{current}». Восстановление заменит все данные «{current}».</translation>
        </message>
        <message>
            <source>{file} is the open office itself, not a copy of it: choose a backup copy.</source>
            <translation>{file} — это сама открытая база, а не её копия: выберите резервную копию.</translation>
        </message>
        <message>
            <source>The copy {file} failed the full check and was not restored:</source>
            <translation>Копия {file} не прошла полную проверку и не восстановлена:</translation>
        </message>
        <message>
            <source>The signing date</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>The date the result was received</source>
            <translation>Дата ознакомления с результатом</translation>
        </message>
        <message>
            <source>The final date</source>
            <translation>Дата окончательного результата</translation>
        </message>
        <message>
            <source>The notice date</source>
            <translation>Дата извещения</translation>
        </message>
        <message>
            <source>The date the appeal was received</source>
            <translation>Дата поступления заявления</translation>
        </message>
        <message>
            <source>{event} — from {first} on: the quarter has not ended yet, its last day is {limit} (Methodology, item 4).</source>
            <translation>{event} — не ранее {first}: квартал ещё не окончен, его последний день — {limit} (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>{event} {day} is in the future: a sheet records what has happened, today ({today}) at the latest.</source>
            <translation>{event} {day} — в будущем: в листе отмечается то, что уже произошло, не позднее сегодняшнего дня ({today}).</translation>
        </message>
        <message>
            <source>{event} {day} is too early: it must come after the dismissal day ({limit}), from {first} on; an employee dismissed within the quarter is evaluated after their service ended (Methodology, item 6).</source>
            <translation>{event} {day} — слишком рано: дата должна быть позже дня увольнения ({limit}), то есть не ранее {first}; служащий, уволенный в течение квартала, оценивается после окончания службы, без его участия (пункт 6 Методики).</translation>
        </message>
        <message>
            <source>{event} {day} is too early: it must come after the quarter's last day ({limit}), from {first} on; the evaluation is carried out on the results of the quarter (Methodology, item 4).</source>
            <translation>{event} {day} — слишком рано: дата должна быть позже последнего дня квартала ({limit}), то есть не ранее {first}; оценка проводится по итогам квартала, после его окончания (пункт 4 Методики).</translation>
        </message>
        <message>
            <source>Write the evaluator's name.</source>
            <translation>Укажите фамилию и имя оценивающего лица.</translation>
        </message>
        <message>
            <source>Write the evaluator's position (for example, the akim of the district).</source>
            <translation>Укажите должность оценивающего лица (например, аким района).</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>подписан</translation>
        </message>
        <message>
            <source>received</source>
            <translation>получен</translation>
        </message>
        <message>
            <source>final</source>
            <translation>окончательный</translation>
        </message>
        <message>
            <source>the appeal window is open until {day} (Methodology, item 10).</source>
            <translation>срок подачи заявления ещё не истёк, последний день — {day} (пункт 10 Методики).</translation>
        </message>
        <message>
            <source>the sheet is {state}, not final.</source>
            <translation>лист {state}, не окончательный.</translation>
        </message>
        <message>
            <source>the case in calibration session No. {number} is not decided yet (Methodology, item 22).</source>
            <translation>дело в калибровочной сессии № {number} ещё не решено (пункт 22 Методики).</translation>
        </message>
        <message>
            <source>the appeal received on {day} awaits the decision on a calibration session (Methodology, item 19).</source>
            <translation>по заявлению, поступившему {day}, ещё нет решения о проведении калибровочной сессии (пункт 19 Методики).</translation>
        </message>
        <message>
            <source>Write why the closed quarter is reopened: the reason is kept in the audit log.</source>
            <translation>Укажите, почему закрытый квартал открывается снова: причина сохраняется в журнале аудита.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is closed: its sheets, scores and roster no longer change. Reopen it with a written reason first.</source>
            <translation>{quarter} квартал {year} года закрыт: его листы, баллы и список больше не меняются. Сначала откройте его снова, указав причину.</translation>
        </message>
        <message>
            <source>A dismissed evaluee receives the result by notice (Methodology, item 9): record the notice instead.</source>
            <translation>Уволенный служащий знакомится с результатом через извещение (пункт 9 Методики): вместо этого зарегистрируйте извещение.</translation>
        </message>
        <message>
            <source>An appeal against this result is not decided yet (Methodology, items 19–22): the result becomes final after the decision.</source>
            <translation>Заявление на этот результат ещё не решено (пункты 19–22 Методики): результат станет окончательным после решения.</translation>
        </message>
        <message>
            <source>{file} exists. To replace it with the demo office, repeat with --force: its content is kept as a copy first.</source>
            <extracomment>The demo office is sealed like any office, with this public password (the password dialog says it).</extracomment>
            <translation>Файл {file} уже существует. Чтобы заменить его демонстрационным учреждением, повторите с параметром --force: сначала будет сохранена копия его содержимого.</translation>
        </message>
        <message>
            <source>{path} is a file: give a folder with --out.</source>
            <translation>{path} — это файл: укажите папку в --out.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read ({detail}).</source>
            <translation>Не удаётся прочитать файл с паролем {file} ({detail}).</translation>
        </message>
        <message>
            <source>The office is sealed: give its password with --password-file FILE or the environment variable BAGALAU_PASSWORD.</source>
            <translation>Файл данных зашифрован: укажите его пароль через --password-file FILE или переменную окружения BAGALAU_PASSWORD.</translation>
        </message>
        <message>
            <source>The key file of {file} was altered outside Bagalau (its seal does not match).</source>
            <translation>Файл ключа {file} изменён вне Багалау (его печать не совпадает).</translation>
        </message>
        <message>
            <source>The audit log of {file} is shorter than when Bagalau last wrote it ({n} entries): its end was deleted outside Bagalau.</source>
            <translation>Журнал изменений {file} короче, чем при последней записи Багалау ({n} записей): его конец удалён вне Багалау.</translation>
        </message>
        <message>
            <source>The audit log of {file} was rewritten outside Bagalau: entry {n} is not the one Bagalau recorded.</source>
            <translation>Журнал изменений {file} переписан вне Багалау: запись {n} не та, что записал Багалау.</translation>
        </message>
        <message>
            <source>The key file of {file} is older than the office (the password was changed since): it was put back outside Bagalau and is refused. Use the key file that was beside the office, or the recovery code.</source>
            <translation>Файл ключа {file} старше данных (с тех пор пароль менялся): его вернули вне Багалау, и он отклонён. Используйте файл ключа, который лежал рядом с данными, или код восстановления.</translation>
        </message>
        <message>
            <source>The key file of this office is not one Bagalau writes (it was altered or damaged): the office cannot be unlocked with it.</source>
            <extracomment>argon2-cffi's default profile (RFC 9106 "low memory"): about 140 ms here. The only one accepted. "demo" for the demo office, whose password is public: the password dialog then says it</extracomment>
            <translation>Файл ключа этих данных не такой, какой пишет Багалау (он изменён или повреждён): открыть им данные нельзя.</translation>
        </message>
        <message>
            <source>The key file {key} of the sealed office is missing. It must stay beside the office file (copies made by Bagalau carry their own); without it the office cannot be opened.</source>
            <translation>Нет файла ключа {key} зашифрованных данных. Он должен лежать рядом с файлом данных (у копий, сделанных Багалау, есть свой); без него данные открыть нельзя.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: try again in {n} s.</source>
            <translation>Слишком много неверных паролей: повторите через {n} с.</translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <extracomment>A recovery code made while opening (new office, sealed plain office, recovery): show it once. the header before this open rewrapped it (the recovery code was used), else None</extracomment>
            <translation>Неверный пароль.</translation>
        </message>
        <message>
            <source>Wrong password or recovery code. Try again in {n} s.</source>
            <translation>Неверный пароль или код восстановления. Повторите через {n} с.</translation>
        </message>
        <message>
            <source>Sealing {file} failed its check; the plain file is unchanged.</source>
            <translation>Шифрование {file} не прошло проверку; незашифрованный файл не изменён.</translation>
        </message>
        <message>
            <source>Type the audit log code printed at the foot of the document, for example 7F3A-91C2 or № 1234 · 7F3A-91C2.</source>
            <extracomment>"№ 1234 · 7F3A-91C2", "1234 7F3A-91C2", "7f3a91c2": an optional entry number, then the code.</extracomment>
            <translation>Введите код журнала изменений, напечатанный внизу документа, например 7F3A-91C2 или № 1234 · 7F3A-91C2.</translation>
        </message>
        <message>
            <source>«{code}» is not an audit log code: it is written as 8 characters 0–9 and A–F, for example 7F3A-91C2, optionally after the entry number (№ 1234 · 7F3A-91C2).</source>
            <translation>«{code}» — не код журнала изменений: код состоит из 8 символов 0–9 и A–F, например 7F3A-91C2, перед ним может стоять номер записи (№ 1234 · 7F3A-91C2).</translation>
        </message>
        <message>
            <source>The audit log code «{code}» has characters other than 0–9 and A–F: {chars}.</source>
            <translation>В коде журнала изменений «{code}» есть символы, кроме 0–9 и A–F: {chars}.</translation>
        </message>
        <message>
            <source>The audit log code «{code}» has {n} characters; a printed code has 8 (for example 7F3A-91C2).</source>
            <translation>В коде журнала изменений «{code}» символов: {n}, а в напечатанном коде их 8 (например, 7F3A-91C2).</translation>
        </message>
        <message>
            <source>The audit log ends at entry {count}, before entry {entry} printed on the document: entries were removed after it was printed.</source>
            <translation>Журнал изменений заканчивается записью {count}, не доходя до записи {entry}, напечатанной на документе: после печати документа записи были удалены.</translation>
        </message>
        <message>
            <source>Entry {entry} of the audit log now has the code {now}, not {code}: the log was rewritten after the document was printed, or the document comes from another office.</source>
            <translation>У записи {entry} журнала изменений теперь код {now}, а не {code}: журнал переписан после печати документа, или документ напечатан из другого файла данных.</translation>
        </message>
        <message>
            <source>No entry of the audit log has the code {code}: the log was rewritten after the document was printed, or the document comes from another office.</source>
            <translation>Ни у одной записи журнала изменений нет кода {code}: журнал переписан после печати документа, или документ напечатан из другого файла данных.</translation>
        </message>
        <message>
            <source>The code {code} is entry {entry} of the audit log, written {date}, but the chain is broken at entry {bad}: entries up to the document were altered outside Bagalau.</source>
            <translation>Код {code} — запись {entry} журнала изменений от {date}, но цепочка нарушена на записи {bad}: записи до документа изменены вне Багалау.</translation>
        </message>
        <message>
            <source>The code {code} is entry {entry} of the audit log, written {date}: the log still holds the history the document was printed from.</source>
            <translation>Код {code} — запись {entry} журнала изменений от {date}: журнал по-прежнему хранит историю, по которой напечатан документ.</translation>
        </message>
        <message>
            <source>{file} could not be opened ({detail}).</source>
            <translation>Не удалось открыть {file} ({detail}).</translation>
        </message>
    </context>
</TS>
