<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>AbsenceDialog</name>
        <message>
            <source>Absence</source>
            <translation>Жұмыста болмау</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Басталуы:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Аяқталуы:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
    </context>
    <context>
        <name>AnnualPage</name>
        <message>
            <source>Annual result of {year}: the mean of the quarterly scores, due {due} (Methodology, item 4). {n} employees, {unsat} unsatisfactory, {warned} for the second year in a row.</source>
            <translation>{year} жылдың қорытынды бағасы: тоқсандық бағалардың орташасы, мерзімі {due} (Әдістеменің 4-тармағы). Қызметкерлер: {n}, қанағаттанарлықсыз: {unsat}, қатарынан екінші жыл: {warned}.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Жыл:</translation>
        </message>
        <message>
            <source>Filter: name, unit, grade…</source>
            <translation>Сүзгі: аты-жөні, бөлімше, баға…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel-ге…</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Ережелер:</translation>
        </message>
    </context>
    <context>
        <name>AnnualTableModel</name>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>I тоқсан</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>II тоқсан</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>III тоқсан</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>IV тоқсан</translation>
        </message>
        <message>
            <source>Annual mean</source>
            <translation>Жылдық орташа</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Баға</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <source>second unsatisfactory year in a row *</source>
            <translation>қатарынан екінші жыл қанағаттанарлықсыз *</translation>
        </message>
        <message>
            <source>* Two unsatisfactory annual results in a row: paragraph 6 of Article 33 of the Law of the Republic of Kazakhstan "On the civil service of the Republic of Kazakhstan".</source>
            <translation>* Қатарынан екі жыл қанағаттанарлықсыз қорытынды баға: «Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 33-бабының 6-тармағы.</translation>
        </message>
        <message>
            <source>unsatisfactory</source>
            <translation>қанағаттанарлықсыз</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>{total} ішінен {shown}</translation>
        </message>
        <message>
            <source>Scanned appeal</source>
            <translation>Өтініштің сканерленген көшірмесі</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Сканерленген файлдар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>New appeal</source>
            <translation>Жаңа өтініш</translation>
        </message>
        <message>
            <source>Disputed result</source>
            <translation>Дау туған нәтиже</translation>
        </message>
        <message>
            <source>Result received on</source>
            <translation>Нәтижемен танысқан күні</translation>
        </message>
        <message>
            <source>Appeal filed on</source>
            <translation>Өтініш берілген күн</translation>
        </message>
        <message>
            <source>Text of the appeal</source>
            <translation>Өтініштің мәтіні</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Сканерленген көшірмесі</translation>
        </message>
        <message>
            <source>Find by name</source>
            <translation>Аты бойынша іздеу</translation>
        </message>
        <message>
            <source>Type part of the evaluee's name</source>
            <translation>Бағаланушының аты-жөнінің бір бөлігін теріңіз</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
        <message>
            <source>An appeal filed later than 5 working days after the result was received is flagged: decide whether to hear it (Methodology, item 10).</source>
            <translation>Нәтижемен танысқаннан кейін 5 жұмыс күнінен кеш берілген өтініш белгіленеді: оны қарау-қарамауды шешіңіз (Әдістеменің 10-тармағы).</translation>
        </message>
    </context>
    <context>
        <name>AppealsPage</name>
        <message>
            <source>closed</source>
            <extracomment>The rule behind each appeal deadline (Methodology, items 10, 19, 20, 22); F1 on an appeal opens its next one.</extracomment>
            <translation>жабылған</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ашық</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>мерзімінде</translation>
        </message>
        <message>
            <source>late, accepted</source>
            <translation>кеш, қаралады</translation>
        </message>
        <message>
            <source>late, refused</source>
            <translation>кеш, қабылданбады</translation>
        </message>
        <message>
            <source>late: decide</source>
            <translation>кеш: шешім қажет</translation>
        </message>
        <message>
            <source>done</source>
            <translation>орындалды</translation>
        </message>
        <message>
            <source>decision and members</source>
            <translation>шешім және құрам</translation>
        </message>
        <message>
            <source>session</source>
            <translation>сессия</translation>
        </message>
        <message>
            <source>protocol posted</source>
            <translation>хаттаманы орналастыру</translation>
        </message>
        <message>
            <source>filing</source>
            <translation>өтініш беру</translation>
        </message>
        <message>
            <source>Delete appeal</source>
            <translation>Өтінішті жою</translation>
        </message>
        <message>
            <source>Delete the selected appeals?</source>
            <translation>Таңдалған өтініштер жойылсын ба?</translation>
        </message>
        <message>
            <source>Appeals against evaluation results (Methodology, item 10)</source>
            <translation>Бағалау нәтижелеріне өтініштер (Әдістеменің 10-тармағы)</translation>
        </message>
        <message>
            <source>Calibration sessions (Methodology, items 19–22)</source>
            <translation>Калибрлеу сессиялары (Әдістеменің 19–22-тармақтары)</translation>
        </message>
        <message>
            <source>Appellant</source>
            <translation>Өтініш беруші</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Бағалаушы</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Тоқсан</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Танысты</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Берілді</translation>
        </message>
        <message>
            <source>Filing</source>
            <translation>Беру мерзімі</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Келесі мерзім</translation>
        </message>
        <message>
            <source>Session → final score</source>
            <translation>Сессия → қорытынды баға</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Protocol posted</source>
            <translation>Хаттама орналастырылды</translation>
        </message>
        <message>
            <source>New appeal…</source>
            <translation>Жаңа өтініш…</translation>
        </message>
        <message>
            <source>Hear the late appeal</source>
            <translation>Кеш өтінішті қарау</translation>
        </message>
        <message>
            <source>Refuse the late appeal</source>
            <translation>Кеш өтінішті қабылдамау</translation>
        </message>
        <message>
            <source>Calibration session…</source>
            <translation>Калибрлеу сессиясы…</translation>
        </message>
        <message>
            <source>Feedback meeting…</source>
            <translation>Кері байланыс кездесуі…</translation>
        </message>
        <message>
            <source>Feedback memo…</source>
            <translation>Кері байланыс кездесуі туралы анықтама…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Сессияны ашу…</translation>
        </message>
        <message>
            <source>Protocol…</source>
            <translation>Хаттама…</translation>
        </message>
        <message>
            <source>Protocol posted today</source>
            <translation>Хаттама бүгін орналастырылды</translation>
        </message>
        <message>
            <source>Deadlines (F1 on an appeal):</source>
            <translation>Мерзімдер (өтініште F1):</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Ережелер:</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Тағайындау</translation>
        </message>
        <message>
            <source>e.g. order No. 15-ж of 10.01.2026</source>
            <translation>мысалы, 10.01.2026 ж. № 15-ж бұйрық</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Лауазымы:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Басталуы:</translation>
        </message>
        <message>
            <source>To (if ended):</source>
            <translation>Аяқталуы (аяқталса):</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Бұйрық:</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>The chain of entries could not be checked now: open the page again.</source>
            <translation>Жазбалар тізбегін қазір тексеру мүмкін болмады: бетті қайта ашыңыз.</translation>
        </message>
        <message>
            <source>All kinds of records</source>
            <extracomment>The whole-chain checks run here, one at a time, off the GUI thread (each with its own connection).</extracomment>
            <translation>Жазбалардың барлық түрі</translation>
        </message>
        <message>
            <source>Checking the chain of entries…</source>
            <translation>Жазбалар тізбегі тексерілуде…</translation>
        </message>
        <message>
            <source>Chain of {n} entries checked: intact.</source>
            <translation>{n} жазбадан тұратын тізбек тексерілді: бұзылмаған.</translation>
        </message>
        <message>
            <source>The chain is broken at entry {id}: the log was altered outside Bagalau.</source>
            <translation>Тізбек {id} жазбада бұзылған: журнал Бағалаудан тыс өзгертілген.</translation>
        </message>
        <message>
            <source>Audit log extract</source>
            <translation>Өзгерістер журналынан үзінді</translation>
        </message>
        <message>
            <source>Kind of record:</source>
            <translation>Жазба түрі:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Мәтін:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>бастап</translation>
        </message>
        <message>
            <source>to</source>
            <translation>дейін</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <source>Print extract…</source>
            <translation>Үзіндіні басып шығару…</translation>
        </message>
        <message>
            <source>Code from a document:</source>
            <translation>Құжаттағы код:</translation>
        </message>
        <message>
            <source>Compare with the log</source>
            <translation>Журналмен салыстыру</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>added</source>
            <extracomment>Entries read at first; scrolling to the end reads more (a 2,000-staff office logs 16,000 entries a quarter: reading and parsing them all made the first visit take over a second).</extracomment>
            <translation>қосылды</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгертілді</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>жойылды</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Уақыты</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Жазба түрі</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Бұрын → кейін</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Негіздеме</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Backup folder</source>
            <translation>Резервтік көшірмелер қалтасы</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервтік көшірмелер</translation>
        </message>
        <message>
            <source>Copies are made at start, at exit and daily. A folder on a USB drive keeps them safe if this computer fails.</source>
            <translation>Көшірмелер іске қосқанда, жабғанда және күн сайын жасалады. USB-жинақтауыштағы қалта компьютер істен шықса да оларды сақтайды.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Қалта</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Соңғыларын сақтау</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Also once a day while the program runs</source>
            <translation>Бағдарлама жұмыс істеп тұрғанда күніне бір рет те</translation>
        </message>
        <message>
            <source>The folder cannot be created: {error}</source>
            <translation>Қалтаны құру мүмкін емес: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>encrypted</source>
            <translation>шифрланған</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>бүтін</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>БҮЛІНГЕН</translation>
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
            <translation>Жасалған уақыты</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Көлемі</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Бағалау парақтары</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
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
            <translation>Резервтік көшірмелер қалтасы</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Баптаулар сақталды.</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Қайталаңыз:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз сәйкес келмейді.</translation>
        </message>
        <message>
            <source>Encrypted copy</source>
            <translation>Шифрланған көшірме</translation>
        </message>
        <message>
            <source>Copy cancelled: nothing was written.</source>
            <translation>Көшірме жасау тоқтатылды: ештеңе жазылған жоқ.</translation>
        </message>
        <message>
            <source>Copy made and verified: {file}</source>
            <translation>Көшірме жасалып, тексерілді: {file}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <source>Choose a copy in the list first.</source>
            <translation>Алдымен тізімнен көшірмені таңдаңыз.</translation>
        </message>
        <message>
            <source>Replace the current data with the copy made {when}?

The current data are kept aside as a copy first, so this can be undone.</source>
            <translation>Ағымдағы деректерді {when} жасалған көшірмемен ауыстыру керек пе?

