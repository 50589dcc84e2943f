<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>BagalauApplication</name>
        <message>
            <source>Damaged database</source>
            <extracomment>The office is open and its first page is shown (used by `bagalau bench`). Opening failed; the program has nothing to show.</extracomment>
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
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Document language</source>
            <translation>Құжат тілі</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақ тілінде</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орыс тілінде</translation>
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
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Bagalau</source>
            <translation>Бағалау</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Bagalau</source>
            <extracomment>Emitted after a page changed data other pages may show (area name: "staff", "evaluation", …). Asks the application to close this database and open another (path; empty = choose).</extracomment>
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
    </context>
    <context>
        <name>WelcomeDialog</name>
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
    </context>
    <context>
        <name>msg</name>
        <message>
            <source>{day} has no override in the office calendar.</source>
            <translation>{day} күні мекеменің күнтізбесінде өзгертілмеген.</translation>
        </message>
        <message>
            <source>The database file {file} is damaged and was not opened ({detail}).</source>
            <translation>{file} дерекқор файлы бүлінген, ол ашылмады ({detail}).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} қалтасы жоқ.</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a member of the session can vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} evaluated this case or filed it and does not vote on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is marked absent and cannot vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such motion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of the session is not set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session has no case to hear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case of {name} has no motion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case of {name}: no motion is backed by a majority ({needed} of {eligible} votes).</source>
            <translation type="unfinished" />
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
            <translation>Бұл қызметкер енді жоқ.</translation>
        </message>
        <message>
            <source>The ИИН {iin} already belongs to {name}.</source>
            <translation>{iin} ЖСН бұрыннан {name} қызметкеріне тиесілі.</translation>
        </message>
        <message>
            <source>{name} has appointment history and cannot be deleted; record the dismissal instead.</source>
            <translation>{name} тағайындау тарихы бар, сондықтан жойылмайды; оның орнына босатылуын тіркеңіз.</translation>
        </message>
        <message>
            <source>{name} has evaluation records and cannot be deleted; record the dismissal instead.</source>
            <translation>{name} бағалау жазбалары бар, сондықтан жойылмайды; оның орнына босатылуын тіркеңіз.</translation>
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
            <translation>Бұл бөлімше енді жоқ.</translation>
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
            <translation>Бұл лауазым енді жоқ.</translation>
        </message>
        <message>
            <source>The supervising position would make a circle: a position cannot supervise its own supervisor.</source>
            <translation>Басшы лауазым тұйық шеңбер құрайды: лауазым өз басшысына басшы бола алмайды.</translation>
        </message>
        <message>
            <source>The supervising position no longer exists.</source>
            <translation>Басшы лауазым енді жоқ.</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>A calibration session must have an odd number of members, it has {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is listed more than once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session needs exactly one chair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session needs exactly one secretary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An officer of the HR service must be a member (001 §19).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} disagrees with their own score and cannot be a member (001 §19).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} gave the disputed score and cannot be a member (001 §19).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} gave the disputed score of {appellant}: without them {n} members would decide that case, and §19 needs an odd number, at least 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} gave a disputed score and cannot chair the session or keep its minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This methodology has no personal points of the unit head.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal points are {low} to {high}, or {penalty}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} or more breaches in the quarter: no personal bonus points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cap {cap} per quarter reached: {before} → {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}, or {penalty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months of a disciplinary sanction cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bonus item {item} is not in this methodology.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The penalty item {item} is not in this methodology.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This methodology has no deduction for disciplinary sanctions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} % of the total for each month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{months} × {percent} % = {total} % of {subtotal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deadline of 3 working days or less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deadline missed by 5 to 10 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aggravated repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>marked "{flag}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high} per fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by count: {tiers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{points} per fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity for item {item} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>co-executor: {points} per fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}: choose the points per fact, from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}: {points} is outside {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chosen {points} per fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×{factor}: {n} or more facts in the quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×{factor}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>co-executor: half the points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} entries counted together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below the first tier: no points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tier {span} → {points}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×{factor}: tier multiplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fewer than {n} facts in the quarter: no points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluated: {worked} working days worked in the quarter (001 §5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconded in: evaluated for the secondment period {start}–{end} (001 §3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed on {day}: evaluated without their participation (001 §6).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not evaluated: less than one month in the position in the quarter, {start}–{end} (001 §5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not evaluated: {worked} working days actually worked, fewer than 15 (001 §5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Included by the HR specialist: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excluded by the HR specialist: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories E-1, E-2, E-R-1: the direct supervisor, form 1 (001 §16).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leadership position: the head of the unit or body, form 1 (001 §16).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head of the unit or body, form 2 (001 §16).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluator chosen by the HR specialist: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evaluator found: the position above is vacant or not set (001 §16).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acts for the absent evaluator {name} (001 §3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evaluator has {count} evaluees, more than 20: servants designated by the evaluator also evaluate (001 §17).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