Ағымдағы деректер алдымен жеке көшірме ретінде сақталады, сондықтан бұл әрекетті кері қайтаруға болады.</translation>
        </message>
        <message>
            <source>Restore this copy anyway?</source>
            <translation>Бұл көшірмені бәрібір қалпына келтіру керек пе?</translation>
        </message>
        <message>
            <source>Restored. The previous data are kept in {file}.</source>
            <translation>Қалпына келтірілді. Бұрынғы деректер {file} файлында сақталды.</translation>
        </message>
        <message>
            <source>Automatic copies (on start, on exit and daily)</source>
            <translation>Автоматты көшірмелер (іске қосқанда, шыққанда және күн сайын)</translation>
        </message>
        <message>
            <source>Folder (e.g. a USB drive):</source>
            <translation>Қалта (мысалы, USB-жинақтауыш):</translation>
        </message>
        <message>
            <source>Keep the last copies:</source>
            <translation>Соңғы көшірмелерді сақтау:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Also once a day while the program runs</source>
            <translation>Бағдарлама жұмыс істеп тұрғанда күніне бір рет те</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Баптауларды сақтау</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Қазір көшірме жасау</translation>
        </message>
        <message>
            <source>Encrypted copy…</source>
            <translation>Шифрланған көшірме…</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Қалпына келтіру…</translation>
        </message>
    </context>
    <context>
        <name>BagalauApplication</name>
        <message>
            <source>Open an existing file</source>
            <extracomment>The office is open and its first page is shown (used by `bagalau bench`). Opening failed; the program has nothing to show. given by a caller that already holds the key (tests, `bagalau bench`): no password dialog</extracomment>
            <translation>Бар файлды ашу</translation>
        </message>
        <message>
            <source>Work on a copy on this computer? The file {chosen} stays as it is; the copy is kept as {here}. Choose No to work on the file where it is.</source>
            <translation>Осы компьютердегі көшірмемен жұмыс істейсіз бе? {chosen} файлы өзгеріссіз қалады; көшірме {here} ретінде сақталады. Файлмен тұрған жерінде жұмыс істеу үшін «Жоқ» батырмасын басыңыз.</translation>
        </message>
        <message>
            <source>The copy could not be made ({error}); the file is opened where it is.</source>
            <translation>Көшірме жасалмады ({error}); файл тұрған жерінде ашылады.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервтік көшірмелер</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Дерекқор бүлінген</translation>
        </message>
        <message>
            <source>No good backup copy was found.</source>
            <translation>Жарамды сақтық көшірме табылмады.</translation>
        </message>
        <message>
            <source>Open the newest good copy, made {when}? The damaged file is kept aside, not deleted.</source>
            <translation>{when} жасалған ең жаңа жарамды көшірмені ашу керек пе? Бүлінген файл жойылмайды, бөлек сақталады.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Дерекқорды ашу</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>Бағалау дерекқоры (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
    </context>
    <context>
        <name>BandsTab</name>
        <message>
            <source>Grade (Kazakh)</source>
            <translation>Баға (қазақша)</translation>
        </message>
        <message>
            <source>Grade (Russian)</source>
            <translation>Баға (орысша)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To (blank: and more)</source>
            <translation>Дейін (бос: және одан көп)</translation>
        </message>
        <message>
            <source>Unsatisfactory</source>
            <translation>Қанағаттанарлықсыз</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Деңгей қосу</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Деңгейді алып тастау</translation>
        </message>
        <message>
            <source>A score is rounded first, then it gets the highest band whose lower bound it reaches: with bands 80–105 and 106–130, 105.5 is still in the first.</source>
            <translation>Балл алдымен дөңгелектенеді, содан кейін төменгі шегіне жеткен ең жоғары деңгей беріледі: 80–105 және 106–130 деңгейлерінде 105,5 әлі біріншісінде.</translation>
        </message>
    </context>
    <context>
        <name>BonusScaleTab</name>
        <message>
            <source>{points} points</source>
            <translation>Балл: {points}</translation>
        </message>
        <message>
            <source>Incentivised activity</source>
            <translation>Көтермеленетін көрсеткіш</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Негіз (тармақ)</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Тармақ қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>working day</source>
            <translation>жұмыс күні</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>демалыс күні</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>растау керек</translation>
        </message>
        <message>
            <source>confirmed by the office</source>
            <translation>мекеме растаған</translation>
        </message>
        <message>
            <source>Public holidays of {year}</source>
            <translation>{year} жылғы мереке күндері</translation>
        </message>
        <message>
            <source>a working day</source>
            <translation>жұмыс күні</translation>
        </message>
        <message>
            <source>a day off</source>
            <translation>демалыс күні</translation>
        </message>
        <message>
            <source>{day} is {state}.</source>
            <translation>{day} — {state}.</translation>
        </message>
        <message>
            <source>Public holiday: {name}.</source>
            <translation>Мереке: {name}.</translation>
        </message>
        <message>
            <source>The package only estimates this date: to confirm. Confirm it, or mark the real date as a day off and this one as a working day.</source>
            <translation>Бұл күнді мерекелер пакеті тек болжайды: растау керек. Оны растаңыз немесе нақты күнді демалыс, ал осы күнді жұмыс күні деп белгілеңіз.</translation>
        </message>
        <message>
            <source>Office override: {kind}{note}.</source>
            <translation>Мекеменің белгісі: {kind}{note}.</translation>
        </message>
        <message>
            <source>Transferred days off of {year}</source>
            <translation>{year} жылғы демалыс күндерін ауыстыру</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv)</source>
            <translation>Кестелер (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Imported {n} days of {year}: {working} working, {off} days off.</source>
            <translation>{year} жылға импортталған күндер: {n} (жұмыс күні: {working}, демалыс: {off}).</translation>
        </message>
        <message>
            <source>Mark as day off</source>
            <translation>Демалыс күні деп белгілеу</translation>
        </message>
        <message>
            <source>Mark as working day</source>
            <translation>Жұмыс күні деп белгілеу</translation>
        </message>
        <message>
            <source>Remove the override</source>
            <translation>Белгіні алып тастау</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>e.g. Government decree of 12.12.2026 moving a day off</source>
            <translation>мысалы, демалыс күнін ауыстыру туралы Үкіметтің 12.12.2026 қаулысы</translation>
        </message>
        <message>
            <source>Red: public holiday. Orange: the office's extra day off. Green: working Saturday or other working day set by the office. Grey: weekend. A deadline on a day off moves to the next working day (Regulation of the apparatus, item 13.15).</source>
            <translation>Қызыл: мереке күні. Қызғылт сары: мекеменің қосымша демалыс күні. Жасыл: мекеме белгілеген жұмыс сенбісі не басқа жұмыс күні. Сұр: демалыс. Демалыс күніне түскен мерзім келесі жұмыс күніне ауысады (Аппарат регламентінің 13.15-тармағы).</translation>
        </message>
        <message>
            <source>The office's days off and working days</source>
            <translation>Мекеменің демалыс және жұмыс күндері</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Мереке</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Confirm the date</source>
            <translation>Күнді растау</translation>
        </message>
        <message>
            <source>Import transferred days off…</source>
            <translation>Демалыс күндерін ауыстыруды импорттау…</translation>
        </message>
        <message>
            <source>A CSV or XLSX table of the year shown: Дата / Күні, Вид дня / Күн түрі (рабочий / выходной), Акт / Негіздеме</source>
            <translation>Көрсетілген жылдың CSV немесе XLSX кестесі: Күні / Дата, Күн түрі / Вид дня (жұмыс күні / демалыс), Негіздеме / Акт</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Ережелер:</translation>
        </message>
    </context>
    <context>
        <name>CalibrationAct</name>
        <message>
            <source>Instruction…</source>
            <translation>Өкім…</translation>
        </message>
        <message>
            <source>Instruction number</source>
            <translation>Өкім нөмірі</translation>
        </message>
        <message>
            <source>Instruction date</source>
            <translation>Өкім күні</translation>
        </message>
        <message>
            <source>Instruction on calibration session No. {n}</source>
            <translation>№ {n} калибрлеу сессиясы туралы өкім</translation>
        </message>
        <message>
            <source>Decision on the session…</source>
            <translation>Сессия туралы шешім…</translation>
        </message>
        <message>
            <source>Number of the decision on the session</source>
            <translation>Сессия туралы шешімнің нөмірі</translation>
        </message>
        <message>
            <source>Date of the decision on the session</source>
            <translation>Сессия туралы шешімнің күні</translation>
        </message>
        <message>
            <source>Decision on calibration session No. {n}</source>
            <translation>№ {n} калибрлеу сессиясы туралы шешім</translation>
        </message>
        <message>
            <source>Order…</source>
            <translation>Бұйрық…</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Бұйрық нөмірі</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Бұйрық күні</translation>
        </message>
        <message>
            <source>Order on calibration session No. {n}</source>
            <translation>№ {n} калибрлеу сессиясы туралы бұйрық</translation>
        </message>
    </context>
    <context>
        <name>CalibrationPapers</name>
        <message>
            <source>positions of the people named (no Russian title in the staff list)</source>
            <translation>аталған адамдардың лауазымдары (штаттық тізімде орысша атауы жоқ)</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>өткізілген орны</translation>
        </message>
        <message>
            <source>the evaluator's argument</source>
            <translation>бағалаушының дәлелі</translation>
        </message>
        <message>
            <source>the appellant's argument</source>
            <translation>бағаланушының дәлелі</translation>
        </message>
        <message>
            <source>the reasoning of a motion</source>
            <translation>ұсыныстың негіздемесі</translation>
        </message>
        <message>
            <source>achievements</source>
            <translation>жетістіктер</translation>
        </message>
        <message>
            <source>skills and competences</source>
            <translation>дағдылар мен құзыреттер</translation>
        </message>
        <message>
            <source>potential and career aspirations</source>
            <translation>әлеует пен мансаптық ұмтылыстар</translation>
        </message>
        <message>
            <source>The Russian copy will show text typed only in Kazakh: {fields}. Type the Russian text in the session, case or meeting first, or print it as it is?</source>
            <translation>Орыс тіліндегі данада тек қазақ тілінде енгізілген мәтін шығады: {fields}. Алдымен сессияда, іс бойынша немесе кездесуде орысша мәтінді енгізесіз бе, әлде осы күйінде басып шығарасыз ба?</translation>
        </message>
        <message>
            <source>Kazakh text in the Russian copy</source>
            <translation>Орыс тіліндегі данада қазақша мәтін</translation>
        </message>
        <message>
            <source>Print as it is</source>
            <translation>Осы күйінде басып шығару</translation>
        </message>
        <message>
            <source>Protocol No. {n}</source>
            <translation>№ {n} хаттама</translation>
        </message>
        <message>
            <source>Feedback meeting memo</source>
            <translation>Кері байланыс кездесуін өткізу туралы анықтама</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <source>— no vote —</source>
            <translation>— дауыс берілмеді —</translation>
        </message>
        <message>
            <source>%1) keep %2</source>
            <translation>%1) %2 бағаны қалдыру</translation>
        </message>
        <message>
            <source>%1) change to %2 (%3)</source>
            <translation>%1) %2 деп өзгерту (%3)</translation>
        </message>
        <message>
            <source>up</source>
            <translation>арттыру</translation>
        </message>
        <message>
            <source>down</source>
            <translation>төмендету</translation>
        </message>
        <message>
            <source>Votes %1. Motion %2 is backed by a majority (%3 of %4 members).</source>
            <translation>Дауыстар: %1. %2-ұсынысты көпшілік қолдады (%4 мүшеден %3 мүше).</translation>
        </message>
        <message>
            <source>Votes %1. No motion has a majority yet: %3 of %4 members needed.</source>
            <translation>Дауыстар: %1. Әзірге бірде-бір ұсыныс көпшілік дауыс жинаған жоқ: %4 мүшеден %3 мүшенің дауысы қажет.</translation>
        </message>
        <message>
            <source>Keep the score</source>
            <translation>Бағаны қалдыру</translation>
        </message>
        <message>
            <source>Change the score to</source>
            <translation>Бағаны өзгерту</translation>
        </message>
        <message>
            <source>Appeal of %1; score given by %2: %3</source>
            <translation>%1 өтініші; бағаны қойған %2: %3</translation>
        </message>
        <message>
            <source>Evaluator's argument, in Kazakh</source>
            <translation>Бағалаушының дәлелі қазақ тілінде</translation>
        </message>
        <message>
            <source>Appellant's argument, in Kazakh</source>
            <translation>Өтініш берушінің дәлелі қазақ тілінде</translation>
        </message>
        <message>
            <source>Appellant argued</source>
            <translation>Өтініш берушінің уәжі берілді</translation>
        </message>
        <message>
            <source>The same, in Russian</source>
            <translation>Сол мәтін орыс тілінде</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>жазбаша</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>ауызша</translation>
        </message>
        <message>
            <source>Motions (Methodology, item 22: keep the score, or change it up or down)</source>
            <translation>Ұсыныстар (Әдістеменің 22-тармағы: бағаны қалдыру немесе арттыру не төмендету)</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Ұсыныс</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>Жаңа баға</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <source>Reasoning, in Russian</source>
            <translation>Негіздемесі, орыс тілінде</translation>
        </message>
        <message>
            <source>Add motion</source>
            <translation>Ұсыныс қосу</translation>
        </message>
        <message>
            <source>Remove motion</source>
            <translation>Ұсынысты алып тастау</translation>
        </message>
        <message>
            <source>Save arguments and motions</source>
            <translation>Дәлелдер мен ұсыныстарды сақтау</translation>
        </message>
        <message>
            <source>Votes (the appellant and the evaluator of this case do not vote)</source>
            <translation>Дауыс беру (осы іс бойынша өтініш беруші мен бағалаушы дауыс бермейді)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Мүше</translation>
        </message>
        <message>
            <source>Backs</source>
            <translation>Қолдайды</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Categories of positions</source>
            <translation>Лауазым санаттары</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Атын өзгерту…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>New category code:</source>
            <translation>Жаңа санат коды:</translation>
        </message>
        <message>
            <source>Category code:</source>
            <translation>Санат коды:</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;Q{quarter} {year}&lt;/b&gt;: {scored} of {total} sheets scored, {signed} signed, {final} final; due {due}.</source>
            <translation>&lt;b&gt;{year} ж. {quarter}-тоқсан&lt;/b&gt;: бағаланған парақ: {scored}/{total}, қол қойылғаны: {signed}, түпкіліктісі: {final}; мерзімі {due}.</translation>
        </message>
        <message>
            <source>No open quarter.</source>
            <translation>Ашық тоқсан жоқ.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өтті</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Мерзімі жақын</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Орындалуы тиіс</translation>
        </message>
        <message>
            <source>Enter opens the page; F1 explains the rule</source>
            <translation>Enter — бетті ашады; F1 — ережені түсіндіреді</translation>
        </message>
        <message>
            <source>Nothing is due on {day}.</source>
            <translation>{day} күнге орындалатын іс жоқ.</translation>
        </message>
        <message>
            <source>On {day}: {n} items, {overdue} overdue.</source>
            <translation>{day} күнгі жағдай: {n} іс, оның {overdue} мерзімі өткен.</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Жаңарту (F5)</translation>
        </message>
        <message>
            <source>Rule of the line (F1)</source>
            <translation>Жолдың ережесі (F1)</translation>
        </message>
        <message>
            <source>Explains the rule and legal paragraph behind the selected line</source>
            <translation>Таңдалған жолдың негізіндегі ережені және құқықтық тармақты түсіндіреді</translation>
        </message>
        <message>
            <source>Deadlines: the quarter's evaluation by the 20th of the next month, the annual result by 30 January (Methodology, item 4), the notice to a dismissed evaluee within the month after the quarter (Methodology, item 9); a deadline on a day off moves to the next working day (Regulation of the apparatus, item 13.15). Double-click a line to open its page.</source>
            <translation>Мерзімдер: тоқсандық бағалау келесі айдың 20-сына дейін, қорытынды баға 30 қаңтарға дейін (Әдістеменің 4-тармағы), жұмыстан босатылған қызметкерге хабарлама тоқсаннан кейінгі ай ішінде (Әдістеменің 9-тармағы); демалыс күніне түскен мерзім келесі жұмыс күніне ауысады (Аппарат регламентінің 13.15-тармағы). Бетін ашу үшін жолды екі рет басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>DesigneeDialog</name>
        <message>
            <source>Designated co-evaluator</source>
            <translation>Белгіленген бағалаушы</translation>
        </message>
        <message>
            <source>optional, 0 to 5</source>
            <translation>міндетті емес, 0 … 5</translation>
        </message>
        <message>
            <source>Servant:</source>
            <translation>Қызметші:</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>Белгіленген күні:</translation>
        </message>
        <message>
            <source>Proposed score:</source>
            <translation>Ұсынған балы:</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Document language</source>
            <translation>Құжат тілі</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>Қазақ және орыс тілдерінде</translation>
        </message>
        <message>
            <source>Save document</source>
            <translation>Құжатты сақтау</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {error}</source>
            <translation>{file} файлын жазу мүмкін болмады: {error}</translation>
        </message>
        <message>
            <source>Saved to {file}. Open it now?</source>
            <translation>{file} файлына сақталды. Қазір ашу керек пе?</translation>
        </message>
        <message>
            <source>Document saved</source>
            <translation>Құжат сақталды</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF құжаттары (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Басып шығаратын ештеңе жоқ</translation>
        </message>
        <message>
            <source>The quarter has no evaluation sheets.</source>
            <translation>Тоқсанда бағалау парақтары жоқ.</translation>
        </message>
        <message>
            <source>Evaluation sheets, quarter {quarter} of {year}</source>
            <translation>Бағалау парақтары, {year} жылғы {quarter}-тоқсан</translation>
        </message>
        <message>
            <source>Sheet {done} of {total}</source>
            <translation>{done}-парақ, барлығы {total}</translation>
        </message>
        <message>
            <source>Summary of quarter {quarter} of {year}</source>
            <translation>{year} жылғы {quarter}-тоқсанның жиынтық тізімдемесі</translation>
        </message>
        <message>
            <source>Part {done} of {total}</source>
            <translation>{done}-бөлік, барлығы {total}</translation>
        </message>
        <message>
            <source>Nobody evaluated in the quarter was dismissed.</source>
            <translation>Тоқсанда бағаланғандардың ешқайсысы жұмыстан босатылмаған.</translation>
        </message>
        <message>
            <source>Notice letters, quarter {quarter} of {year}</source>
            <translation>Хабарлама хаттар, {year} жылғы {quarter}-тоқсан</translation>
        </message>
        <message>
            <source>Letter {done} of {total}</source>
            <translation>{done}-хат, барлығы {total}</translation>
        </message>
        <message>
            <source>Annual summary {year}</source>
            <translation>{year} жылдың жылдық жиынтығы</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>Жаңа қызметкер</translation>
        </message>
        <message>
            <source>Edit employee</source>
            <translation>Қызметкер деректерін өзгерту</translation>
        </message>
        <message>
            <source>ИИН:</source>
            <translation>ЖСН:</translation>
        </message>
        <message>
            <source>Surname:</source>
            <translation>Тегі:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Аты:</translation>
        </message>
        <message>
            <source>Patronymic:</source>
            <translation>Әкесінің аты:</translation>
        </message>
        <message>
            <source>Surname (Russian spelling):</source>
            <translation>Тегі (орысша жазылуы):</translation>
        </message>
        <message>
            <source>Name (Russian spelling):</source>
            <translation>Аты (орысша жазылуы):</translation>
        </message>
        <message>
            <source>Patronymic (Russian spelling):</source>
            <translation>Әкесінің аты (орысша жазылуы):</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Электрондық пошта:</translation>
        </message>
        <message>
            <source>Postal address:</source>
            <translation>Пошталық мекенжайы:</translation>
        </message>
        <message>
            <source>only if it differs</source>
            <translation>тек өзгеше болса</translation>
        </message>
        <message>
            <source>First appointment</source>
            <translation>Алғашқы тағайындау</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(әзірге жоқ)</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Лауазымы:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Басталуы:</translation>
        </message>
        <message>
            <source>The post is held</source>
            <translation>Лауазым бос емес</translation>
        </message>
        <message>
            <source>{holder} holds this post on {day}. Appoint the new employee to it as well?</source>
            <translation>Бұл лауазымды {day} күні {holder} атқарады. Жаңа қызметкерді де осы лауазымға тағайындайсыз ба?</translation>
        </message>
    </context>
    <context>
        <name>EmployeeHistoryDialog</name>
        <message>
            <source>Edit details…</source>
            <translation>Деректерін өзгерту…</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Бұйрық</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Тағайындаулар</translation>
        </message>
        <message>
            <source>Absences (leave, sick leave, training)</source>
            <translation>Жұмыста болмау (демалыс, еңбекке жарамсыздық, оқу)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>ИИН {iin}, born {born}</source>
            <translation>ЖСН {iin}, туған күні {born}</translation>
        </message>
        <message>
            <source>Dismissed on {date}</source>
            <translation>{date} босатылған</translation>
        </message>
        <message>
            <source>Cancel dismissal</source>
            <translation>Босатуды болдырмау</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Босату…</translation>
        </message>
        <message>
            <source>Dismissal</source>
            <translation>Қызметтен босату</translation>
        </message>
        <message>
            <source>Dismissal date:</source>
            <translation>Босатылған күні:</translation>
        </message>
        <message>
            <source>Delete this appointment period?</source>
            <translation>Осы тағайындау кезеңі жойылсын ба?</translation>
        </message>
        <message>
            <source>Delete this absence?</source>
            <translation>Осы жұмыста болмау кезеңі жойылсын ба?</translation>
        </message>
    </context>
    <context>
        <name>EntryBar</name>
        <message>
            <source>All units</source>
            <translation>Барлық бөлімшелер</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Барлық күйлер</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>Барлық бағалар</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Балы әлі жоқ</translation>
        </message>
        <message>
            <source>Find by name (Kazakh or Russian spelling)…</source>
            <translation>Аты-жөні бойынша іздеу (қазақша не орысша жазылуы)…</translation>
        </message>
        <message>
            <source>Select the unit</source>
            <translation>Бөлімшені таңдау</translation>
        </message>
        <message>
            <source>Select all shown</source>
            <translation>Көрсетілгеннің бәрін таңдау</translation>
        </message>
        <message>
            <source>Signed…</source>
            <translation>Қол қойылды…</translation>
        </message>
        <message>
            <source>Received…</source>
            <translation>Танысты…</translation>
        </message>
        <message>
            <source>Final…</source>
            <translation>Түпкілікті…</translation>
        </message>
        <message>
            <source>Print selected…</source>
            <translation>Таңдалғанды басып шығару…</translation>
        </message>
        <message>
            <source>Select every sheet of the current row's unit</source>
            <translation>Ағымдағы жолдың бөлімшесіндегі барлық парақты таңдау</translation>
        </message>
        <message>
            <source>Select every sheet the filters show</source>
            <translation>Сүзгілер көрсеткен барлық парақты таңдау</translation>
        </message>
        <message>
            <source>Signed by the evaluator: the selected sheets, one date</source>
            <translation>Бағалаушы қол қойды: таңдалған парақтар, бір күн</translation>
        </message>
        <message>
            <source>Received by the evaluees: the selected sheets, one date</source>
            <translation>Бағаланушылар танысты: таңдалған парақтар, бір күн</translation>
        </message>
        <message>
            <source>Make the selected results final, one date</source>
            <translation>Таңдалған нәтижелерді түпкілікті ету, бір күн</translation>
        </message>
        <message>
            <source>Print the evaluation sheets of the selected rows</source>
            <translation>Таңдалған жолдардың бағалау парақтарын басып шығару</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Таңдау</translation>
        </message>
        <message>
            <source>Selected sheets</source>
            <translation>Таңдалған парақтар</translation>
        </message>
        <message>
            <source>Signed / Received / Final for the selected rows with one date, or print their sheets</source>
            <translation>Таңдалған жолдар үшін бір күнмен: қол қойылды / танысты / түпкілікті, не парақтарын басып шығару</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Bonus entry</source>
            <translation>Көтермелеу балы</translation>
        </message>
        <message>
            <source>Penalty entry</source>
            <translation>Айыппұл балы</translation>
        </message>
        <message>
            <source>co-executor</source>
            <translation>бірлесіп орындаушы</translation>
        </message>
        <message>
            <source>e.g. 12-05/345</source>
            <translation>мысалы, 12-05/345</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Тармақ:</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Саны:</translation>
        </message>
        <message>
            <source>Points per fact:</source>
            <translation>Бір факті үшін балл:</translation>
        </message>
        <message>
            <source>Document number:</source>
            <translation>Құжат нөмірі:</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>Құжат күні:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
    </context>
    <context>
        <name>EntryTableView</name>
        <message>
            <source>Click: sort by name in the alphabet of the interface language</source>
            <translation>Басу: аты-жөні бойынша интерфейс тілінің әліпбиімен сұрыптау</translation>
        </message>
        <message>
            <source>Sort by name, А → Я</source>
            <translation>Аты-жөні бойынша сұрыптау, А → Я</translation>
        </message>
        <message>
            <source>Sort by name, Я → А</source>
            <translation>Аты-жөні бойынша сұрыптау, Я → А</translation>
        </message>
        <message>
            <source>Order of the roster (units)</source>
            <translation>Тізім реті (бөлімшелер бойынша)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Bagalau</source>
            <translation>Бағалау</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDetail</name>
        <message>
            <source>Choose an evaluee in the grid.</source>
            <translation>Кестеден бағаланатын адамды таңдаңыз.</translation>
        </message>
        <message>
            <source>form {form}</source>
            <translation>{form}-нысан</translation>
        </message>
        <message>
            <source>Evaluator: {name}</source>
            <translation>Бағалаушы: {name}</translation>
        </message>
        <message>
            <source>Notice: {method}, {day} {ref}</source>
            <translation>Хабарлама: {method}, {day} {ref}</translation>
        </message>
        <message>
            <source>Due {due} (Methodology, item 4). Signed {signed}, received {received}.</source>
            <translation>Мерзімі {due} (Әдістеменің 4-тармағы). Қол қойылды: {signed}, танысты: {received}.</translation>
        </message>
        <message>
            <source>Designated co-evaluators</source>
            <translation>Бағалаушы белгілеген қызметшілер</translation>
        </message>
        <message>
            <source>Appeal window until {day} (Methodology, item 10).</source>
            <translation>Өтініш беру мерзімінің соңғы күні — {day} (Әдістеменің 10-тармағы).</translation>
        </message>
        <message>
            <source>Dismissed in the quarter: evaluated without their participation (Methodology, item 6).</source>
            <translation>Тоқсан ішінде жұмыстан босатылды: қатысуынсыз бағаланады (Әдістеменің 6-тармағы).</translation>
        </message>
        <message>
            <source>Score changed by calibration: {old} → {new} (Methodology, item 22).</source>
            <translation>Баға калибрлеу сессиясында өзгертілді: {old} → {new} (Әдістеменің 22-тармағы).</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Ережелер:</translation>
        </message>
        <message>
            <source>status</source>
            <translation>күйі</translation>
        </message>
        <message>
            <source>score</source>
            <translation>балл</translation>
        </message>
        <message>
            <source>overall score</source>
            <translation>жалпы балл</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>көтермелеу</translation>
        </message>
        <message>
            <source>penalty</source>
            <translation>айыппұл</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>түсініктеме</translation>
        </message>
        <message>
            <source>notice</source>
            <translation>хабарлама</translation>
        </message>
        <message>
            <source>Signed by the evaluator</source>
            <translation>Бағалаушы қол қойды</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Қол қойылған күні:</translation>
        </message>
        <message>
            <source>Result received by the evaluee</source>
            <translation>Бағаланушы нәтижемен танысты</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Танысқан күні:</translation>
        </message>
        <message>
            <source>Make the result final</source>
            <translation>Нәтижені түпкілікті ету</translation>
        </message>
        <message>
            <source>Final on:</source>
            <translation>Түпкілікті болған күні:</translation>
        </message>
        <message>
            <source>Add bonus entry…</source>
            <translation>Көтермелеу балын қосу…</translation>
        </message>
        <message>
            <source>Add penalty entry…</source>
            <translation>Айыппұл балын қосу…</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Жазбаны жою</translation>
        </message>
        <message>
            <source>Save comments</source>
            <translation>Түсініктемені сақтау</translation>
        </message>
        <message>
            <source>Signed…</source>
            <translation>Қол қойылды…</translation>
        </message>
        <message>
            <source>Received…</source>
            <translation>Танысты…</translation>
        </message>
        <message>
            <source>Final…</source>
            <translation>Түпкілікті…</translation>
        </message>
        <message>
            <source>Notice…</source>
            <translation>Хабарлама…</translation>
        </message>
        <message>
            <source>Bonus and penalty entries with evidence:</source>
            <translation>Растайтын құжаттары бар көтермелеу және айыппұл балдары:</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Sanction, personal points, designees</source>
            <translation>Жаза, жеке балдар, белгіленген бағалаушылар</translation>
        </message>
        <message>
            <source>Evaluator's comments:</source>
            <translation>Бағалаушының түсініктемесі:</translation>
        </message>
        <message>
            <source>History of changes:</source>
            <translation>Өзгерістер тарихы:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Тармақ</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Растайтын құжат</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Өзгерту себебі</translation>
        </message>
        <message>
            <source>The sheet is signed. Why is it changed?</source>
            <translation>Параққа қол қойылған. Неге өзгертіледі?</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTableModel</name>
        <message>
            <source>draft</source>
            <translation>жоба</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>қол қойылды</translation>
        </message>
        <message>
            <source>received</source>
            <translation>танысты</translation>
        </message>
        <message>
            <source>final</source>
            <translation>түпкілікті</translation>
        </message>
        <message>
            <source>Evaluee</source>
            <translation>Бағаланушы</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Баға</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Overall 0–5</source>
            <translation>Жалпы 0–5</translation>
        </message>
        <message>
            <source>Dismissed in the quarter: evaluated without their participation (Methodology, item 6).</source>
            <translation>Тоқсан ішінде жұмыстан босатылды: қатысуынсыз бағаланады (Әдістеменің 6-тармағы).</translation>
        </message>
        <message>
            <source>Signed: a change needs a reason and is kept in history.</source>
            <translation>Қол қойылған: өзгерту үшін себеп керек, ол тарихта сақталады.</translation>
        </message>
    </context>
    <context>
        <name>ExternalEvaluatorBox</name>
        <message>
            <source>Evaluator outside corps "B"</source>
            <translation>«Б» корпусынан тыс бағалаушы</translation>
        </message>
        <message>
            <source>The head of the body who is not a corps "B" servant (the akim, the maslikhat secretary) evaluates the positions with no corps "B" position above them (Methodology, item 16). Leave empty when there is none.</source>
            <translation>«Б» корпусының қызметшісі емес орган басшысы (әкім, мәслихат хатшысы) жоғарыда «Б» корпусының лауазымы жоқ лауазымдарды бағалайды (Әдістеменің 16-тармағы). Ондай адам болмаса, бос қалдырыңыз.</translation>
        </message>
        <message>
            <source>Full name in Kazakh:</source>
            <translation>Аты-жөні қазақша:</translation>
        </message>
        <message>
            <source>Full name in Russian:</source>
            <translation>Аты-жөні орысша:</translation>
        </message>
        <message>
            <source>Position in Kazakh:</source>
            <translation>Лауазымы қазақша:</translation>
        </message>
        <message>
            <source>Position in Russian:</source>
            <translation>Лауазымы орысша:</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback meeting (Methodology, item 23)</source>
            <translation>Кері байланыс кездесуі (Әдістеменің 23-тармағы)</translation>
        </message>
        <message>
            <source>The same, in Russian</source>
            <translation>Сол мәтін орыс тілінде</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>Кездесу күні</translation>
        </message>
        <message>
            <source>Achievements in the period</source>
            <translation>Кезеңдегі жетістіктер</translation>
        </message>
        <message>
            <source>Skills and competences</source>
            <translation>Дағдылар мен құзыреттер</translation>
        </message>
        <message>
            <source>Potential and career aspirations</source>
            <translation>Әлеует және мансаптық ұмтылыстар</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Атауы (қазақша)</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Атауы (орысша)</translation>
        </message>
        <message>
            <source>Approving act: number, date</source>
            <translation>Бекіткен акт: нөмірі, күні</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Қолданысқа енген күні</translation>
        </message>
        <message>
            <source>Score model</source>
            <translation>Бағалау моделі</translation>
        </message>
        <message>
            <source>Base points</source>
            <translation>Базалық балл</translation>
        </message>
        <message>
            <source>Decimals of a rounded score</source>
            <translation>Дөңгелектенген балдың ондық таңбалары</translation>
        </message>
        <message>
            <source>dated</source>
            <translation>күні</translation>
        </message>
        <message>
            <source>Score 0–5 given by the evaluator (Methodology, item 17)</source>
            <translation>Бағалаушы қоятын 0–5 балл (Әдістеменің 17-тармағы)</translation>
        </message>
        <message>
            <source>Quarter evaluation: day of the next month (Methodology, item 4)</source>
            <translation>Тоқсандық бағалау: келесі айдың күні (Әдістеменің 4-тармағы)</translation>
        </message>
        <message>
            <source>Annual result: month of the next year (Methodology, item 4)</source>
            <translation>Қорытынды баға: келесі жылдың айы (Әдістеменің 4-тармағы)</translation>
        </message>
        <message>
            <source>Annual result: day (Methodology, item 4)</source>
            <translation>Қорытынды баға: күні (Әдістеменің 4-тармағы)</translation>
        </message>
        <message>
            <source>Appeal: working days after the result (Methodology, item 10)</source>
            <translation>Өтініш: нәтижемен танысқаннан кейінгі жұмыс күндері (Әдістеменің 10-тармағы)</translation>
        </message>
        <message>
            <source>Decision on a session: working days (Methodology, item 19)</source>
            <translation>Сессия туралы шешім: жұмыс күндері (Әдістеменің 19-тармағы)</translation>
        </message>
        <message>
            <source>Session held within: working days (Methodology, item 20)</source>
            <translation>Сессияны өткізу мерзімі: жұмыс күндері (Әдістеменің 20-тармағы)</translation>
        </message>
        <message>
            <source>Protocol posted within: working days (Methodology, item 22)</source>
            <translation>Хаттаманы орналастыру мерзімі: жұмыс күндері (Әдістеменің 22-тармағы)</translation>
        </message>
        <message>
            <source>Dismissed staff told within: months (Methodology, item 9)</source>
            <translation>Жұмыстан шыққандарға хабарлау мерзімі: ай (Әдістеменің 9-тармағы)</translation>
        </message>
        <message>
            <source>Points: base + bonus − penalty (2017)</source>
            <translation>Балдар: базалық + көтермелеу − айыппұл (2017)</translation>
        </message>
        <message>
            <source>A mean is rounded half up: with 2 decimals 3.995 becomes 4.00.</source>
            <translation>Орташа мән жартысынан жоғары қарай дөңгелектенеді: 2 ондық таңбамен 3,995 – 4,00 болады.</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
    </context>
    <context>
        <name>GradeChart</name>
        <message>
            <source>No evaluation results to show.</source>
            <translation>Көрсетуге бағалау нәтижелері жоқ.</translation>
        </message>
    </context>
    <context>
        <name>HelpButton</name>
        <message>
            <source>Rule and legal basis: {title} ({reference})</source>
            <extracomment>Dynamic property naming the rule a widget shows; F1 opens the help on it.</extracomment>
            <translation>Ереже және құқықтық негіз: {title} ({reference})</translation>
        </message>
        <message>
            <source>Help on the rule</source>
            <translation>Ереже туралы анықтама</translation>
        </message>
    </context>
    <context>
        <name>HelpLinkLabel</name>
        <message>
            <source>legal basis</source>
            <translation>құқықтық негіз</translation>
        </message>
        <message>
            <source>Rule and legal basis: {title} ({reference})</source>
            <translation>Ереже және құқықтық негіз: {title} ({reference})</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>New Year</source>
            <translation>Жаңа жыл</translation>
        </message>
        <message>
            <source>Orthodox Christmas</source>
            <translation>Православиелік Рождество</translation>
        </message>
        <message>
            <source>International Women's Day</source>
            <translation>Халықаралық әйелдер күні</translation>
        </message>
        <message>
            <source>Nauryz</source>
            <translation>Наурыз мейрамы</translation>
        </message>
        <message>
            <source>Day of Unity of the People of Kazakhstan</source>
            <translation>Қазақстан халқының бірлігі мерекесі</translation>
        </message>
        <message>
            <source>Defender of the Fatherland Day</source>
            <translation>Отан Қорғаушы күні</translation>
        </message>
        <message>
            <source>Victory Day</source>
            <translation>Жеңіс күні</translation>
        </message>
        <message>
            <source>Capital City Day</source>
            <translation>Астана күні</translation>
        </message>
        <message>
            <source>Constitution Day</source>
            <translation>Қазақстан Республикасының Конституциясы күні</translation>
        </message>
        <message>
            <source>Kurban Ait</source>
            <translation>Құрбан айт</translation>
        </message>
        <message>
            <source>Republic Day</source>
            <translation>Республика күні</translation>
        </message>
        <message>
            <source>Republic Day of Kazakhstan</source>
            <translation>Қазақстан Республикасы күні</translation>
        </message>
        <message>
            <source>Independence Day</source>
            <translation>Тәуелсіздік күні</translation>
        </message>
        <message>
            <source>Day off (moved from {day})</source>
            <translation>Демалыс күні ({day} күнінен ауыстырылған)</translation>
        </message>
        <message>
            <source>{name} (day off moved)</source>
            <translation>{name} (ауыстырылған демалыс күні)</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (болжамды күні)</translation>
        </message>
    </context>
    <context>
        <name>ImportStaffDialog</name>
        <message>
            <source>Import staff — {file}</source>
            <translation>Қызметкерлерді импорттау — {file}</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Тегі, аты, әкесінің аты</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Appointed</source>
            <translation>Тағайындалды</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтижесі</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <source>The file cannot be imported.</source>
            <translation>Файлды импорттау мүмкін емес.</translation>
        </message>
        <message>
            <source>{add} to add, {same} unchanged, {dismiss} dismissals, {bad} with errors.</source>
            <translation>Қосылады: {add}, өзгеріссіз: {same}, босатылады: {dismiss}, қатесі барлар: {bad}.</translation>
        </message>
        <message>
            <source>Correct the rows marked red in the file and open it again: nothing is imported while any row is wrong.</source>
            <translation>Файлдағы қызылмен белгіленген жолдарды түзетіп, оны қайта ашыңыз: бір жол қате болса да, ештеңе импортталмайды.</translation>
        </message>
        <message>
            <source>Importing staff</source>
            <translation>Қызметкерлерді импорттау</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was imported.</source>
            <translation>Импорт тоқтатылды: ештеңе импортталмады.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Not a number: {text}</source>
            <translation>Сан емес: {text}</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>{quantity} → {points} points</source>
            <translation>{quantity} → балл: {points}</translation>
        </message>
        <message>
            <source>Penalty item</source>
            <translation>Айыппұл тармағы</translation>
        </message>
        <message>
            <source>Bonus scale item</source>
            <translation>Көтермелеу шәкілінің тармағы</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Тобы</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <source>Text (Kazakh)</source>
            <translation>Мәтіні (қазақша)</translation>
        </message>
        <message>
            <source>Text (Russian)</source>
            <translation>Мәтіні (орысша)</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Негіз (тармақ)</translation>
        </message>
        <message>
            <source>Executive discipline</source>
            <translation>Орындау тәртібі</translation>
        </message>
        <message>
            <source>Labour discipline</source>
            <translation>Еңбек тәртібі</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Мысал</translation>
        </message>
        <message>
            <source>Quantity in the quarter</source>
            <translation>Тоқсандағы саны</translation>
        </message>
        <message>
            <source>Chosen points per fact (range)</source>
            <translation>Бір фактіге таңдалған балл (аралық)</translation>
        </message>
        <message>
            <source>as co-executor</source>
            <translation>бірлесіп орындаушы ретінде</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>орындау мерзімі кемінде 3 жұмыс күні</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>кешігулер жиынтығы 60 минуттан асты</translation>
        </message>
        <message>
            <source>late by 5–10 days</source>
            <translation>5–10 күнге кешіктірілді</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>ауырлататын қайталау</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
        <message>
            <source>You can switch it later in the Language menu.</source>
            <translation>Кейін оны «Тіл» мәзірінде ауыстыруға болады.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message numerus="yes">
            <source>Wrong password. Try again in %n second(s).</source>
            <translation>
                <numerusform>Құпиясөз қате. %n секундтан кейін қайталаңыз.</numerusform>
                <numerusform>Құпиясөз қате. %n секундтан кейін қайталаңыз.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Құпиясөз қате.</translation>
        </message>
        <message>
            <source>Bagalau is locked</source>
            <translation>Бағалау құлыпталған</translation>
        </message>
        <message>
            <source>The window is locked: evaluation results are confidential. Enter the password to go on.</source>
            <translation>Терезе құлыпталды: бағалау нәтижелері құпия. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Құлыпты ашу</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Bagalau</source>
            <extracomment>Asks the application to close this database and open another (path; empty = choose), then show the notice (empty: none) on the new window.</extracomment>
            <translation>Бағалау туралы</translation>
        </message>
        <message>
            <source>Bagalau — quarterly performance evaluation of corps B civil servants.
Works offline; the data stay in the database file on this computer.</source>
            <translation>Бағалау — «Б» корпусы мемлекеттік қызметшілерінің қызметін тоқсан сайын бағалау.
Интернетсіз жұмыс істейді; деректер осы компьютердегі дерекқор файлында сақталады.</translation>
        </message>
        <message>
            <source>Bagalau — {file}</source>
            <translation>Бағалау — {file}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Дерекқорды &amp;ашу…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>&amp;About Bagalau</source>
            <translation>Бағалау &amp;туралы</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Пернетақта тіркесімдері…</translation>
        </message>
    </context>
    <context>
        <name>MemberPicker</name>
        <message>
            <source>HR officer</source>
            <translation>персоналды басқару қызметінің қызметкері</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>бағалаушы</translation>
        </message>
        <message>
            <source>Members chosen: %1</source>
            <translation>Таңдалған мүшелер: %1</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Төраға</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Хатшы</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Мүше</translation>
        </message>
        <message>
            <source>Name and position</source>
            <translation>Аты-жөні және лауазымы</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Белгілер</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Қатысты</translation>
        </message>
        <message>
            <source>Propose members</source>
            <translation>Құрамды ұсыну</translation>
        </message>
        <message>
            <source>HR officer as secretary, evaluators of other units (Methodology, item 19)</source>
            <translation>Хатшы — персоналды басқару қызметінің қызметкері, мүшелер — басқа бөлімшелердің бағалаушылары (Әдістеменің 19-тармағы)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyPage</name>
        <message>
            <source>score 0–5</source>
            <translation>0–5 балл</translation>
        </message>
        <message>
            <source>points</source>
            <translation>балдар</translation>
        </message>
        <message>
            <source>A finished quarter was evaluated under this version: saving changes creates a new version and leaves this one as it was.</source>
            <translation>Осы нұсқа бойынша аяқталған тоқсан бағаланған: өзгерістерді сақтау жаңа нұсқа жасайды, ал бұл нұсқа өзгеріссіз қалады.</translation>
        </message>
        <message>
            <source>Not a number: {text}</source>
            <translation>Сан емес: {text}</translation>
        </message>
        <message>
            <source>Saved as version {version}: the previous version stays with the finished quarters.</source>
            <translation>{version}-нұсқа ретінде сақталды: алдыңғы нұсқа аяқталған тоқсандарда қалады.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сақталды.</translation>
        </message>
        <message>
            <source>Added: {name}.</source>
            <translation>Қосылды: {name}.</translation>
        </message>
        <message>
            <source>Delete the methodology "{name}", version {version}?</source>
            <translation>«{name}» әдістемесінің {version}-нұсқасын жою керек пе?</translation>
        </message>
        <message>
            <source>Imported: {name}.</source>
            <translation>Импортталды: {name}.</translation>
        </message>
        <message>
            <source>Exported to {file}.</source>
            <translation>{file} файлына экспортталды.</translation>
        </message>
        <message>
            <source>Import a methodology</source>
            <translation>Әдістемені импорттау</translation>
        </message>
        <message>
            <source>Methodology files (*.json)</source>
            <translation>Әдістеме файлдары (*.json)</translation>
        </message>
        <message>
            <source>Export the methodology</source>
            <translation>Әдістемені экспорттау</translation>
        </message>
        <message>
            <source>Bonus scale, version {v}</source>
            <translation>Көтермелеу балдарының шәкілі, {v}-нұсқа</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Әдістеме</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Нұсқа</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Қолданысқа енген күні</translation>
        </message>
        <message>
            <source>Score model</source>
            <translation>Бағалау моделі</translation>
        </message>
        <message>
            <source>Approving act</source>
            <translation>Бекіткен акт</translation>
        </message>
        <message>
            <source>Add from a preset</source>
            <translation>Үлгіден қосу</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорттау…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Print the scale…</source>
            <translation>Шәкілді басып шығару…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Өзгерістерді болдырмау</translation>
        </message>
        <message>
            <source>Start from a preset; edit the bands, deadlines and bonus scale later on the Methodology page to match the office's approved act.</source>
            <translation>Үлгіден бастаңыз; бағалардың балл аралықтарын, мерзімдерді және көтермелеу балдарының шәкілін кейін «Әдістеме» бетінде мекеменің бекітілген актісіне сәйкестендіріңіз.</translation>
        </message>
        <message>
            <source>The office already has a methodology; nothing will be added.</source>
            <translation>Мекемеде әдістеме бар; ештеңе қосылмайды.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Dashboard</source>
            <translation>Басты бет</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Units and positions</source>
            <translation>Бөлімшелер мен лауазымдар</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Мекеме</translation>
        </message>
        <message>
            <source>Quarter evaluation</source>
            <translation>Тоқсандық бағалау</translation>
        </message>
        <message>
            <source>Annual results</source>
            <translation>Қорытынды бағалар</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Әдістеме</translation>
        </message>
        <message>
            <source>Appeals and calibration</source>
            <translation>Өтініштер және калибрлеу</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервтік көшірмелер</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Өзгерістер журналы</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Құжаттарды сақтау</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Notice to a dismissed evaluee (Methodology, item 9)</source>
            <translation>Жұмыстан босатылған қызметкерге хабарлама (Әдістеменің 9-тармағы)</translation>
        </message>
        <message>
            <source>Outgoing number, receipt, phone message number…</source>
            <translation>Шығыс нөмірі, түбіртек, телефонограмма нөмірі…</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Тәсілі:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Күні:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Деректемесі:</translation>
        </message>
        <message>
            <source>registered letter with acknowledgement of delivery</source>
            <translation>табыс етілгені туралы хабарламасы бар тапсырыс хат</translation>
        </message>
        <message>
            <source>telephone message</source>
            <translation>телефонограмма</translation>
        </message>
        <message>
            <source>telegram</source>
            <translation>жеделхат</translation>
        </message>
        <message>
            <source>text message to the mobile number</source>
            <translation>ұялы байланыс нөміріне мәтіндік хабарлама</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>электрондық пошта</translation>
        </message>
        <message>
            <source>other means that record the notice</source>
            <translation>хабарлауды тіркейтін өзге байланыс құралы</translation>
        </message>
    </context>
    <context>
        <name>OpenQuarterDialog</name>
        <message>
            <source>Open a quarter</source>
            <translation>Тоқсанды ашу</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Жыл:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Тоқсан:</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Saved.</source>
            <translation>Сақталды.</translation>
        </message>
        <message>
            <source>Organisation card</source>
            <translation>Мекеме туралы мәліметтер</translation>
        </message>
        <message>
            <source>Name in Kazakh:</source>
            <translation>Қазақша атауы:</translation>
        </message>
        <message>
            <source>Name in Russian:</source>
            <translation>Орысша атауы:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Ауданы:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Облысы:</translation>
        </message>
        <message>
            <source>Head:</source>
            <translation>Басшысы:</translation>
        </message>
        <message>
            <source>Head of the HR service:</source>
            <translation>Персоналды басқару қызметінің басшысы:</translation>
        </message>
        <message>
            <source>Appointing official:</source>
            <translation>Тағайындау құқығы бар лауазымды тұлға:</translation>
        </message>
        <message>
            <source>Appointing official's position:</source>
            <translation>Тағайындау құқығы бар тұлғаның лауазымы:</translation>
        </message>
        <message>
            <source>Appointing official's position in Russian:</source>
            <translation>Тағайындау құқығы бар тұлғаның лауазымы орыс тілінде:</translation>
        </message>
        <message>
            <source>Act on a calibration session:</source>
            <translation>Калибрлеу сессиясы туралы акт:</translation>
        </message>
        <message>
            <source>Place of issue of papers, in Kazakh:</source>
            <translation>Құжаттар шығарылатын жер, қазақ тілінде:</translation>
        </message>
        <message>
            <source>Place of issue of papers, in Russian:</source>
            <translation>Құжаттар шығарылатын жер, орыс тілінде:</translation>
        </message>
        <message>
            <source>order (бұйрық / приказ)</source>
            <translation>бұйрық</translation>
        </message>
        <message>
            <source>instruction (өкім / распоряжение)</source>
            <translation>өкім</translation>
        </message>
        <message>
            <source>decision (шешім / решение)</source>
            <translation>шешім</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Мекеме</translation>
        </message>
        <message>
            <source>The names appear on every document; the officials sign them.</source>
            <translation>Атаулар әр құжатта көрсетіледі; лауазымды адамдар оларға қол қояды.</translation>
        </message>
        <message>
            <source>Name in Kazakh</source>
            <translation>Мемлекеттік тілдегі атауы</translation>
        </message>
        <message>
            <source>Name in Russian</source>
            <translation>Орыс тіліндегі атауы</translation>
        </message>
        <message>
            <source>Kind of body</source>
            <translation>Органның түрі</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <source>Head of the body</source>
            <translation>Органның басшысы</translation>
        </message>
        <message>
            <source>Head of the HR service</source>
            <translation>Персоналды басқару қызметінің басшысы</translation>
        </message>
        <message>
            <source>Appointing official</source>
            <translation>Тағайындау құқығы бар лауазымды адам</translation>
        </message>
        <message>
            <source>Appointing official's position</source>
            <translation>Тағайындау құқығы бар адамның лауазымы</translation>
        </message>
        <message>
            <source>Akim's apparatus</source>
            <translation>Әкім аппараты</translation>
        </message>
        <message>
            <source>Maslikhat apparatus</source>
            <translation>Мәслихат аппараты</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Override the roster decision</source>
            <translation>Тізім бойынша шешімді ауыстыру</translation>
        </message>
        <message>
            <source>Keep the computed decision</source>
            <translation>Есептелген шешімді қалдыру</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>Бағалау</translation>
        </message>
        <message>
            <source>Do not evaluate</source>
            <translation>Бағаламау</translation>
        </message>
        <message>
            <source>Keep the computed evaluator</source>
            <translation>Есептелген бағалаушыны қалдыру</translation>
        </message>
        <message>
            <source>Keep the computed form</source>
            <translation>Есептелген нысанды қалдыру</translation>
        </message>
        <message>
            <source>Form 1</source>
            <translation>1-нысан</translation>
        </message>
        <message>
            <source>Form 2</source>
            <translation>2-нысан</translation>
        </message>
        <message>
            <source>Why the decision differs from the rules (kept in history)</source>
            <translation>Шешім неліктен ережеден өзгеше (тарихта сақталады)</translation>
        </message>
        <message>
            <source>evaluate</source>
            <translation>бағалау</translation>
        </message>
        <message>
            <source>do not evaluate</source>
            <translation>бағаламау</translation>
        </message>
        <message>
            <source>evaluator changed</source>
            <translation>бағалаушы өзгертілді</translation>
        </message>
        <message>
            <source>form {form}</source>
            <translation>{form}-нысан</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Қазір:</translation>
        </message>
        <message>
            <source>Inclusion:</source>
            <translation>Бағалауға қосу:</translation>
        </message>
        <message>
            <source>Evaluator:</source>
            <translation>Бағалаушы:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Нысан:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>Тарихы:</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <source>Evaluation results are confidential (Methodology, item 13): the program asks for this password at every start and after idle minutes.</source>
            <translation>Бағалау нәтижелері құпия (Әдістеменің 13-тармағы): бағдарлама бұл құпиясөзді әр іске қосқанда және әрекетсіз уақыттан кейін сұрайды.</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Құпиясөзді қайталаңыз</translation>
        </message>
        <message>
            <source>Write down this recovery code, seal it in an envelope and give it to the head of the HR service. It is the only way to set a new password if this one is forgotten. Press Next when it is written down.</source>
            <translation>Осы қалпына келтіру кодын жазып алып, конвертке салып мөрлеңіз және персоналды басқару қызметінің басшысына беріңіз. Құпиясөз ұмытылса, жаңасын орнатудың жалғыз жолы — осы код. Жазып алған соң «Келесі» батырмасын басыңыз.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз сәйкес емес.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPromptDialog</name>
        <message numerus="yes">
            <source>Wrong password. Try again in %n second(s).</source>
            <translation>
                <numerusform>Құпиясөз қате. %n секундтан кейін қайталаңыз.</numerusform>
                <numerusform>Құпиясөз қате. %n секундтан кейін қайталаңыз.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Құпиясөз қате.</translation>
        </message>
        <message>
            <source>Bagalau — password</source>
            <translation>Бағалау — құпиясөз</translation>
        </message>
        <message>
            <source>Evaluation results are confidential. Enter the password to open the office.</source>
            <translation>Бағалау нәтижелері құпия ақпарат болып табылады. Деректерді ашу үшін құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <source>This is the demo office: its password is demo.</source>
            <translation>Бұл — демонстрациялық деректер: құпиясөзі demo.</translation>
        </message>
        <message>
            <source>Forgot the password?</source>
            <translation>Құпиясөзді ұмыттыңыз ба?</translation>
        </message>
    </context>
    <context>
        <name>PenaltyTab</name>
        <message>
            <source>Executive discipline (order No. 233, item 21)</source>
            <translation>Орындау тәртібі (№ 233 бұйрықтың 21-тармағы)</translation>
        </message>
        <message>
            <source>Labour discipline (order No. 233, item 22)</source>
            <translation>Еңбек тәртібі (№ 233 бұйрықтың 22-тармағы)</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Бұзушылық</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>Seed paragraph</source>
            <translation>Негіз (тармақ)</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Тармақ қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <source>Other rules of the points methodology</source>
            <translation>Балдық әдістеменің басқа ережелері</translation>
        </message>
        <message>
            <source>Deduction for a disciplinary sanction (order No. 233, item 21)</source>
            <translation>Тәртіптік жаза үшін шегерім (№ 233 бұйрықтың 21-тармағы)</translation>
        </message>
        <message>
            <source>Efficiency coefficient (order No. 233, item 18)</source>
            <translation>Тиімділік коэффициенті (№ 233 бұйрықтың 18-тармағы)</translation>
        </message>
        <message>
            <source>Lowest personal bonus</source>
            <translation>Ең төменгі жеке көтермелеу балы</translation>
        </message>
        <message>
            <source>Unit head's personal points (order No. 233, item 26)</source>
            <translation>Бөлімше басшысының жеке балдары (№ 233 бұйрықтың 26-тармағы)</translation>
        </message>
        <message>
            <source>Highest personal bonus</source>
            <translation>Ең жоғары жеке көтермелеу балы</translation>
        </message>
        <message>
            <source>Personal penalty</source>
            <translation>Жеке айыппұл балы</translation>
        </message>
        <message>
            <source>Personal bonus cap per quarter</source>
            <translation>Тоқсандағы жеке көтермелеу балдарының шегі</translation>
        </message>
        <message>
            <source>No personal bonus from this many breaches</source>
            <translation>Осынша бұзушылықтан бастап жеке көтермелеу балы қойылмайды</translation>
        </message>
        <message>
            <source>Percent of the total per month</source>
            <translation>Әр ай үшін жалпы балдың пайызы</translation>
        </message>
        <message>
            <source>used</source>
            <translation>қолданылады</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Коэффициент</translation>
        </message>
        <message>
            <source>From bonus points</source>
            <translation>Көтермелеу балынан бастап</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Саты қосу</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Сатыны алып тастау</translation>
        </message>
    </context>
    <context>
        <name>PlainCopies</name>
        <message>
            <source>The office file is now sealed. These copies of it in the backup folder are not: anyone who copies them can read them.</source>
            <translation>Деректер файлы енді шифрланған. Резервтік көшірмелер қалтасындағы мына көшірмелер шифрланбаған: оларды көшіріп алған кез келген адам оқи алады.</translation>
        </message>
        <message>
            <source>Seal them now? They will open with the office's password or recovery code.</source>
            <translation>Оларды қазір шифрлау керек пе? Олар деректер файлының құпиясөзімен немесе қалпына келтіру кодымен ашылады.</translation>
        </message>
        <message>
            <source>Copies made earlier on other drives (for example a USB drive) are not sealed either: delete them, or open each one in Bagalau to seal it.</source>
            <translation>Бұрын басқа дискілерге (мысалы, USB-жинақтауышқа) жасалған көшірмелер де шифрланбаған: оларды жойыңыз немесе әрқайсысын шифрлау үшін Бағалауда ашыңыз.</translation>
        </message>
        <message>
            <source>Unsealed copies</source>
            <translation>Шифрланбаған көшірмелер</translation>
        </message>
    </context>
    <context>
        <name>Plural</name>
        <message>
            <source>{n} member(s)</source>
            <translation>{n} мүше</translation>
        </message>
        <message>
            <source>{n} working day(s)</source>
            <translation>{n} жұмыс күні</translation>
        </message>
        <message>
            <source>{n} sheet(s)</source>
            <translation>{n} парақ</translation>
        </message>
        <message>
            <source>{n} matter(s)</source>
            <translation>{n} мәселе</translation>
        </message>
    </context>
    <context>
        <name>PositionCombo</name>
        <message>
            <source>vacant</source>
            <translation>бос</translation>
        </message>
    </context>
    <context>
        <name>PositionDialog</name>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Leadership position (Methodology, item 2.1)</source>
            <translation>Басшы лауазым (Әдістеменің 2.1-тармағы)</translation>
        </message>
        <message>
            <source>Heads the unit</source>
            <translation>Бөлімшені басқарады</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(жоқ)</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Бөлімше:</translation>
        </message>
        <message>
            <source>Title in Kazakh:</source>
            <translation>Қазақша атауы:</translation>
        </message>
        <message>
            <source>Title in Russian:</source>
            <translation>Орысша атауы:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Санаты:</translation>
        </message>
        <message>
            <source>Supervising position:</source>
            <translation>Жоғары тұрған лауазым:</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>{page}-бет, барлығы {total}</translation>
        </message>
        <message>
            <source>Preparing the pages</source>
            <translation>Беттер дайындалуда</translation>
        </message>
        <message>
            <source>The printer did not accept the document: {error}</source>
            <translation>Принтер құжатты қабылдамады: {error}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>{n} page(s). Print it, save it, or open it in the PDF viewer.</source>
            <translation>Беттер саны: {n}. Құжатты басып шығаруға, сақтауға немесе PDF қарау бағдарламасында ашуға болады.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF ретінде сақтау…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>PDF қарау бағдарламасында ашу</translation>
        </message>
        <message>
            <source>Save as DOCX (editable)…</source>
            <translation>DOCX ретінде сақтау (өңдеуге болады)…</translation>
        </message>
        <message>
            <source>A temporary copy is opened; it is deleted when the program closes.</source>
            <translation>Уақытша көшірмесі ашылады; бағдарлама жабылғанда ол жойылады.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word құжаттары (*.docx)</translation>
        </message>
        <message>
            <source>The temporary copy could not be written: {error}</source>
            <translation>Уақытша көшірмені жазу мүмкін болмады: {error}</translation>
        </message>
        <message>
            <source>No program to view PDF files is set up on this computer: save the PDF and open it from its folder.</source>
            <translation>Бұл компьютерде PDF файлдарын қарайтын бағдарлама орнатылмаған: PDF ретінде сақтап, оны қалтасынан ашыңыз.</translation>
        </message>
        <message>
            <source>Opened in the PDF viewer (a temporary copy).</source>
            <translation>PDF қарау бағдарламасында ашылды (уақытша көшірме).</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>Сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
    </context>
    <context>
        <name>QuarterClosing</name>
        <message>
            <source>Reopen the closed quarter</source>
            <translation>Жабылған тоқсанды қайта ашу</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Ештеңе таңдалмаған</translation>
        </message>
        <message>
            <source>Select the rows of the sheets first.</source>
            <translation>Алдымен парақтардың жолдарын таңдаңыз.</translation>
        </message>
        <message>
            <source>Sheets moved: {moved} of {total}.</source>
            <translation>Өзгерген парақтар: {total} ішінен {moved}.</translation>
        </message>
        <message>
            <source>Reopen the quarter…</source>
            <translation>Тоқсанды қайта ашу…</translation>
        </message>
        <message>
            <source>The quarter is closed and read-only; reopening needs a written reason, kept in the audit log</source>
            <translation>Тоқсан жабылған, тек оқуға болады; қайта ашу үшін жазбаша себеп керек, ол аудит журналында сақталады</translation>
        </message>
        <message>
            <source>Close the quarter</source>
            <translation>Тоқсанды жабу</translation>
        </message>
        <message>
            <source>When every result is final and no appeal is pending: the quarter becomes read-only</source>
            <translation>Барлық нәтиже түпкілікті болып, шешілмеген өтініш қалмағанда: тоқсан тек оқуға арналады</translation>
        </message>
    </context>
    <context>
        <name>QuarterPage</name>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{year} ж. {quarter}-тоқсан</translation>
        </message>
        <message>
            <source>Choose a line to see the whole decision; double-click to override it.</source>
            <translation>Шешімді толық көру үшін жолды таңдаңыз; өзгерту үшін екі рет басыңыз.</translation>
        </message>
        <message>
            <source>Override of {when}: {reason}</source>
            <translation>{when} күнгі ауыстыру: {reason}</translation>
        </message>
        <message>
            <source>Rule (F1):</source>
            <translation>Ереже (F1):</translation>
        </message>
        <message>
            <source>Write the evaluator outside corps "B" on the organisation card…</source>
            <translation>«Б» корпусынан тыс бағалаушыны «Мекеме туралы мәліметтер» бетінде жазу…</translation>
        </message>
        <message>
            <source>No quarter is open yet.</source>
            <translation>Әзірге бірде-бір тоқсан ашылмаған.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ашық</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>жабылған</translation>
        </message>
        <message>
            <source>Status: {status}. Due {due} (Methodology, item 4). Signed {signed} of {total}.</source>
            <translation>Күйі: {status}. Мерзімі {due} (Әдістеменің 4-тармағы). Қол қойылғаны: {signed} / {total}.</translation>
        </message>
        <message>
            <source>{total} employees held a position in the quarter: {inc} evaluated, {exc} not evaluated.</source>
            <translation>Тоқсанда лауазым атқарған қызметкерлер: {total}, бағаланады: {inc}, бағаланбайды: {exc}.</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Тоқсан:</translation>
        </message>
        <message>
            <source>Open a quarter…</source>
            <translation>Тоқсанды ашу…</translation>
        </message>
        <message>
            <source>Rebuild the roster</source>
            <translation>Тізімді қайта құру</translation>
        </message>
        <message>
            <source>Read the staff facts again: appointments, absences, dismissals</source>
            <translation>Персонал деректерін қайта оқу: тағайындаулар, болмаған күндер, босатулар</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Шешімді ауыстыру…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Басып шығару</translation>
        </message>
        <message>
            <source>Evaluation sheets of the quarter…</source>
            <translation>Тоқсанның бағалау парақтары…</translation>
        </message>
        <message>
            <source>Quarter summary…</source>
            <translation>Тоқсанның жиынтық тізімдемесі…</translation>
        </message>
        <message>
            <source>Notices to the dismissed evaluees…</source>
            <translation>Жұмыстан босатылғандарға хабарламалар…</translation>
        </message>
        <message>
            <source>Quarter summary as Excel…</source>
            <translation>Жиынтық тізімдеме Excel-де…</translation>
        </message>
        <message>
            <source>Filter: name, unit, reason…</source>
            <translation>Сүзгі: аты-жөні, бөлімше, себеп…</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Бағаланатындар тізімі</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Бағаларды енгізу</translation>
        </message>
        <message>
            <source>Type a score 0–5 (a comma works too); Enter goes down, Tab goes right, Delete clears a draft cell. A signed sheet asks for the reason of a change. Ctrl+B bonus, Ctrl+Shift+B penalty, Ctrl+Shift+S signed, Ctrl+Shift+R received, F1 the rule.</source>
            <translation>Бағаны 0–5 теріңіз (үтір де болады); Enter — төмен, Tab — оңға, Delete жобадағы ұяшықты тазартады. Қол қойылған парақты өзгерткенде себебі сұралады. Ctrl+B — көтермелеу, Ctrl+Shift+B — айыппұл, Ctrl+Shift+S — қол қойылды, Ctrl+Shift+R — танысты, F1 — ереже.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsDialog</name>
        <message>
            <source>The quarter stays open</source>
            <translation>Тоқсан ашық қалады</translation>
        </message>
        <message>
            <source>No sheet moved:</source>
            <translation>Бірде-бір парақ өзгерген жоқ:</translation>
        </message>
        <message>
            <source>Sheets moved: {moved}. Not moved: {refused}, for these reasons:</source>
            <translation>Өзгерген парақтар: {moved}. Өзгермегендері: {refused}, себептері:</translation>
        </message>
        <message>
            <source>Some sheets did not move</source>
            <translation>Кейбір парақтар өзгермеді</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Recovery code</source>
            <translation>Қалпына келтіру коды</translation>
        </message>
        <message>
            <source>Write this recovery code on paper now and give it, in a sealed envelope, to the head of HR. It is shown only once. With it a forgotten password can be replaced.</source>
            <translation>Осы қалпына келтіру кодын қазір қағазға жазып, мөрленген конвертте персоналды басқару қызметінің басшысына беріңіз. Ол тек бір рет көрсетіледі. Оның көмегімен ұмытылған құпиясөзді ауыстыруға болады.</translation>
        </message>
        <message>
            <source>If both the password and this code are lost, the data are gone for good: the office file is encrypted, and nobody — not the IT service, not the authors of Bagalau — can open it.</source>
            <translation>Құпиясөз де, осы код та жоғалса, деректер біржола жоғалады: деректер файлы шифрланған, оны ешкім — IT қызметі де, Бағалау авторлары да — аша алмайды.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Print the recovery code sheet…</source>
            <translation>Қалпына келтіру коды парағын басып шығару…</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Why is the closed quarter reopened? The reason is kept in the audit log.</source>
            <translation>Жабылған тоқсан неге қайта ашылады? Себебі аудит журналында сақталады.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Recovery code:</source>
            <translation>Қалпына келтіру коды:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Жаңа құпиясөз:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Қайталаңыз:</translation>
        </message>
        <message>
            <source>Forgotten password</source>
            <translation>Ұмытылған құпиясөз</translation>
        </message>
        <message>
            <source>Open the sealed envelope with the recovery code and type the code. A new code will be shown: seal it again.</source>
            <translation>Қалпына келтіру коды бар мөрленген конвертті ашып, кодты енгізіңіз. Жаңа код көрсетіледі: оны қайта мөрлеңіз.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>Енгізілген екі жаңа құпиясөз сәйкес келмейді.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>may leave</source>
            <translation>шығаруға болады</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>сақталады</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>мұрағатқа берілді</translation>
        </message>
        <message>
            <source>destroyed</source>
            <translation>жойылды</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Құжаттарды сақтау</translation>
        </message>
        <message>
            <source>Tick the quarters to move out first.</source>
            <translation>Алдымен тоқсандарды белгілеңіз.</translation>
        </message>
        <message>
            <source>Destroy the evaluation documents of the ticked quarters? They are removed from the office file; only the act remains.</source>
            <translation>Белгіленген тоқсандардың бағалау құжаттарын жою керек пе? Олар жұмыс файлынан жойылады; тек акт қалады.</translation>
        </message>
        <message>
            <source>Archive file</source>
            <translation>Мұрағат файлы</translation>
        </message>
        <message>
            <source>Bagalau archive (*.sqlite)</source>
            <translation>Бағалау мұрағаты (*.sqlite)</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Save the act</source>
            <translation>Актіні сақтау</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF құжаттары (*.pdf)</translation>
        </message>
        <message>
            <source>Act No. {n} saved to {file}.</source>
            <translation>№ {n} акт {file} файлына сақталды.</translation>
        </message>
        <message>
            <source>Evaluation documents are kept three years from the day the evaluation was completed (Methodology, item 12). Quarters past that term may be moved to an archive file or destroyed; an act is printed in the same action.</source>
            <translation>Бағалау құжаттары бағалау аяқталған күннен бастап үш жыл сақталады (Әдістеменің 12-тармағы). Осы мерзімі өткен тоқсандарды мұрағат файлына көшіруге немесе жоюға болады; сол әрекетте акт басып шығарылады.</translation>
        </message>
        <message>
            <source>Year — quarter</source>
            <translation>Жыл — тоқсан</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Бағалау аяқталды</translation>
        </message>
        <message>
            <source>Keep until</source>
            <translation>Сақтау мерзімі</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Бағалау парақтары</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Act No.</source>
            <translation>Акт №</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Тоқсандар</translation>
        </message>
        <message>
            <source>Acts</source>
            <translation>Актілер</translation>
        </message>
        <message>
            <source>Encrypt the archive with its own password (otherwise it opens with the office's password or recovery code)</source>
            <translation>Мұрағатты жеке құпиясөзбен шифрлау (онсыз ол деректер файлының құпиясөзімен немесе қалпына келтіру кодымен ашылады)</translation>
        </message>
        <message>
            <source>Move to an archive file…</source>
            <translation>Мұрағат файлына көшіру…</translation>
        </message>
        <message>
            <source>Destroy…</source>
            <translation>Жою…</translation>
        </message>
    </context>
    <context>
        <name>RosterTableModel</name>
        <message>
            <source>evaluated</source>
            <translation>бағаланады</translation>
        </message>
        <message>
            <source>without participation</source>
            <translation>қатысуынсыз</translation>
        </message>
        <message>
            <source>not evaluated</source>
            <translation>бағаланбайды</translation>
        </message>
        <message>
            <source>Override: {reason}</source>
            <translation>Шешім ауыстырылды: {reason}</translation>
        </message>
        <message>
            <source>seconded in</source>
            <translation>іссапармен жіберілген</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>табылмады</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Бағалаушы</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <source>Worked days</source>
            <translation>Жұмыс күндері</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>N or more facts in the quarter</source>
            <translation>тоқсанда N және одан көп факт</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>орындау мерзімі кемінде 3 жұмыс күні</translation>
        </message>
        <message>
            <source>deadline missed by 5 to 10 days</source>
            <translation>мерзім 5-тен 10 күнге дейін бұзылды</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>ауырлататын қайталау</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>кешігулер жиынтығы 60 минуттан асты</translation>
        </message>
        <message>
            <source>Fixed points per fact</source>
            <translation>Бір фактіге тұрақты балл</translation>
        </message>
        <message>
            <source>Range chosen by the evaluator</source>
            <translation>Бағалаушы таңдайтын аралық</translation>
        </message>
        <message>
            <source>Points by count (tiers)</source>
            <translation>Саны бойынша балл (сатылар)</translation>
        </message>
        <message>
            <source>No share</source>
            <translation>Үлесі жоқ</translation>
        </message>
        <message>
            <source>Half the points</source>
            <translation>Балдың жартысы</translation>
        </message>
        <message>
            <source>Points per fact</source>
            <translation>Бір фактіге балл</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>To (blank: and more)</source>
            <translation>Дейін (бос: және одан көп)</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Көбейткіш</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Көбейткіш</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Шарты</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Саты қосу</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>Сатыны алып тастау</translation>
        </message>
        <message>
            <source>Add multiplier</source>
            <translation>Көбейткіш қосу</translation>
        </message>
        <message>
            <source>Remove multiplier</source>
            <translation>Көбейткішті алып тастау</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Көбейткіштер</translation>
        </message>
        <message>
            <source>Points only from N facts</source>
            <translation>Балл тек N фактіден бастап</translation>
        </message>
        <message>
            <source>Cap per quarter</source>
            <translation>Тоқсандағы шегі</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Шекті балл</translation>
        </message>
        <message>
            <source>Co-executor</source>
            <translation>Бірлесіп орындаушы</translation>
        </message>
        <message>
            <source>Cap shared with items marked</source>
            <translation>Ортақ шегі бар тармақтар белгісі</translation>
        </message>
        <message>
            <source>blank: the cap is the item's own</source>
            <translation>бос: шек тек осы тармаққа</translation>
        </message>
    </context>
    <context>
        <name>RuleHelp</name>
        <message>
            <source>Interface language code (kk or ru)</source>
            <translation>kk</translation>
        </message>
        <message>
            <source>the Kazakh language</source>
            <translation>қазақ тілі</translation>
        </message>
        <message>
            <source>the Russian language</source>
            <translation>орыс тілі</translation>
        </message>
        <message>
            <source>Act:</source>
            <translation>Акт:</translation>
        </message>
        <message>
            <source>Paragraph:</source>
            <translation>Тармақ:</translation>
        </message>
        <message>
            <source>This act is not among the source texts of the program; check its current wording before relying on it.</source>
            <translation>Бұл акт бағдарламаның бастапқы мәтіндерінің қатарында жоқ; оған сүйенбес бұрын қолданыстағы редакциясын тексеріңіз.</translation>
        </message>
        <message>
            <source>Text of the paragraph (in {language}, the language of the act):</source>
            <translation>Тармақтың мәтіні (актінің тілінде — {language}):</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Құқықтық негіз</translation>
        </message>
        <message>
            <source>See also</source>
            <translation>Сондай-ақ қараңыз</translation>
        </message>
    </context>
    <context>
        <name>RuleHelpDialog</name>
        <message>
            <source>Rules and legal basis</source>
            <translation>Ережелер және құқықтық негіз</translation>
        </message>
        <message>
            <source>Search: a word, a paragraph (§19), an id…</source>
            <translation>Іздеу: сөз, тармақ (§19), идентификатор…</translation>
        </message>
        <message>
            <source>No rule matches the search.</source>
            <translation>Іздеуге сәйкес ереже жоқ.</translation>
        </message>
    </context>
    <context>
        <name>RuleLinks</name>
        <message>
            <source>Rules:</source>
            <translation>Ережелер:</translation>
        </message>
    </context>
    <context>
        <name>SecurityMenu</name>
        <message>
            <source>Lock</source>
            <translation>Құлыптау</translation>
        </message>
        <message>
            <source>Set a password first: without one the lock cannot be undone safely.</source>
            <translation>Алдымен құпиясөз орнатыңыз: онсыз құлыпты қауіпсіз ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Lock after a pause</source>
            <translation>Үзілістен кейін құлыптау</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without use (0 = never):</source>
            <translation>Терезені осынша минут қолданылмағаннан кейін құлыптау (0 — ешқашан):</translation>
        </message>
        <message>
            <source>&amp;Lock the window</source>
            <translation>Терезені &amp;құлыптау</translation>
        </message>
        <message>
            <source>Set or change the &amp;password…</source>
            <translation>&amp;Құпиясөзді орнату немесе өзгерту…</translation>
        </message>
        <message>
            <source>Lock after a pause…</source>
            <translation>Үзілістен кейін құлыптау…</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>The deadline of the appeal has passed:</source>
            <translation>Өтініш мерзімі өтіп кеткен:</translation>
        </message>
        <message>
            <source>The appeal must still be heard. Create the session?</source>
            <translation>Өтініш бәрібір қаралуы тиіс. Сессияны құру керек пе?</translation>
        </message>
        <message>
            <source>Deadline missed</source>
            <translation>Мерзім өтіп кетті</translation>
        </message>
        <message>
            <source>New calibration session</source>
            <translation>Жаңа калибрлеу сессиясы</translation>
        </message>
        <message>
            <source>Decision to hold a session and its members (Methodology, item 19): an odd number, at least 3, with an HR officer; never the appellant or the disputed evaluator.</source>
            <translation>Сессия өткізу және оның құрамы туралы шешім (Әдістеменің 19-тармағы): мүшелер саны тақ, кемінде 3, құрамда персоналды басқару қызметінің қызметкері бар; өтініш беруші мен дау туған бағаны қойған тұлға кірмейді.</translation>
        </message>
        <message>
            <source>Calibration session No. %1</source>
            <translation>№ %1 калибрлеу сессиясы</translation>
        </message>
        <message>
            <source>Closed: the adopted scores replaced the original ones.</source>
            <translation>Жабылды: қабылданған бағалар бастапқы бағалардың орнына қойылды.</translation>
        </message>
        <message>
            <source>Open: record the arguments, motions and votes of each case, then close it.</source>
            <translation>Ашық: әр істің дәлелдерін, ұсыныстарын және дауыстарын енгізіп, сессияны жабыңыз.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Сессия күні</translation>
        </message>
        <message>
            <source>Place, in Kazakh</source>
            <translation>Өткізілетін орны, қазақ тілінде</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Шешім күні</translation>
        </message>
        <message>
            <source>Place, in Russian</source>
            <translation>Өткізілетін орны, орыс тілінде</translation>
        </message>
        <message>
            <source>Session and members</source>
            <translation>Сессия және құрамы</translation>
        </message>
        <message>
            <source>Protocol signed on</source>
            <translation>Хаттамаға қол қойылған күн</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Сессияны жабу</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>The two new passwords differ.</source>
            <extracomment>an existing plain office that never had a password: it is sealed with the one set here</extracomment>
            <translation>Енгізілген екі жаңа құпиясөз сәйкес келмейді.</translation>
        </message>
        <message>
            <source>Change the password</source>
            <translation>Құпиясөзді өзгерту</translation>
        </message>
        <message>
            <source>Set a password</source>
            <translation>Құпиясөз орнату</translation>
        </message>
        <message>
            <source>Evaluation results are confidential: the program asks this password on start and after a pause. At least 8 characters.</source>
            <translation>Бағалау нәтижелері құпия: бағдарлама бұл құпиясөзді іске қосқанда және үзілістен кейін сұрайды. Кемінде 8 таңба.</translation>
        </message>
        <message>
            <source>This office file is not sealed yet: anyone who copies it can read it. Choose a password; the file will be encrypted with it after a copy is made.</source>
            <translation>Бұл деректер файлы әлі шифрланбаған: оны көшіріп алған кез келген адам оқи алады. Құпиясөз таңдаңыз; көшірме жасалғаннан кейін файл сол құпиясөзбен шифрланады.</translation>
        </message>
        <message>
            <source>The office file is encrypted with this password: without it or the recovery code nobody can read it.</source>
            <translation>Деректер файлы осы құпиясөзбен шифрланады: онсыз немесе қалпына келтіру кодынсыз оны ешкім оқи алмайды.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Ағымдағы құпиясөз:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Жаңа құпиясөз:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Қайталаңыз:</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Setting up the office</source>
            <translation>Мекемені баптау</translation>
        </message>
    </context>
    <context>
        <name>SheetBox</name>
        <message>
            <source>Form {n} (Appendix {n} to the Typical methodology)</source>
            <translation>{n}-нысан (Үлгілік әдістемеге {n}-қосымша)</translation>
        </message>
        <message>
            <source>Title (Kazakh)</source>
            <translation>Тақырыбы (қазақша)</translation>
        </message>
        <message>
            <source>Title (Russian)</source>
            <translation>Тақырыбы (орысша)</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Бағалау тәсілі</translation>
        </message>
        <message>
            <source>Criteria combine by</source>
            <translation>Өлшемшарттарды біріктіру тәсілі</translation>
        </message>
        <message>
            <source>Criteria, each 0–5</source>
            <translation>Өлшемшарттар, әрқайсысы 0–5</translation>
        </message>
        <message>
            <source>Comment fields</source>
            <translation>Түсініктеме өрістері</translation>
        </message>
        <message>
            <source>One overall score 0–5</source>
            <translation>Бір жалпы балл 0–5</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Орташа мән</translation>
        </message>
        <message>
            <source>Weighted mean</source>
            <translation>Салмақталған орташа мән</translation>
        </message>
        <message>
            <source>Lowest criterion</source>
            <translation>Ең төменгі өлшемшарт</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Салмағы</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
    </context>
    <context>
        <name>SheetExtrasPanel</name>
        <message>
            <source>The evaluator has {n} evaluees: over 20, servants the evaluator designates also evaluate (paragraph 17 of the Methodology). The evaluator's score stays the sheet's score.</source>
            <translation>Бағалаушыда бағаланушылар саны: {n}. 20-дан асқанда бағалаушы белгілеген қызметшілер де бағалайды (Әдістеменің 17-тармағы). Парақтың бағасы — бағалаушының бағасы.</translation>
        </message>
        <message>
            <source>The evaluator has {n} evaluees: designees take part only when there are more than 20 (paragraph 17 of the Methodology).</source>
            <translation>Бағалаушыда бағаланушылар саны: {n}. Белгіленген қызметшілер бағаланушылар 20-дан асқанда ғана қатысады (Әдістеменің 17-тармағы).</translation>
        </message>
        <message>
            <source>Proposed score</source>
            <translation>Ұсынған балы</translation>
        </message>
        <message>
            <source>The designee's score (0 to 5):</source>
            <translation>Белгіленген қызметшінің балы (0 … 5):</translation>
        </message>
        <message>
            <source>Disciplinary sanction in the quarter</source>
            <translation>Тоқсандағы тәртіптік жаза</translation>
        </message>
        <message>
            <source>Months:</source>
            <translation>Айлар саны:</translation>
        </message>
        <message>
            <source>Order №</source>
            <translation>Бұйрық №</translation>
        </message>
        <message>
            <source>of</source>
            <translation>күні:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Personal points of the unit head</source>
            <translation>Бөлімше басшысының жеке балдары</translation>
        </message>
        <message>
            <source>+1…+5 or −2</source>
            <translation>+1…+5 не −2</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Балл:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>Негіздеме:</translation>
        </message>
        <message>
            <source>concrete grounds: workload, complexity, business qualities</source>
            <translation>нақты негіздер: жұмыс жүктемесі, күрделілігі, іскерлік қасиеттері</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Grounds</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Есепке алынды</translation>
        </message>
        <message>
            <source>Designated co-evaluators</source>
            <translation>Бағалаушы белгілеген қызметшілер</translation>
        </message>
        <message>
            <source>Designate…</source>
            <translation>Белгілеу…</translation>
        </message>
        <message>
            <source>Proposed score…</source>
            <translation>Ұсынған балы…</translation>
        </message>
        <message>
            <source>Servant</source>
            <translation>Қызметші</translation>
        </message>
        <message>
            <source>Designated on</source>
            <translation>Белгіленген күні</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Барлық жерде</translation>
        </message>
        <message>
            <source>Any page</source>
            <translation>Кез келген бет</translation>
        </message>
        <message>
            <source>Quarter: entry grid</source>
            <translation>Тоқсан: бағаларды енгізу кестесі</translation>
        </message>
        <message>
            <source>Quarter: roster</source>
            <translation>Тоқсан: бағаланатындар тізімі</translation>
        </message>
        <message>
            <source>Go to a page (shown next to its name)</source>
            <translation>Бетке өту (пернелер бет атауының жанында көрсетілген)</translation>
        </message>
        <message>
            <source>Rule and legal basis of the focused line or field</source>
            <translation>Таңдалған жолдың немесе өрістің ережесі мен құқықтық негізі</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Басқа дерекқорды ашу</translation>
        </message>
        <message>
            <source>Lock the program</source>
            <translation>Бағдарламаны бұғаттау</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <source>Add (employee, unit, appeal, item, quarter…)</source>
            <translation>Қосу (қызметші, бөлімше, өтініш, тармақ, тоқсан…)</translation>
        </message>
        <message>
            <source>Open or edit the selected line</source>
            <translation>Таңдалған жолды ашу немесе өзгерту</translation>
        </message>
        <message>
            <source>Delete the selected line</source>
            <translation>Таңдалған жолды жою</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Search or filter</source>
            <translation>Іздеу немесе сүзгі</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Басып шығару</translation>
        </message>
        <message>
            <source>Export (Excel or file)</source>
            <translation>Экспорттау (Excel немесе файл)</translation>
        </message>
        <message>
            <source>Refresh from the database</source>
            <translation>Дерекқордан жаңарту</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Келесі қойынды</translation>
        </message>
        <message>
            <source>Type a score; Enter saves it and goes down</source>
            <translation>Бағаны теру; Enter оны сақтап, төмен өтеді</translation>
        </message>
        <message>
            <source>Move between cells</source>
            <translation>Ұяшықтар арасында жылжу</translation>
        </message>
        <message>
            <source>Clear a draft cell</source>
            <translation>Жобадағы ұяшықты тазарту</translation>
        </message>
        <message>
            <source>Add a bonus entry to the current evaluee</source>
            <translation>Ағымдағы бағаланушыға көтермелеу балын қосу</translation>
        </message>
        <message>
            <source>Add a penalty entry to the current evaluee</source>
            <translation>Ағымдағы бағаланушыға айыппұл балын қосу</translation>
        </message>
        <message>
            <source>Signed by the evaluator</source>
            <translation>Бағалаушы қол қойды</translation>
        </message>
        <message>
            <source>Result received by the evaluee</source>
            <translation>Бағаланушы нәтижемен танысты</translation>
        </message>
        <message>
            <source>Make the result final</source>
            <translation>Нәтижені түпкілікті ету</translation>
        </message>
        <message>
            <source>Notice to a dismissed evaluee</source>
            <translation>Жұмыстан босатылған бағаланушыға хабарлама</translation>
        </message>
        <message>
            <source>Go to the comments, the entries, back to the grid</source>
            <translation>Ескертпелерге, балдар тізіміне, қайтадан кестеге өту</translation>
        </message>
        <message>
            <source>Save the evaluator's comments</source>
            <translation>Бағалаушының ескертпелерін сақтау</translation>
        </message>
        <message>
            <source>Override the selected decision</source>
            <translation>Таңдалған шешімді ауыстыру</translation>
        </message>
        <message>
            <source>Rebuild the roster</source>
            <translation>Тізімді қайта құру</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пернетақта тіркесімдері</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Қай жерде</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Пернелер</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
    </context>
    <context>
        <name>StaffChoices</name>
        <message>
            <source>appointed</source>
            <translation>тағайындалған</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>міндетін атқарушы</translation>
        </message>
        <message>
            <source>seconded in</source>
            <translation>іссапармен жіберілген</translation>
        </message>
        <message>
            <source>leave</source>
            <translation>демалыс</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>еңбекке уақытша жарамсыздық</translation>
        </message>
        <message>
            <source>training</source>
            <translation>оқу</translation>
        </message>
        <message>
            <source>other</source>
            <translation>басқа</translation>
        </message>
        <message>
            <source>akimat apparatus</source>
            <translation>әкім аппараты</translation>
        </message>
        <message>
            <source>maslikhat apparatus</source>
            <translation>мәслихат аппараты</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>{total} ішінен {shown}</translation>
        </message>
        <message>
            <source>Delete employee</source>
            <translation>Қызметкерді жою</translation>
        </message>
        <message>
            <source>Delete {name}? Only a record entered by mistake can be deleted.</source>
            <translation>{name} жойылсын ба? Тек қате енгізілген жазбаны ғана жоюға болады.</translation>
        </message>
        <message>
            <source>Import staff</source>
            <translation>Қызметкерлерді импорттау</translation>
        </message>
        <message>
            <source>Staff lists (*.xlsx *.csv)</source>
            <translation>Қызметкерлер тізімі (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Export staff</source>
            <translation>Қызметкерлерді экспорттау</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <source>Search by name or ИИН (Ctrl+F)</source>
            <translation>Аты-жөні немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
        </message>
        <message>
            <source>Current staff</source>
            <translation>Қазіргі қызметкерлер</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Босатылғандар</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <source>Add employee…</source>
            <translation>Қызметкер қосу…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Тарихы…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорттау…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel-ге экспорттау…</translation>
        </message>
        <message>
            <source>Staff list</source>
            <translation>Қызметкерлер тізімі</translation>
        </message>
        <message>
            <source>Excel or CSV (*.xlsx *.csv)</source>
            <translation>Excel немесе CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Employees in the office: {n}</source>
            <translation>Мекемедегі қызметкерлер: {n}</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Import the staff list from Excel or CSV, or add people later on the Staff page.</source>
            <translation>Қызметкерлер тізімін Excel немесе CSV файлынан импорттаңыз немесе кейін «Қызметкерлер» бетінде қосыңыз.</translation>
        </message>
        <message>
            <source>Columns: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения (ДД.ММ.ГГГГ); optional: Дата увольнения, Телефон, E-mail. Kazakh headings are accepted too.</source>
            <translation>Бағандар: ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения (ДД.ММ.ГГГГ); міндетті емес: Дата увольнения, Телефон, E-mail. Қазақша тақырыптар да қабылданады (ЖСН, Тегі, Аты…).</translation>
        </message>
        <message>
            <source>Import a staff list…</source>
            <translation>Қызметкерлер тізімін импорттау…</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>seconded in</source>
            <translation>іссапармен жіберілген</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>міндетін атқарушы</translation>
        </message>
        <message>
            <source>working</source>
            <translation>жұмыс істейді</translation>
        </message>
        <message>
            <source>dismissed {date}</source>
            <translation>{date} босатылған</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Тегі, аты, әкесінің аты</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>In position since</source>
            <translation>Тағайындалған күні</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
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
            <translation>{year} жыл</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>{year} жылғы {quarter}-тоқсан</translation>
        </message>
        <message>
            <source>The quarter is not opened.</source>
            <translation>Тоқсан ашылмаған.</translation>
        </message>
        <message>
            <source>{n} results in {units} units, by grade:</source>
            <translation>{units} бөлімшеде {n} нәтиже, бағалар бойынша:</translation>
        </message>
        <message>
            <source>{n} results in {units} units.</source>
            <translation>{units} бөлімшеде {n} нәтиже.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Жыл:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Кезең:</translation>
        </message>
        <message>
            <source>Quarter 1</source>
            <translation>1-тоқсан</translation>
        </message>
        <message>
            <source>Quarter 2</source>
            <translation>2-тоқсан</translation>
        </message>
        <message>
            <source>Quarter 3</source>
            <translation>3-тоқсан</translation>
        </message>
        <message>
            <source>Quarter 4</source>
            <translation>4-тоқсан</translation>
        </message>
        <message>
            <source>Whole year (annual result)</source>
            <translation>Бүкіл жыл (қорытынды баға)</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>Тізімдемені басып шығару…</translation>
        </message>
        <message>
            <source>The summary of the quarter, or the annual summary, as PDF</source>
            <translation>Тоқсанның жиынтық тізімдемесі немесе жылдық тізімдеме, PDF</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel-ге экспорттау…</translation>
        </message>
    </context>
    <context>
        <name>StructurePage</name>
        <message>
            <source>head of unit</source>
            <translation>бөлімше басшысы</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>басшы</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>бос</translation>
        </message>
        <message>
            <source>Delete unit</source>
            <translation>Бөлімшені жою</translation>
        </message>
        <message>
            <source>Delete the selected unit?</source>
            <translation>Таңдалған бөлімше жойылсын ба?</translation>
        </message>
        <message>
            <source>Structural units</source>
            <translation>Құрылымдық бөлімшелер</translation>
        </message>
        <message>
            <source>Positions of the unit</source>
            <translation>Бөлімшенің лауазымдары</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазым</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Supervising position</source>
            <translation>Жоғары тұрған лауазым</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Атқаратын қызметкер</translation>
        </message>
        <message>
            <source>Add unit…</source>
            <translation>Бөлімше қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Add position…</source>
            <translation>Лауазым қосу…</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Санаттар…</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Structural unit</source>
            <translation>Құрылымдық бөлімше</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(белгіленбеген)</translation>
        </message>
        <message>
            <source>Name in Kazakh:</source>
            <translation>Қазақша атауы:</translation>
        </message>
        <message>
            <source>Name in Russian:</source>
            <translation>Орысша атауы:</translation>
        </message>
        <message>
            <source>Head position:</source>
            <translation>Басшының лауазымы:</translation>
        </message>
    </context>
    <context>
        <name>VersionEditor</name>
        <message>
            <source>General and deadlines</source>
            <translation>Жалпы мәліметтер және мерзімдер</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>Бағалау деңгейлері</translation>
        </message>
        <message>
            <source>Evaluation sheets</source>
            <translation>Бағалау парақтары</translation>
        </message>
        <message>
            <source>Bonus scale</source>
            <translation>Көтермелеу балдарының шәкілі</translation>
        </message>
        <message>
            <source>Penalty points</source>
            <translation>Айыппұл балдары</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Open an existing office file</source>
            <translation>Мекеменің бар файлын ашу</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>Бағалау дерекқоры (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>Welcome to Bagalau</source>
            <translation>Бағалауға қош келдіңіз</translation>
        </message>
        <message>
            <source>Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. There is no database yet. Open the demo office to look around, or start your own office.</source>
            <translation>Бағалау «Б» корпусы мемлекеттік қызметшілерінің тоқсандық бағалауын осы компьютерде жүргізеді. Дерекқор әлі жоқ. Танысу үшін демо-мекемені ашыңыз немесе өз мекемеңізді бастаңыз.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Интерфейс тілі:</translation>
        </message>
        <message>
            <source>Open the demo office</source>
            <translation>Демо-мекемені ашу</translation>
        </message>
        <message>
            <source>Start an empty office</source>
            <translation>Бос мекемені бастау</translation>
        </message>
        <message>
            <source>Open an existing file…</source>
            <translation>Бар файлды ашу…</translation>
        </message>
        <message>
            <source>An office file brought from another computer or on a USB drive</source>
            <translation>Басқа компьютерден немесе USB жинақтауышта әкелінген мекеме файлы</translation>
        </message>
    </context>
    <context>
        <name>_HelpMenuTranslator</name>
        <message>
            <source>&amp;Rules and legal basis…</source>
            <translation>&amp;Ережелер және құқықтық негіз…</translation>
        </message>
        <message>
            <source>How each rule of the program works and which paragraph it comes from</source>
            <translation>Бағдарламаның әр ережесі қалай жұмыс істейтіні және ол қай тармақтан алынғаны</translation>
        </message>
    </context>
    <context>
        <name>msg</name>
        <message>
            <source>{day} has no override in the office calendar.</source>
            <translation>{day} күні мекеменің күнтізбесінде өзгертілмеген.</translation>
        </message>
        <message>
            <source>{day} is not a holiday the calendar only estimates.</source>
            <extracomment>dates to confirm, and the government's list of transfers ----------------------</extracomment>
            <translation>{day} — күнтізбеде болжалды мереке емес.</translation>
        </message>
        <message>
            <source>The year {year} is outside 2000–2100.</source>
            <translation>{year} жылы 2000–2100 аралығынан тыс.</translation>
        </message>
        <message>
            <source>The database file {file} is damaged and was not opened ({detail}).</source>
            <translation>{file} дерекқор файлы бүлінген, ол ашылмады ({detail}).</translation>
        </message>
        <message>
            <source>The disk holding {file} is full: the last change was not saved. Free some space and repeat it.</source>
            <extracomment>the office's data key (copies of this office open with it), when the damage was found after unlocking</extracomment>
            <translation>{file} файлы тұрған диск толып қалды: соңғы өзгеріс сақталмады. Орын босатып, әрекетті қайталаңыз.</translation>
        </message>
        <message>
            <source>The database file {file} is read-only: the last change was not saved.</source>
            <translation>{file} дерекқор файлы тек оқуға арналған: соңғы өзгеріс сақталмады.</translation>
        </message>
        <message>
            <source>The database file {file} could not be written ({detail}): the last change was not saved.</source>
            <translation>{file} дерекқор файлына жазу мүмкін болмады ({detail}): соңғы өзгеріс сақталмады.</translation>
        </message>
        <message>
            <source>The database file {file} was removed while Bagalau was running. Everything saved so far was written back to it; the last change was not saved: repeat it.</source>
            <extracomment>a recovery code made while opening (new office, sealed now, recovery used): show it once plain (unsealed) copies of this office found when it was sealed: offer to seal them</extracomment>
            <translation>Бағалау жұмыс істеп тұрғанда {file} дерекқор файлы жойылды. Осы уақытқа дейін сақталғанның бәрі оған қайта жазылды; соңғы өзгеріс сақталмады: оны қайталаңыз.</translation>
        </message>
        <message>
            <source>The database file {file} was replaced by another file while Bagalau was running. Everything saved so far was written to {copy}; the last change was not saved. Restart Bagalau.</source>
            <translation>Бағалау жұмыс істеп тұрғанда {file} дерекқор файлы басқа файлмен ауыстырылды. Осы уақытқа дейін сақталғанның бәрі {copy} файлына жазылды; соңғы өзгеріс сақталмады. Бағалауды қайта іске қосыңыз.</translation>
        </message>
        <message>
            <source>The output file {file} must end in {suffixes}.</source>
            <translation>Шығыс файлдың атауы {suffixes} кеңейтуімен аяқталуы керек: {file}.</translation>
        </message>
        <message>
            <source>{file} is a folder: give the name of the file to write.</source>
            <translation>{file} — қалта: жазылатын файлдың атауын көрсетіңіз.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} қалтасы жоқ.</translation>
        </message>
        <message>
            <source>The file {file} cannot be written ({detail}).</source>
            <translation>{file} файлын жазу мүмкін емес ({detail}).</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder} ({detail}).</source>
            <translation>{folder} қалтасына жазу мүмкін емес ({detail}).</translation>
        </message>
        <message>
            <source>The database file {file} is read-only.</source>
            <translation>{file} дерекқор файлы тек оқуға арналған.</translation>
        </message>
        <message>
            <source>The database {file} is already open in another Bagalau window. Close it there first.</source>
            <translation>{file} дерекқоры Бағалаудың басқа терезесінде ашық тұр. Алдымен оны сол жерде жабыңыз.</translation>
        </message>
        <message>
            <source>A score must be from 0 to 5, got {score}</source>
            <translation>Балл 0-ден 5-ке дейін болуы тиіс, берілгені: {score}</translation>
        </message>
        <message>
            <source>Only a member of the session can vote.</source>
            <translation>Тек сессия мүшесі ғана дауыс бере алады.</translation>
        </message>
        <message>
            <source>{name} evaluated this case or filed it and does not vote on it.</source>
            <translation>{name} осы іс бойынша бағалаған немесе өтініш берген, сондықтан ол бойынша дауыс бермейді.</translation>
        </message>
        <message>
            <source>{name} is marked absent and cannot vote.</source>
            <translation>{name} қатыспаған деп белгіленген, дауыс бере алмайды.</translation>
        </message>
        <message>
            <source>There is no such motion.</source>
            <translation>Мұндай ұсыныс жоқ.</translation>
        </message>
        <message>
            <source>The date of the session is not set.</source>
            <translation>Сессияның өткізілу күні көрсетілмеген.</translation>
        </message>
        <message>
            <source>The session has no case to hear.</source>
            <translation>Сессияда қаралатын іс жоқ.</translation>
        </message>
        <message>
            <source>The case of {name} has no motion.</source>
            <translation>{name} ісі бойынша ұсыныс жоқ.</translation>
        </message>
        <message>
            <source>The case of {name}: no motion is backed by a majority ({needed} of {eligible} votes).</source>
            <translation>{name} ісі: бірде-бір ұсыныс көпшілік дауыс жинаған жоқ ({eligible} дауыстың {needed} дауысы қажет).</translation>
        </message>
        <message>
            <source>The ИИН is empty.</source>
            <translation>ЖСН толтырылмаған.</translation>
        </message>
        <message>
            <source>The ИИН {iin} must contain digits only.</source>
            <translation>{iin} ЖСН тек цифрлардан тұруы керек.</translation>
        </message>
        <message>
            <source>The ИИН must have 12 digits, {iin} has {n}.</source>
            <translation>ЖСН 12 цифрдан тұруы керек, {iin} нөмірінде {n} цифр.</translation>
        </message>
        <message>
            <source>The 7th digit of the ИИН {iin} (century and sex) must be 1 to 6, not {digit}.</source>
            <translation>{iin} ЖСН-нің 7-цифры (ғасыр және жыныс) 1-ден 6-ға дейін болуы керек, {digit} емес.</translation>
        </message>
        <message>
            <source>The ИИН {iin} starts with a date of birth that does not exist ({day}.{month}.{year}).</source>
            <translation>{iin} ЖСН басындағы туған күн жоқ күн ({day}.{month}.{year}).</translation>
        </message>
        <message>
            <source>The ИИН {iin} has a wrong check digit: it is mistyped.</source>
            <translation>{iin} ЖСН-нің бақылау цифры дұрыс емес: нөмір қате терілген.</translation>
        </message>
        <message>
            <source>The surname is empty.</source>
            <translation>Тегі толтырылмаған.</translation>
        </message>
        <message>
            <source>The first name is empty.</source>
            <translation>Аты толтырылмаған.</translation>
        </message>
        <message>
            <source>A name must not contain digits: «{value}».</source>
            <translation>Аты-жөнінде цифр болмауы керек: «{value}».</translation>
        </message>
        <message>
            <source>The phone number «{value}» is not valid: use digits, e.g. +7 701 123 45 67.</source>
            <translation>«{value}» телефон нөмірі дұрыс емес: цифрлармен жазыңыз, мысалы +7 701 123 45 67.</translation>
        </message>
        <message>
            <source>The e-mail address «{value}» is not valid.</source>
            <translation>«{value}» электрондық пошта мекенжайы дұрыс емес.</translation>
        </message>
        <message>
            <source>«{value}» is too long: {n} characters, at most {limit}.</source>
            <translation>«{value}» тым ұзын: таңба саны {n}, ең көбі {limit} болуы керек.</translation>
        </message>
        <message>
            <source>«{value}» contains an invisible or control character ({code}): retype it.</source>
            <translation>«{value}» ішінде көрінбейтін немесе басқарушы таңба бар ({code}): оны қайта теріңіз.</translation>
        </message>
        <message>
            <source>The unit name in Kazakh is empty.</source>
            <translation>Бөлімшенің қазақша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>The unit name in Russian is empty.</source>
            <translation>Бөлімшенің орысша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>The position title in Kazakh is empty.</source>
            <translation>Лауазымның қазақша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>The position title in Russian is empty.</source>
            <translation>Лауазымның орысша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>The category «{value}» is not in the list of categories.</source>
            <translation>«{value}» санаты санаттар тізімінде жоқ.</translation>
        </message>
        <message>
            <source>A position cannot supervise itself.</source>
            <translation>Лауазым өзіне өзі басшы бола алмайды.</translation>
        </message>
        <message>
            <source>The category code is empty.</source>
            <translation>Санат коды толтырылмаған.</translation>
        </message>
        <message>
            <source>The category code «{value}» must be one short word, e.g. E-R-3.</source>
            <translation>«{value}» санат коды бір қысқа сөз болуы керек, мысалы E-R-3.</translation>
        </message>
        <message>
            <source>The end date {to} is before the start date {start}.</source>
            <translation>Аяқталу күні {to} басталу күнінен {start} бұрын.</translation>
        </message>
        <message>
            <source>The appointment starts on {start}, after the dismissal on {dismissed}.</source>
            <translation>Тағайындау {start} басталады, бұл {dismissed} босатылғаннан кейін.</translation>
        </message>
        <message>
            <source>The period overlaps another period of the same kind that starts on {start}.</source>
            <translation>Кезең {start} басталатын сол түрдегі басқа кезеңмен қабаттасады.</translation>
        </message>
        <message>
            <source>The absence overlaps another absence from {start} to {end}.</source>
            <translation>Болмау кезеңі {start} – {end} аралығындағы басқа болмау кезеңімен қабаттасады.</translation>
        </message>
        <message>
            <source>The employee no longer exists.</source>
            <translation>Бұл қызметкер жойылған.</translation>
        </message>
        <message>
            <source>The ИИН {iin} already belongs to {name}.</source>
            <translation>{iin} ЖСН бұрыннан {name} қызметкеріне тиесілі.</translation>
        </message>
        <message>
            <source>{name} has appointment history and cannot be deleted; record the dismissal instead.</source>
            <translation>{name} тағайындау тарихы бар, сондықтан жойылмайды; жоюдың орнына жұмыстан босатылуын тіркеңіз.</translation>
        </message>
        <message>
            <source>{name} has evaluation records and cannot be deleted; record the dismissal instead.</source>
            <translation>{name} бағалау жазбалары бар, сондықтан жойылмайды; жоюдың орнына жұмыстан босатылуын тіркеңіз.</translation>
        </message>
        <message>
            <source>The dismissal date {day} is before the first appointment on {start}.</source>
            <translation>Босату күні {day} алғашқы тағайындаудан ({start}) бұрын.</translation>
        </message>
        <message>
            <source>An appointment starts on {start}, after the dismissal date {day}.</source>
            <translation>Бір тағайындау {start} басталады, бұл босату күнінен ({day}) кейін.</translation>
        </message>
        <message>
            <source>Choose the position.</source>
            <translation>Лауазымды таңдаңыз.</translation>
        </message>
        <message>
            <source>The name of the organisation in Kazakh is empty.</source>
            <translation>Мекеменің қазақша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>The name of the organisation in Russian is empty.</source>
            <translation>Мекеменің орысша атауы толтырылмаған.</translation>
        </message>
        <message>
            <source>Choose the act the appointing official signs.</source>
            <translation>Тағайындау құқығы бар тұлға қол қоятын актіні таңдаңыз.</translation>
        </message>
        <message>
            <source>The category {code} is already in the list.</source>
            <translation>{code} санаты тізімде бар.</translation>
        </message>
        <message>
            <source>The category {code} is used by {n} position(s) and cannot be deleted.</source>
            <translation>{code} санаты {n} лауазымда қолданылады, оны жоюға болмайды.</translation>
        </message>
        <message>
            <source>The head of a unit must be a position of that unit.</source>
            <translation>Бөлімше басшысы осы бөлімшенің лауазымы болуы керек.</translation>
        </message>
        <message>
            <source>The unit no longer exists.</source>
            <translation>Бұл бөлімше жойылған.</translation>
        </message>
        <message>
            <source>The unit has {n} position(s): delete or move them first.</source>
            <translation>Бөлімшеде {n} лауазым бар: алдымен оларды жойыңыз немесе басқа бөлімшеге ауыстырыңыз.</translation>
        </message>
        <message>
            <source>Choose the unit of the position.</source>
            <translation>Лауазымның бөлімшесін таңдаңыз.</translation>
        </message>
        <message>
            <source>The position no longer exists.</source>
            <translation>Бұл лауазым жойылған.</translation>
        </message>
        <message>
            <source>The supervising position would make a circle: a position cannot supervise its own supervisor.</source>
            <translation>Бұл басшы лауазымды таңдауға болмайды: лауазым өз басшысының басшысы бола алмайды.</translation>
        </message>
        <message>
            <source>The supervising position no longer exists.</source>
            <translation>Басшы лауазым жойылған.</translation>
        </message>
        <message>
            <source>The position appears in {n} appointment(s) and cannot be deleted.</source>
            <translation>Лауазым {n} тағайындауда кездеседі, оны жоюға болмайды.</translation>
        </message>
        <message>
            <source>The position is used elsewhere and cannot be deleted.</source>
            <translation>Лауазым басқа жерде қолданылады, оны жоюға болмайды.</translation>
        </message>
        <message>
            <source>A calibration session needs at least 3 members, it has {n}.</source>
            <translation>Калибрлеу сессиясында кемінде 3 мүше болуы тиіс, қазір мүшелер саны: {n}.</translation>
        </message>
        <message>
            <source>A calibration session must have an odd number of members, it has {n}.</source>
            <translation>Калибрлеу сессиясы мүшелерінің саны тақ болуы тиіс, қазір мүшелер саны: {n}.</translation>
        </message>
        <message>
            <source>{name} is listed more than once.</source>
            <translation>{name} бірнеше рет енгізілген.</translation>
        </message>
        <message>
            <source>The session needs exactly one chair.</source>
            <translation>Сессияның бір ғана төрағасы болуы тиіс.</translation>
        </message>
        <message>
            <source>The session needs exactly one secretary.</source>
            <translation>Сессияның бір ғана хатшысы болуы тиіс.</translation>
        </message>
        <message>
            <source>An officer of the HR service must be a member (Methodology, item 19).</source>
            <translation>Құрамға персоналды басқару қызметінің қызметкері кіруі тиіс (Әдістеменің 19-тармағы).</translation>
        </message>
        <message>
            <source>{name} disagrees with their own score and cannot be a member (Methodology, item 19).</source>
            <translation>{name} өз бағасымен келіспейді, сессия құрамына кіре алмайды (Әдістеменің 19-тармағы).</translation>
        </message>
        <message>
            <source>{name} gave the disputed score and cannot be a member (Methodology, item 19).</source>
            <translation>{name} дау туған бағаны қойған, сессия құрамына кіре алмайды (Әдістеменің 19-тармағы).</translation>
        </message>
        <message>
            <source>Without {name}, who scored {appellant}, only {members} decide that case.</source>
            <translation>{appellant} бағасын қойған {name} шығарылғанда, ол іс бойынша тек {members} шешім қабылдайды; кемінде 3 мүше қажет.</translation>
        </message>
        <message>
            <source>{name} gave a disputed score and cannot chair the session or keep its minutes.</source>
            <translation>{name} дау туған бағаны қойған, сессияда төрағалық ете алмайды және хатшы бола алмайды.</translation>
        </message>
        <message>
            <source>This methodology has no personal points of the unit head.</source>
            <translation>Бұл әдістемеде бөлімше басшысының жеке балдары көзделмеген.</translation>
        </message>
        <message>
            <source>Personal points are {low} to {high}, or {penalty}.</source>
            <translation>Жеке балл {low} және {high} аралығында немесе {penalty} болады.</translation>
        </message>
        <message>
            <source>{n} or more breaches in the quarter: no personal bonus points</source>
            <translation>тоқсанда {n} және одан көп бұзушылық: жеке көтермелеу балы қойылмайды</translation>
        </message>
        <message>
            <source>no note with concrete grounds: not counted</source>
            <translation>нақты негіздемесі бар ескертпе жоқ: есепке алынбайды</translation>
        </message>
        <message>
            <source>grounds: {note}</source>
            <translation>негіздеме: {note}</translation>
        </message>
        <message>
            <source>cap {cap} per quarter reached: {before} → {after}</source>
            <translation>тоқсандағы {cap} шегіне жетті: {before} → {after}</translation>
        </message>
        <message>
            <source>{low} to {high}, or {penalty}</source>
            <translation>{low} және {high} аралығында немесе {penalty}</translation>
        </message>
        <message>
            <source>Months of a disciplinary sanction cannot be negative.</source>
            <translation>Тәртіптік жаза айларының саны теріс болмайды.</translation>
        </message>
        <message>
            <source>An entry refers to a bonus item that is no longer in this methodology: delete the entry and add it again from the scale.</source>
            <translation>Жазба бұл әдістемеден жойылған көтермелеу тармағына сілтейді: жазбаны жойып, шәкілден қайта қосыңыз.</translation>
        </message>
        <message>
            <source>An entry refers to a penalty item that is no longer in this methodology: delete the entry and add it again from the list.</source>
            <translation>Жазба бұл әдістемеден жойылған айыппұл тармағына сілтейді: жазбаны жойып, тізімнен қайта қосыңыз.</translation>
        </message>
        <message>
            <source>This methodology has no deduction for disciplinary sanctions.</source>
            <translation>Бұл әдістемеде тәртіптік жаза үшін шегерім көзделмеген.</translation>
        </message>
        <message>
            <source>{percent} % of the total for each month</source>
            <translation>әр ай үшін жалпы балдың {percent} %-ы</translation>
        </message>
        <message>
            <source>{months} × {percent} % = {total} % of {subtotal}</source>
            <translation>{months} × {percent} % = {subtotal} балдың {total} %-ы</translation>
        </message>
        <message>
            <source>deadline of at least 3 working days</source>
            <translation>орындау мерзімі кемінде 3 жұмыс күні</translation>
        </message>
        <message>
            <source>deadline missed by 5 to 10 days</source>
            <translation>мерзім 5-тен 10 күнге дейін бұзылды</translation>
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation>ауырлататын қайталау</translation>
        </message>
        <message>
            <source>late more than 60 minutes in total</source>
            <translation>кешігулер жиынтығы 60 минуттан асты</translation>
        </message>
        <message>
            <source>marked "{flag}"</source>
            <translation>«{flag}» белгісі қойылған</translation>
        </message>
        <message>
            <source>{low} to {high} per fact</source>
            <translation>бір фактіге {low} және {high} аралығында</translation>
        </message>
        <message>
            <source>by count: {tiers}</source>
            <translation>саны бойынша: {tiers}</translation>
        </message>
        <message>
            <source>{points} per fact</source>
            <translation>бір фактіге {points}</translation>
        </message>
        <message>
            <source>co-executor: {points} per fact</source>
            <translation>бірлесіп орындаушы: бір фактіге {points}</translation>
        </message>
        <message>
            <source>Item "{item}": the quantity cannot be negative.</source>
            <translation>«{item}» тармағы: саны теріс болмайды.</translation>
        </message>
        <message>
            <source>Item "{item}": choose the points per fact, from {low} to {high}.</source>
            <translation>«{item}» тармағы: бір факті үшін балды {low} және {high} аралығынан таңдаңыз.</translation>
        </message>
        <message>
            <source>Item "{item}": {points} is outside {low} to {high}.</source>
            <translation>«{item}» тармағы: {points} {low}–{high} аралығынан тыс.</translation>
        </message>
        <message>
            <source>chosen {points} per fact</source>
            <translation>бір фактіге {points} таңдалды</translation>
        </message>
        <message>
            <source>{n} or more facts in the quarter</source>
            <translation>тоқсандағы фактілер саны: {n} және одан көп</translation>
        </message>
        <message>
            <source>×{factor}: {what}</source>
            <translation>×{factor}: {what}</translation>
        </message>
        <message>
            <source>×{factor} once: both {first} and {second} hold, and they are conditions of one rule</source>
            <translation>×{factor} бір рет: «{first}» және «{second}» — бір ереженің шарттары, бір-біріне көбейтілмейді</translation>
        </message>
        <message>
            <source>co-executor: half the points</source>
            <translation>бірлесіп орындаушы: балдың жартысы</translation>
        </message>
        <message>
            <source>{n} entries counted together</source>
            <translation>{n} жазба бірге есептелді</translation>
        </message>
        <message>
            <source>below the first tier: no points</source>
            <translation>бірінші сатыдан төмен: балл қойылмайды</translation>
        </message>
        <message>
            <source>tier {span} → {points}</source>
            <translation>{span} сатысы → {points}</translation>
        </message>
        <message>
            <source>×{factor}: tier multiplier</source>
            <translation>×{factor}: саты көбейткіші</translation>
        </message>
        <message>
            <source>fewer than {n} facts in the quarter: no points</source>
            <translation>тоқсанда {n} фактіден аз: балл қойылмайды</translation>
        </message>
        <message>
            <source>cap {cap} shared by the items of "{group}" reached: {before} → {after}</source>
            <translation>«{group}» тармақтарының ортақ {cap} шегіне жетті: {before} → {after}</translation>
        </message>
        <message>
            <source>Less than a month in the position in this quarter, but the month of paragraph 5 of the Methodology is counted from the appointment on {appointed}: that rule does not exclude.</source>
            <translation>Осы тоқсанда лауазымда бір айдан аз болды, бірақ Әдістеменің 5-тармағындағы бір ай тағайындалған күннен ({appointed}) бастап есептеледі: бұл ереже бойынша бағалаудан шығарылмайды.</translation>
        </message>
        <message>
            <source>{reason} {note}</source>
            <translation>{reason} {note}</translation>
        </message>
        <message>
            <source>Seconded in: evaluated for the secondment period {start}–{end} (Methodology, item 3).</source>
            <translation>Іссапармен жіберілген: іссапар кезеңі {start}–{end} үшін бағаланады (Әдістеменің 3-тармағы).</translation>
        </message>
        <message>
            <source>Dismissed on {day}: evaluated without their participation (Methodology, item 6).</source>
            <translation>{day} жұмыстан босатылды: қатысуынсыз бағаланады (Әдістеменің 6-тармағы).</translation>
        </message>
        <message>
            <source>Not evaluated: less than one month in the position in the quarter, {start}–{end} (Methodology, item 5).</source>
            <translation>Бағаланбайды: тоқсанда лауазымда бір айдан аз болды, {start}–{end} (Әдістеменің 5-тармағы).</translation>
        </message>
        <message>
            <source>Categories E-1, E-2, E-R-1: the direct supervisor, form 1 (Methodology, item 16).</source>
            <translation>E-1, E-2, E-R-1 санаттары: тікелей басшы, 1-нысан (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>Leadership position: the head of the unit or body, form 1 (Methodology, item 16).</source>
            <translation>Басшы лауазым: құрылымдық бөлімшенің немесе органның басшысы, 1-нысан (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>The head of the unit or body, form 2 (Methodology, item 16).</source>
            <translation>Құрылымдық бөлімшенің немесе органның басшысы, 2-нысан (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>set on the unit</source>
            <translation>бөлімшеде көрсетілген</translation>
        </message>
        <message>
            <source>set on the organisation card</source>
            <translation>«Мекеме туралы мәліметтер» бетінде көрсетілген</translation>
        </message>
        <message>
            <source>The head of the body outside corps "B", {where}, form {form} (Methodology, item 16).</source>
            <translation>«Б» корпусынан тыс орган басшысы, {where}, {form}-нысан (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>No evaluator found: the position above is vacant or not set (Methodology, item 16).</source>
            <translation>Бағалаушы табылмады: жоғары лауазым бос немесе көрсетілмеген (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>Acts for the absent evaluator {name} (Methodology, item 3).</source>
            <translation>Болмаған бағалаушы {name} орнына атқарады (Әдістеменің 3-тармағы).</translation>
        </message>
        <message>
            <source>The evaluator has {count} evaluees, more than 20: servants designated by the evaluator also evaluate (Methodology, item 17).</source>
            <translation>Бағалаушыда {count} бағаланушы, 20-дан көп: бағалаушы айқындаған қызметшілер де бағалайды (Әдістеменің 17-тармағы).</translation>
        </message>
        <message>
            <source>Provisional: the quarter is still running, worked days are counted up to the day the roster was built; rebuild the roster after the quarter ends (Methodology, item 5).</source>
            <translation>Алдын ала: тоқсан әлі жүріп жатыр, жұмыс күндері тізім жасалған күнге дейін ғана есептелді; тоқсан аяқталғаннан кейін тізімді қайта жасаңыз (Әдістеменің 5-тармағы).</translation>
        </message>
        <message>
            <source>Not evaluated: less than one month from the appointment on {appointed} to {end} (paragraph 5 of the Methodology; the month is counted from the day of appointment).</source>
            <translation>Бағаланбайды: лауазымда болған кезеңі {appointed} – {end}, тағайындалған күннен бастап бір айдан аз (Әдістеменің 5-тармағы; бір ай тағайындалған күннен бастап есептеледі).</translation>
        </message>
        <message>
            <source>No evaluator: no corps "B" position above this one is held. Write the evaluator outside corps "B" (the akim, the maslikhat secretary) on the organisation card or on the unit, or choose one with Override (Methodology, item 16).</source>
            <translation>Бағалаушы жоқ: бұл лауазымнан жоғары «Б» корпусының лауазымында ешкім жоқ. «Б» корпусынан тыс бағалаушыны (әкім, мәслихат хатшысы) «Мекеме туралы мәліметтер» бетінде немесе бөлімшеде жазыңыз, не «Өзгерту…» арқылы таңдаңыз (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>Evaluated: {worked} worked in the quarter (Methodology, item 5).</source>
            <translation>Бағаланады: тоқсанда {worked} істеді (Әдістеменің 5-тармағы).</translation>
        </message>
        <message>
            <source>Not evaluated: {worked} actually worked, fewer than 15 (Methodology, item 5).</source>
            <translation>Бағаланбайды: іс жүзінде {worked} істеді, бұл 15 күннен аз (Әдістеменің 5-тармағы).</translation>
        </message>
        <message>
            <source>Included by the HR specialist: {reason}</source>
            <translation>Персоналды басқару қызметі қосты: {reason}</translation>
        </message>
        <message>
            <source>Excluded by the HR specialist: {reason}</source>
            <translation>Персоналды басқару қызметі алып тастады: {reason}</translation>
        </message>
        <message>
            <source>Evaluator chosen by the HR specialist: {reason}</source>
            <translation>Бағалаушыны персоналды басқару қызметі таңдады: {reason}</translation>
        </message>
        <message>
            <source>{where}: {what}</source>
            <translation>{where}: {what}</translation>
        </message>
        <message>
            <source>an object is expected</source>
            <translation>нысан (объект) күтіледі</translation>
        </message>
        <message>
            <source>a text is expected</source>
            <translation>мәтін күтіледі</translation>
        </message>
        <message>
            <source>a number is expected</source>
            <translation>сан күтіледі</translation>
        </message>
        <message>
            <source>a whole number is expected</source>
            <translation>бүтін сан күтіледі</translation>
        </message>
        <message>
            <source>a date YYYY-MM-DD is expected</source>
            <translation>ЖЖЖЖ-АА-КК түріндегі күн күтіледі</translation>
        </message>
        <message>
            <source>one of {choices} is expected</source>
            <translation>{choices} мәндерінің бірі күтіледі</translation>
        </message>
        <message>
            <source>a list is expected</source>
            <translation>тізім күтіледі</translation>
        </message>
        <message>
            <source>this is not a Bagalau methodology file</source>
            <translation>бұл Бағалау әдістемесінің файлы емес</translation>
        </message>
        <message>
            <source>the file was written by a newer version of the program</source>
            <translation>файл бағдарламаның жаңа нұсқасында жазылған</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл бос.</translation>
        </message>
        <message>
            <source>The file is not valid JSON ({detail}).</source>
            <translation>Файл дұрыс JSON емес ({detail}).</translation>
        </message>
        <message>
            <source>overall score</source>
            <translation>жалпы балл</translation>
        </message>
        <message>
            <source>A score must be from 0 to {max}, got {value} ({what}).</source>
            <translation>Балл 0–{max} аралығында болуы керек, ал {value} қойылды ({what}).</translation>
        </message>
        <message>
            <source>The overall score is missing.</source>
            <translation>Жалпы балл қойылмаған.</translation>
        </message>
        <message>
            <source>The score for "{criterion}" is missing.</source>
            <translation>«{criterion}» бойынша балл қойылмаған.</translation>
        </message>
        <message>
            <source>The evaluation sheet has no criteria.</source>
            <translation>Бағалау парағында өлшемшарттар жоқ.</translation>
        </message>
        <message>
            <source>The criteria weights must add up to more than zero.</source>
            <translation>Өлшемшарттар салмақтарының қосындысы нөлден көп болуы керек.</translation>
        </message>
        <message>
            <source>"{value}" is not a number: type a score from 0 to {max}.</source>
            <translation>«{value}» сан емес: 0–{max} аралығындағы балл теріңіз.</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} has no criterion "{criterion}".</source>
            <translation>{form}-нысанды бағалау парағында «{criterion}» өлшемшарты жоқ.</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} is scored by its criteria, not by one overall score.</source>
            <translation>{form}-нысанды бағалау парағы бір жалпы баллмен емес, өлшемшарттар бойынша бағаланады.</translation>
        </message>
        <message>
            <source>The evaluation sheet of form {form} has no such score.</source>
            <translation>{form}-нысанды бағалау парағында мұндай баға жоқ.</translation>
        </message>
        <message>
            <source>Grade: {grade} ({lower}–{upper}, Methodology, item 7).</source>
            <translation>Баға: {grade} ({lower}–{upper}, Әдістеменің 7-тармағы).</translation>
        </message>
        <message>
            <source>Efficiency coefficient {c}: looked up on bonus points {base} (penalties are not part of the lookup); it multiplies the result {total} × {c} = {product}.</source>
            <translation>Тиімділік коэффициенті {c}: көтермелеу балдарының жиыны бойынша анықталды — {base} (айыппұл балдары бұл жерде ескерілмейді); нәтижеге көбейтіледі: {total} × {c} = {product}.</translation>
        </message>
        <message>
            <source>Points: base {base} + bonus {bonus} − penalty {penalty} + personal {personal} − sanction {sanction} = {total}.</source>
            <translation>Балдар: базалық {base} + көтермелеу {bonus} − айыппұл {penalty} + жеке {personal} − тәртіптік жаза {sanction} = {total}.</translation>
        </message>
        <message>
            <source>Points: base {base} + bonus {bonus} − penalty {penalty} = {total}.</source>
            <translation>Балдар: базалық {base} + көтермелеу {bonus} − айыппұл {penalty} = {total}.</translation>
        </message>
        <message>
            <source>{criterion}: {score}</source>
            <translation>{criterion}: {score}</translation>
        </message>
        <message>
            <source>{n} of {total} scores still to enter.</source>
            <translation>{total} бағаның {n} әлі енгізілмеген.</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>орташасы</translation>
        </message>
        <message>
            <source>weighted mean</source>
            <translation>салмақталған орташасы</translation>
        </message>
        <message>
            <source>lowest</source>
            <translation>ең төменгісі</translation>
        </message>
        <message>
            <source>Score = {how} of {n} criteria, rounded half up = {score}.</source>
            <translation>Балл = {n} өлшемшарттың {how}, жартысынан жоғары дөңгелектенген = {score}.</translation>
        </message>
        <message>
            <source>Overall score: {score} (0 to 5, Methodology, item 17).</source>
            <translation>Жалпы балл: {score} (0-ден 5-ке дейін, Әдістеменің 17-тармағы).</translation>
        </message>
        <message>
            <source>The evaluee has already received this result.</source>
            <translation>Бағаланушы бұл нәтижемен бұрын танысқан.</translation>
        </message>
        <message>
            <source>The result is already final.</source>
            <translation>Бұл нәтиже түпкілікті болып қойған.</translation>
        </message>
        <message>
            <source>The appeal window is open until {day} (Methodology, item 10).</source>
            <translation>Өтініш беру мерзімі ашық, соңғы күні — {day} (Әдістеменің 10-тармағы).</translation>
        </message>
        <message>
            <source>Record backing the score: bonus {bonus}, penalty {penalty} points.</source>
            <translation>Бағаны растайтын жазбалар: көтермелеу {bonus}, айыппұл {penalty} балл.</translation>
        </message>
        <message>
            <source>An entry refers to an item that is no longer in this quarter's methodology: delete the entry and add it again.</source>
            <translation>Жазба осы тоқсанның әдістемесінен жойылған тармаққа сілтейді: жазбаны жойып, қайта қосыңыз.</translation>
        </message>
        <message>
            <source>Only a draft can be signed.</source>
            <translation>Тек жобаға қол қоюға болады.</translation>
        </message>
        <message>
            <source>Enter every score before signing.</source>
            <translation>Қол қоймас бұрын барлық бағаны енгізіңіз.</translation>
        </message>
        <message>
            <source>The evaluation has no evaluator: set one on the roster first.</source>
            <translation>Бағалаушы жоқ: алдымен тізімде бағалаушыны белгілеңіз.</translation>
        </message>
        <message>
            <source>The result can be received only after the evaluator signed it.</source>
            <translation>Нәтижемен бағалаушы қол қойғаннан кейін ғана танысуға болады.</translation>
        </message>
        <message>
            <source>The result cannot be received before it was signed ({day}).</source>
            <translation>Нәтижемен қол қойылғанға дейін ({day}) танысу мүмкін емес.</translation>
        </message>
        <message>
            <source>Only a received result can be made final.</source>
            <translation>Тек танысқан нәтиже түпкілікті бола алады.</translation>
        </message>
        <message>
            <source>A notice is recorded only for an employee dismissed in the quarter.</source>
            <translation>Хабарлама тек тоқсан ішінде жұмыстан босатылған қызметкерге тіркеледі.</translation>
        </message>
        <message>
            <source>A signed evaluation is locked: write the reason for the change.</source>
            <translation>Қол қойылған бағалау құлыпталған: өзгерту себебін жазыңыз.</translation>
        </message>
        <message>
            <source>There is no methodology preset "{name}".</source>
            <translation>«{name}» әдістеме үлгісі жоқ.</translation>
        </message>
        <message>
            <source>points cannot be negative</source>
            <translation>балл теріс болмайды</translation>
        </message>
        <message>
            <source>the range must go from a lower to a higher number, not below 0</source>
            <translation>аралық кішісінен үлкеніне қарай, 0-ден төмен емес болуы керек</translation>
        </message>
        <message>
            <source>a rule by count needs at least one tier</source>
            <translation>саны бойынша ережеге кемінде бір саты қажет</translation>
        </message>
        <message>
            <source>points and multiplier must be positive</source>
            <translation>балл мен көбейткіш оң сан болуы керек</translation>
        </message>
        <message>
            <source>{where}, step {n}</source>
            <translation>{where}, {n}-саты</translation>
        </message>
        <message>
            <source>the tier {low}–{high} ends before it starts</source>
            <translation>{low}–{high} сатысы басталмай жатып аяқталады</translation>
        </message>
        <message>
            <source>tiers overlap at {value}</source>
            <translation>сатылар {value} мәнінде қиылысады</translation>
        </message>
        <message>
            <source>a multiplier cannot be negative</source>
            <translation>көбейткіш теріс болмайды</translation>
        </message>
        <message>
            <source>{where}, multiplier {n}</source>
            <translation>{where}, {n}-еселеуіш</translation>
        </message>
        <message>
            <source>unknown condition "{flag}"</source>
            <translation>белгісіз шарт «{flag}»</translation>
        </message>
        <message>
            <source>the number of facts must be at least 1</source>
            <translation>фактілер саны кемінде 1 болуы керек</translation>
        </message>
        <message>
            <source>a cap must be positive</source>
            <translation>шекті балл оң сан болуы керек</translation>
        </message>
        <message>
            <source>a shared cap needs the cap itself</source>
            <translation>ортақ шекке шекті балдың өзі қажет</translation>
        </message>
        <message>
            <source>the number of facts cannot be negative</source>
            <translation>фактілер саны теріс болмайды</translation>
        </message>
        <message>
            <source>at least one grade band is needed</source>
            <translation>кемінде бір бағалау деңгейі қажет</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>Бағалау деңгейлері</translation>
        </message>
        <message>
            <source>Grade band {low}–{high}</source>
            <translation>{low}–{high} баға шегі</translation>
        </message>
        <message>
            <source>the name in Kazakh and in Russian is required</source>
            <translation>қазақша және орысша атауы міндетті</translation>
        </message>
        <message>
            <source>the band {low}–{high} ends before it starts</source>
            <translation>{low}–{high} деңгейі басталмай жатып аяқталады</translation>
        </message>
        <message>
            <source>grade bands overlap at {value}</source>
            <translation>бағалау деңгейлері {value} мәнінде қиылысады</translation>
        </message>
        <message>
            <source>Sheet of form {n}</source>
            <translation>{n}-нысандағы бағалау парағы</translation>
        </message>
        <message>
            <source>the form must be 1 or 2</source>
            <translation>нысан 1 немесе 2 болуы керек</translation>
        </message>
        <message>
            <source>the highest score must be positive</source>
            <translation>ең жоғары балл оң сан болуы керек</translation>
        </message>
        <message>
            <source>a sheet scored by criteria needs at least one criterion</source>
            <translation>өлшемшарттар бойынша бағаланатын параққа кемінде бір өлшемшарт қажет</translation>
        </message>
        <message>
            <source>criteria need distinct, non-empty codes</source>
            <translation>өлшемшарттардың кодтары бос емес және әртүрлі болуы керек</translation>
        </message>
        <message>
            <source>a criterion needs kk and ru names and a positive weight</source>
            <translation>өлшемшартқа қазақша және орысша атау мен оң салмақ қажет</translation>
        </message>
        <message>
            <source>{where}, criterion {code}</source>
            <translation>{where}, «{code}» өлшемшарты</translation>
        </message>
        <message>
            <source>Term to appeal a result</source>
            <translation>Нәтижеге өтініш беру мерзімі</translation>
        </message>
        <message>
            <source>Term to decide on an appeal</source>
            <translation>Өтініш бойынша шешім қабылдау мерзімі</translation>
        </message>
        <message>
            <source>Term to hold the calibration session</source>
            <translation>Калибрлеу сессиясын өткізу мерзімі</translation>
        </message>
        <message>
            <source>Term to sign the protocol</source>
            <translation>Хаттамаға қол қою мерзімі</translation>
        </message>
        <message>
            <source>Name of the methodology</source>
            <translation>Әдістеменің атауы</translation>
        </message>
        <message>
            <source>a methodology in points needs base points</source>
            <translation>балдық әдістемеге базалық балл қажет</translation>
        </message>
        <message>
            <source>Base points</source>
            <translation>Базалық балл</translation>
        </message>
        <message>
            <source>from 0 to 4 decimals</source>
            <translation>0-ден 4-ке дейін ондық таңба</translation>
        </message>
        <message>
            <source>Rounding of the mean</source>
            <translation>Орташа балды дөңгелектеу</translation>
        </message>
        <message>
            <source>a day of the month must be 1..31 and a month 1..12</source>
            <translation>айдың күні 1..31, ай 1..12 болуы керек</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <source>at least 1 working day</source>
            <translation>кемінде 1 жұмыс күні</translation>
        </message>
        <message>
            <source>Bonus item {code}</source>
            <translation>«{code}» көтермелеу тармағы</translation>
        </message>
        <message>
            <source>Penalty item {code}</source>
            <translation>«{code}» айыппұл тармағы</translation>
        </message>
        <message>
            <source>the code "{code}" is empty or used twice</source>
            <translation>«{code}» коды бос немесе екі рет қолданылған</translation>
        </message>
        <message>
            <source>the text in Kazakh and in Russian is required</source>
            <translation>қазақша және орысша мәтіні міндетті</translation>
        </message>
        <message>
            <source>the level must be from +1 to +5</source>
            <translation>деңгей +1-ден +5-ке дейін болуы керек</translation>
        </message>
        <message>
            <source>personal points need 0 &lt; lowest ≤ highest and a cap</source>
            <translation>жеке балдар үшін 0 &lt; ең төменгі ≤ ең жоғары және шекті балл қажет</translation>
        </message>
        <message>
            <source>Personal points of the unit head</source>
            <translation>Бөлімше басшысының жеке балдары</translation>
        </message>
        <message>
            <source>a percentage must be from 0 to 100</source>
            <translation>пайыз 0-ден 100-ге дейін болуы керек</translation>
        </message>
        <message>
            <source>Deduction for a disciplinary sanction</source>
            <translation>Тәртіптік жаза үшін шегерім</translation>
        </message>
        <message>
            <source>each step needs its own lower bound and a coefficient ≥ 0</source>
            <translation>әр сатының өз төменгі шегі және ≥ 0 коэффициенті болуы керек</translation>
        </message>
        <message>
            <source>Efficiency coefficient</source>
            <translation>Тиімділік коэффициенті</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <extracomment>Alphabet of recovery codes: no 0/O, 1/I/L, so that a code read from paper is typed right.</extracomment>
            <translation>Құпиясөз кемінде {n} таңбадан тұруы керек.</translation>
        </message>
        <message>
            <source>The password is too simple: use at least four different characters.</source>
            <translation>Құпиясөз тым қарапайым: кемінде төрт түрлі таңба қолданыңыз.</translation>
        </message>
        <message>
            <source>This file is not an encrypted Bagalau copy.</source>
            <translation>Бұл файл Бағалаудың шифрланған көшірмесі емес.</translation>
        </message>
        <message>
            <source>This file is not an encrypted Bagalau copy, or its header was altered: it cannot be opened.</source>
            <translation>Бұл файл Бағалаудың шифрланған көшірмесі емес немесе оның тақырыбы өзгертілген: оны ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Wrong password, or the encrypted file was altered: it cannot be opened.</source>
            <translation>Құпиясөз қате немесе шифрланған файл өзгертілген: оны ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Keep between 1 and 1000 copies.</source>
            <translation>1–1000 аралығында көшірме сақтаңыз.</translation>
        </message>
        <message>
            <source>The copy to {folder} could not be made ({detail}). Your data are unchanged.</source>
            <translation>{folder} қалтасына көшірме жасалмады ({detail}). Деректеріңіз өзгерген жоқ.</translation>
        </message>
        <message>
            <source>This copy is encrypted: enter its password.</source>
            <translation>Бұл көшірме шифрланған: оның құпиясөзін енгізіңіз.</translation>
        </message>
        <message>
            <source>The copy {file} is damaged and cannot be restored.</source>
            <translation>{file} көшірмесі бүлінген, оны қалпына келтіру мүмкін емес.</translation>
        </message>
        <message>
            <source>The file {file} is not a copy of a Bagalau office.</source>
            <translation>{file} файлы Бағалау деректерінің көшірмесі емес.</translation>
        </message>
        <message>
            <source>Restoring failed ({detail}); the previous content was kept in {copy}.</source>
            <translation>Қалпына келтіру сәтсіз аяқталды ({detail}); бұрынғы мазмұн {copy} файлында сақталды.</translation>
        </message>
        <message>
            <source>This copy was sealed with another password: enter it.</source>
            <translation>Бұл көшірме басқа құпиясөзбен шифрланған: оны енгізіңіз.</translation>
        </message>
        <message>
            <source>The evaluation no longer exists.</source>
            <translation>Бұл бағалау жойылған.</translation>
        </message>
        <message>
            <source>The methodology has no evaluation sheet of form {form}.</source>
            <translation>Әдістемеде {form}-нысанды бағалау парағы жоқ.</translation>
        </message>
        <message>
            <source>A signed evaluation keeps all its scores.</source>
            <translation>Қол қойылған бағалаудың барлық балдары сақталуы тиіс.</translation>
        </message>
        <message>
            <source>The chosen item is not in this quarter's methodology: choose one from the list.</source>
            <translation>Таңдалған тармақ осы тоқсанның әдістемесінде жоқ: тізімнен таңдаңыз.</translation>
        </message>
        <message>
            <source>A bonus entry needs its evidence: the document number and date.</source>
            <translation>Көтермелеу балына растайтын құжат керек: құжаттың нөмірі мен күні.</translation>
        </message>
        <message>
            <source>The quantity must be more than zero.</source>
            <translation>Саны нөлден көп болуы тиіс.</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>Бұл жазба жойылған.</translation>
        </message>
        <message>
            <source>Select the sheets first.</source>
            <translation>Алдымен парақтарды таңдаңыз.</translation>
        </message>
        <message>
            <source>Only a result the evaluee has received can be calibrated.</source>
            <translation>Тек бағаланушы танысқан нәтиже калибрленеді.</translation>
        </message>
        <message>
            <source>The quarter no longer exists.</source>
            <translation>Бұл тоқсан жойылған.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} opened: {inc} of {total} to evaluate.</source>
            <translation>{year} жылдың {quarter}-тоқсаны ашылды: {total} адамнан {inc} адам бағаланады.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not opened.</source>
            <translation>{year} жылдың {quarter}-тоқсаны ашылмаған.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is reopened.</source>
            <translation>{year} жылғы {quarter}-тоқсан қайта ашылды.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is closed: its records no longer change.</source>
            <translation>{year} жылғы {quarter}-тоқсан жабылды: оның жазбалары енді өзгермейді.</translation>
        </message>
        <message>
            <source>No methodology is in force for {quarter} quarter {year}: add one first.</source>
            <translation>{year} жылдың {quarter}-тоқсанына қолданыстағы әдістеме жоқ: алдымен әдістеме қосыңыз.</translation>
        </message>
        <message>
            <source>A quarter is a year and a number from 1 to 4.</source>
            <translation>Тоқсан — жыл және 1-ден 4-ке дейінгі нөмір.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is already open.</source>
            <translation>{year} жылдың {quarter}-тоқсаны ашылып қойған.</translation>
        </message>
        <message>
            <source>Write the reason for overriding the roster.</source>
            <translation>Тізім бойынша шешімді ауыстыру себебін жазыңыз.</translation>
        </message>
        <message>
            <source>The form is 1 or 2 (Methodology, item 16).</source>
            <translation>Нысан — 1 немесе 2 (Әдістеменің 16-тармағы).</translation>
        </message>
        <message>
            <source>An employee cannot evaluate themselves.</source>
            <translation>Қызметкер өзін-өзі бағалай алмайды.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Also evaluated by the evaluator's designees: {names}.</source>
            <translation>Бағалаушы белгілеген қызметшілер де бағалайды: {names}.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is already closed.</source>
            <translation>{year} жылғы {quarter}-тоқсан бұрын жабылған.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is still running: it can be closed after it ends and its results are final (Methodology, item 4).</source>
            <translation>{year} жылғы {quarter}-тоқсан әлі жүріп жатыр: оны тоқсан аяқталып, нәтижелері түпкілікті болғаннан кейін жабуға болады (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not closed.</source>
            <translation>{year} жылғы {quarter}-тоқсан жабылмаған.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} cannot be closed yet: {n} things are pending.</source>
            <translation>{year} жылғы {quarter}-тоқсанды әлі жабуға болмайды. Аяқталмаған мәселелер саны: {n}.</translation>
        </message>
        <message>
            <source>The backup folder {folder} is not available; the copy was made in {fallback} instead.</source>
            <translation>{folder} резервтік көшірме қалтасы қолжетімсіз, сондықтан көшірме {fallback} қалтасында жасалды.</translation>
        </message>
        <message>
            <source>The automatic backup to {folder} failed ({detail}). Your data are unchanged; make a copy by hand when the cause is fixed.</source>
            <translation>{folder} қалтасына автоматты резервтік көшіру сәтсіз аяқталды ({detail}). Деректеріңіз өзгерген жоқ; себебі жойылғаннан кейін көшірмені қолмен жасаңыз.</translation>
        </message>
        <message>
            <source>The file {file} is not an Excel workbook ({detail}).</source>
            <translation>{file} файлы Excel кітабы емес ({detail}).</translation>
        </message>
        <message>
            <source>The file {file} mixes two encodings: lines {utf8} are in UTF-8, lines {legacy} in Windows-1251. Save the whole table again from Excel as "CSV UTF-8" or as .xlsx.</source>
            <translation>{file} файлында екі кодтау араласқан: {utf8} жолдары UTF-8, {legacy} жолдары Windows-1251 кодтауында. Бүкіл кестені Excel-ден қайтадан «CSV UTF-8» немесе .xlsx ретінде сақтаңыз.</translation>
        </message>
        <message>
            <source>The file {file} is too large to import ({mb} MB): a staff list needs far less.</source>
            <translation>{file} файлы импорттау үшін тым үлкен (МБ: {mb}): қызметкерлер тізіміне әлдеқайда аз көлем жетеді.</translation>
        </message>
        <message>
            <source>The file {file} is not a readable CSV table ({detail}). Save it again from Excel as "CSV UTF-8" or as .xlsx.</source>
            <translation>{file} файлы оқылатын CSV кестесі емес ({detail}). Оны Excel-ден «CSV UTF-8» немесе .xlsx түрінде қайта сақтаңыз.</translation>
        </message>
        <message>
            <source>The file {file} is too large to import: {what} exceed {limit}. A staff list needs far less; save only the staff sheet and try again.</source>
            <translation>{file} файлы импорттау үшін тым үлкен: {what} саны шектен асады (шек: {limit}). Қызметкерлер тізіміне әлдеқайда аз жетеді; тек қызметкерлер парағын сақтап, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>its rows</source>
            <translation>жолдар</translation>
        </message>
        <message>
            <source>The workbook {file} has {n} sheets with a staff list ({sheets}): importing one would silently ignore the others. Keep the staff in one sheet and try again.</source>
            <translation>{file} кітабында қызметкерлер тізімі бар парақтар саны {n} ({sheets}): біреуін импорттау қалғандарын елеусіз қалдырар еді. Қызметкерлерді бір параққа жинап, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The staff list of {file} is on the hidden sheet «{sheet}». Show the sheet in Excel (or copy the list to a visible sheet) and try again.</source>
            <translation>{file} файлындағы қызметкерлер тізімі жасырын «{sheet}» парағында. Парақты Excel-де көрсетіңіз (немесе тізімді көрінетін параққа көшіріңіз) де, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The file {file} does not exist.</source>
            <translation>{file} файлы жоқ.</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file: choose the staff list file itself.</source>
            <translation>{file} — файл емес, қалта: қызметкерлер тізімінің файлын таңдаңыз.</translation>
        </message>
        <message>
            <source>Import reads .xlsx and .csv files, not {suffix}.</source>
            <translation>Импорт .xlsx және .csv файлдарын оқиды, {suffix} емес.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read ({detail}).</source>
            <translation>{file} файлын оқу мүмкін емес ({detail}).</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>{file} файлы бос.</translation>
        </message>
        <message>
            <source>The file has no column(s): {columns}. The first row must name the columns, e.g. ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, Категория, Руководящая (да/нет), Дата назначения.</source>
            <translation>Файлда мына баған(дар) жоқ: {columns}. Бірінші жолда бағандардың атаулары болуы керек, мысалы: ЖСН, Тегі, Аты, Әкесінің аты, Бөлімше, Лауазым, Санат, Басшы (иә/жоқ), Тағайындалған күні.</translation>
        </message>
        <message>
            <source>Rows {rows} of the sheet «{sheet}» are hidden. Show all rows (clear any filter) or delete the ones not to import, then try again.</source>
            <translation>«{sheet}» парағының мына жолдары жасырын: {rows}. Барлық жолдарды көрсетіңіз (сүзгіні алып тастаңыз) немесе импорттамайтын жолдарды жойыңыз, содан кейін қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The file {file} has no visible sheet.</source>
            <translation>{file} файлында көрінетін парақ жоқ.</translation>
        </message>
        <message>
            <source>{file} is not an SQLite database (its header is wrong).</source>
            <translation>{file} SQLite дерекқоры емес (тақырыбы дұрыс емес).</translation>
        </message>
        <message>
            <source>SQLite cannot open {file}: {detail}</source>
            <translation>SQLite {file} файлын аша алмайды: {detail}</translation>
        </message>
        <message>
            <source>{file} is not sealed: anyone who copies it can read it. Open it in Bagalau to seal it.</source>
            <translation>{file} шифрланбаған: оны көшіріп алған кез келген адам оқи алады. Шифрлау үшін оны Бағалауда ашыңыз.</translation>
        </message>
        <message>
            <source>{file} is sealed: its password is needed to check it.</source>
            <translation>{file} шифрланған: тексеру үшін оның құпиясөзі қажет.</translation>
        </message>
        <message>
            <source>SQLite reports damage: {detail}</source>
            <translation>SQLite зақымдану туралы хабарлайды: {detail}</translation>
        </message>
        <message>
            <source>{n} rows refer to records that do not exist (first in table {table}).</source>
            <translation>{n} жол жоқ жазбаларға сілтейді (біріншісі {table} кестесінде).</translation>
        </message>
        <message>
            <source>The schema is incomplete: steps {steps} were not applied (open the file in Bagalau to update it).</source>
            <translation>Дерекқор құрылымы толық емес: {steps} қадамдары орындалмаған (жаңарту үшін файлды Бағалауда ашыңыз).</translation>
        </message>
        <message>
            <source>The audit log is missing.</source>
            <translation>Өзгерістер журналы жоқ.</translation>
        </message>
        <message>
            <source>The audit log chain was already broken at entry {id} when this office was sealed: entries before it may have been altered outside Bagalau.</source>
            <translation>Деректер файлы шифрланған кезде өзгерістер журналының тізбегі {id} жазбада үзілген болатын: одан бұрынғы жазбалар Бағалаудан тыс өзгертілген болуы мүмкін.</translation>
        </message>
        <message>
            <source>The audit log chain is broken at entry {id}: entries were altered, removed or inserted outside Bagalau.</source>
            <translation>Өзгерістер журналының тізбегі {id} жазбада үзілген: жазбалар Бағалаудан тыс өзгертілген, жойылған немесе қосылған.</translation>
        </message>
        <message>
            <source>Record {row} of table {table} is not what Bagalau last wrote ({problem}): it was changed outside Bagalau or damaged on the disk.</source>
            <translation>{table} кестесінің {row} жазбасы Бағалау соңғы рет жазғанмен сәйкес келмейді ({problem}): ол Бағалаудан тыс өзгертілген немесе дискіде бүлінген.</translation>
        </message>
        <message>
            <source>The audit log protection is missing ({names}): the file was changed outside Bagalau.</source>
            <translation>Өзгерістер журналының қорғанысы жоқ ({names}): файл Бағалаудан тыс өзгертілген.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is not opened: the evaluation is due {due} (Methodology, item 4).</source>
            <translation>{year} жылдың {quarter}-тоқсаны ашылмаған: бағалау мерзімі {due} (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: sheets not signed yet — {n} (without scores — {empty}), due {due} (Methodology, item 4).</source>
            <translation>{year} жылғы {quarter}-тоқсан: қол қойылмаған парақтар — {n} (оның ішінде балсыз — {empty}), мерзімі {due} (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} signed results not yet received by the evaluees (Methodology, item 9).</source>
            <translation>{year} жылдың {quarter}-тоқсаны: қол қойылған {n} нәтижемен бағаланушылар әлі танысқан жоқ (Әдістеменің 9-тармағы).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} results are past the appeal window and can be made final (Methodology, item 10).</source>
            <translation>{year} жылдың {quarter}-тоқсаны: {n} нәтиже бойынша өтініш беру мерзімі өтті, оларды түпкілікті етуге болады (Әдістеменің 10-тармағы).</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: every result is final, close the quarter on the Quarter page.</source>
            <translation>{year} жылғы {quarter}-тоқсан: барлық нәтиже түпкілікті, тоқсанды «Тоқсандық бағалау» бетінде жабыңыз.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}: {n} dismissed evaluees not yet told the result, due {due} (Methodology, item 9).</source>
            <translation>{year} жылдың {quarter}-тоқсаны: жұмыстан босатылған {n} адамға нәтиже әлі хабарланбаған, мерзімі {due} (Әдістеменің 9-тармағы).</translation>
        </message>
        <message>
            <source>Annual results of {year} are due {due}; provisional: {n} quarters of the year are not closed yet (Methodology, item 4).</source>
            <translation>{year} жылдың қорытынды бағасының мерзімі — {due}; алдын ала: жылдың жабылмаған тоқсандары: {n} (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>Annual results of {year} are due {due}; every quarter of the year is closed (Methodology, item 4).</source>
            <translation>{year} жылдың қорытынды бағасының мерзімі — {due}; жылдың барлық тоқсаны жабылған (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>{name}: unsatisfactory annual result in {prev} and {year}, provisional while quarters of these years are open (Law on civil service, Art. 33 p. 6).</source>
            <translation>{name}: {prev} және {year} жылдары қорытынды баға қанағаттанарлықсыз; бұл жылдардың тоқсандары жабылғанша алдын ала («Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 33-бабының 6-тармағы).</translation>
        </message>
        <message>
            <source>{name}: unsatisfactory annual result in {prev} and {year} (Law on civil service, Art. 33 p. 6).</source>
            <translation>{name}: {prev} және {year} жылдары қорытынды баға қанағаттанарлықсыз («Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 33-бабының 6-тармағы).</translation>
        </message>
        <message>
            <source>Appeal: {name} — filed late; decide whether to hear it.</source>
            <translation>Өтініш: {name} — мерзімінен кеш берілген; оны қарау-қарамау туралы шешім қабылдаңыз.</translation>
        </message>
        <message>
            <source>Appeal: {name} — decide on the session and its members by {due} (Methodology, item 19).</source>
            <translation>Өтініш: {name} — калибрлеу сессиясын өткізу туралы шешім қабылдап, оның құрамын бекіту керек, соңғы күні — {due} (Әдістеменің 19-тармағы).</translation>
        </message>
        <message>
            <source>Appeal: {name} — hold the calibration session by {due} (Methodology, item 20).</source>
            <translation>Өтініш: {name} — калибрлеу сессиясын өткізу керек, соңғы күні — {due} (Әдістеменің 20-тармағы).</translation>
        </message>
        <message>
            <source>Protocol No. {number}: post it in the information system by {due} (Methodology, item 22).</source>
            <translation>№ {number} хаттаманы ақпараттық жүйеге орналастыру керек, соңғы күні — {due} (Әдістеменің 22-тармағы).</translation>
        </message>
        <message>
            <source>Evaluation {id} does not exist.</source>
            <translation>{id} бағалау жоқ.</translation>
        </message>
        <message>
            <source>Enter the date the result was received.</source>
            <translation>Нәтижемен танысқан күнді енгізіңіз.</translation>
        </message>
        <message>
            <source>An appeal cannot be filed before the result was received.</source>
            <translation>Нәтижемен танысқанға дейін өтініш берілмейді.</translation>
        </message>
        <message>
            <source>Enter the text of the appeal or the path of its scan.</source>
            <translation>Өтініштің мәтінін немесе оның сканерленген көшірмесінің жолын енгізіңіз.</translation>
        </message>
        <message>
            <source>The appeal is in a session; remove it from the session first.</source>
            <translation>Өтініш сессияға енгізілген; алдымен оны сессиядан алып тастаңыз.</translation>
        </message>
        <message>
            <source>Appeal {id} does not exist.</source>
            <translation>№ {id} өтініш табылмады.</translation>
        </message>
        <message>
            <source>Appeal: {name} — the decision to hold the session was due by {due} (Methodology, item 19); it is taken on {day}.</source>
            <translation>Өтініш: {name} — сессия өткізу туралы шешімнің соңғы күні {due} болатын (Әдістеменің 19-тармағы); шешім күні — {day}.</translation>
        </message>
        <message>
            <source>Appeal: {name} — the session was due by {due} (Methodology, item 20); it is held on {day}.</source>
            <translation>Өтініш: {name} — калибрлеу сессиясын өткізудің соңғы күні {due} болатын (Әдістеменің 20-тармағы); сессия күні — {day}.</translation>
        </message>
        <message>
            <source>Choose at least one appeal for the session.</source>
            <translation>Сессия үшін кемінде бір өтінішті таңдаңыз.</translation>
        </message>
        <message>
            <source>The feedback meeting follows the session's decision (Methodology, item 23).</source>
            <translation>Кері байланыс кездесуі сессия шешімінен кейін өткізіледі (Әдістеменің 23-тармағы).</translation>
        </message>
        <message>
            <source>Calibration session {id} does not exist.</source>
            <translation>№ {id} калибрлеу сессиясы табылмады.</translation>
        </message>
        <message>
            <source>Appeal: {name} — already in a session.</source>
            <translation>Өтініш: {name} — сессияға енгізіліп қойған.</translation>
        </message>
        <message>
            <source>The session is closed; its protocol can no longer change.</source>
            <translation>Сессия жабылған; оның хаттамасын өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>The appeal is not in a session yet.</source>
            <translation>Өтініш әлі сессияға енгізілмеген.</translation>
        </message>
        <message>
            <source>The protocol cannot be signed before the session was held.</source>
            <translation>Хаттамаға сессия өткенге дейін қол қойылмайды.</translation>
        </message>
        <message>
            <source>Nothing was imported: {n} row(s) have errors.</source>
            <translation>Ештеңе импортталмады: {n} жолда қате бар.</translation>
        </message>
        <message>
            <source>The feedback meeting has not been recorded yet.</source>
            <translation>Кері байланыс кездесуі әлі тіркелмеген.</translation>
        </message>
        <message>
            <source>Methodology version {id} does not exist.</source>
            <translation>{id} әдістеме нұсқасы жоқ.</translation>
        </message>
        <message>
            <source>This methodology version is used by a quarter and cannot be deleted.</source>
            <translation>Әдістеменің бұл нұсқасы тоқсанда қолданылған, оны жоюға болмайды.</translation>
        </message>
        <message>
            <source>will be added</source>
            <translation>қосылады</translation>
        </message>
        <message>
            <source>already in the registry, unchanged</source>
            <translation>тізілімде бар, өзгеріссіз</translation>
        </message>
        <message>
            <source>already in the registry; the dismissal will be recorded</source>
            <translation>тізілімде бар; босатылуы тіркеледі</translation>
        </message>
        <message>
            <source>Row {row}: {name} {iin} — {outcome}</source>
            <translation>{row}-жол: {name} {iin} — {outcome}</translation>
        </message>
        <message>
            <source>{add} to add, {same} unchanged, {dismiss} dismissals, {bad} row(s) with errors.</source>
            <translation>Қосылады: {add}, өзгеріссіз: {same}, босатылады: {dismiss}, қатесі бар жолдар: {bad}.</translation>
        </message>
        <message>
            <source>the ИИН {typed} has {n} digits: if Excel dropped its leading zeros (people born in 2000–2009), the full number {padded} would have a wrong check digit, so it is mistyped. Format the column as Text and type the ИИН again.</source>
            <translation>{typed} ЖСН-інде цифр саны {n}: Excel басындағы нөлдерді алып тастаса (2000–2009 жылдары туғандар), толық нөмір {padded} болар еді, бірақ оның бақылау цифры дұрыс емес, демек нөмір қате терілген. Бағанды «Мәтін» пішіміне ауыстырып, ЖСН-ді қайта теріңіз.</translation>
        </message>
        <message>
            <source>the ИИН {iin} is also on row {other}</source>
            <translation>{iin} ЖСН {other}-жолда да бар</translation>
        </message>
        <message>
            <source>the surname</source>
            <translation>тегі</translation>
        </message>
        <message>
            <source>the first name</source>
            <translation>аты</translation>
        </message>
        <message>
            <source>the patronymic</source>
            <translation>әкесінің аты</translation>
        </message>
        <message>
            <source>the unit</source>
            <translation>бөлімше</translation>
        </message>
        <message>
            <source>the position</source>
            <translation>лауазым</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what}: {problem}</translation>
        </message>
        <message>
            <source>the unit is empty</source>
            <translation>бөлімше толтырылмаған</translation>
        </message>
        <message>
            <source>the position is empty</source>
            <translation>лауазым толтырылмаған</translation>
        </message>
        <message>
            <source>the category is empty</source>
            <translation>санат толтырылмаған</translation>
        </message>
        <message>
            <source>the category «{value}» is not in the list of categories</source>
            <translation>«{value}» санаты санаттар тізімінде жоқ</translation>
        </message>
        <message>
            <source>«{value}» in the leadership column: write да or нет (иә or жоқ)</source>
            <translation>«Басшы» бағанында «{value}»: иә немесе жоқ (да немесе нет) деп жазыңыз</translation>
        </message>
        <message>
            <source>the position «{position}» of this unit is {category} in the registry, not {value}</source>
            <translation>бұл бөлімшенің «{position}» лауазымы тізілімде {category} санатында, {value} емес</translation>
        </message>
        <message>
            <source>appointment date</source>
            <translation>тағайындалған күні</translation>
        </message>
        <message>
            <source>dismissal date</source>
            <translation>босатылған күні</translation>
        </message>
        <message>
            <source>the appointment date is empty</source>
            <translation>тағайындалған күні толтырылмаған</translation>
        </message>
        <message>
            <source>the {what} «{value}» is not a date ДД.ММ.ГГГГ</source>
            <translation>{what} «{value}» КК.АА.ЖЖЖЖ түріндегі күн емес</translation>
        </message>
        <message>
            <source>the {what} {day} is more than a year ahead</source>
            <translation>{what} ({day}) бір жылдан артық алда тұр</translation>
        </message>
        <message>
            <source>the {what} {day} is before the person was 16 years old (born {born} according to the ИИН)</source>
            <translation>{what} ({day}) адам 16 жасқа толғанға дейінгі күн (ЖСН бойынша туған күні: {born})</translation>
        </message>
        <message>
            <source>the dismissal date {dismissed} is not after the appointment date {appointed}</source>
            <translation>босатылған күні ({dismissed}) тағайындалған күнінен ({appointed}) кейін емес</translation>
        </message>
        <message>
            <source>the dismissal date {dismissed} is not after the start of the appointment on {start} in the registry</source>
            <translation>босатылған күні ({dismissed}) тізілімдегі тағайындаудың басталған күнінен ({start}) кейін емес</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>{row}-жол: {reason}</translation>
        </message>
        <message>
            <source>This document needs --{option} N.</source>
            <translation>Бұл құжат үшін --{option} N көрсетіңіз.</translation>
        </message>
        <message>
            <source>positions of the people named (no Russian title in the staff list)</source>
            <extracomment>What calibration_data.missing_russian reports, as the warning names it (translated, context "msg").</extracomment>
            <translation>аталған адамдардың лауазымдары (штаттық тізімде орысша атауы жоқ)</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>өткізілген орны</translation>
        </message>
        <message>
            <source>the evaluator's argument</source>
            <translation>бағалаушының дәлелі</translation>
        </message>
        <message>
            <source>the appellant's argument</source>
            <translation>бағаланушының дәлелі</translation>
        </message>
        <message>
            <source>the reasoning of a motion</source>
            <translation>ұсыныстың негіздемесі</translation>
        </message>
        <message>
            <source>achievements</source>
            <translation>жетістіктер</translation>
        </message>
        <message>
            <source>skills and competences</source>
            <translation>дағдылар мен құзыреттер</translation>
        </message>
        <message>
            <source>potential and career aspirations</source>
            <translation>әлеует пен мансаптық ұмтылыстар</translation>
        </message>
        <message>
            <source>Warning: the Russian copy shows text typed only in Kazakh: {fields}.</source>
            <translation>Назар аударыңыз: орыс тіліндегі данада тек қазақ тілінде енгізілген мәтін бар: {fields}.</translation>
        </message>
        <message>
            <source>Who is evaluated</source>
            <translation>Кім бағаланады</translation>
        </message>
        <message>
            <source>Who evaluates</source>
            <translation>Кім бағалайды</translation>
        </message>
        <message>
            <source>Score and grade</source>
            <translation>Баға және нәтиже</translation>
        </message>
        <message>
            <source>Deadlines and working days</source>
            <translation>Мерзімдер және жұмыс күндері</translation>
        </message>
        <message>
            <source>Appeal and calibration session</source>
            <translation>Өтініш және калибрлеу сессиясы</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Bonus and penalty points</source>
            <translation>Көтермелеу және айыппұл балдары</translation>
        </message>
        <message>
            <source>The help has no rule "{id}".</source>
            <translation>Анықтамада "{id}" ережесі жоқ.</translation>
        </message>
        <message>
            <source>No methodology is in force today; add one on the Methodology page.</source>
            <translation>Бүгін қолданыстағы әдістеме жоқ; оны «Әдістеме» бетінде қосыңыз.</translation>
        </message>
        <message>
            <source>The evaluation documents are not available in this build.</source>
            <translation>Бағалау құжаттары бұл нұсқада қолжетімсіз.</translation>
        </message>
        <message>
            <source>Give the year with --year YYYY.</source>
            <translation>Жылды --year YYYY арқылы көрсетіңіз.</translation>
        </message>
        <message>
            <source>The year {year} is out of range.</source>
            <translation>{year} жылы рұқсат етілген шектен тыс.</translation>
        </message>
        <message>
            <source>Give the quarter with --quarter 1..4.</source>
            <translation>Тоқсанды --quarter 1..4 арқылы көрсетіңіз.</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4, got {quarter}.</source>
            <translation>Тоқсан 1, 2, 3 немесе 4 болуы керек, берілгені: {quarter}.</translation>
        </message>
        <message>
            <source>The quarter {quarter} of {year} has no evaluation sheets.</source>
            <translation>{year} жылғы {quarter}-тоқсанда бағалау парақтары жоқ.</translation>
        </message>
        <message>
            <source>Nobody evaluated in the quarter {quarter} of {year} was dismissed.</source>
            <translation>{year} жылғы {quarter}-тоқсанда бағаланғандардың ешқайсысы жұмыстан босатылмаған.</translation>
        </message>
        <message>
            <source>A password is already set: change it instead.</source>
            <extracomment>Written (with the time) when the password or the recovery code changes, so the audit log shows it.</extracomment>
            <translation>Құпиясөз орнатылып қойған: оны тек өзгертуге болады.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>Ағымдағы құпиясөз қате.</translation>
        </message>
        <message>
            <source>The recovery code is wrong.</source>
            <translation>Қалпына келтіру коды қате.</translation>
        </message>
        <message>
            <source>The lock time is from 0 (never) to 240 minutes.</source>
            <translation>Құлыптау уақыты 0-ден (ешқашан) 240 минутқа дейін.</translation>
        </message>
        <message>
            <source>This office is not sealed yet: enter its password.</source>
            <translation>Бұл деректер файлы әлі шифрланбаған: оның құпиясөзін енгізіңіз.</translation>
        </message>
        <message>
            <source>The item needs a code and its text in Kazakh and in Russian.</source>
            <translation>Тармаққа код және қазақша, орысша мәтін қажет.</translation>
        </message>
        <message>
            <source>Choose final quarters from the list.</source>
            <translation>Тізімнен аяқталған тоқсандарды таңдаңыз.</translation>
        </message>
        <message>
            <source>The documents of {year} quarter {quarter} must be kept until {date} (Methodology, item 12).</source>
            <translation>{year} жылғы {quarter}-тоқсан құжаттарын сақтау мерзімінің соңғы күні — {date} (Әдістеменің 12-тармағы).</translation>
        </message>
        <message>
            <source>Choose the archive file.</source>
            <translation>Мұрағат файлын таңдаңыз.</translation>
        </message>
        <message>
            <source>The archive or the act could not be written ({detail}); nothing was removed.</source>
            <translation>Мұрағатты немесе актіні жазу мүмкін болмады ({detail}); ештеңе жойылған жоқ.</translation>
        </message>
        <message>
            <source>The evaluator has {n} evaluees: servants designated by the evaluator evaluate only when there are more than 20 (paragraph 17 of the Methodology).</source>
            <translation>Бағалаушыда бағаланушылар саны: {n}. Бағалаушы белгілеген қызметшілер бағаланушылар саны 20-дан асқанда ғана бағалайды (Әдістеменің 17-тармағы).</translation>
        </message>
        <message>
            <source>The evaluee cannot evaluate themselves.</source>
            <translation>Бағаланушы өзін-өзі бағалай алмайды.</translation>
        </message>
        <message>
            <source>The evaluator already evaluates this sheet: designate someone else.</source>
            <translation>Бұл парақты бағалаушының өзі бағалайды: басқа қызметшіні белгілеңіз.</translation>
        </message>
        <message>
            <source>This servant is already designated for this sheet.</source>
            <translation>Бұл қызметші осы парақ үшін бұрыннан белгіленген.</translation>
        </message>
        <message>
            <source>The designee is not on the staff of this body.</source>
            <translation>Белгіленген қызметші осы органның штатында жоқ.</translation>
        </message>
        <message>
            <source>{name} was dismissed on {day}: a designee must serve in this body.</source>
            <translation>{name} жұмыстан босатылған (күні: {day}): белгіленетін қызметші осы органда қызмет етуі тиіс.</translation>
        </message>
        <message>
            <source>{name} is seconded from another body: a designee must be a servant of this body.</source>
            <translation>{name} басқа органнан іссапарға жіберілген: белгіленетін қызметші осы органның қызметшісі болуы тиіс.</translation>
        </message>
        <message>
            <source>{name} holds no position in this body on {day}.</source>
            <translation>{name} — {day} күні осы органда лауазымы жоқ.</translation>
        </message>
        <message>
            <source>{name} is not a corps "B" administrative servant: a designee must be one (paragraph 17 of the Methodology).</source>
            <translation>{name} — «Б» корпусының әкімшілік мемлекеттік қызметшісі емес: белгіленетін қызметші сондай болуы тиіс (Әдістеменің 17-тармағы).</translation>
        </message>
        <message>
            <source>Months under a disciplinary sanction cannot be negative.</source>
            <translation>Тәртіптік жаза мерзіміндегі айлар саны теріс бола алмайды.</translation>
        </message>
        <message>
            <source>A quarter has {n} months: {months} months under a sanction is impossible.</source>
            <translation>Тоқсанда {n} ай бар: тәртіптік жаза мерзіміндегі айлар саны {months} бола алмайды.</translation>
        </message>
        <message>
            <source>Name the order that imposed the sanction: its number and date.</source>
            <translation>Тәртіптік жаза қолданылған бұйрықтың нөмірі мен күнін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The order of {day} is after the quarter: the sanction was not in force in it.</source>
            <translation>Бұйрық күні ({day}) тоқсаннан кейін: жаза бұл тоқсанда күшінде болмаған.</translation>
        </message>
        <message>
            <source>Personal points count only with a note giving concrete grounds (work load, complexity of documents, business qualities): write it.</source>
            <translation>Жеке балдар нақты негіздемесі бар ескертпе толтырылғанда ғана есепке алынады (жұмыс жүктемесі, құжаттардың күрделілігі, іскерлік қасиеттері): оны жазыңыз.</translation>
        </message>
        <message>
            <source>Personal bonus points total at most {cap} a quarter: {given} already given, {points} more would exceed it.</source>
            <translation>Жеке көтермелеу балдарының тоқсандағы жиыны {cap} балдан аспайды: {given} қойылған, тағы {points} қосса, шектен асады.</translation>
        </message>
        <message>
            <source>The workbook {file} is too large to import: {what} exceed {limit}. A staff list needs far less; save only the staff sheet and try again.</source>
            <translation>{file} кітабы импорттау үшін тым үлкен: {what} шектен асады (шек: {limit}). Қызметкерлер тізіміне әлдеқайда аз жетеді; тек қызметкерлер парағын сақтап, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>its shared strings</source>
            <translation>ортақ жолдар</translation>
        </message>
        <message>
            <source>its cells</source>
            <translation>ұяшықтар</translation>
        </message>
        <message>
            <source>The workbook {file} is too large to import: {mb} MB unpacked, at most {limit} MB. Save only the staff sheet and try again.</source>
            <translation>{file} кітабы импорттау үшін тым үлкен: ашылған көлемі {mb} МБ, ең көбі {limit} МБ болуы керек. Тек қызметкерлер парағын сақтап, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>No estimated holidays to confirm in {year}.</source>
            <translation>{year} жылы растайтын болжалды мереке жоқ.</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>растау керек</translation>
        </message>
        <message>
            <source>{day} confirmed as a day off.</source>
            <translation>{day} демалыс күні ретінде расталды.</translation>
        </message>
        <message>
            <source>Imported {n} days for {year}: {working} working, {off} days off.</source>
            <translation>{year} жылға импортталған күндер: {n} (жұмыс күні: {working}, демалыс: {off}).</translation>
        </message>
        <message>
            <source>No employee has the ИИН {iin}.</source>
            <translation>ЖСН {iin} бар қызметкер жоқ.</translation>
        </message>
        <message>
            <source>{name} has no evaluation sheet in this quarter.</source>
            <translation>{name}: осы тоқсанда бағалау парағы жоқ.</translation>
        </message>
        <message>
            <source>Disciplinary sanction: {months} months, order № {order} of {day}.</source>
            <translation>Тәртіптік жаза: айлар саны {months}, бұйрық № {order}, {day}.</translation>
        </message>
        <message>
            <source>Personal points {points}: {note}</source>
            <translation>Жеке балдар {points}: {note}</translation>
        </message>
        <message>
            <source>Designated co-evaluator {name} ({day}), proposed score {score}.</source>
            <translation>Белгіленген бағалаушы {name} ({day}), ұсынған балы: {score}.</translation>
        </message>
        <message>
            <source>The table needs a column "Дата" / "Күні" and a column "Вид дня" / "Күн түрі" (рабочий / выходной), and may have "Акт" / "Негіздеме".</source>
            <translation>Кестеде «Күні» / «Дата» бағаны және «Күн түрі» / «Вид дня» бағаны (жұмыс күні / демалыс) болуы тиіс; «Негіздеме» / «Акт» бағаны болуы мүмкін.</translation>
        </message>
        <message>
            <source>Line {line}: "{value}" is not a date (write 17.05.2027).</source>
            <translation>{line}-жол: «{value}» — күн емес (17.05.2027 түрінде жазыңыз).</translation>
        </message>
        <message>
            <source>Line {line}: {day} is not in {year}, the year being imported.</source>
            <translation>{line}-жол: {day} импортталатын {year} жылға жатпайды.</translation>
        </message>
        <message>
            <source>Line {line}: "{value}" — write "рабочий" / "жұмыс күні" or "выходной" / "демалыс".</source>
            <translation>{line}-жол: «{value}» — «жұмыс күні» / «рабочий» немесе «демалыс» / «выходной» деп жазыңыз.</translation>
        </message>
        <message>
            <source>Line {line}: {day} is listed both as a working day and as a day off.</source>
            <translation>{line}-жол: {day} әрі жұмыс күні, әрі демалыс болып көрсетілген.</translation>
        </message>
        <message>
            <source>The table has no dates to import.</source>
            <translation>Кестеде импорттайтын күндер жоқ.</translation>
        </message>
        <message>
            <source>Nothing was restored. To restore it anyway, repeat the command with --other-organisation.</source>
            <translation>Ештеңе қалпына келтірілмеді. Бәрібір қалпына келтіру үшін команданы --other-organisation параметрімен қайталаңыз.</translation>
        </message>
        <message>
            <source>Restore it anyway? Type yes to confirm: </source>
            <translation>Бәрібір қалпына келтіру керек пе? Растау үшін иә деп жазыңыз: </translation>
        </message>
        <message>
            <source>This copy is of another organisation: «{copy}», while this office is «{current}». Restoring it replaces all data of «{current}».</source>
            <translation>Бұл көшірме басқа ұйымдікі: «{copy}», ал ашық дерекқор — «{current}» ұйымдікі. Оны қалпына келтірсеңіз, «{current}» ұйымының барлық деректері ауыстырылады.</translation>
        </message>
        <message>
            <source>{file} is the open office itself, not a copy of it: choose a backup copy.</source>
            <translation>{file} — ашық тұрған дерекқордың өзі, оның көшірмесі емес: резервтік көшірмені таңдаңыз.</translation>
        </message>
        <message>
            <source>The copy {file} failed the full check and was not restored:</source>
            <translation>{file} көшірмесі толық тексеруден өтпеді, ол қалпына келтірілмеді:</translation>
        </message>
        <message>
            <source>The signing date</source>
            <translation>Қол қойылған күн</translation>
        </message>
        <message>
            <source>The date the result was received</source>
            <translation>Нәтижемен танысқан күн</translation>
        </message>
        <message>
            <source>The final date</source>
            <translation>Түпкілікті болған күн</translation>
        </message>
        <message>
            <source>The notice date</source>
            <translation>Хабарлама жіберілген күн</translation>
        </message>
        <message>
            <source>The date the appeal was received</source>
            <translation>Өтініш қабылданған күн</translation>
        </message>
        <message>
            <source>{event} — from {first} on: the quarter has not ended yet, its last day is {limit} (Methodology, item 4).</source>
            <translation>{event} — {first} немесе одан кейін: тоқсан әлі аяқталған жоқ, оның соңғы күні — {limit} (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>{event} {day} is in the future: a sheet records what has happened, today ({today}) at the latest.</source>
            <translation>{event} {day} — болашақ күн: парақта болған оқиға ғана белгіленеді, ең кеші бүгін ({today}).</translation>
        </message>
        <message>
            <source>{event} {day} is too early: it must come after the dismissal day ({limit}), from {first} on; an employee dismissed within the quarter is evaluated after their service ended (Methodology, item 6).</source>
            <translation>{event} {day} — тым ерте: күн жұмыстан босатылған күннен ({limit}) кейін, яғни {first} немесе одан кейін болуы керек; тоқсан ішінде босатылған қызметші қызметі аяқталғаннан кейін, өзінің қатысуынсыз бағаланады (Әдістеменің 6-тармағы).</translation>
        </message>
        <message>
            <source>{event} {day} is too early: it must come after the quarter's last day ({limit}), from {first} on; the evaluation is carried out on the results of the quarter (Methodology, item 4).</source>
            <translation>{event} {day} — тым ерте: күн тоқсанның соңғы күнінен ({limit}) кейін, яғни {first} немесе одан кейін болуы керек; бағалау тоқсан қорытындысы бойынша, ол аяқталғаннан кейін жүргізіледі (Әдістеменің 4-тармағы).</translation>
        </message>
        <message>
            <source>Write the evaluator's name.</source>
            <translation>Бағалаушының аты-жөнін жазыңыз.</translation>
        </message>
        <message>
            <source>Write the evaluator's position (for example, the akim of the district).</source>
            <translation>Бағалаушының лауазымын жазыңыз (мысалы, аудан әкімі).</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>жоба</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>қол қойылды</translation>
        </message>
        <message>
            <source>received</source>
            <translation>танысты</translation>
        </message>
        <message>
            <source>final</source>
            <translation>түпкілікті</translation>
        </message>
        <message>
            <source>the appeal window is open until {day} (Methodology, item 10).</source>
            <translation>өтініш беру мерзімі әлі өтпеген, соңғы күні — {day} (Әдістеменің 10-тармағы).</translation>
        </message>
        <message>
            <source>the sheet is {state}, not final.</source>
            <translation>парақтың күйі — {state}, түпкілікті емес.</translation>
        </message>
        <message>
            <source>the case in calibration session No. {number} is not decided yet (Methodology, item 22).</source>
            <translation>№ {number} калибрлеу сессиясындағы іс әлі шешілмеген (Әдістеменің 22-тармағы).</translation>
        </message>
        <message>
            <source>the appeal received on {day} awaits the decision on a calibration session (Methodology, item 19).</source>
            <translation>{day} күні қабылданған өтініш бойынша калибрлеу сессиясын өткізу туралы шешім әлі жоқ (Әдістеменің 19-тармағы).</translation>
        </message>
        <message>
            <source>Write why the closed quarter is reopened: the reason is kept in the audit log.</source>
            <translation>Жабылған тоқсанның неге қайта ашылатынын жазыңыз: себебі аудит журналында сақталады.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year} is closed: its sheets, scores and roster no longer change. Reopen it with a written reason first.</source>
            <translation>{year} жылғы {quarter}-тоқсан жабылған: оның парақтары, балдары мен тізімі енді өзгермейді. Алдымен оны жазбаша себеппен қайта ашыңыз.</translation>
        </message>
        <message>
            <source>A dismissed evaluee receives the result by notice (Methodology, item 9): record the notice instead.</source>
            <translation>Жұмыстан босатылған бағаланушы нәтижемен хабарлама арқылы танысады (Әдістеменің 9-тармағы): оның орнына хабарламаны тіркеңіз.</translation>
        </message>
        <message>
            <source>An appeal against this result is not decided yet (Methodology, items 19–22): the result becomes final after the decision.</source>
            <translation>Осы нәтижеге берілген өтініш әлі шешілмеген (Әдістеменің 19–22-тармақтары): нәтиже шешімнен кейін түпкілікті болады.</translation>
        </message>
        <message>
            <source>{file} exists. To replace it with the demo office, repeat with --force: its content is kept as a copy first.</source>
            <extracomment>The demo office is sealed like any office, with this public password (the password dialog says it).</extracomment>
            <translation>{file} файлы бар. Оны демо-мекемемен ауыстыру үшін --force параметрімен қайталаңыз: алдымен оның мазмұнының көшірмесі сақталады.</translation>
        </message>
        <message>
            <source>{path} is a file: give a folder with --out.</source>
            <translation>{path} — бұл файл: --out арқылы қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read ({detail}).</source>
            <translation>{file} құпиясөз файлын оқу мүмкін емес ({detail}).</translation>
        </message>
        <message>
            <source>The office is sealed: give its password with --password-file FILE or the environment variable BAGALAU_PASSWORD.</source>
            <translation>Деректер файлы шифрланған: оның құпиясөзін --password-file FILE арқылы немесе BAGALAU_PASSWORD орта айнымалысында беріңіз.</translation>
        </message>
        <message>
            <source>The key file of {file} was altered outside Bagalau (its seal does not match).</source>
            <translation>{file} кілт файлы Бағалаудан тыс өзгертілген (оның мөрі сәйкес келмейді).</translation>
        </message>
        <message>
            <source>The audit log of {file} is shorter than when Bagalau last wrote it ({n} entries): its end was deleted outside Bagalau.</source>
            <translation>{file} өзгерістер журналы Бағалау соңғы рет жазғаннан ({n} жазба) қысқа: оның соңы Бағалаудан тыс жойылған.</translation>
        </message>
        <message>
            <source>The audit log of {file} was rewritten outside Bagalau: entry {n} is not the one Bagalau recorded.</source>
            <translation>{file} өзгерістер журналы Бағалаудан тыс қайта жазылған: {n} жазба Бағалау тіркегендей емес.</translation>
        </message>
        <message>
            <source>The key file of {file} is older than the office (the password was changed since): it was put back outside Bagalau and is refused. Use the key file that was beside the office, or the recovery code.</source>
            <translation>{file} кілт файлы деректерден ескі (содан бері құпиясөз өзгертілген): ол Бағалаудан тыс қайта қойылған, сондықтан қабылданбайды. Деректердің жанында болған кілт файлын немесе қалпына келтіру кодын пайдаланыңыз.</translation>
        </message>
        <message>
            <source>The key file of this office is not one Bagalau writes (it was altered or damaged): the office cannot be unlocked with it.</source>
            <extracomment>argon2-cffi's default profile (RFC 9106 "low memory"): about 140 ms here. The only one accepted. "demo" for the demo office, whose password is public: the password dialog then says it</extracomment>
            <translation>Бұл деректердің кілт файлы Бағалау жазатын файл емес (ол өзгертілген немесе бүлінген): онымен деректерді ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>The key file {key} of the sealed office is missing. It must stay beside the office file (copies made by Bagalau carry their own); without it the office cannot be opened.</source>
            <translation>Шифрланған деректердің {key} кілт файлы жоқ. Ол деректер файлының жанында тұруы тиіс (Бағалау жасаған көшірмелердің өз кілт файлы бар); онсыз деректерді ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: try again in {n} s.</source>
            <translation>Қате құпиясөз тым көп енгізілді: қайта енгізуге дейін қалған уақыт — {n} с.</translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <extracomment>A recovery code made while opening (new office, sealed plain office, recovery): show it once. the header before this open rewrapped it (the recovery code was used), else None</extracomment>
            <translation>Құпиясөз қате.</translation>
        </message>
        <message>
            <source>Wrong password or recovery code. Try again in {n} s.</source>
            <translation>Құпиясөз немесе қалпына келтіру коды қате. Қайта енгізуге дейін қалған уақыт — {n} с.</translation>
        </message>
        <message>
            <source>Sealing {file} failed its check; the plain file is unchanged.</source>
            <translation>{file} шифрлау тексеруден өтпеді; шифрланбаған файл өзгеріссіз қалды.</translation>
        </message>
        <message>
            <source>Type the audit log code printed at the foot of the document, for example 7F3A-91C2 or № 1234 · 7F3A-91C2.</source>
            <extracomment>"№ 1234 · 7F3A-91C2", "1234 7F3A-91C2", "7f3a91c2": an optional entry number, then the code.</extracomment>
            <translation>Құжаттың төменгі жағында басылған өзгерістер журналының кодын енгізіңіз, мысалы 7F3A-91C2 немесе № 1234 · 7F3A-91C2.</translation>
        </message>
        <message>
            <source>«{code}» is not an audit log code: it is written as 8 characters 0–9 and A–F, for example 7F3A-91C2, optionally after the entry number (№ 1234 · 7F3A-91C2).</source>
            <translation>«{code}» өзгерістер журналының коды емес: код 0–9 және A–F таңбаларының 8-інен тұрады, мысалы 7F3A-91C2, алдында жазбаның нөмірі болуы мүмкін (№ 1234 · 7F3A-91C2).</translation>
        </message>
        <message>
            <source>The audit log code «{code}» has characters other than 0–9 and A–F: {chars}.</source>
            <translation>Өзгерістер журналының «{code}» кодында 0–9 және A–F-тен басқа таңбалар бар: {chars}.</translation>
        </message>
        <message>
            <source>The audit log code «{code}» has {n} characters; a printed code has 8 (for example 7F3A-91C2).</source>
            <translation>Өзгерістер журналының «{code}» кодындағы таңбалар саны — {n}, ал басылған кодта 8 таңба болады (мысалы 7F3A-91C2).</translation>
        </message>
        <message>
            <source>The audit log ends at entry {count}, before entry {entry} printed on the document: entries were removed after it was printed.</source>
            <translation>Өзгерістер журналы {count} жазбамен аяқталады, құжатта басылған {entry} жазбаға жетпейді: құжат басылғаннан кейін жазбалар жойылған.</translation>
        </message>
        <message>
            <source>Entry {entry} of the audit log now has the code {now}, not {code}: the log was rewritten after the document was printed, or the document comes from another office.</source>
            <translation>Өзгерістер журналының {entry} жазбасының коды қазір {now}, {code} емес: құжат басылғаннан кейін журнал қайта жазылған немесе құжат басқа деректер файлынан басылған.</translation>
        </message>
        <message>
            <source>No entry of the audit log has the code {code}: the log was rewritten after the document was printed, or the document comes from another office.</source>
            <translation>Өзгерістер журналының бірде-бір жазбасында {code} коды жоқ: құжат басылғаннан кейін журнал қайта жазылған немесе құжат басқа деректер файлынан басылған.</translation>
        </message>
        <message>
            <source>The code {code} is entry {entry} of the audit log, written {date}, but the chain is broken at entry {bad}: entries up to the document were altered outside Bagalau.</source>
            <translation>{code} коды — өзгерістер журналының {entry} жазбасы ({date}), бірақ тізбек {bad} жазбада үзілген: құжатқа дейінгі жазбалар Бағалаудан тыс өзгертілген.</translation>
        </message>
        <message>
            <source>The code {code} is entry {entry} of the audit log, written {date}: the log still holds the history the document was printed from.</source>
            <translation>{code} коды — өзгерістер журналының {entry} жазбасы ({date}): журнал құжат басылған кездегі тарихты өзгеріссіз сақтап тұр.</translation>
        </message>
        <message>
            <source>{file} could not be opened ({detail}).</source>
            <translation>{file} ашылмады ({detail}).</translation>
        </message>
    </context>
</TS>
